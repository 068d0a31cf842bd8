#include "scenarionode.h"

#include <QRegularExpression>

#include <cmath>

namespace SyncLens {

namespace {

bool isIndex(const QString &segment)
{
    bool ok = false;
    segment.toUInt(&ok);
    return ok && !segment.isEmpty() && segment.at(0).isDigit();
}

QString quotedKey(const QString &text)
{
    return u'"' + text + u'"';
}

} // namespace

ScenarioNode::ScenarioNode(const JsonSourceDocument &document, const QString &file)
    : ScenarioNode(&document, &file, QString(), document.root())
{}

ScenarioNode::ScenarioNode(const JsonSourceDocument *document, const QString *file, QString pointer,
                           QJsonValue value)
    : m_document(document)
    , m_file(file)
    , m_pointer(std::move(pointer))
    , m_value(std::move(value))
{}

ScenarioNode ScenarioNode::child(const QString &key) const
{
    return {m_document, m_file, JsonSourceDocument::childPointer(m_pointer, key),
            m_value.toObject().value(key)};
}

ScenarioNode ScenarioNode::child(qsizetype index) const
{
    return {m_document, m_file, JsonSourceDocument::childPointer(m_pointer, index),
            m_value.toArray().at(index)};
}

QList<ScenarioNode> ScenarioNode::elements() const
{
    QList<ScenarioNode> result;
    const QJsonArray array = m_value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i)
        result.append(child(i));
    return result;
}

QStringList ScenarioNode::keys() const
{
    return m_document->keys(m_pointer);
}

QString ScenarioNode::name() const
{
    const QStringList parts = JsonSourceDocument::segments(m_pointer);
    if (parts.isEmpty())
        return tr("the scenario");
    if (parts.size() == 2 && parts.first() == u"steps" && isIndex(parts.last()))
        return tr("step %1").arg(parts.last().toInt() + 1);
    if (parts.size() >= 2 && isIndex(parts.last()))
        return quotedKey(parts.at(parts.size() - 2)) + u'[' + parts.last() + u']';
    return quotedKey(parts.last());
}

QString ScenarioNode::where() const
{
    QStringList parts = JsonSourceDocument::segments(m_pointer);
    if (parts.isEmpty())
        return tr("the scenario");
    QString step;
    if (parts.size() >= 2 && parts.first() == u"steps" && isIndex(parts.at(1))) {
        step = tr("step %1").arg(parts.at(1).toInt() + 1);
        parts.remove(0, 2);
    }
    QString path;
    for (const QString &part : parts) {
        if (isIndex(part))
            path += u'[' + part + u']';
        else
            path += (path.isEmpty() ? QString() : QStringLiteral(".")) + part;
    }
    if (step.isEmpty())
        return path;
    return path.isEmpty() ? step : tr("%1, %2").arg(step, path);
}

JsonPosition ScenarioNode::position() const
{
    QString pointer = m_pointer;
    for (;;) {
        const JsonPosition at = m_document->valuePosition(pointer);
        if (at.isValid() || pointer.isEmpty())
            return at;
        pointer.truncate(pointer.lastIndexOf(u'/'));
    }
}

Error ScenarioNode::located(JsonPosition at, const QString &message) const
{
    Error e = makeError(
        Error::Code::InvalidArgument,
        QStringLiteral("%1:%2:%3: %4").arg(*m_file).arg(at.line).arg(at.column).arg(message));
    e.line = at.line;
    e.column = at.column;
    return e;
}

Error ScenarioNode::error(const QString &message) const
{
    return located(position(), message);
}

Error ScenarioNode::keyError(const QString &message) const
{
    const JsonPosition key = m_document->keyPosition(m_pointer);
    return located(key.isValid() ? key : position(), message);
}

QString ScenarioNode::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("true or false");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("a string");
    case QJsonValue::Array:
        return tr("a list");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

Error ScenarioNode::typeError(const QString &expected) const
{
    //: %1 names a key, %2 what it must be, %3 what the file has: "title" must be a string, not a
    //: number
    return error(tr("%1 must be %2, not %3").arg(name(), expected, typeName(m_value)));
}

Error ScenarioNode::choiceError(const QStringList &names) const
{
    const QString found = m_value.isString() ? quotedKey(m_value.toString()) : typeName(m_value);
    return error(
        tr("%1 must be one of %2; not %3").arg(name(), names.join(QLatin1String(", ")), found));
}

Result<QJsonObject> ScenarioNode::object(const QStringList &allowed,
                                         const QStringList &required) const
{
    if (!m_value.isObject())
        return typeError(typeName(QJsonObject()));
    for (const QString &key : keys()) {
        if (!allowed.contains(key)) {
            return child(key).keyError(tr("unknown key \"%1\" in %2; expected one of %3")
                                           .arg(key, where(), allowed.join(QLatin1String(", "))));
        }
    }
    for (const QString &key : required) {
        if (!m_value.toObject().contains(key))
            return error(tr("\"%1\" is missing in %2").arg(key, where()));
    }
    return m_value.toObject();
}

Result<QJsonArray> ScenarioNode::array() const
{
    if (!m_value.isArray())
        return typeError(typeName(QJsonArray()));
    return m_value.toArray();
}

Result<QString> ScenarioNode::string() const
{
    if (!m_value.isString())
        return typeError(typeName(QString()));
    return m_value.toString();
}

Result<QString> ScenarioNode::id() const
{
    auto text = string();
    if (text && text->trimmed().isEmpty())
        return error(tr("%1 must not be empty").arg(name()));
    return text;
}

Result<QString> ScenarioNode::address() const
{
    auto text = string();
    if (text && (!text->contains(u'@') || text->contains(u' ')))
        return error(tr("%1 must be an email address, not \"%2\"").arg(name(), *text));
    return text;
}

Result<bool> ScenarioNode::boolean() const
{
    if (!m_value.isBool())
        return typeError(typeName(true));
    return m_value.toBool();
}

Result<int> ScenarioNode::integer(int min, int max) const
{
    const double value = m_value.toDouble();
    // Range first: converting a huge double to an integer is undefined.
    if (!m_value.isDouble() || value < min || value > max || std::trunc(value) != value) {
        return error(tr("%1 must be a whole number from %2 to %3").arg(name()).arg(min).arg(max));
    }
    return int(value);
}

std::optional<QDateTime> ScenarioNode::parseInstant(const QString &text, bool dateAlone)
{
    // Qt reads a time without a zone as local time: a scenario would then mean
    // different instants on different machines, so a zone is required.
    static const QRegularExpression withZone(
        QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d{1,3})?)?(Z|[+-]\d\d:\d\d)$)"));
    static const QRegularExpression date(QStringLiteral(R"(^\d{4}-\d\d-\d\d$)"));
    const bool isDate = dateAlone && date.match(text).hasMatch();
    if (!isDate && !withZone.match(text).hasMatch())
        return std::nullopt;
    QDateTime result = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (isDate)
        result = QDate::fromString(text, Qt::ISODate).startOfDay(Qt::UTC);
    if (!result.isValid())
        return std::nullopt;
    return result.toUTC();
}

Result<QDateTime> ScenarioNode::instant() const
{
    const auto text = string();
    const auto value = text ? parseInstant(*text) : std::nullopt;
    if (!value) {
        const QString found =
            m_value.isString() ? quotedKey(m_value.toString()) : typeName(m_value);
        return error(tr("%1 must be an ISO 8601 date and time with a time zone, such as "
                        "2026-03-02T08:00:00Z; not %2")
                         .arg(name(), found));
    }
    return *value;
}

Result<QStringList> ScenarioNode::stringList() const
{
    if (!m_value.isArray())
        return typeError(tr("a list of strings"));
    QStringList result;
    for (const ScenarioNode &element : elements()) {
        auto text = element.string();
        if (!text)
            return text.error();
        result.append(*text);
    }
    return result;
}

} // namespace SyncLens
