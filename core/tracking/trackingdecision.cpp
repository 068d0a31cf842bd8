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
}

// The settings the rules read, each with its value in a default Facts.
template<typename Facts, typename Visit> void visitSettings(Facts &f, Visit &&visit)
{
    static const TrackingDecision::Facts defaults;
    visit("trackingEnabled", f.trackingEnabled, defaults.trackingEnabled);
    visit("correlationEnabled", f.correlationEnabled, defaults.correlationEnabled);
    visit("smartMatchingEnabled", f.smartMatchingEnabled, defaults.smartMatchingEnabled);
    visit("minAddressCount", f.minAddressCount, defaults.minAddressCount);
    visit("maxRecipientCount", f.maxRecipientCount, defaults.maxRecipientCount);
    visit("deltaSubjectCount", f.deltaSubjectCount, defaults.deltaSubjectCount);
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

// The settings facts as they stand in a default Facts: a fact equal to its
// default is left out, and FactsReader, starting from the defaults, reads it
// back (most emails are decided under the default settings: 140 bytes of
// each of their entries). The defaults are part of the journal's format: an
// entry written before they changed would read back wrong.
struct SettingsWriter
{
    Writer write;
    template<typename Value> void operator()(const char *key, Value v, Value byDefault)
    {
        if (v != byDefault)
            write(key, v);
    }
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
    // A setting left out was at its default (SettingsWriter).
    void operator()(const char *key, int &v, int byDefault)
    {
        v = o.value(QLatin1String(key)).toInt(byDefault);
    }
    void operator()(const char *key, bool &v, bool byDefault)
    {
        v = o.value(QLatin1String(key)).toBool(byDefault);
    }
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
    visitSettings(facts, SettingsWriter{write});
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
    visitSettings(d.facts, read);
    return d;
}

} // namespace SyncLens
