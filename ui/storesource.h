#pragma once

#include <QObject>
#include <QString>

namespace SyncLens {

class OrgStore;

// The org the Timeline and Explain views show: the engine's org, or, while
// a scenario is open in the player, the player's in-memory org. The engine
// goes on with the real org meanwhile, untouched; closing the scenario
// brings the views back to it.
//
// store() is read on the UI thread. path() is the file a worker thread may
// open for itself (OrgStore's contract: one thread per connection); it is
// empty for an in-memory org, which only its own connection can read, so
// views read a scenario's org on the UI thread (scenarios are small).
class StoreSource final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreSource)

public:
    using QObject::QObject;

    OrgStore *store() const { return m_scenario ? m_scenario : m_org; }
    QString path() const { return m_scenario ? QString() : m_orgPath; }
    bool isScenario() const { return m_scenario != nullptr; }
    QString scenarioTitle() const { return m_scenarioTitle; }

    // The engine's org as the window reads it (null while none is open).
    void setOrg(OrgStore *store, const QString &path);
    // A cycle ran on the engine's org: news for the views when they show it.
    void orgUpdated();
    // A scenario's org takes the org's place in the views (null: back to
    // the org). A rewind builds a new org: set it again.
    void setScenario(OrgStore *store, const QString &title);
    // The scenario played a step.
    void scenarioUpdated();

Q_SIGNALS:
    // Another org is shown (or none): views forget what they show and reload.
    void switched();
    // The shown org has news (decisions, changes): views re-read it.
    void updated();

private:
    OrgStore *m_org = nullptr;
    QString m_orgPath;
    OrgStore *m_scenario = nullptr;
    QString m_scenarioTitle;
};

} // namespace SyncLens
