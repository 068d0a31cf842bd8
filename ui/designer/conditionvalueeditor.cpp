#include "conditionvalueeditor.h"

#include "fetchxml/fetchvalue.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>

#include <algorithm>

namespace SyncLens {

namespace {

bool hasChoices(FieldType type)
{
    return type == FieldType::OptionSet || type == FieldType::Boolean ||
           type == FieldType::UserLookup;
}

// A boolean written as "true" or "false" shows as the "1" or "0" choice.
QString normalised(FieldType type, const QString &value)
{
    if (type != FieldType::Boolean)
        return value;
    const auto flag = FetchValue::parseBoolean(value);
    return flag ? QString::number(int(*flag)) : value;
}

} // namespace

ConditionValueEditor::ConditionValueEditor(const ConditionContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
}

void ConditionValueEditor::clear()
{
    m_readers.clear();
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

QList<QPair<QString, QString>> ConditionValueEditor::choices() const
{
    QList<QPair<QString, QString>> list;
    if (m_field.type == FieldType::UserLookup)
        return m_context->users;
    if (m_field.type == FieldType::Boolean)
        return {{QStringLiteral("1"), tr("Yes")}, {QStringLiteral("0"), tr("No")}};
    auto keys = m_field.options.keys();
    std::sort(keys.begin(), keys.end());
    for (int key : keys)
        list.append({QString::number(key), m_field.options.value(key)});
    return list;
}

QString ConditionValueEditor::accessibleValueName() const
{
    //: accessible name of a condition's value editor; %1 is a field ("start time")
    return tr("Value of %1").arg(m_field.displayName);
}

void ConditionValueEditor::setup(const FieldInfo &field, FetchOperator op,
                                 const QStringList &values)
{
    const QSignalBlocker blocker(this);
    clear();
    m_field = field;
    m_op = op;
    const OperatorInfo &info = operatorInfo(op);
    switch (info.arity) {
    case OperatorArity::None:
        break;
    case OperatorArity::One:
        m_readers.append(addSingle(info.value, values.value(0)));
        break;
    case OperatorArity::Two:
        m_readers.append(addSingle(info.value, values.value(0)));
        m_layout->addWidget(new QLabel(tr("and"), this));
        m_readers.append(addSingle(info.value, values.value(1)));
        break;
    case OperatorArity::Many:
        m_readers.append(hasChoices(field.type) ? addChoiceList(choices(), values)
                                                : addList(values));
        break;
    }
    m_layout->addStretch(0);
}

QStringList ConditionValueEditor::values() const
{
    QStringList all;
    for (const Reader &read : m_readers)
        all += read();
    return all;
}

ConditionValueEditor::Reader ConditionValueEditor::addSingle(OperatorValue kind,
                                                             const QString &value)
{
    const FieldType type = kind == OperatorValue::Date ? FieldType::DateTime : m_field.type;
    const QString name = accessibleValueName();
    if (kind == OperatorValue::Count) {
        auto *spin = new QSpinBox(this);
        spin->setRange(0, 99999);
        spin->setValue(FetchValue::parseCount(value).value_or(30));
        spin->setAccessibleName(name);
        m_layout->addWidget(spin);
        connect(spin, &QSpinBox::valueChanged, this, &ConditionValueEditor::edited);
        return [spin] { return QStringList{QString::number(spin->value())}; };
    }
    if (type == FieldType::DateTime) {
        const auto time = FetchValue::parseDateTime(value);
        if (!time || value.trimmed().size() == 10) {
            auto *edit = new QDateEdit(time ? time->date() : QDate::currentDate(), this);
            edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
            edit->setCalendarPopup(true);
            edit->setAccessibleName(name);
            m_layout->addWidget(edit);
            connect(edit, &QDateEdit::dateChanged, this, &ConditionValueEditor::edited);
            return [edit] { return QStringList{edit->date().toString(Qt::ISODate)}; };
        }
        auto *edit = new QDateTimeEdit(*time, this);
        edit->setTimeSpec(Qt::UTC);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
        edit->setCalendarPopup(true);
        edit->setAccessibleName(name);
        m_layout->addWidget(edit);
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &ConditionValueEditor::edited);
        return [edit] { return QStringList{edit->dateTime().toUTC().toString(Qt::ISODate)}; };
    }
    if (type == FieldType::Integer) {
        auto *spin = new QSpinBox(this);
        spin->setRange(std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
        spin->setValue(int(FetchValue::parseNumber(value).value_or(0)));
        spin->setAccessibleName(name);
        m_layout->addWidget(spin);
        connect(spin, &QSpinBox::valueChanged, this, &ConditionValueEditor::edited);
        return [spin] { return QStringList{QString::number(spin->value())}; };
    }
    if (type == FieldType::Decimal) {
        auto *spin = new QDoubleSpinBox(this);
        spin->setRange(-1e12, 1e12);
        spin->setDecimals(2);
        spin->setValue(FetchValue::parseNumber(value).value_or(0));
        spin->setAccessibleName(name);
        m_layout->addWidget(spin);
        connect(spin, &QDoubleSpinBox::valueChanged, this, &ConditionValueEditor::edited);
        return [spin] { return QStringList{QString::number(spin->value())}; };
    }
    if (hasChoices(type)) {
        auto *combo = new QComboBox(this);
        const QString current = normalised(type, value);
        for (const auto &[data, label] : choices())
            combo->addItem(label, data);
        if (combo->findData(current) < 0) // a value the lists do not know is kept as is
            combo->addItem(current, current);
        combo->setCurrentIndex(combo->findData(current));
        combo->setAccessibleName(name);
        m_layout->addWidget(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &ConditionValueEditor::edited);
        return [combo] { return QStringList{combo->currentData().toString()}; };
    }
    auto *line = new QLineEdit(value, this);
    line->setAccessibleName(name);
    line->setMinimumWidth(160);
    m_layout->addWidget(line, 1);
    connect(line, &QLineEdit::textEdited, this, &ConditionValueEditor::edited);
    return [line] { return QStringList{line->text()}; };
}

// Free values for "in": one line, separated by semicolons.
ConditionValueEditor::Reader ConditionValueEditor::addList(const QStringList &values)
{
    auto *line = new QLineEdit(values.join(QStringLiteral("; ")), this);
    line->setPlaceholderText(tr("values separated by ;"));
    line->setAccessibleName(accessibleValueName());
    line->setMinimumWidth(200);
    m_layout->addWidget(line, 1);
    connect(line, &QLineEdit::textEdited, this, &ConditionValueEditor::edited);
    return [line] {
        QStringList list;
        for (const QString &part : line->text().split(u';')) {
            if (!part.trimmed().isEmpty())
                list.append(part.trimmed());
        }
        return list;
    };
}

// Choices for "in": a short list to tick.
ConditionValueEditor::Reader
ConditionValueEditor::addChoiceList(const QList<QPair<QString, QString>> &choices,
                                    const QStringList &values)
{
    auto *list = new QListWidget(this);
    QStringList wanted;
    for (const QString &v : values)
        wanted.append(normalised(m_field.type, v));
    auto add = [list](const QString &data, const QString &label, bool checked) {
        auto *item = new QListWidgetItem(label, list);
        item->setData(Qt::UserRole, data);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    };
    for (const auto &[data, label] : choices)
        add(data, label, wanted.contains(data));
    for (const QString &v : wanted) {
        if (std::none_of(choices.begin(), choices.end(),
                         [&](const auto &c) { return c.first == v; }))
            add(v, v, true);
    }
    list->setMaximumHeight(list->sizeHintForRow(0) * 4 + 2 * list->frameWidth() + 2);
    list->setMinimumWidth(200);
    list->setAccessibleName(accessibleValueName());
    m_layout->addWidget(list, 1);
    connect(list, &QListWidget::itemChanged, this, &ConditionValueEditor::edited);
    return [list] {
        QStringList checked;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked)
                checked.append(list->item(i)->data(Qt::UserRole).toString());
        }
        return checked;
    };
}

} // namespace SyncLens
