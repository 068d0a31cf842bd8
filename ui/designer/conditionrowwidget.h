#pragma once

#include "conditioncontext.h"
#include "fetchxml/fetchquery.h"
#include "fetchxml/fieldcatalog.h"

#include <QWidget>

class QComboBox;
class QToolButton;

namespace SyncLens {

class ConditionValueEditor;

// One condition of the condition editor: a field chosen by its display name,
// an operator offered by the field's type, and a value editor that fits both.
// What the row does not edit (extra attributes) is kept as it came.
class ConditionRowWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConditionRowWidget)

public:
    ConditionRowWidget(const FetchCondition &condition, const ConditionContext *context,
                       QWidget *parent = nullptr);

    FetchCondition condition() const;
    QComboBox *fieldBox() const { return m_field; }
    QComboBox *operatorBox() const { return m_operator; }
    ConditionValueEditor *valueEditor() const { return m_value; }

Q_SIGNALS:
    void edited();
    void removeRequested(SyncLens::ConditionRowWidget *row);

private:
    void fillFields(const QString &attribute);
    void fillOperators(FetchOperator current);
    void onFieldChosen();
    void onOperatorChosen();
    FieldInfo fieldInfo() const;

    const ConditionContext *m_context;
    FetchCondition m_kept; // entity name and extra attributes
    QComboBox *m_field;
    QComboBox *m_operator;
    ConditionValueEditor *m_value;
    QToolButton *m_remove;
};

} // namespace SyncLens
