#include "trackingbenchmark.h"

#include "benchmark.h"
#include "referencetracker.h"
#include "sandbox/sandboxrecords.h"
#include "tracking/emailtracker.h"
#include "tracking/senderdirectory.h"

#include <QElapsedTimer>
#include <QJsonObject>

#include <cmath>
#include <ctime>

namespace SyncLens::Bench {

namespace {

qint64 option(const QStringList &arguments, const QString &name, qint64 fallback)
{
    const int at = arguments.indexOf(name);
    return at >= 0 ? arguments.value(at + 1).toLongLong() : fallback;
}

// The org's people as senders, and each mailbox's context.
struct Org
{
    SenderDirectory senders;
    QHash<QString, TrackingContext> contexts; // by mailbox
};

void loadPeople(const SandboxRecords &records, Org &org)
{
    const SandboxPlan &plan = records.plan();
    for (qint64 i = 0; i < plan.contacts; ++i) {
        const CrmRecord c = records.contact(i);
        org.senders.add(c.field(QStringLiteral("emailaddress1")),
                        {c.id, c.type, c.field(QStringLiteral("fullname"))});
    }
    for (qint64 i = 0; i < plan.accounts; ++i) {
        const CrmRecord a = records.account(i);
        org.senders.add(a.field(QStringLiteral("emailaddress1")),
                        {a.id, a.type, a.field(QStringLiteral("name"))});
    }
    const QSet<QString> userAddresses = userAddressesOf(records.users());
    for (int u = 0; u < records.users().size(); ++u) {
        const User &user = records.users().at(u);
        org.senders.add(user.email, {user.id, QStringLiteral("systemuser"), user.name});
        TrackingContext context;
        context.emailFiltering = user.emailFiltering;
        context.userAddresses = userAddresses;
        context.findSender = [&org](const QString &a) { return org.senders.find(a); };
        org.contexts.insert(records.mailbox(u).id, context);
    }
}

std::vector<IncomingEmail> incomingBatch(const SandboxRecords &records, qint64 first, qint64 count)
{
    std::vector<IncomingEmail> batch;
    batch.reserve(size_t(count));
    for (qint64 i = first; i < first + count; ++i)
        batch.push_back(fromExchangeItem(records.exchangeEmail(i)));
    return batch;
}

// The machine is shared: this thread's CPU time is what the decisions cost,
// whatever else runs; the wall clock is reported beside it.
qint64 threadCpuNanoseconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

double perSecond(qint64 decisions, qint64 nanoseconds)
{
    return nanoseconds > 0 ? std::round(double(decisions) * 1e9 / double(nanoseconds)) : 0;
}

QJsonObject runTracking(const QStringList &arguments)
{
    const qint64 incoming = option(arguments, QStringLiteral("--incoming"), 1000000);
    const qint64 trackedCount = option(arguments, QStringLiteral("--tracked"), 100000);
    const qint64 sample = std::min(incoming, option(arguments, QStringLiteral("--sample"), 20000));
    SandboxSpec spec;
    spec.users = 50;
    spec.seed = 7;
    spec.items = (trackedCount * 100 + 14) / 15; // tracked emails are 15% of the items
    const SandboxRecords records(spec);

    // Every rule on, smart matching too (off by default): the heaviest path,
    // and the same rules as before smart matching became off by default.
    OrgSettings settings;
    settings.smartMatching.enabled = true;
    const TrackingToken tokens(settings.tracking);
    TrackingIndex index(settings);
    Test::ReferenceTracker reference(settings);
    for (qint64 i = 0; i < records.plan().crmEmails; ++i)
        index.add(fromCrmRecord(records.crmEmail(i), tokens));
    // In a loop of its own, so that the reference's columns lie in order in
    // memory, as a scan would have them.
    for (qint64 i = 0; i < records.plan().crmEmails; ++i)
        reference.add(fromCrmRecord(records.crmEmail(i), tokens));
    Org org;
    loadPeople(records, org);
    const EmailTracker tracker(settings);

    // Decided in small batches built outside the clock: 1M emails never sit
    // in memory at once, and, as in a cycle that reads an email and decides
    // it, the email is fresh in the cache; the index is not.
    constexpr qint64 kBatch = 100;
    qint64 nanoseconds = 0, wall = 0, decided = 0;
    QHash<ReasonCode, qint64> codes;
    for (qint64 first = 0; first < incoming; first += kBatch) {
        const auto batch = incomingBatch(records, first, std::min(kBatch, incoming - first));
        QElapsedTimer timer;
        timer.start();
        const qint64 cpu = threadCpuNanoseconds();
        for (const IncomingEmail &e : batch)
            ++codes[tracker.decide(e, *org.contexts.constFind(e.mailboxId), index).code];
        nanoseconds += threadCpuNanoseconds() - cpu;
        wall += timer.nsecsElapsed();
        decided += qint64(batch.size());
    }

    // The reference on a sample spread over the whole run; it must agree.
    const qint64 step = std::max<qint64>(1, incoming / std::max<qint64>(1, sample));
    std::vector<IncomingEmail> picked;
    for (qint64 i = 0; i < incoming && qint64(picked.size()) < sample; i += step)
        picked.push_back(fromExchangeItem(records.exchangeEmail(i)));
    qint64 referenceNs = 0, differing = 0;
    for (const IncomingEmail &e : picked) {
        const TrackingContext &context = *org.contexts.constFind(e.mailboxId);
        const qint64 cpu = threadCpuNanoseconds();
        const TrackingDecision theirs = reference.decide(e, context);
        referenceNs += threadCpuNanoseconds() - cpu;
        const TrackingDecision ours = tracker.decide(e, context, index);
        differing += ours.code != theirs.code || ours.correlatedWith != theirs.correlatedWith;
    }

    // A faster answer that differs from the plain reading of the rules is no
    // answer: the run fails rather than print a ratio.
    if (differing > 0)
        return QJsonObject{{QStringLiteral("error"),
                            QStringLiteral("%1 of %2 sampled decisions differ from the reference")
                                .arg(differing)
                                .arg(picked.size())}};
    QJsonObject byCode;
    for (auto it = codes.cbegin(); it != codes.cend(); ++it)
        byCode.insert(reasonCodeName(it.key()), it.value());
    const double ours = perSecond(decided, nanoseconds);
    const double theirs = perSecond(qint64(picked.size()), referenceNs);
    return QJsonObject{
        {QStringLiteral("benchmark"), QStringLiteral("tracking")},
        {QStringLiteral("incoming"), decided},
        {QStringLiteral("tracked"), index.size()},
        {QStringLiteral("decisions_per_s"), ours},
        {QStringLiteral("wall_decisions_per_s"), perSecond(decided, wall)},
        {QStringLiteral("reference_sample"), qint64(picked.size())},
        {QStringLiteral("reference_decisions_per_s"), theirs},
        {QStringLiteral("ratio"), theirs > 0 ? std::round(ours / theirs) : 0},
        {QStringLiteral("index_bytes"), index.bytes()},
        {QStringLiteral("sample_differing"), differing},
        {QStringLiteral("codes"), byCode},
    };
}

} // namespace

void registerTrackingBenchmark()
{
    benchmarks().emplace(QStringLiteral("tracking"), runTracking);
}

} // namespace SyncLens::Bench
