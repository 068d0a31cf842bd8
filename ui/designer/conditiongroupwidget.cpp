#include "conditiongroupwidget.h"

#include "conditionrowwidget.h"
#include "operatorchoices.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace SyncLens {

ConditionGroupWidget::ConditionGroupWidget(const FetchFilter &filter,
                                           const ConditionContext *context, bool root,
                                           QWidget *parent)
    : QFrame(parent)
    , m_context(context)
    , m_extra(filter.extra)
    , m_type(new QComboBox(this))
    , m_addCondition(new QPushButton(tr("Add condition"), this))
    , m_addGroup(new QPushButton(tr("Add group"), this))
    , m_children(new QVBoxLayout)
{
    setObjectName(root ? QStringLiteral("rootGroup") : QStringLiteral("conditionGroup"));
    // Nested groups are framed and indented: the tree shows in the layout.
    setFrameShape(root ? QFrame::NoFrame : QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(root ? 0 : 8, root ? 0 : 6, root ? 0 : 6, root ? 0 : 6);
    auto *header = new QHBoxLayout;
    m_type->setObjectName(QStringLiteral("groupType"));
    m_type->addItem(tr("All of these (and)"), int(FetchFilter::Type::And));
    m_type->addItem(tr("Any of these (or)"), int(FetchFilter::Type::Or));
    m_type->setCurrentIndex(filter.type == FetchFilter::Type::Or ? 1 : 0);
    m_type->setAccessibleName(tr("How the conditions of this group combine"));
    m_addCondition->setObjectName(QStringLiteral("addCondition"));
    m_addGroup->setObjectName(QStringLiteral("addGroup"));
    header->addWidget(m_type);
    header->addStretch(1);
    header->addWidget(m_addCondition);
    header->addWidget(m_addGroup);
    if (!root) {
        auto *remove = new QToolButton(this);
        remove->setObjectName(QStringLiteral("removeGroup"));
        remove->setText(QStringLiteral("✕"));
        remove->setAccessibleName(tr("Remove this group"));
        remove->setToolTip(tr("Remove this group and its conditions"));
        header->addWidget(remove);
        connect(remove, &QToolButton::clicked, this, [this] { Q_EMIT removeRequested(this); });
    }
    layout->addLayout(header);
    m_children->setContentsMargins(root ? 0 : 12, 0, 0, 0);
    layout->addLayout(m_children);

    for (const FetchCondition &c : filter.conditions)
        insertRow(c);
    for (const FetchFilter &f : filter.filters)
        insertGroup(f);
    connect(m_type, &QComboBox::activated, this, &ConditionGroupWidget::edited);
    connect(m_addCondition, &QPushButton::clicked, this, [this] { addCondition(); });
    connect(m_addGroup, &QPushButton::clicked, this, [this] {
        FetchFilter nested;
        nested.type = FetchFilter::Type::Or; // a nested group is most often an alternative
        nested.conditions.push_back(newCondition());
        addGroup(nested);
    });
}

FetchCondition ConditionGroupWidget::newCondition() const
{
    // A new row starts on the field people narrow by most: the record's title.
    const FieldCatalog &catalog = FieldCatalog::standard();
    std::optional<FieldInfo> field;
    for (const char *name : {"subject", "fullname", "name"}) {
        if (!field)
            field = catalog.field(m_context->entity, QLatin1String(name));
    }
    const auto fields = catalog.fields(m_context->entity);
    if (!field)
        field = fields.isEmpty() ? OperatorChoices::unknownField(QStringLiteral("name"))
                                 : fields.first();
    const FetchOperator op = OperatorChoices::forType(field->type).value(0, FetchOperator::Eq);
    return FetchCondition{
        {}, field->name, op, OperatorChoices::defaultValues(op, *field, {}, m_context->userId)};
}

ConditionRowWidget *ConditionGroupWidget::insertRow(const FetchCondition &condition)
{
    auto *row = new ConditionRowWidget(condition, m_context, this);
    // Conditions come before nested groups, as the FetchXML writer puts them.
    m_children->insertWidget(int(m_rows.size()), row);
    m_rows.append(row);
    connect(row, &ConditionRowWidget::edited, this, &ConditionGroupWidget::edited);
    connect(row, &ConditionRowWidget::removeRequested, this, &ConditionGroupWidget::removeRow);
    return row;
}

ConditionGroupWidget *ConditionGroupWidget::insertGroup(const FetchFilter &filter)
{
    auto *group = new ConditionGroupWidget(filter, m_context, false, this);
    m_children->addWidget(group);
    m_groups.append(group);
    connect(group, &ConditionGroupWidget::edited, this, &ConditionGroupWidget::edited);
    connect(group, &ConditionGroupWidget::removeRequested, this,
            &ConditionGroupWidget::removeGroup);
    return group;
}

ConditionRowWidget *ConditionGroupWidget::addCondition(std::optional<FetchCondition> condition)
{
    ConditionRowWidget *row = insertRow(condition.value_or(newCondition()));
    row->fieldBox()->setFocus();
    Q_EMIT edited();
    return row;
}

ConditionGroupWidget *ConditionGroupWidget::addGroup(const FetchFilter &filter)
{
    ConditionGroupWidget *group = insertGroup(filter);
    group->typeBox()->setFocus();
    Q_EMIT edited();
    return group;
}

void ConditionGroupWidget::removeRow(ConditionRowWidget *row)
{
    const auto at = m_rows.indexOf(row);
    m_rows.removeAt(at);
    row->hide();
    row->deleteLater();
    // Keyboard users stay in the group: on the next row, or the add button.
    if (!m_rows.isEmpty())
        m_rows.at(std::min<qsizetype>(at, m_rows.size() - 1))->fieldBox()->setFocus();
    else
        m_addCondition->setFocus();
    Q_EMIT edited();
}

void ConditionGroupWidget::removeGroup(ConditionGroupWidget *group)
{
    m_groups.removeOne(group);
    group->hide();
    group->deleteLater();
    m_addGroup->setFocus();
    Q_EMIT edited();
}

FetchFilter ConditionGroupWidget::filter() const
{
    FetchFilter f;
    f.type = FetchFilter::Type(m_type->currentData().toInt());
    f.extra = m_extra;
    for (const ConditionRowWidget *row : m_rows)
        f.conditions.push_back(row->condition());
    for (const ConditionGroupWidget *group : m_groups)
        f.filters.push_back(group->filter());
    return f;
}

} // namespace SyncLens
