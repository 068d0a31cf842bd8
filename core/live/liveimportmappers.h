#pragma once

#include "model/alert.h"
#include "model/crmrecord.h"
#include "model/livemailbox.h"
#include "model/mailbox.h"
#include "model/orgsettings.h"
#include "model/syncfilter.h"
#include "model/user.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace SyncLens {

// Rows of the Web API (dataverse-web-api.md §2, option-set values from
// sss-documented-behaviour.md §1–§3) turned into the store's values. Pure
// functions: no network, no store.
class LiveImportMappers
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::LiveImportMappers)

public:
    static QDateTime time(const QJsonValue &value);

    // systemusers: people only. Disabled users and application users (the
    // identity a client secret signs in as) are not users of the model.
    static bool isPerson(const QJsonObject &row);
    static User user(const QJsonObject &row);
    // usersettings.incomingemailfilteringmethod (0 … 4).
    static EmailFiltering emailFiltering(int method);

    static LiveMailbox liveMailbox(const QJsonObject &row);
    // The engine's view of a user's mailbox, with its health per channel.
    static Mailbox mailbox(const LiveMailbox &live);
    static void setChannelHealth(const LiveMailbox &live, Mailbox &mailbox);

    // tracelog → alert; nullopt when it is not about a mailbox.
    static std::optional<Alert> alert(const QJsonObject &row);

    // userquery of querytype 256 (outlook) or 16 (offline); nullopt for any
    // other (ordinary views are not filters, whatever their name).
    static std::optional<SyncFilter> filter(const QJsonObject &row, QString *kind);
    // savedquery of querytype 131072 or 8192; nullopt for any other.
    static std::optional<LiveTemplate> filterTemplate(const QJsonObject &row);

    // A contact, appointment or task as the store keeps it: lookups
    // (`_x_value`) under their logical name, annotations dropped.
    static CrmRecord record(const QString &type, const QString &primaryKey, const QJsonObject &row);
    // A tracked email: named by its message id, as the sandbox names them;
    // `correlation` is the reason code of its correlationmethod, if any.
    static CrmRecord email(const QJsonObject &row);

    // organization row (with orgdborgsettings) → the model's settings,
    // documented Dataverse defaults where a column or key is absent.
    static OrgSettings settings(const QJsonObject &organization);
    // <OrgSettings><Name>value</Name>…</OrgSettings> → name → value.
    static QHash<QString, QString> orgDbOrgSettings(const QString &xml);
};

} // namespace SyncLens
