#include "filterdraft.h"

#include "fetchxml/fetchxmlparser.h"
#include "fetchxml/fetchxmlwriter.h"

namespace SyncLens {

FilterDraft::FilterDraft(QObject *parent)
    : QObject(parent)
{}

void FilterDraft::load(const SyncFilter &stored, bool isNew, std::optional<SyncFilter> edited)
{
    m_stored = stored;
    m_isNew = isNew;
    m_filter = edited.value_or(stored);
    m_lastGood.reset();
    m_storedQuery.reset();
    if (auto parsed = FetchXmlParser().parse(stored.fetchXml)) {
        m_storedQuery = *parsed;
        if (!edited)
            m_filter.fetchXml = FetchXmlWriter::write(*parsed);
    }
    parse();
    bump(Origin::Load);
}

bool FilterDraft::isDirty() const
{
    if (m_isNew || m_filter.name != m_stored.name || m_filter.enabled != m_stored.enabled)
        return true;
    if (m_query && m_storedQuery)
        return !(*m_query == *m_storedQuery);
    return m_filter.fetchXml != m_stored.fetchXml;
}

void FilterDraft::parse()
{
    auto parsed = FetchXmlParser().parse(m_filter.fetchXml);
    if (parsed) {
        m_query = *parsed;
        m_lastGood = *parsed;
        m_error.reset();
    } else {
        m_query.reset();
        m_error = parsed.error();
    }
}

void FilterDraft::bump(Origin origin)
{
    ++m_revision;
    m_origin = origin;
    Q_EMIT changed(origin);
}

void FilterDraft::setText(const QString &text)
{
    if (text == m_filter.fetchXml)
        return;
    m_filter.fetchXml = text;
    parse();
    bump(Origin::Text);
}

void FilterDraft::setConditions(const FetchFilter &root)
{
    if (!m_lastGood)
        return; // nothing to put the conditions in: the editor is blocked then
    FetchQuery query = *m_lastGood;
    query.entity.filters.clear();
    if (!root.isEmpty())
        query.entity.filters.push_back(root);
    const QString text = FetchXmlWriter::write(query);
    if (text == m_filter.fetchXml)
        return;
    m_filter.fetchXml = text;
    parse();
    Q_EMIT textRewritten(text);
    bump(Origin::Conditions);
}

void FilterDraft::setName(const QString &name)
{
    if (name == m_filter.name)
        return;
    m_filter.name = name;
    bump(Origin::Properties);
}

void FilterDraft::setEnabled(bool enabled)
{
    if (enabled == m_filter.enabled)
        return;
    m_filter.enabled = enabled;
    bump(Origin::Properties);
}

void FilterDraft::markSaved(const SyncFilter &stored)
{
    m_stored = stored;
    m_storedQuery.reset();
    if (auto parsed = FetchXmlParser().parse(stored.fetchXml))
        m_storedQuery = *parsed;
    m_isNew = false;
    m_filter.modifiedOn = stored.modifiedOn;
    bump(Origin::Properties);
}

} // namespace SyncLens
