#pragma once

#include "model/alert.h"
#include "model/orgevent.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QHash>

namespace SyncLens {

class OrgStore;

// A cause told in plain language: what changed, by whom, and for a filter
// the filter before and after as sentences.
struct CauseStory
{
    QString title;  // "Alice Adams changed her sync filter “My appointments”"
    QString before; // the filter before (empty when it did not exist) or the old value
    QString after;  // the filter after (empty when it was removed) or the new value
};

// Tells the changes that make the engine decide again (org events, and a
// mailbox's failing and recovering from its alerts) for the timeline's
// markers and for the answers of Explain. Reads names and filter versions
// from the store it is given.
class CauseDescriber
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::CauseDescriber)

public:
    explicit CauseDescriber(OrgStore &store);

    Result<CauseStory> describe(const OrgEvent &event);
    CauseStory describeFailing(const Alert &alert);
    CauseStory describeRecovered(const Alert &alert);

private:
    Result<CauseStory> describeFilter(const OrgEvent &event);
    QString filterSentence(const QString &fetchXml) const;
    QString settingsSentence(const QJsonObject &settings) const;
    QString emailFilteringText(const QString &name) const;
    QString userName(const QString &userId);
    QString mailboxOwner(const QString &mailboxId);
    QString authorOr(const OrgEvent &event, const QString &fallback) const;

    OrgStore &m_store;
    QHash<QString, QString> m_userNames;
    QHash<QString, QString> m_mailboxUsers;
    bool m_namesRead = false;
};

} // namespace SyncLens
