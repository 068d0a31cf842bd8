#pragma once

#include "fetchxml/fetchquery.h"
#include "model/result.h"
#include "model/syncfilter.h"

#include <QObject>

#include <optional>

namespace SyncLens {

// The filter being edited: its name, enabled flag and FetchXML text, the
// query parsed from the text (or the parser's error), and the filter as it is
// stored, to tell what is unsaved. Both editors change it and follow it: the
// text editor through setText(), the condition editor through
// setConditions(), which rewrites the text with the FetchXML writer.
class FilterDraft final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterDraft)

public:
    enum class Origin
    {
        Load,       // a filter was opened
        Text,       // the FetchXML was edited
        Conditions, // the condition editor changed the text
        Properties, // name or enabled flag
    };
    Q_ENUM(Origin)

    explicit FilterDraft(QObject *parent = nullptr);

    // Starts editing `stored` (an empty id: not stored yet), showing `edited`
    // instead when there are unsaved changes to bring back. Stored FetchXML
    // that parses is shown as the writer writes it (indented, canonical).
    void load(const SyncFilter &stored, bool isNew, std::optional<SyncFilter> edited = {});
    void setText(const QString &text);
    void setConditions(const FetchFilter &root);
    void setName(const QString &name);
    void setEnabled(bool enabled);
    // The draft was saved as it is: it becomes the stored filter.
    void markSaved(const SyncFilter &stored);

    bool isLoaded() const { return !m_filter.id.isEmpty(); }
    const SyncFilter &filter() const { return m_filter; }
    const SyncFilter &stored() const { return m_stored; }
    bool isNew() const { return m_isNew; }
    // Unsaved: another name or enabled flag, or FetchXML that means another
    // query (layout and attribute order do not count).
    bool isDirty() const;
    const std::optional<FetchQuery> &query() const { return m_query; }
    // The last text that parsed: the condition editor works on it.
    const std::optional<FetchQuery> &lastGoodQuery() const { return m_lastGood; }
    const std::optional<Error> &error() const { return m_error; }
    // Counts every change, so that a preview can tell it is up to date.
    quint64 revision() const { return m_revision; }
    Origin lastOrigin() const { return m_origin; }

Q_SIGNALS:
    // The text editor should show `text` (the condition editor rewrote it).
    void textRewritten(const QString &text);
    void changed(SyncLens::FilterDraft::Origin origin);

private:
    void parse();
    void bump(Origin origin);

    SyncFilter m_filter;
    SyncFilter m_stored;
    bool m_isNew = false;
    std::optional<FetchQuery> m_query;
    std::optional<FetchQuery> m_storedQuery;
    std::optional<FetchQuery> m_lastGood;
    std::optional<Error> m_error;
    quint64 m_revision = 0;
    Origin m_origin = Origin::Load;
};

} // namespace SyncLens
