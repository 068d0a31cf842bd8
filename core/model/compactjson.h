#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>
#include <QVarLengthArray>

#include <optional>

namespace SyncLens {

// The compact JSON text of `object`, byte for byte what
// QJsonDocument(object).toJson(QJsonDocument::Compact) gives, written
// straight into one buffer. Qt's writer builds a QByteArray for every string
// it escapes and every number it formats; the sync cycle writes several JSON
// columns per decision, and those allocations were an eighth of its time.
QByteArray compactJson(const QJsonObject &object);

// Appends the compact JSON text of `value`, or of `text` as a JSON string.
void appendCompactJson(QByteArray &out, const QJsonValue &value);
void appendJsonString(QByteArray &out, QStringView text);
// The same for Latin-1 text, copied as it is when nothing in it needs
// escaping (a key of compactJsonMembers(): no QString made of it).
void appendJsonString(QByteArray &out, QLatin1StringView text);

// An object's compact JSON text written member by member, without building
// the QJsonObject: text() is compactJson() of the object these insertions
// would have made (members in ascending key order, a key inserted again
// replacing its value). The engine's busiest decisions write their facts
// this way: building them as QJsonObjects was a third of a first cycle.
// Keys are kept as views until text(): give literals, or text that outlives
// the object.
class CompactJsonObject
{
public:
    void insertString(QLatin1StringView key, QStringView text);
    void insert(QLatin1StringView key, const QJsonValue &value);
    void insertStrings(QLatin1StringView key, const QStringList &strings); // an array
    // `json` is already compact JSON text (an array or object written so).
    void insertJson(QLatin1StringView key, QByteArrayView json);
    QByteArray text() const;

private:
    // Replaces any member `key` with the text `write` appends to the buffer.
    template<typename Write> void member(QLatin1StringView key, Write write);

    struct Member
    {
        QLatin1StringView key;
        qsizetype begin = 0; // the value's text in m_values
        qsizetype end = 0;
    };
    static constexpr qsizetype InitialCapacity = 512;
    QVarLengthArray<Member, 8> m_members;
    QByteArray m_values;
};

// One member of an object's compact JSON text: its key, and its value as
// the text it is written with.
struct CompactJsonMember
{
    QLatin1StringView key;
    QByteArrayView value;
};
using CompactJsonMembers = QVarLengthArray<CompactJsonMember, 32>;

// The members of `text` when it is exactly what compactJson() writes for the
// object it parses to: no white space; keys of printable ASCII, without
// escapes, in ascending order; strings of valid UTF-8 whose only escapes are
// the ones Qt writes as letters; numbers as integers of at most 15 digits.
// Each value's text is then appendCompactJson() of its value, and can be
// copied as it is: the engine copies stored records' fields so, without
// building a QJsonObject. std::nullopt for any other text, valid JSON or
// not: parse that one. The views point into `text`.
std::optional<CompactJsonMembers> compactJsonMembers(QByteArrayView text);

// The text of the member `key` (as compactJsonMembers() gives it), empty
// when there is none.
QByteArrayView compactJsonMember(const CompactJsonMembers &members, QLatin1StringView key);
// The value a member's text (as compactJsonMembers() gives it) stands for,
// as QJsonDocument parses it: a string, an integer, true, false or null
// without a parser; an array or an object with one.
QJsonValue compactJsonValue(QByteArrayView value);
// compactJsonValue(value).toString() without the QJsonValue: the string a
// string's text stands for, a null string for any other value.
QString compactJsonText(QByteArrayView value);
// The strings of a member's text that is an array of strings, each as
// compactJsonValue() gives it; std::nullopt for any other value. No parser:
// the addresses of every email a cycle receives are read so.
std::optional<QStringList> compactJsonStrings(QByteArrayView value);

// The text of an object with `members`, in their order (compactJson()'s text
// when their keys ascend): each key as a JSON string, each value as it is.
QByteArray compactObjectText(const CompactJsonMembers &members);

// Calls `visit(name, member)` for each member whose key is one of `names`, in
// order; both ascend, so one walk through the members finds every name.
template<typename Visit>
void forEachMemberNamed(const CompactJsonMembers &members, const QStringList &names, Visit visit)
{
    // Most keys differ from a name in their first letter: compared by it
    // alone, a record's walk costs a tenth of comparing whole strings.
    const auto order = [](const QString &name, QLatin1StringView key) {
        if (!name.isEmpty() && !key.isEmpty() && name.front().unicode() != key.front().unicode())
            return name.front().unicode() < key.front().unicode() ? -1 : 1;
        return name.compare(key);
    };
    const CompactJsonMember *member = members.cbegin();
    for (const QString &name : names) {
        int c = 1;
        while (member != members.cend() && (c = order(name, member->key)) > 0)
            ++member;
        if (member == members.cend())
            return;
        if (c == 0)
            visit(name, *member);
    }
}

} // namespace SyncLens
