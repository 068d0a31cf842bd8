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
// What a delete in Exchange does to the linked CRM record (sss-model §1, §3).
enum class ExchangeDeleteAction
{
    Untrack,
    Delete,
    OrganizerFuture, // appointments: deleted when the user organises it, active and ahead
    Open,            // tasks: deleted while open
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

    // `sync.exchangeDelete`, per record type, with the documented defaults. It
    // stands for Dataverse's documented rules rather than one org setting:
    // appointments, "Deleting in Exchange does not delete in Dynamics" when
    // completed/canceled, past or not the organizer's (sync-logic); tasks,
    // the OrgDbOrgSetting SSSTaskDeletionSyncBehaviorFromExchange; contacts,
    // deleted only in the owner's mailbox. A live org also weighs
    // DistinctPhysicalAndLogicalDeletesForExchangeSync.
    struct ExchangeDelete
    {
        ExchangeDeleteAction appointment = ExchangeDeleteAction::OrganizerFuture;
        ExchangeDeleteAction task = ExchangeDeleteAction::Open;
        ExchangeDeleteAction contact = ExchangeDeleteAction::Untrack;
        // The action for a record type; untrack for a type without one.
        ExchangeDeleteAction forType(const QString &type) const;
        friend bool operator==(const ExchangeDelete &, const ExchangeDelete &) = default;
    };

    struct Sync
    {
        OutOfScopeAction outOfScope = OutOfScopeAction::Keep;
        ExchangeDelete exchangeDelete;
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
