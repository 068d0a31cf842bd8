#include "policyreport.h"

#include <QCoreApplication>

namespace SyncLens {

int PolicyReport::mailboxCount() const
{
    int n = 0;
    for (int count : mailboxesByState)
        n += count;
    return n;
}

int PolicyReport::filterCount() const
{
    int n = 0;
    for (const auto &u : users)
        n += int(u.filters.size());
    return n;
}

QString reportMailboxStateText(ReportMailboxState state)
{
    switch (state) {
    case ReportMailboxState::Healthy:
        return QCoreApplication::translate("SyncLens::PolicyReport", "synchronising");
    case ReportMailboxState::NotRun:
        return QCoreApplication::translate("SyncLens::PolicyReport", "not synchronised yet");
    case ReportMailboxState::Failing:
        return QCoreApplication::translate("SyncLens::PolicyReport", "failing");
    case ReportMailboxState::Disabled:
        return QCoreApplication::translate("SyncLens::PolicyReport", "disabled");
    case ReportMailboxState::AwaitingApproval:
        return QCoreApplication::translate("SyncLens::PolicyReport", "awaiting approval");
    }
    return {};
}

} // namespace SyncLens
