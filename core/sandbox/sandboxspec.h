#pragma once

#include "model/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace SyncLens {

// What `synclens-cli sandbox create` and the GUI's "New sandbox org" ask for.
struct SandboxSpec
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::SandboxSpec)

public:
    static constexpr int MaxHistoryDays = 365;
    // What the demo org and the New Sandbox dialog give it.
    static constexpr int DemoHistoryDays = 30;
    // What is created during a history waits in memory for its time.
    static constexpr qint64 MaxHistoryItems = 200000;

    int users = 25;
    qint64 items = 20000; // CRM records plus Exchange items, in all
    quint64 seed = 1;
    QString orgName; // empty: derived from the seed
    // Days the org lives before `now` (0: none, the first cycle decides all):
    // what happens in them happens at its time, with cycles across the period.
    int historyDays = 0;
    // The org's "now": the year of email runs up to it. Fixed by default so
    // that the same seed gives the same org whatever day it is made.
    QDateTime now = QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);

    // A clear, translated message for a spec that cannot be generated
    // (users < 1, items < users, …), naming the bad value.
    Result<void> validate() const;
};

} // namespace SyncLens
