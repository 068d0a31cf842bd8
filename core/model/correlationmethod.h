#pragma once

#include "reasoncode.h"

#include <QString>

#include <optional>

namespace SyncLens {

// A live org's `email.correlationmethod` (Dataverse's choice column on the
// email table): how SSS correlated a tracked email. 3–6 are the rules E3–E6
// of sss-model §2, in the order Dataverse documents them.
enum class CorrelationMethod
{
    None = 0,              // not correlated
    Skipped = 1,           // correlation was skipped
    XHeader = 2,           // documented as not used
    InReplyTo = 3,         // E3 IN_REPLY_TO
    TrackingToken = 4,     // E4 TOKEN
    ConversationIndex = 5, // E5 CONVERSATION
    SmartMatching = 6,     // E6 SMART_MATCH
    CustomCorrelation = 7, // documented as not used
};

// The reason code of the rule a correlationmethod value names: 3 IN_REPLY_TO,
// 4 TOKEN, 5 CONVERSATION, 6 SMART_MATCH. Every other value names no rule of
// the model and gives nullopt: 0 None and 1 Skipped (another rule, or none,
// decided; the email's other columns tell which), 2 XHeader and
// 7 CustomCorrelation (documented as not used), and any undocumented value.
std::optional<ReasonCode> reasonCodeOfCorrelationMethod(int value);

// Dataverse's name of a value ("InReplyTo"), or "unknown (9)".
QString correlationMethodName(int value);

} // namespace SyncLens
