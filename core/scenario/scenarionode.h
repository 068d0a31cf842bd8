#pragma once

#include "jsonsourcedocument.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace SyncLens {

// A value of a scenario file together with where it is, for the loader's typed
// reads: each read either gives the value or an Error whose message is the
// complete "FILE:LINE:COLUMN: message" naming the key or value, as the CLI
// prints it. A node may be absent (a key the object does not have).
class ScenarioNode
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::ScenarioNode)

public:
    // The root of `document`; both must outlive the node and its children.
    ScenarioNode(const JsonSourceDocument &document, const QString &file);

    ScenarioNode child(const QString &key) const;
    ScenarioNode child(qsizetype index) const;
    QList<ScenarioNode> elements() const; // of a list
    QStringList keys() const;             // of an object, in file order

    bool exists() const { return !m_value.isUndefined(); }
    bool isNull() const { return m_value.isNull(); }
    const QJsonValue &json() const { return m_value; }
    const QString &pointer() const { return m_pointer; }
    // `"key"` for a member, `"key"[2]` for an element, "step 4" for a step.
    QString name() const;
    // Where in the file's structure, for messages: "users[0]", "step 4, email".
    QString where() const;
    // The value's position; for an absent node, its object's.
    JsonPosition position() const;

    // "FILE:LINE:COLUMN: message" at the value, or at the member's key.
    Error error(const QString &message) const;
    Error keyError(const QString &message) const;

    // An object whose keys are all in `allowed` and include `required`.
    Result<QJsonObject> object(const QStringList &allowed, const QStringList &required = {}) const;
    Result<QJsonArray> array() const;
    Result<QString> string() const;
    Result<QString> id() const; // a non-empty string
    // An address as SSS compares them: something@somewhere, no spaces.
    Result<QString> address() const;
    Result<bool> boolean() const;
    Result<int> integer(int min, int max) const;
    // An ISO 8601 date and time with a time zone ("…Z" or "…+01:00"), in UTC.
    Result<QDateTime> instant() const;
    Result<QStringList> stringList() const;
    // A string that `fromName` knows; the error lists `names`.
    template<typename E>
    Result<E> choice(std::optional<E> (*fromName)(QStringView), const QStringList &names) const
    {
        const auto text = string();
        const auto value = text ? fromName(*text) : std::nullopt;
        if (!value)
            return choiceError(names);
        return *value;
    }

    // "a string", "a number", …
    static QString typeName(const QJsonValue &value);
    // An instant as instant() reads it; a date alone when `dateAlone` allows it.
    static std::optional<QDateTime> parseInstant(const QString &text, bool dateAlone = false);

private:
    ScenarioNode(const JsonSourceDocument *document, const QString *file, QString pointer,
                 QJsonValue value);
    Error located(JsonPosition at, const QString &message) const;
    Error typeError(const QString &expected) const;
    Error choiceError(const QStringList &names) const;

    const JsonSourceDocument *m_document;
    const QString *m_file;
    QString m_pointer;
    QJsonValue m_value;
};

// A key of a scenario file's object, for child().
inline QString scenarioKey(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace SyncLens
