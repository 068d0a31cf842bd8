#pragma once

#include "conditioncontext.h"
#include "fetchxml/fetchquery.h"

#include <QFrame>

class QComboBox;
class QPushButton;
class QVBoxLayout;

namespace SyncLens {

class ConditionRowWidget;

// A group of the condition editor: "all of" (and) or "any of" (or) its
// conditions and nested groups, listed in the order the FetchXML writer
// writes them (conditions first), so both editors show the same order.
class ConditionGroupWidget final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConditionGroupWidget)

public:
    ConditionGroupWidget(const FetchFilter &filter, const ConditionContext *context, bool root,
                         QWidget *parent = nullptr);

    FetchFilter filter() const;
    QList<ConditionRowWidget *> rows() const { return m_rows; }
    QList<ConditionGroupWidget *> groups() const { return m_groups; }
    QComboBox *typeBox() const { return m_type; }
    QPushButton *addConditionButton() const { return m_addCondition; }
    QPushButton *addGroupButton() const { return m_addGroup; }

    // Adds a condition on the record's first catalog field (or `condition`).
    ConditionRowWidget *addCondition(std::optional<FetchCondition> condition = {});
    ConditionGroupWidget *addGroup(const FetchFilter &filter);

Q_SIGNALS:
    void edited();
    void removeRequested(SyncLens::ConditionGroupWidget *group);

private:
    ConditionRowWidget *insertRow(const FetchCondition &condition);
    ConditionGroupWidget *insertGroup(const FetchFilter &filter);
    void removeRow(ConditionRowWidget *row);
    void removeGroup(ConditionGroupWidget *group);
    FetchCondition newCondition() const;

    const ConditionContext *m_context;
    ExtraAttributes m_extra;
    QComboBox *m_type;
    QPushButton *m_addCondition;
    QPushButton *m_addGroup;
    QVBoxLayout *m_children;
    QList<ConditionRowWidget *> m_rows;
    QList<ConditionGroupWidget *> m_groups;
};

} // namespace SyncLens
