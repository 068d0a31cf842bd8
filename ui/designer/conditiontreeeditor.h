#pragma once

#include "conditioncontext.h"
#include "fetchxml/fetchquery.h"

#include <QWidget>

#include <optional>

class QLabel;
class QScrollArea;

namespace SyncLens {

class ConditionGroupWidget;

// The condition editor: the filter's and/or groups as a tree of rows. It shows
// the one <filter> of a query's entity; a query it cannot show (link-entities,
// several top-level filters, conditions on a linked entity) stays editable as
// FetchXML only, and the editor says why.
class ConditionTreeEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConditionTreeEditor)

public:
    explicit ConditionTreeEditor(QWidget *parent = nullptr);

    void setContext(const ConditionContext &context);
    // Shows the conditions of `query`; nothing happens when they are the ones
    // shown already (so that editing the text does not rebuild the rows).
    void setQuery(const FetchQuery &query);
    // The FetchXML does not parse: the rows stay as they were, disabled.
    void setBlocked(const QString &reason);
    bool isBlocked() const { return m_blocked; }

    // The conditions as edited (the root group).
    FetchFilter filter() const;
    ConditionGroupWidget *rootGroup() const { return m_root; }
    QString notice() const;

    // Why the condition editor cannot show `query`, or nothing when it can.
    static std::optional<QString> unsupportedReason(const FetchQuery &query);

Q_SIGNALS:
    // The user changed a condition: the new root group.
    void edited(const SyncLens::FetchFilter &root);

private:
    void rebuild(const FetchFilter &root);
    void showNotice(const QString &text);

    ConditionContext m_context;
    QLabel *m_notice;
    QScrollArea *m_scroll;
    ConditionGroupWidget *m_root = nullptr;
    std::optional<FetchFilter> m_shown;
    bool m_blocked = false;
};

} // namespace SyncLens
