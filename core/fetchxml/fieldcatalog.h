#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace SyncLens {

// What SyncLens knows of a field: its type (for typed comparison and value
// checks) and the display name a person reads in sentences and editors.
enum class FieldType
{
    String,
    Integer,
    Decimal,
    Boolean,
    DateTime,
    OptionSet,  // a whole number with labels
    UserLookup, // holds a user id (ownerid)
    Lookup,     // holds a record id
};

struct FieldInfo
{
    QString name;
    FieldType type = FieldType::String;
    QString displayName;         // translated
    QHash<int, QString> options; // OptionSet labels, translated
};

// The fields of the record types that sync filters use. A field it does not
// know is treated by the values it holds (see RecordSnapshot).
class FieldCatalog
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::FieldCatalog)

public:
    static const FieldCatalog &standard();

    std::optional<FieldInfo> field(const QString &entity, const QString &attribute) const;
    // The fields known for `entity`, by display name (for pickers).
    QList<FieldInfo> fields(const QString &entity) const;
    // The display name, or the logical name when the field is unknown.
    QString displayName(const QString &entity, const QString &attribute) const;
    // "Appointments", "Contacts", … (translated).
    QString pluralEntityName(const QString &entity) const;
    // The plural as it reads within a sentence: "appointments" in English,
    // where only the translation knows whether it takes a capital.
    QString pluralInSentence(const QString &entity) const;
    // "appointment", "account", … (translated, lower case).
    QString singularEntityName(const QString &entity) const;
    // The attribute that holds a record's own id: "contactid", "activityid", …
    static bool isPrimaryKey(const QString &entity, const QString &attribute);

private:
    FieldCatalog();
    void add(const QString &entity, FieldInfo info);
    QHash<QString, QHash<QString, FieldInfo>> m_fields;
};

} // namespace SyncLens
