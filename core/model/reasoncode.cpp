#include "reasoncode.h"

#include "enumnames.h"

#include <array>

namespace SyncLens {

namespace {

using N = EnumName<ReasonCode>;
using R = ReasonCode;

constexpr std::array kNames{
    N{R::DuplicateSuppressed, QLatin1String("DUPLICATE_SUPPRESSED")},
    N{R::ManualTrack, QLatin1String("MANUAL_TRACK")},
    N{R::TrackedFolder, QLatin1String("TRACKED_FOLDER")},
    N{R::InReplyTo, QLatin1String("IN_REPLY_TO")},
    N{R::Token, QLatin1String("TOKEN")},
    N{R::Conversation, QLatin1String("CONVERSATION")},
    N{R::SmartMatch, QLatin1String("SMART_MATCH")},
    N{R::AllEmail, QLatin1String("ALL_EMAIL")},
    N{R::FromRecord, QLatin1String("FROM_RECORD")},
    N{R::FromEmailEnabled, QLatin1String("FROM_EMAIL_ENABLED")},
    N{R::NotTrackedNoSignal, QLatin1String("NOT_TRACKED_NO_SIGNAL")},
    N{R::NotTrackedNoRecord, QLatin1String("NOT_TRACKED_NO_RECORD")},
    N{R::NotTrackedFilteringNone, QLatin1String("NOT_TRACKED_FILTERING_NONE")},
    N{R::NotTrackedFolder, QLatin1String("NOT_TRACKED_FOLDER")},
    N{R::NotTrackedNoRecipient, QLatin1String("NOT_TRACKED_NO_RECIPIENT")},
    N{R::Sent, QLatin1String("SENT")},
    N{R::SendFailedMailbox, QLatin1String("SEND_FAILED_MAILBOX")},
    N{R::CrmDelete, QLatin1String("CRM_DELETE")},
    N{R::CrmDeleteKept, QLatin1String("CRM_DELETE_KEPT")},
    N{R::OutCreate, QLatin1String("OUT_CREATE")},
    N{R::BackInScope, QLatin1String("BACK_IN_SCOPE")},
    N{R::OutUpdate, QLatin1String("OUT_UPDATE")},
    N{R::LeftScope, QLatin1String("LEFT_SCOPE")},
    N{R::LeftScopeDeleted, QLatin1String("LEFT_SCOPE_DELETED")},
    N{R::OutSkippedOutOfScope, QLatin1String("OUT_SKIPPED_OUT_OF_SCOPE")},
    N{R::NotInScope, QLatin1String("NOT_IN_SCOPE")},
    N{R::InCreate, QLatin1String("IN_CREATE")},
    N{R::InNotTracked, QLatin1String("IN_NOT_TRACKED")},
    N{R::InUpdate, QLatin1String("IN_UPDATE")},
    N{R::InOverwriteOutOfScope, QLatin1String("IN_OVERWRITE_OUT_OF_SCOPE")},
    N{R::ConflictExchangeWon, QLatin1String("CONFLICT_EXCHANGE_WON")},
    N{R::ConflictCrmWon, QLatin1String("CONFLICT_CRM_WON")},
    N{R::ExchangeDeleteUntracked, QLatin1String("EXCHANGE_DELETE_UNTRACKED")},
    N{R::ExchangeDeletePropagated, QLatin1String("EXCHANGE_DELETE_PROPAGATED")},
    N{R::MailboxNotApproved, QLatin1String("MAILBOX_NOT_APPROVED")},
    N{R::MailboxDisabledAuth, QLatin1String("MAILBOX_DISABLED_AUTH")},
    N{R::TransientFailure, QLatin1String("TRANSIENT_FAILURE")},
    N{R::MailboxDisabledTransient, QLatin1String("MAILBOX_DISABLED_TRANSIENT")},
    N{R::Recovered, QLatin1String("RECOVERED")},
};

} // namespace

QString reasonCodeName(ReasonCode code)
{
    return nameOf<ReasonCode>(kNames, code);
}

std::optional<ReasonCode> reasonCodeFromName(QStringView name)
{
    return valueOf<ReasonCode>(kNames, name);
}

QList<ReasonCode> allReasonCodes()
{
    QList<ReasonCode> codes;
    for (const auto &row : kNames)
        codes.append(row.value);
    return codes;
}

} // namespace SyncLens
