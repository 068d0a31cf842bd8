#include "reasoncode.h"

#include "enumnames.h"

#include <array>

namespace SyncLens {

namespace {

using ReasonName = EnumName<ReasonCode>;
using Code = ReasonCode;

constexpr std::array kReasonNames{
    ReasonName{Code::DuplicateSuppressed, QLatin1String("DUPLICATE_SUPPRESSED")},
    ReasonName{Code::ManualTrack, QLatin1String("MANUAL_TRACK")},
    ReasonName{Code::TrackedFolder, QLatin1String("TRACKED_FOLDER")},
    ReasonName{Code::InReplyTo, QLatin1String("IN_REPLY_TO")},
    ReasonName{Code::Token, QLatin1String("TOKEN")},
    ReasonName{Code::Conversation, QLatin1String("CONVERSATION")},
    ReasonName{Code::SmartMatch, QLatin1String("SMART_MATCH")},
    ReasonName{Code::AllEmail, QLatin1String("ALL_EMAIL")},
    ReasonName{Code::FromRecord, QLatin1String("FROM_RECORD")},
    ReasonName{Code::FromEmailEnabled, QLatin1String("FROM_EMAIL_ENABLED")},
    ReasonName{Code::NotTrackedNoSignal, QLatin1String("NOT_TRACKED_NO_SIGNAL")},
    ReasonName{Code::NotTrackedNoRecord, QLatin1String("NOT_TRACKED_NO_RECORD")},
    ReasonName{Code::NotTrackedFilteringNone, QLatin1String("NOT_TRACKED_FILTERING_NONE")},
    ReasonName{Code::NotTrackedFolder, QLatin1String("NOT_TRACKED_FOLDER")},
    ReasonName{Code::NotTrackedNoRecipient, QLatin1String("NOT_TRACKED_NO_RECIPIENT")},
    ReasonName{Code::Sent, QLatin1String("SENT")},
    ReasonName{Code::SendFailedMailbox, QLatin1String("SEND_FAILED_MAILBOX")},
    ReasonName{Code::CrmDelete, QLatin1String("CRM_DELETE")},
    ReasonName{Code::CrmDeleteKept, QLatin1String("CRM_DELETE_KEPT")},
    ReasonName{Code::OutCreate, QLatin1String("OUT_CREATE")},
    ReasonName{Code::BackInScope, QLatin1String("BACK_IN_SCOPE")},
    ReasonName{Code::OutUpdate, QLatin1String("OUT_UPDATE")},
    ReasonName{Code::LeftScope, QLatin1String("LEFT_SCOPE")},
    ReasonName{Code::LeftScopeDeleted, QLatin1String("LEFT_SCOPE_DELETED")},
    ReasonName{Code::OutSkippedOutOfScope, QLatin1String("OUT_SKIPPED_OUT_OF_SCOPE")},
    ReasonName{Code::NotInScope, QLatin1String("NOT_IN_SCOPE")},
    ReasonName{Code::InCreate, QLatin1String("IN_CREATE")},
    ReasonName{Code::InNotTracked, QLatin1String("IN_NOT_TRACKED")},
    ReasonName{Code::InUpdate, QLatin1String("IN_UPDATE")},
    ReasonName{Code::InOverwriteOutOfScope, QLatin1String("IN_OVERWRITE_OUT_OF_SCOPE")},
    ReasonName{Code::ConflictExchangeWon, QLatin1String("CONFLICT_EXCHANGE_WON")},
    ReasonName{Code::ConflictCrmWon, QLatin1String("CONFLICT_CRM_WON")},
    ReasonName{Code::ExchangeDeleteUntracked, QLatin1String("EXCHANGE_DELETE_UNTRACKED")},
    ReasonName{Code::ExchangeDeletePropagated, QLatin1String("EXCHANGE_DELETE_PROPAGATED")},
    ReasonName{Code::MailboxNotApproved, QLatin1String("MAILBOX_NOT_APPROVED")},
    ReasonName{Code::MailboxDisabledAuth, QLatin1String("MAILBOX_DISABLED_AUTH")},
    ReasonName{Code::TransientFailure, QLatin1String("TRANSIENT_FAILURE")},
    ReasonName{Code::MailboxDisabledTransient, QLatin1String("MAILBOX_DISABLED_TRANSIENT")},
    ReasonName{Code::Recovered, QLatin1String("RECOVERED")},
};

} // namespace

QString reasonCodeName(ReasonCode code)
{
    return nameOf<ReasonCode>(kReasonNames, code);
}

std::optional<ReasonCode> reasonCodeFromName(QStringView name)
{
    return valueOf<ReasonCode>(kReasonNames, name);
}

QList<ReasonCode> allReasonCodes()
{
    QList<ReasonCode> codes;
    for (const auto &row : kReasonNames)
        codes.append(row.value);
    return codes;
}

} // namespace SyncLens
