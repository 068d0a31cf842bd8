#include "jsonsourceexercise.h"

#include "scenario/jsonsourceparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace SyncLens::Fuzz {

namespace {

QString shown(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

QByteArray withoutByteOrderMark(const QByteArray &utf8)
{
    return utf8.startsWith("\xef\xbb\xbf") ? utf8.mid(3) : utf8;
}

// Every value under `pointer` has a position within the text, and so has the
// key of every member; objects list their keys as QJsonObject holds them.
QString checkPositions(const JsonSourceDocument &doc, const QJsonValue &value,
                       const QString &pointer, int lines)
{
    const JsonPosition at = doc.valuePosition(pointer);
    if (!at.isValid() || at.line > lines || at.column < 1)
        return QStringLiteral("value %1 has no position in the text").arg(pointer);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QStringList listed = doc.keys(pointer);
        if (listed.size() != object.size())
            return QStringLiteral("object %1 lists %2 keys of %3")
                .arg(pointer)
                .arg(listed.size())
                .arg(object.size());
        QStringList held = object.keys();
        std::sort(listed.begin(), listed.end());
        std::sort(held.begin(), held.end());
        if (listed != held)
            return QStringLiteral("object %1 lists other keys").arg(pointer);
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString child = JsonSourceDocument::childPointer(pointer, it.key());
            if (JsonSourceDocument::segments(child).last() != it.key())
                return QStringLiteral("the pointer %1 does not name its key back").arg(child);
            const JsonPosition key = doc.keyPosition(child);
            if (!key.isValid() || key.line > lines)
                return QStringLiteral("key %1 has no position in the text").arg(child);
            if (auto problem = checkPositions(doc, it.value(), child, lines); !problem.isEmpty())
                return problem;
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString child = JsonSourceDocument::childPointer(pointer, i);
            if (auto problem = checkPositions(doc, array.at(i), child, lines); !problem.isEmpty())
                return problem;
        }
    }
    return {};
}

} // namespace

QJsonValue numbersAsDoubles(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    if (v.isArray()) {
        QJsonArray a;
        for (const QJsonValue &e : v.toArray())
            a.append(numbersAsDoubles(e));
        return a;
    }
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            *it = numbersAsDoubles(*it);
        return o;
    }
    return v;
}

QString exerciseJsonSource(const QByteArray &utf8, bool *parsed)
{
    const auto doc = JsonSourceParser::parse(utf8);
    if (parsed)
        *parsed = doc.ok();
    const int lines = int(utf8.count('\n')) + 1;
    if (!doc) {
        const Error &e = doc.error();
        if (e.message.isEmpty())
            return QStringLiteral("a refusal without a message");
        if (e.line < 1 || e.line > lines || e.column < 1)
            return QStringLiteral("a refusal at %1:%2, outside the text: %3")
                .arg(e.line)
                .arg(e.column)
                .arg(e.message);
        return {};
    }
    const QJsonValue root = doc->root();

    // What it accepts, QJsonDocument accepts and reads the same (QJsonDocument
    // holds only objects and arrays).
    if (root.isObject() || root.isArray()) {
        QJsonParseError error;
        const QJsonDocument reference = QJsonDocument::fromJson(withoutByteOrderMark(utf8), &error);
        if (error.error != QJsonParseError::NoError)
            return QStringLiteral("accepted what QJsonDocument refuses (%1)")
                .arg(error.errorString());
        const QJsonValue expected = numbersAsDoubles(
            reference.isArray() ? QJsonValue(reference.array()) : QJsonValue(reference.object()));
        if (expected != root)
            return QStringLiteral("reads %1 where QJsonDocument reads %2")
                .arg(shown(root), shown(expected));
    }

    // Written out and read again, it is the same value (a scalar is written
    // in an array, the only way QJsonDocument writes one).
    const bool scalar = !root.isObject() && !root.isArray();
    const QJsonDocument out = root.isObject()  ? QJsonDocument(root.toObject())
                              : root.isArray() ? QJsonDocument(root.toArray())
                                               : QJsonDocument(QJsonArray{root});
    const auto again = JsonSourceParser::parse(out.toJson(QJsonDocument::Indented));
    if (!again)
        return QStringLiteral("refuses its own value written out: %1").arg(again.error().message);
    const QJsonValue back = scalar ? again->root().toArray().first() : again->root();
    if (back != root)
        return QStringLiteral("reads %1 back as %2").arg(shown(root), shown(back));

    return checkPositions(*doc, root, QString(), lines);
}

} // namespace SyncLens::Fuzz
