#pragma once

#include "model/crmrecord.h"
#include "model/exchangeitem.h"
#include "model/mailbox.h"
#include "model/syncfilter.h"
#include "model/team.h"
#include "model/user.h"
#include "sandboxmixer.h"
#include "sandboxplan.h"
#include "sandboxspec.h"

#include <QList>

namespace SyncLens {

// Builds the sandbox's records one by one from their index: the same spec
// gives the same record for the same index, whatever was built before, so a
// generator can stream a million of them with memory to spare.
class SandboxRecords
{
public:
    explicit SandboxRecords(const SandboxSpec &spec);

    const SandboxPlan &plan() const { return m_plan; }
    const QList<User> &users() const { return m_users; }
    QList<Team> teams() const;
    Mailbox mailbox(int user) const;
    QList<SyncFilter> filters(int user) const;

    CrmRecord account(qint64 i) const;
    CrmRecord contact(qint64 i) const;
    CrmRecord appointment(qint64 i) const;
    int appointmentState(qint64 anchor, const QDateTime &start) const;
    CrmRecord task(qint64 i) const;
    CrmRecord crmEmail(qint64 i) const;
    ExchangeItem exchangeEmail(qint64 i) const;
    ExchangeItem outlookAppointment(qint64 i) const;

    // The highest tracking token number the tracked emails use.
    qint64 lastToken() const { return m_plan.crmEmails; }

private:
    QList<User> makeUsers() const;
    int ownerOf(qint64 i, quint64 salt) const;
    QString ownerId(qint64 i, int user, int percent) const;
    QString contactEmail(qint64 contact) const;
    QString contactName(qint64 contact) const;
    QString accountId(qint64 account) const;
    QString accountName(qint64 account) const;
    qint64 contactOfEmail(qint64 email) const;
    bool emailIsOutgoing(qint64 email) const;
    QString emailBaseSubject(qint64 email) const;
    QString emailSubject(qint64 email) const;
    QString emailMessageId(qint64 email) const;
    QString emailConversationIndex(qint64 email) const;
    QDateTime emailSentOn(qint64 email) const;
    ExchangeItem strangerEmail(qint64 i) const;

    SandboxSpec m_spec;
    SandboxMixer m_mix;
    SandboxPlan m_plan;
    QList<User> m_users;
    // What contactEmail() would otherwise derive (Unicode normalisation
    // included) for every one of a million addresses: the local part of
    // each first and last name pair, the domain of each company.
    QStringList m_localParts;
    QStringList m_domains;
};

} // namespace SyncLens
