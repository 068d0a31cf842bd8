#pragma once

#include "outgoingdecision.h"
#include "trackingdecision.h"

#include <QCoreApplication>

namespace SyncLens {

// A tracking decision as a paragraph a user reads: one phrasing per reason
// code of sss-model §2, with its concrete facts (the token, the header, the
// shared addresses, the setting that is off, the nearest miss). Every
// sentence is one tr() string with numbered placeholders, so a translation
// can reorder them.
class TrackingExplainer
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::TrackingExplainer)

public:
    // `userName`: the mailbox's user ("Alice Adams").
    static QString explain(const TrackingDecision &decision, const QString &userName);
    static QString explain(const OutgoingDecision &decision, const QString &userName);
    // What would change an incoming email's decision, one line each; empty
    // when nothing needs to change.
    static QStringList advice(const TrackingDecision &decision, const QString &userName);

private:
    static QString tracked(const TrackingDecision &d, const QString &user);
    static QString correlated(const TrackingDecision &d);
    static QString notTracked(const TrackingDecision &d, const QString &user);
    static QString notRead(const TrackingDecision &d, const QString &user);
    static QString regarding(const TrackingDecision &d);
    static QString record(const QString &type, const QString &name);
    static QString addresses(int count);
    static QString quoted(const QString &subject);
    static QStringList missingSignals(const TrackingDecision::Facts &f);
    static QString smartMatchMiss(const TrackingDecision::Facts &f);
    static QString joined(const QStringList &clauses);
};

} // namespace SyncLens
