#include "alertlistmodel.h"
#include "mailboxdetailspane.h"
#include "mailboxespanel.h"
#include "mailboxtablemodel.h"
#include "mainwindow.h"
#include "reasoncountmodel.h"
#include "sqlfile.h"
#include "store/orgstore.h"
#include "sync/synccycle.h"
#include "sync/syncengine.h"
#include "uitest.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>

using namespace SyncLens;
using namespace SyncLens::UiTest;

// The Mailboxes dock: the table narrowed by text and state, the details of
// the selected mailbox, and the admin's actions through the engine.
class TestMailboxesPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_template; // 13 users: one unapproved (3), one without ACT (7), one disabled (11)
    QString m_synced;   // the same after one cycle
    int m_copies = 0;

    QString freshOrg()
    {
        return copyOrg(m_template, m_dir, QStringLiteral("org%1.db").arg(++m_copies));
    }

    static QString idWhere(MailboxTableModel *model, const std::function<bool(const Mailbox &)> &is)
    {
        for (int r = 0; r < model->rowCount(); ++r) {
            const QString id = model->index(r, 0).data(MailboxTableModel::MailboxIdRole).toString();
            if (is(*model->mailbox(id)))
                return id;
        }
        return {};
    }

    static bool hasAlert(AlertListModel *alerts, ReasonCode code)
    {
        for (int r = 0; r < alerts->rowCount(); ++r) {
            if (alerts->index(r, 0).data(AlertListModel::CodeRole).toString() ==
                reasonCodeName(code))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_template = m_dir.filePath(QStringLiteral("template.db"));
        SL_VERIFY_OK(SandboxGenerator::createFile(m_template, spec(13), false));
        m_synced = copyOrg(m_template, m_dir, QStringLiteral("synced.db"));
        auto store = OrgStore::open(m_synced);
        SL_VERIFY_OK(store);
        auto clock = SyncCycle::clock(**store);
        SL_VERIFY_OK(clock);
        SyncCycle cycle(**store);
        SL_VERIFY_OK(cycle.run(clock->addSecs(15 * 60)));
    }

    void theStateComboNarrowsTheRows_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<int>("rows");
        QTest::newRow("all") << "All" << 13;
        QTest::newRow("failing: the unapproved one") << "Failing" << 1;
        QTest::newRow("disabled") << "Disabled" << 1;
        QTest::newRow("awaiting approval") << "Awaiting approval" << 1;
        QTest::newRow("with alerts") << "Alerts" << 1;
    }

    void theStateComboNarrowsTheRows()
    {
        QFETCH(QString, state);
        QFETCH(int, rows);
        auto store = OrgStore::open(m_synced, OrgStore::Access::ReadOnly);
        SL_VERIFY_OK(store);
        MailboxesPanel panel;
        SL_VERIFY_OK(panel.reload(**store));
        panel.setStore(store->get());
        panel.refresh();
        auto *combo = panel.findChild<QComboBox *>(QStringLiteral("mailboxStateFilter"));
        QVERIFY(combo);
        QTableView *table = panel.table();
        QCOMPARE(table->model()->rowCount(), 13);
        combo->setCurrentIndex(combo->findText(state));
        QCOMPARE(combo->currentText(), state);
        QCOMPARE(table->model()->rowCount(), rows);
    }

    void theStateComboWorksByKeyboardAndWithText()
    {
        auto store = OrgStore::open(m_synced, OrgStore::Access::ReadOnly);
        SL_VERIFY_OK(store);
        MailboxesPanel panel;
        SL_VERIFY_OK(panel.reload(**store));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *combo = panel.findChild<QComboBox *>(QStringLiteral("mailboxStateFilter"));
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down); // Failing
        QCOMPARE(combo->currentIndex(), 1);
        QCOMPARE(panel.table()->model()->rowCount(), 1);
        // Tab walks filter, state, table.
        panel.filterEdit()->setFocus();
        QTest::keyClick(panel.filterEdit(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), combo);
        QTest::keyClick(combo, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), panel.table());
        QTest::keyClicks(panel.filterEdit(), QStringLiteral("no such person"));
        QCOMPARE(panel.table()->model()->rowCount(), 0);
        panel.filterEdit()->clear();
        combo->setCurrentIndex(0);
        QCOMPARE(panel.table()->model()->rowCount(), 13);
    }

    void theSelectionStaysWhenTheEngineReports()
    {
        auto store = OrgStore::open(m_template, OrgStore::Access::ReadOnly);
        SL_VERIFY_OK(store);
        MailboxesPanel panel;
        QAbstractItemModelTester tester(panel.table()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        SL_VERIFY_OK(panel.reload(**store));
        panel.setStore(store->get());
        const QString chosen =
            panel.table()->model()->index(4, 0).data(MailboxTableModel::MailboxIdRole).toString();
        QVERIFY(panel.selectMailbox(chosen));
        QSignalSpy reset(panel.model(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(panel.model(), &QAbstractItemModel::dataChanged);
        auto mailboxes = (*store)->mailboxes();
        SL_VERIFY_OK(mailboxes);
        QList<Mailbox> next = *mailboxes;
        for (Mailbox &m : next)
            m.incomingStatus = ChannelStatus::Success;
        panel.updateMailboxes(next);
        QCOMPARE(reset.count(), 0);
        QVERIFY(changed.count() > 0);
        QCOMPARE(panel.currentMailboxId(), chosen);
        const QModelIndex row = panel.table()->selectionModel()->currentIndex();
        QCOMPARE(row.siblingAtColumn(MailboxTableModel::IncomingColumn).data().toString(),
                 QStringLiteral("Success"));
    }

    void theDetailsShowAlertsCountsAndActions()
    {
        auto store = OrgStore::open(m_synced, OrgStore::Access::ReadOnly);
        SL_VERIFY_OK(store);
        MailboxesPanel panel;
        SL_VERIFY_OK(panel.reload(**store));
        panel.setStore(store->get());
        MailboxDetailsPane *details = panel.details();
        QAbstractItemModelTester alerts(details->alertModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester counts(details->countModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString unapproved =
            idWhere(panel.model(), [](const Mailbox &m) { return !m.approved; });
        QVERIFY(panel.selectMailbox(unapproved));
        QVERIFY(hasAlert(details->alertModel(), ReasonCode::MailboxNotApproved));
        QCOMPARE(details->alertModel()->index(0, AlertListModel::SeverityColumn).data().toString(),
                 QStringLiteral("Error"));
        QCOMPARE(details->countModel()->count(ReasonCode::MailboxNotApproved), 1);
        QCOMPARE(details->findChild<QLabel *>(QStringLiteral("mailboxNextRetry"))->text(),
                 QStringLiteral("—"));
        QVERIFY(details->approveAction()->isEnabled());
        QVERIFY(details->disableAction()->isEnabled());
        QVERIFY(!details->testAndEnableAction()->isEnabled());

        const QString healthy = idWhere(panel.model(), [](const Mailbox &m) {
            return m.approved && m.enabled && m.act == ChannelMode::Sss;
        });
        QVERIFY(panel.selectMailbox(healthy));
        QCOMPARE(details->alertModel()->rowCount(), 0);
        QVERIFY(details->countModel()->count(ReasonCode::OutCreate) > 0);
        // Every code the pane counts is the number of the mailbox's entries.
        for (const ReasonCode code : {ReasonCode::OutCreate, ReasonCode::NotInScope}) {
            const qint64 entries =
                Test::sqlNumber(m_synced, QStringLiteral("SELECT count(*) FROM journal"
                                                         " WHERE mailbox_id = '%1' AND code = '%2'")
                                              .arg(healthy, reasonCodeName(code)));
            QCOMPARE(details->countModel()->count(code), entries);
        }
        QVERIFY(!details->approveAction()->isEnabled());
        QVERIFY(!details->findChild<QPushButton *>(QStringLiteral("approveButton"))->isEnabled());

        const QString disabled =
            idWhere(panel.model(), [](const Mailbox &m) { return !m.enabled; });
        QVERIFY(panel.selectMailbox(disabled));
        QVERIFY(details->testAndEnableAction()->isEnabled());
        QVERIFY(!details->disableAction()->isEnabled());
    }

    // Model v2: a fault on one channel disables that channel alone; the table,
    // the details and the alerts say which channel, while the others run.
    void aChannelDisabledAloneShowsWhileTheOthersRun()
    {
        const QString path = freshOrg();
        QString id;
        {
            auto store = OrgStore::open(path);
            SL_VERIFY_OK(store);
            for (const Mailbox &m : *(*store)->mailboxes()) {
                if (m.approved && m.enabled && m.act == ChannelMode::Sss &&
                    m.incoming == ChannelMode::Sss) {
                    Mailbox faulty = m;
                    faulty.health(MailboxChannel::Act).fault = FaultKind::Auth;
                    faulty.health(MailboxChannel::Act).faultCycles = 1;
                    SL_VERIFY_OK((*store)->upsertMailbox(faulty));
                    id = m.id;
                    break;
                }
            }
            QVERIFY(!id.isEmpty());
            auto clock = SyncCycle::clock(**store);
            SL_VERIFY_OK(clock);
            SyncCycle cycle(**store);
            SL_VERIFY_OK(cycle.run(clock->addSecs(15 * 60)));
        }
        auto store = OrgStore::open(path, OrgStore::Access::ReadOnly);
        SL_VERIFY_OK(store);
        MailboxesPanel panel;
        SL_VERIFY_OK(panel.reload(**store));
        panel.setStore(store->get());
        QVERIFY(panel.selectMailbox(id));
        MailboxTableModel *model = panel.model();
        const int row = model->rowOf(id);
        auto cell = [&](int column) { return model->index(row, column).data().toString(); };
        QCOMPARE(cell(MailboxTableModel::ActColumn), QStringLiteral("Disabled"));
        QCOMPARE(cell(MailboxTableModel::IncomingColumn), QStringLiteral("Success"));
        QCOMPARE(cell(MailboxTableModel::OutgoingColumn), QStringLiteral("Success"));
        QCOMPARE(cell(MailboxTableModel::StateColumn), QStringLiteral("Partly disabled"));
        QVERIFY(model->index(row, MailboxTableModel::StateColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Appointments, contacts and tasks")));

        MailboxDetailsPane *details = panel.details();
        QVERIFY(hasAlert(details->alertModel(), ReasonCode::MailboxDisabledAuth));
        QVERIFY(details->alertModel()
                    ->index(0, AlertListModel::MessageColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Appointments, contacts and tasks: ")));
        QVERIFY(details->findChild<QLabel *>(QStringLiteral("mailboxState"))
                    ->text()
                    .contains(QStringLiteral("Appointments, contacts and tasks disabled")));
        QVERIFY(details->testAndEnableAction()->isEnabled());
        QVERIFY(details->disableAction()->isEnabled()); // the mailbox itself still runs
    }

    void approveThenACycleRecoversTheMailbox()
    {
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        QVERIFY(openAndWait(window, freshOrg()));
        QVERIFY(showActive(window));
        QSignalSpy finished(engine.engine(), &SyncEngine::cycleFinished);
        QTest::keyClick(window.mailboxTable(), Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, 20000);
        const QString id =
            idWhere(window.mailboxModel(), [](const Mailbox &m) { return !m.approved; });
        window.showMailbox(id);
        MailboxDetailsPane *details = window.mailboxesPanel()->details();
        QTRY_VERIFY(hasAlert(details->alertModel(), ReasonCode::MailboxNotApproved));
        QVERIFY(!hasAlert(details->alertModel(), ReasonCode::Recovered));

        auto *approve = details->findChild<QPushButton *>(QStringLiteral("approveButton"));
        QTest::mouseClick(approve, Qt::LeftButton);
        QTRY_VERIFY(!approve->isEnabled()); // the engine approved it
        QCOMPARE(window.mailboxesPanel()->currentMailboxId(), id);

        QTest::keyClick(window.mailboxTable(), Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 2, 20000);
        QTRY_VERIFY(hasAlert(details->alertModel(), ReasonCode::Recovered));
        QCOMPARE(details->alertModel()->index(0, AlertListModel::SeverityColumn).data().toString(),
                 QStringLiteral("Information")); // newest first
        const int row = window.mailboxModel()->rowOf(id);
        QTRY_COMPARE(
            window.mailboxModel()->index(row, MailboxTableModel::IncomingColumn).data().toString(),
            QStringLiteral("Success"));
        QCOMPARE(
            window.mailboxModel()->index(row, MailboxTableModel::StateColumn).data().toString(),
            QStringLiteral("Enabled"));
    }

    void disableAsksFirstAndTestAndEnableUndoesIt()
    {
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        QVERIFY(openAndWait(window, freshOrg()));
        QVERIFY(showActive(window));
        const QString id = idWhere(window.mailboxModel(),
                                   [](const Mailbox &m) { return m.approved && m.enabled; });
        window.showMailbox(id);
        MailboxDetailsPane *details = window.mailboxesPanel()->details();
        auto *disable = details->findChild<QPushButton *>(QStringLiteral("disableButton"));

        onNextModal([](QWidget *modal) { // "No": nothing happens
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            box->button(QMessageBox::Cancel)->click();
        });
        QTest::mouseClick(disable, Qt::LeftButton);
        QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);
        QVERIFY(window.mailboxModel()->mailbox(id)->enabled);

        onNextModal([](QWidget *modal) { // "Disable"
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            for (QAbstractButton *b : box->buttons()) {
                if (box->buttonRole(b) == QMessageBox::AcceptRole)
                    b->click();
            }
        });
        QTest::mouseClick(disable, Qt::LeftButton);
        QTRY_VERIFY(!window.mailboxModel()->mailbox(id)->enabled);
        QTRY_VERIFY(!disable->isEnabled());

        auto *enable = details->findChild<QPushButton *>(QStringLiteral("testAndEnableButton"));
        QVERIFY(enable->isEnabled());
        QTest::mouseClick(enable, Qt::LeftButton);
        QTRY_VERIFY(window.mailboxModel()->mailbox(id)->enabled);
        QCOMPARE(window.mailboxesPanel()->currentMailboxId(), id);
    }
};

QTEST_MAIN(TestMailboxesPanel)
#include "tst_mailboxespanel.moc"
