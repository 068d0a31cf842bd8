#pragma once

#include "conditioncontext.h"
#include "fetchxml/fetchoperator.h"
#include "fetchxml/fieldcatalog.h"

#include <QWidget>

#include <functional>

class QHBoxLayout;

namespace SyncLens {

// The value part of a condition row, fitting the field's type and the
// operator: nothing (null, relative dates without a count), a number, a date
// picker, a choice of option labels or of the org's users, two of those for
// "between", and a list for "in" / "not in".
class ConditionValueEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConditionValueEditor)

public:
    explicit ConditionValueEditor(const ConditionContext *context, QWidget *parent = nullptr);

    // Builds the editors for `op` on `field`, showing `values`.
    void setup(const FieldInfo &field, FetchOperator op, const QStringList &values);
    QStringList values() const;

Q_SIGNALS:
    void edited();

private:
    using Reader = std::function<QStringList()>;
    void clear();
    Reader addSingle(OperatorValue kind, const QString &value);
    Reader addList(const QStringList &values);
    Reader addChoiceList(const QList<QPair<QString, QString>> &choices, const QStringList &values);
    QList<QPair<QString, QString>> choices() const;
    QString accessibleValueName() const;

    const ConditionContext *m_context;
    FieldInfo m_field;
    FetchOperator m_op = FetchOperator::Eq;
    QHBoxLayout *m_layout;
    QList<Reader> m_readers;
};

} // namespace SyncLens
