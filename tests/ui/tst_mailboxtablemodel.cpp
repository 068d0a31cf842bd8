#include "mailboxtablemodel.h"
#include "temporg.h"
#include "totext.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

using namespace SyncLens;

class TestMailboxTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheStoresMailboxes()
    {
        Test::TempOrg org;
        auto store = org.create();
        QVERIFY(store);
        SL_VERIFY_OK(store->upsertUser(User{QStringLiteral("alice"), QStringLiteral("Alice Adams"),
                                            QStringLiteral("alice@contoso.com")}));
        SL_VERIFY_OK(store->upsertUser(User{QStringLiteral("bob"), QStringLiteral("Bob Brown"),
                                            QStringLiteral("bob@contoso.com")}));
        Mailbox alice{QStringLiteral("m-alice"), QStringLiteral("alice")};
        alice.incomingStatus = ChannelStatus::Success;
        alice.outgoingStatus = ChannelStatus::Failure;
        alice.act = ChannelMode::None;
        alice.lastCycle = QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);
        Mailbox bob{QStringLiteral("m-bob"), QStringLiteral("bob")};
        bob.approved = false;
        SL_VERIFY_OK(store->upsertMailbox(alice));
        SL_VERIFY_OK(store->upsertMailbox(bob));
        for (int i = 0; i < 3; ++i)
            SL_VERIFY_OK(store->addAlert(Alert{0,
                                               QStringLiteral("m-alice"),
                                               alice.lastCycle,
                                               AlertSeverity::Warning,
                                               ReasonCode::TransientFailure,
                                               {}}));

        MailboxTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        SL_VERIFY_OK(model.reload(*store));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(MailboxTableModel::ColumnCount));
        auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(0, MailboxTableModel::UserColumn).toString(), QStringLiteral("Alice Adams"));
        QCOMPARE(cell(0, MailboxTableModel::EmailColumn).toString(),
                 QStringLiteral("alice@contoso.com"));
        QCOMPARE(cell(0, MailboxTableModel::IncomingColumn).toString(), QStringLiteral("Success"));
        QCOMPARE(cell(0, MailboxTableModel::OutgoingColumn).toString(), QStringLiteral("Failure"));
        QCOMPARE(cell(0, MailboxTableModel::ActColumn).toString(), QStringLiteral("Off"));
        QCOMPARE(cell(0, MailboxTableModel::AlertsColumn).toInt(), 3);
        QCOMPARE(
            cell(0, MailboxTableModel::LastCycleColumn, MailboxTableModel::SortRole).toLongLong(),
            alice.lastCycle.toMSecsSinceEpoch());
        QCOMPARE(cell(1, MailboxTableModel::StateColumn).toString(),
                 QStringLiteral("Awaiting approval"));
        QCOMPARE(cell(1, MailboxTableModel::LastCycleColumn).toString(), QStringLiteral("Never"));
        QVERIFY(cell(1, MailboxTableModel::StateColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("approve")));
        QCOMPARE(
            cell(1, MailboxTableModel::UserColumn, MailboxTableModel::MailboxIdRole).toString(),
            QStringLiteral("m-bob"));

        // Status icons differ by shape: success, failure and off are three icons.
        const QImage success = cell(0, MailboxTableModel::IncomingColumn, Qt::DecorationRole)
                                   .value<QIcon>()
                                   .pixmap(16)
                                   .toImage();
        const QImage failure = cell(0, MailboxTableModel::OutgoingColumn, Qt::DecorationRole)
                                   .value<QIcon>()
                                   .pixmap(16)
                                   .toImage();
        const QImage off = cell(0, MailboxTableModel::ActColumn, Qt::DecorationRole)
                               .value<QIcon>()
                               .pixmap(16)
                               .toImage();
        QVERIFY(!success.isNull() && !failure.isNull() && !off.isNull());
        QVERIFY(success != failure && failure != off && success != off);
        // Their shapes differ, not only their colours: compare the alpha masks.
        QVERIFY(success.convertToFormat(QImage::Format_Alpha8) !=
                failure.convertToFormat(QImage::Format_Alpha8));

        QCOMPARE(model.headerData(MailboxTableModel::AlertsColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Alerts"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void takesTheEnginesNewsRowByRow()
    {
        Test::TempOrg org;
        auto store = org.create();
        QVERIFY(store);
        for (const char *name : {"alice", "bob"}) {
            const QString id = QLatin1String(name);
            SL_VERIFY_OK(store->upsertUser(User{id, id, id + QStringLiteral("@contoso.com")}));
            SL_VERIFY_OK(store->upsertMailbox(Mailbox{QStringLiteral("m-") + id, id}));
        }
        MailboxTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        SL_VERIFY_OK(model.reload(*store));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        auto mailboxes = store->mailboxes();
        SL_VERIFY_OK(mailboxes);
        QList<Mailbox> next = *mailboxes;
        next[1].incomingStatus = ChannelStatus::Failure;
        QVERIFY(model.updateMailboxes(next));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toModelIndex().row(), model.rowOf(next[1].id));
        QCOMPARE(model.mailbox(next[1].id)->incomingStatus, ChannelStatus::Failure);
        QCOMPARE(
            model.index(model.rowOf(next[1].id), 0).data(MailboxTableModel::StateFlagsRole).toInt(),
            int(MailboxTableModel::Failing));
        model.setAlertCounts({{next[0].id, 2}});
        QCOMPARE(changed.count(), 2);
        QCOMPARE(
            model.index(model.rowOf(next[0].id), MailboxTableModel::AlertsColumn).data().toInt(),
            2);
        // Mailboxes that came or went: the caller reloads.
        next.removeLast();
        QVERIFY(!model.updateMailboxes(next));
        QCOMPARE(model.userName(QStringLiteral("m-bob")), QStringLiteral("bob"));
        QCOMPARE(model.rowOf(QStringLiteral("m-nobody")), -1);
    }
};

QTEST_MAIN(TestMailboxTableModel)
#include "tst_mailboxtablemodel.moc"
