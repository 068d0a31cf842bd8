#include "conditionrowwidget.h"

#include "conditionvalueeditor.h"
#include "operatorchoices.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QToolButton>

namespace SyncLens {

ConditionRowWidget::ConditionRowWidget(const FetchCondition &condition,
                                       const ConditionContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_kept(condition)
    , m_field(new QComboBox(this))
    , m_operator(new QComboBox(this))
    , m_value(new ConditionValueEditor(context, this))
    , m_remove(new QToolButton(this))
{
    setObjectName(QStringLiteral("conditionRow"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_field->setObjectName(QStringLiteral("conditionField"));
    m_field->setAccessibleName(tr("Field"));
    m_field->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_operator->setObjectName(QStringLiteral("conditionOperator"));
    m_operator->setAccessibleName(tr("Operator"));
    m_operator->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_value->setObjectName(QStringLiteral("conditionValue"));
    m_remove->setObjectName(QStringLiteral("removeCondition"));
    m_remove->setText(QStringLiteral("✕"));
    m_remove->setAccessibleName(tr("Remove this condition"));
    m_remove->setToolTip(tr("Remove this condition"));
    layout->addWidget(m_field);
    layout->addWidget(m_operator);
    layout->addWidget(m_value, 1);
    layout->addWidget(m_remove);

    fillFields(condition.attribute);
    fillOperators(condition.op);
    m_value->setup(fieldInfo(), condition.op, condition.values);
    connect(m_field, &QComboBox::activated, this, &ConditionRowWidget::onFieldChosen);
    connect(m_operator, &QComboBox::activated, this, &ConditionRowWidget::onOperatorChosen);
    connect(m_value, &ConditionValueEditor::edited, this, &ConditionRowWidget::edited);
    connect(m_remove, &QToolButton::clicked, this, [this] { Q_EMIT removeRequested(this); });
}

// The catalog's fields by display name; a field it does not know by its logical name.
void ConditionRowWidget::fillFields(const QString &attribute)
{
    for (const FieldInfo &f : FieldCatalog::standard().fields(m_context->entity))
        m_field->addItem(f.displayName, f.name);
    if (m_field->findData(attribute) < 0)
        m_field->addItem(attribute, attribute);
    m_field->setCurrentIndex(m_field->findData(attribute));
}

void ConditionRowWidget::fillOperators(FetchOperator current)
{
    m_operator->clear();
    QList<FetchOperator> ops = OperatorChoices::forType(fieldInfo().type);
    if (!ops.contains(current)) // as written in the FetchXML, even if unusual for the type
        ops.prepend(current);
    for (FetchOperator op : ops)
        m_operator->addItem(OperatorChoices::label(op), int(op));
    m_operator->setCurrentIndex(m_operator->findData(int(current)));
}

FieldInfo ConditionRowWidget::fieldInfo() const
{
    const QString attribute = m_field->currentData().toString();
    return FieldCatalog::standard()
        .field(m_context->entity, attribute)
        .value_or(OperatorChoices::unknownField(attribute));
}

void ConditionRowWidget::onFieldChosen()
{
    const FieldInfo field = fieldInfo();
    auto op = FetchOperator(m_operator->currentData().toInt());
    const QList<FetchOperator> ops = OperatorChoices::forType(field.type);
    if (!ops.contains(op))
        op = ops.value(0, FetchOperator::Eq);
    fillOperators(op);
    m_value->setup(field, op,
                   OperatorChoices::defaultValues(op, field, m_value->values(), m_context->userId));
    Q_EMIT edited();
}

void ConditionRowWidget::onOperatorChosen()
{
    const auto op = FetchOperator(m_operator->currentData().toInt());
    const FieldInfo field = fieldInfo();
    m_value->setup(field, op,
                   OperatorChoices::defaultValues(op, field, m_value->values(), m_context->userId));
    Q_EMIT edited();
}

FetchCondition ConditionRowWidget::condition() const
{
    FetchCondition c = m_kept;
    c.attribute = m_field->currentData().toString();
    c.op = FetchOperator(m_operator->currentData().toInt());
    c.values = m_value->values();
    c.position = {};
    return c;
}

} // namespace SyncLens
