#include "live/livefilterbulkapply.h"
#include "livefilterfixture.h"
#include "totext.h"

#include <QSignalSpy>
#include <QTest>

using namespace SyncLens;
using Status = LiveFilterOutcome::Status;

// Bulk apply on a live org (the in-process fake): one user's filters are
// beyond the signed-in account's reach (403), one user's filter changed in
// the org meanwhile (412); the others are written, and each user's result
// says which.
class TestLiveFilterBulk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forbiddenAndConflictingUsersAreReportedTheOthersWritten()
    {
        qRegisterMetaType<QList<LiveFilterOutcome>>();
        Test::LiveFixture live(6, 300, 500);
        QVERIFY2(live.ok(), qPrintable(live.error()));
        Test::LiveFilterFixture org(live, QStringLiteral("bulk.db"));
        QVERIFY2(org.ok(), qPrintable(org.error()));
        QStringList users;
        QHash<QString, QString> contactFilterOf;
        for (const SyncFilter &f : *org.store().filters()) {
            if (f.id == QStringLiteral("f-%1-contacts").arg(f.userId)) {
                users.append(f.userId);
                contactFilterOf.insert(f.userId, f.id);
            }
        }
        users.sort();
        QCOMPARE(users.size(), 6);
        const QString forbidden = users.at(1);
        const QString conflicting = users.at(3);
        live.fake().outOfReachOwners.insert(forbidden);

        // The definition: the first user's filter, renamed; users without a
        // filter of that name get a new one.
        SyncFilter definition = *(*org.store().filter(contactFilterOf.value(users.first())));
        definition.name = QStringLiteral("Team standard contacts");
        definition.fetchXml.replace(QLatin1String("eq-useroruserteams"),
                                    QLatin1String("eq-userid"));
        LiveFilterBulkApply bulk(org.store(), &org.client(), {false, QStringLiteral("admin")});
        QSignalSpy finished(&bulk, &LiveFilterBulkApply::finished);
        QSignalSpy each(&bulk, &LiveFilterBulkApply::userDone);
        bulk.start(definition, users);
        QVERIFY(finished.wait(30000));
        const auto outcomes = finished.first().first().value<QList<LiveFilterOutcome>>();
        QCOMPARE(outcomes.size(), users.size());
        QCOMPARE(each.size(), users.size());
        for (int i = 0; i < users.size(); ++i) {
            const LiveFilterOutcome &o = outcomes.at(i);
            QCOMPARE(o.userId, users.at(i));
            // No filter of that name yet: each gets a new one.
            const Status expected = users.at(i) == forbidden ? Status::Forbidden : Status::Done;
            QCOMPARE(liveFilterStatusName(o.status), liveFilterStatusName(expected));
            if (o.status == Status::Done) {
                QCOMPARE(org.row(o.filterId).value(QStringLiteral("name")).toString(),
                         definition.name);
                QVERIFY(org.store().filter(o.filterId)->has_value());
            } else {
                QVERIFY(o.message.contains(QLatin1String("manage user synchronization filters")));
            }
        }

        // Again, now that they have a filter of that name: the conflicting
        // user's changed meanwhile.
        live.fake().outOfReachOwners.clear();
        const QString conflictId = outcomes.at(3).filterId;
        QVERIFY(live.fake().touchUserQuery(conflictId,
                                           {{QStringLiteral("fetchxml"), QStringLiteral("<x/>")}}));
        live.fake().outOfReachOwners.insert(forbidden);
        definition.fetchXml.replace(QLatin1String("value=\"0\""), QLatin1String("value=\"1\""));
        finished.clear();
        bulk.start(definition, users);
        QVERIFY(finished.wait(30000));
        const auto second = finished.first().first().value<QList<LiveFilterOutcome>>();
        QCOMPARE(second.size(), users.size());
        for (int i = 0; i < users.size(); ++i) {
            const Status expected = users.at(i) == forbidden     ? Status::Forbidden
                                    : users.at(i) == conflicting ? Status::Conflict
                                                                 : Status::Done;
            QCOMPARE(liveFilterStatusName(second.at(i).status), liveFilterStatusName(expected));
        }
        QCOMPARE(second.at(3).conflict->theirs->fetchXml, QStringLiteral("<x/>"));
        QCOMPARE(org.row(conflictId).value(QStringLiteral("fetchxml")).toString(),
                 QStringLiteral("<x/>"));
        QCOMPARE(org.row(second.at(0).filterId).value(QStringLiteral("fetchxml")).toString(),
                 definition.fetchXml);
    }
};

QTEST_GUILESS_MAIN(TestLiveFilterBulk)
#include "tst_livefilterbulk.moc"
