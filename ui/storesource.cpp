#include "storesource.h"

namespace SyncLens {

void StoreSource::setOrg(OrgStore *store, const QString &path)
{
    const bool shown = !isScenario();
    m_org = store;
    m_orgPath = store ? path : QString();
    if (shown)
        Q_EMIT switched();
}

void StoreSource::orgUpdated()
{
    if (!isScenario() && m_org)
        Q_EMIT updated();
}

void StoreSource::setScenario(OrgStore *store, const QString &title)
{
    if (store == m_scenario && title == m_scenarioTitle)
        return;
    m_scenario = store;
    m_scenarioTitle = store ? title : QString();
    Q_EMIT switched();
}

void StoreSource::scenarioUpdated()
{
    if (isScenario())
        Q_EMIT updated();
}

} // namespace SyncLens
