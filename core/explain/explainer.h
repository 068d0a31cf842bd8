#pragma once

#include "fetchxml/filterdescriber.h"
#include "model/journalentry.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace SyncLens {

class OrgStore;

// One decision of an item's history, in words.
struct ExplainedDecision
{
    JournalEntry entry;
    QString sentence;    // what happened and why, with the concrete facts
    QStringList details; // the facts, one per line (fields, filters, token, …)
    // The change that made the engine decide (an org event; 0: none found):
    // the moment the answer points at on the timeline.
    qint64 causeEventId = 0;
    QDateTime causeTime;
    QString cause; // "This followed a change at …: …" (empty: none)
};

// An item's history in plain language and what would change its outcome.
struct Explanation
{
    QString itemId;
    QString title; // its subject or name
    QString type;
    QList<ExplainedDecision> decisions; // in time order
    QStringList advice;                 // for the latest decision
};

// Turns journal entries into sentences a user understands (sss-model: "an
// explanation is the chronological list of an item's decisions, each rendered
// as a translatable plain-language sentence with its concrete facts").
// Every sentence goes through tr() with placeholders.
class Explainer
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::Explainer)

public:
    explicit Explainer(OrgStore &store, QLocale locale = QLocale());

    Result<Explanation> explain(const QString &itemId);
    ExplainedDecision explainEntry(const JournalEntry &entry);
    QStringList advice(const JournalEntry &latest);

    // "Alice Adams" for user "alice", "Alice Adams's Outlook" for mailbox "m-alice".
    QString userName(const QString &userId);
    QString mailboxOwner(const QString &mailboxId);

private:
    QString sentence(const JournalEntry &e);
    QString scopeSentence(const JournalEntry &e);
    QString emailSentence(const JournalEntry &e);
    QStringList emailAdvice(const JournalEntry &e);
    QString healthSentence(const JournalEntry &e);
    // Model v2: deletes by type, organizer, state and time; back in scope.
    QString deleteSentence(const JournalEntry &e);
    QStringList deleteAdvice(const JournalEntry &e);
    QString exchangeDeleteKept(const JournalEntry &e, const QString &who);
    QStringList details(const JournalEntry &e);
    QString fieldChanges(const QJsonArray &changes, const QString &type);
    QString excludingConditions(const QJsonObject &facts, const QString &type);
    QString conditionPhrase(const QJsonObject &condition, const QString &type);
    QString filterNames(const QJsonObject &facts);
    QString value(const QJsonValue &v) const;
    QString recordTitle(const QString &id);
    void loadNames();

    OrgStore &m_store;
    QLocale m_locale;
    FilterDescriber m_describer;
    bool m_namesLoaded = false;
    QHash<QString, QString> m_userNames;
    QHash<QString, QString> m_mailboxUsers;
};

} // namespace SyncLens
