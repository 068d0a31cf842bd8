#include "correlationmethod.h"

namespace SyncLens {

std::optional<ReasonCode> reasonCodeOfCorrelationMethod(int value)
{
    switch (CorrelationMethod(value)) {
    case CorrelationMethod::InReplyTo:
        return ReasonCode::InReplyTo;
    case CorrelationMethod::TrackingToken:
        return ReasonCode::Token;
    case CorrelationMethod::ConversationIndex:
        return ReasonCode::Conversation;
    case CorrelationMethod::SmartMatching:
        return ReasonCode::SmartMatch;
    case CorrelationMethod::None:
    case CorrelationMethod::Skipped:
    case CorrelationMethod::XHeader:
    case CorrelationMethod::CustomCorrelation:
        break;
    }
    return std::nullopt;
}

QString correlationMethodName(int value)
{
    switch (CorrelationMethod(value)) {
    case CorrelationMethod::None:
        return QStringLiteral("None");
    case CorrelationMethod::Skipped:
        return QStringLiteral("Skipped");
    case CorrelationMethod::XHeader:
        return QStringLiteral("XHeader");
    case CorrelationMethod::InReplyTo:
        return QStringLiteral("InReplyTo");
    case CorrelationMethod::TrackingToken:
        return QStringLiteral("TrackingToken");
    case CorrelationMethod::ConversationIndex:
        return QStringLiteral("ConversationIndex");
    case CorrelationMethod::SmartMatching:
        return QStringLiteral("SmartMatching");
    case CorrelationMethod::CustomCorrelation:
        return QStringLiteral("CustomCorrelation");
    }
    return QStringLiteral("unknown (%1)").arg(value);
}

} // namespace SyncLens
