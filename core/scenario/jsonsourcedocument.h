#pragma once

#include <QHash>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace SyncLens {

// A place in a text file: 1-based line and column (columns count Unicode
// characters, a tab is one). Line 0 means "no position".
struct JsonPosition
{
    int line = 0;
    int column = 0;

    bool isValid() const { return line > 0; }
    friend bool operator==(const JsonPosition &, const JsonPosition &) = default;
};

// A JSON document that remembers where each value and each object key stands in
// the file, so that a loader can say "FILE:LINE:COLUMN: message" about a value it
// refuses — QJsonDocument knows only an offset, and only for syntax errors.
// Values are addressed by JSON pointer (RFC 6901): "" is the root,
// "/steps/3/email/to" the `to` of the fourth step's email. JsonSourceParser
// builds it.
class JsonSourceDocument
{
public:
    const QJsonValue &root() const { return m_root; }

    // Where the value at `pointer` starts; invalid when there is none.
    JsonPosition valuePosition(const QString &pointer) const;
    // Where the key that names the member at `pointer` starts; for array elements
    // and the root, where the value starts.
    JsonPosition keyPosition(const QString &pointer) const;
    // The keys of the object at `pointer` in the order the file gives them
    // (QJsonObject sorts them), so that the first bad key reported is the first
    // one a reader sees.
    QStringList keys(const QString &pointer) const;

    // The pointer of a member or an element of the value at `parent`.
    static QString childPointer(const QString &parent, const QString &key);
    static QString childPointer(const QString &parent, qsizetype index);
    // The unescaped segments of a pointer: "/a~1b/0" → {"a/b", "0"}.
    static QStringList segments(const QString &pointer);

private:
    friend class JsonSourceParser;

    QJsonValue m_root;
    QHash<QString, JsonPosition> m_values;
    QHash<QString, JsonPosition> m_keys;
    QHash<QString, QStringList> m_keyOrder;
};

} // namespace SyncLens
