#include "trackingdecision.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace SyncLens {

namespace {

// One place that names each fact, for writing and for reading back.
template<typename Facts, typename Visit> void visitFacts(Facts &f, Visit &&visit)
{
    visit("tokensFound", f.tokensFound);
    visit("token", f.tokenUsed);
    visit("matchedHeader", f.matchedHeader);
    visit("sharedAddresses", f.sharedAddresses);
    visit("subject", f.subject);
    visit("matchedSubject", f.matchedSubject);
    visit("wordsDiffering", f.wordsDiffering);
    visit("recipients", f.recipients);
    visit("nearestSubject", f.nearestSubject);
    visit("nearestSharedAddresses", f.nearestSharedAddresses);
    visit("nearestMessageId", f.nearestMessageId);
    visit("senderRecord", f.senderRecordId);
    visit("senderRecordType", f.senderRecordType);
    visit("senderRecordName", f.senderRecordName);
    visit("folder", f.folder);
    visit("emailFiltering", f.emailFiltering);
    visit("correlatedSubject", f.correlatedSubject);
    visit("sender", f.sender);
    visit("inReplyTo", f.inReplyTo);
    visit("regardingName", f.regardingName);
    visit("recipientAddresses", f.recipientAddresses);
    visit("passedToken", f.passedToken);
    visit("passedTokenSubject", f.passedTokenSubject);
    visit("trackingEnabled", f.trackingEnabled);
    visit("correlationEnabled", f.correlationEnabled);
    visit("smartMatchingEnabled", f.smartMatchingEnabled);
    visit("minAddressCount", f.minAddressCount);
    visit("maxRecipientCount", f.maxRecipientCount);
    visit("deltaSubjectCount", f.deltaSubjectCount);
}

// Writes a fact unless it is empty (strings, lists) or unknown (-1).
struct Writer
{
    CompactJsonObject &o;
    void operator()(const char *key, const QString &v)
    {
        if (!v.isEmpty())
            o.insertString(QLatin1StringView(key), v);
    }
    void operator()(const char *key, const QStringList &v)
    {
        if (!v.isEmpty())
            o.insertStrings(QLatin1StringView(key), v);
    }
    void operator()(const char *key, int v)
    {
        if (v >= 0)
            o.insert(QLatin1StringView(key), v);
    }
    void operator()(const char *key, bool v) { o.insert(QLatin1StringView(key), v); }
};

struct FactsReader
{
    const QJsonObject &o;
    void operator()(const char *key, QString &v) { v = o.value(QLatin1String(key)).toString(); }
    void operator()(const char *key, QStringList &v)
    {
        v.clear();
        for (const QJsonValue item : o.value(QLatin1String(key)).toArray())
            v.append(item.toString());
    }
    void operator()(const char *key, int &v) { v = o.value(QLatin1String(key)).toInt(v); }
    void operator()(const char *key, bool &v) { v = o.value(QLatin1String(key)).toBool(v); }
};

} // namespace

bool TrackingDecision::isTracked() const
{
    switch (code) {
    case ReasonCode::ManualTrack:
    case ReasonCode::TrackedFolder:
    case ReasonCode::InReplyTo:
    case ReasonCode::Token:
    case ReasonCode::Conversation:
    case ReasonCode::SmartMatch:
    case ReasonCode::AllEmail:
    case ReasonCode::FromRecord:
    case ReasonCode::FromEmailEnabled:
        return true;
    default:
        return false;
    }
}

QJsonObject TrackingDecision::factsJson() const
{
    CompactJsonObject text;
    writeFacts(text);
    return QJsonDocument::fromJson(text.text()).object();
}

void TrackingDecision::writeFacts(CompactJsonObject &out) const
{
    Writer write{out};
    write("regarding", regardingId);
    write("correlatedWith", correlatedWith);
    visitFacts(facts, write);
    out.insert(QLatin1StringView("recipients"), facts.recipients); // 0 is a fact too
}

TrackingDecision TrackingDecision::fromFacts(ReasonCode code, const QJsonObject &json)
{
    TrackingDecision d;
    d.code = code;
    FactsReader read{json};
    read("regarding", d.regardingId);
    read("correlatedWith", d.correlatedWith);
    visitFacts(d.facts, read);
    return d;
}

} // namespace SyncLens
