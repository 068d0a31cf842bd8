#pragma once

#include "scenariocheck.h"

#include "model/crmrecord.h"
#include "model/exchangeitem.h"
#include "model/mailbox.h"
#include "model/syncfilter.h"
#include "model/user.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace SyncLens {

// An email as a scenario step gives it: sent from CRM (crm.sendEmail, `from` is
// a user id) or arriving in a mailbox (exchange.receive, `from` is an address).
struct ScenarioEmail
{
    QString id; // the message id
    QString from;
    QStringList to;
    QStringList cc;
    QString subject;
    QString regarding;         // crm.sendEmail
    QString inReplyTo;         // exchange.receive
    QString conversationIndex; // exchange.receive, hex
    QString folder;            // exchange.receive; empty: the inbox
};

// A fault injected into a mailbox's next attempted cycles (sss-model §4).
struct ScenarioFault
{
    enum class Kind
    {
        Auth,      // permanent: the mailbox is disabled
        Transient, // a Warning and a back-off
        Throttle,  // as transient
    };
    QString mailbox;
    Kind kind = Kind::Transient;
    int cycles = 1;
    std::optional<MailboxChannel> channel; // absent: the whole mailbox

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(QStringView name);
    static QStringList kindNames();
};

// One step of a scenario's story, validated by the loader. `body` is the step's
// object as the file gives it ("do", "at" and the kind's keys); the accessors
// below read it into model types, and each is meant for the kinds it names.
struct ScenarioStep
{
    enum class Kind
    {
        CrmCreate,
        CrmUpdate,
        CrmDelete,
        CrmSendEmail,
        ExchangeReceive,
        ExchangeCreate,
        ExchangeUpdate,
        ExchangeDelete,
        ExchangeTrack,
        ExchangeTrackFolder,
        FilterSet,
        FilterRemove,
        UserSet,
        OrgSet,
        MailboxSet,
        Fault,
        Sync,
        Expect
    };

    int number = 0; // 1-based, as PASS/FAIL lines print it
    Kind kind = Kind::Sync;
    // When it happens: its `at`, or one minute after the step before; the first
    // step without `at` happens at the scenario's start.
    QDateTime at;
    QJsonObject body;
    int line = 0; // where the step's object starts in the file
    int column = 0;
    std::optional<ScenarioCheck> check; // Expect only

    // "crm.create", "expect", …
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(QStringView name);
    static QStringList kindNames();

    // `id`: crm.update/delete, exchange.update/delete/track, filter.remove,
    // user.set, mailbox.set.
    QString id() const;
    // `mailbox`: exchange.*, fault, sync (empty: every mailbox).
    QString mailbox() const;
    // `fields`: crm.update, exchange.update (a null value clears the field).
    QJsonObject fields() const;
    // `regarding`: exchange.track, exchange.trackFolder (empty when not given).
    QString regarding() const;
    // `folder`: exchange.trackFolder.
    QString folder() const;
    // crm.create: the record, created and modified at this step's time.
    CrmRecord record() const;
    // crm.sendEmail, exchange.receive.
    ScenarioEmail email() const;
    // exchange.receive (type "email", fields from/to/cc/subject/inReplyTo/
    // conversationIndex) and exchange.create: the new item in `mailbox`.
    ExchangeItem exchangeItem() const;
    // filter.set: the filter, modified at this step's time.
    SyncFilter filter() const;
    // org.set: the overrides, nested as OrgSettings::withOverrides takes them.
    QJsonObject settings() const;
    // user.set, mailbox.set: `before` with the step's fields applied.
    User appliedTo(const User &before) const;
    Mailbox appliedTo(const Mailbox &before) const;
    // fault.
    ScenarioFault fault() const;
};

} // namespace SyncLens
