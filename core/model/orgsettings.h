#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace SyncLens {

// Which way a field travels between CRM and Exchange.
enum class FieldDirection
{
    Both,
    ToExchange,
    ToCrm,
    None
};
// What happens to the Exchange copy of a record that leaves every filter.
enum class OutOfScopeAction
{
    Keep,
    Delete
};
// What a delete in Exchange does to the linked CRM record.
enum class ExchangeDeleteAction
{
    Untrack,
    Delete
};

QString fieldDirectionName(FieldDirection value);
std::optional<FieldDirection> fieldDirectionFromName(QStringView name);
QString outOfScopeActionName(OutOfScopeAction value);
std::optional<OutOfScopeAction> outOfScopeActionFromName(QStringView name);
QString exchangeDeleteActionName(ExchangeDeleteAction value);
std::optional<ExchangeDeleteAction> exchangeDeleteActionFromName(QStringView name);

// The org settings of sss-model §1, with its defaults. As JSON they nest as the
// model names them ("tracking": {"prefix": …}); scenario files override parts.
struct OrgSettings
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::OrgSettings)
public:
    struct Tracking
    {
        bool enabled = true;
        QString prefix = QStringLiteral("CRM");
        int digits = 6;
        friend bool operator==(const Tracking &, const Tracking &) = default;
    } tracking;

    struct Correlation
    {
        bool enabled = true;
        friend bool operator==(const Correlation &, const Correlation &) = default;
    } correlation;

    // Dataverse's organization columns: enablesmartmatching (off by default),
    // hashminaddresscount, hashmaxcount, hashdeltasubjectcount, hashfilterkeywords.
    struct SmartMatching
    {
        bool enabled = false;
        int minAddressCount = 2;
        int maxRecipientCount = 20;
        int deltaSubjectCount = 0;
        QString filterKeywords = QStringLiteral(R"(^[\s]*([\w]+\s?:[\s]*)+)");
        friend bool operator==(const SmartMatching &, const SmartMatching &) = default;
    } smartMatching;

    struct Sync
    {
        OutOfScopeAction outOfScope = OutOfScopeAction::Keep;
        ExchangeDeleteAction exchangeDelete = ExchangeDeleteAction::Untrack;
        friend bool operator==(const Sync &, const Sync &) = default;
    } sync;

    // record type → field → direction; a field not listed is `none`.
    QHash<QString, QHash<QString, FieldDirection>> fields = defaultFieldDirections();

    FieldDirection direction(const QString &type, const QString &field) const;

    QJsonObject toJson() const;
    // Returns these settings with the given (possibly partial) overrides applied.
    // An unknown key or a value of the wrong type is an error naming its path,
    // e.g. "smartMatching.minAddressCount"; the settings are then unchanged.
    Result<OrgSettings> withOverrides(const QJsonObject &overrides) const;

    static QHash<QString, QHash<QString, FieldDirection>> defaultFieldDirections();

    friend bool operator==(const OrgSettings &, const OrgSettings &) = default;
};

} // namespace SyncLens
