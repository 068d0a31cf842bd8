// Test helper: `syncrunner ORG` opens a sandbox org and, over and over, adds
// work (a CRM email to send, an email arriving in a mailbox, a CRM edit) in
// one transaction and then runs a sync cycle — printing "ready" once open and
// "cycle N" after each — until it is killed.
#include "model/recordtypes.h"
#include "store/orgstore.h"
#include "sync/synccycle.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cstdio>

using namespace SyncLens;

namespace {

Result<void> addWork(OrgStore &store, const QList<User> &users, const QDateTime &at, qint64 n)
{
    const User &sender = users.at(int(n % users.size()));
    const User &receiver = users.at(int((n + 1) % users.size()));
    return store.transaction([&]() -> Result<void> {
        CrmRecord email{
            QStringLiteral("<run.%1@contoso.com>").arg(n), QString(RecordTypes::Email), {}, at, at};
        email.fields = QJsonObject{{QStringLiteral("from"), sender.id},
                                   {QStringLiteral("to"), QJsonArray{receiver.email}},
                                   {QStringLiteral("subject"), QStringLiteral("Run %1").arg(n)},
                                   {QStringLiteral("state"), QStringLiteral("pendingSend")}};
        if (auto r = store.upsertCrmRecord(email); !r)
            return r;
        // The receiver's reply keeps the token: tracked when it arrives.
        ExchangeItem reply{QStringLiteral("m-") + receiver.id,
                           QStringLiteral("<reply.%1@fabrikam.com>").arg(n),
                           QString(RecordTypes::Email),
                           {{QStringLiteral("from"), QStringLiteral("x%1@fabrikam.com").arg(n)},
                            {QStringLiteral("to"), QJsonArray{receiver.email}},
                            {QStringLiteral("subject"), QStringLiteral("Hello %1").arg(n)}},
                           QStringLiteral("Inbox")};
        reply.createdOn = reply.modifiedOn = at;
        return store.upsertExchangeItem(reply);
    });
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2)
        return 2;
    auto store = OrgStore::open(args.at(1));
    auto users = store ? (*store)->users() : Result<QList<User>>(store.error());
    if (!store || !users) {
        std::fprintf(stderr, "%s\n", qPrintable(users.error().message));
        return 2;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    SyncCycle cycle(**store);
    QDateTime at = *SyncCycle::clock(**store);
    for (qint64 n = 1;; ++n) {
        at = at.addSecs(15 * 60);
        const qint64 id = (*store)->lastChangeSeq(); // unique across restarts
        if (auto r = addWork(**store, *users, at, id); !r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
            return 1;
        }
        auto summary = cycle.run(at);
        if (!summary) {
            std::fprintf(stderr, "%s\n", qPrintable(summary.error().message));
            return 1;
        }
        std::printf("cycle %lld\n", static_cast<long long>(summary->cycle));
        std::fflush(stdout);
    }
}
