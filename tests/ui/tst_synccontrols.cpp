#include "mailboxdetailspane.h"
#include "mailboxespanel.h"
#include "mailboxtablemodel.h"
#include "mainwindow.h"
#include "rununtildialog.h"
#include "sync/syncengine.h"
#include "synccontrols.h"
#include "uitest.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>

using namespace SyncLens;
using namespace SyncLens::UiTest;

// The Sync menu and toolbar, by keyboard: F5, Shift+F5, Space, Esc, the
// speed; and what the status bar says meanwhile.
class TestSyncControls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_template;
    int m_copies = 0;

    QString freshOrg()
    {
        return copyOrg(m_template, m_dir, QStringLiteral("org%1.db").arg(++m_copies));
    }

    static QAction *action(MainWindow &window, const char *name)
    {
        return window.findChild<QAction *>(QLatin1String(name));
    }

    static QString cell(MainWindow &window, const QString &mailboxId, int column)
    {
        MailboxTableModel *model = window.mailboxModel();
        return model->index(model->rowOf(mailboxId), column).data().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_template = m_dir.filePath(QStringLiteral("template.db"));
        SL_VERIFY_OK(SandboxGenerator::createFile(m_template, spec(6), false));
    }

    void init() { QSettings().clear(); }

    void f5RunsOneCycle()
    {
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        QVERIFY(openAndWait(window, freshOrg()));
        QVERIFY(showActive(window));
        const QString before = window.findChild<QLabel *>(QStringLiteral("clockLabel"))->text();
        QSignalSpy finished(engine.engine(), &SyncEngine::cycleFinished);
        QSignalSpy busy(engine.engine(), &SyncEngine::busyChanged);
        window.mailboxTable()->setFocus();
        QTest::keyClick(window.mailboxTable(), Qt::Key_F5);
        QVERIFY(!action(window, "runCycleAction")->isEnabled()); // busy at once
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, 20000);
        QCOMPARE(finished.first().first().value<CycleSummary>().cycle, 1);
        QTRY_COMPARE(busy.count(), 2);
        QTRY_VERIFY(action(window, "runCycleAction")->isEnabled());
        // The table shows the statuses the cycle set, without a reload.
        auto successes = [&] {
            int n = 0;
            for (int r = 0; r < window.mailboxModel()->rowCount(); ++r) {
                const QString id = window.mailboxModel()
                                       ->index(r, 0)
                                       .data(MailboxTableModel::MailboxIdRole)
                                       .toString();
                n += cell(window, id, MailboxTableModel::IncomingColumn) == u"Success";
            }
            return n;
        };
        QTRY_VERIFY(successes() >= 4);
        QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("clockLabel"))->text() != before);
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Cycle 1")));
        QVERIFY(!window.findChild<QProgressBar *>(QStringLiteral("syncProgress"))->isVisible());
    }

    void shiftF5RunsUntilTheChosenTime()
    {
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        QSignalSpy opened(engine.engine(), &SyncEngine::orgOpened);
        QVERIFY(openAndWait(window, freshOrg()));
        const QDateTime start = opened.first().at(1).toDateTime();
        QVERIFY(showActive(window));
        QSignalSpy finished(engine.engine(), &SyncEngine::cycleFinished);
        QSignalSpy busy(engine.engine(), &SyncEngine::busyChanged);
        onNextModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<RunUntilDialog *>(modal);
            QVERIFY(dialog);
            dialog->setUntil(start.addSecs(60 * 60));
            dialog->accept();
        });
        QTest::keyClick(window.mailboxTable(), Qt::Key_F5, Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(busy.count(), 2, 30000);
        QCOMPARE(finished.count(), 4); // 15-minute steps
        QCOMPARE(finished.last().first().value<CycleSummary>().time, start.addSecs(60 * 60));
    }

    void escCancelsALongRun()
    {
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        QVERIFY(openAndWait(window, freshOrg()));
        QVERIFY(showActive(window));
        window.syncControls()->setStepMinutes(5);
        QSignalSpy cancelled(engine.engine(), &SyncEngine::cancelled);
        QSignalSpy finished(engine.engine(), &SyncEngine::cycleFinished);
        onNextModal([](QWidget *modal) {
            auto *dialog = qobject_cast<RunUntilDialog *>(modal);
            QVERIFY(dialog);
            dialog->setUntil(dialog->until().addYears(5)); // far more than the test waits for
            dialog->accept();
        });
        action(window, "runUntilAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, 20000); // under way
        QVERIFY(showActive(window)); // the dialog has gone: the window has the keys again
        QVERIFY(action(window, "cancelAction")->isEnabled());
        QTest::keyClick(window.mailboxTable(), Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(cancelled.count() >= 1, 20000);
        QTRY_VERIFY(action(window, "runCycleAction")->isEnabled());
        QVERIFY(!action(window, "cancelAction")->isEnabled());
    }

    void spaceTogglesPlay()
    {
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        QVERIFY(openAndWait(window, freshOrg()));
        QVERIFY(showActive(window));
        window.syncControls()->setIntervalMs(250);
        QSignalSpy playing(engine.engine(), &SyncEngine::playingChanged);
        QSignalSpy finished(engine.engine(), &SyncEngine::cycleFinished);
        window.mailboxTable()->setFocus();
        QTest::keyClick(window.mailboxTable(), Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(playing.count() >= 1, 10000);
        QCOMPARE(playing.last().first().toBool(), true);
        QTRY_COMPARE(action(window, "playAction")->text(), QStringLiteral("&Pause"));
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, 10000); // the clock moves by itself
        QTest::keyClick(window.mailboxTable(), Qt::Key_Space);
        QTRY_COMPARE(playing.count(), 2);
        QCOMPARE(playing.last().first().toBool(), false);
        QTRY_COMPARE(action(window, "playAction")->text(), QStringLiteral("&Play"));
    }

    void escPausesPlay()
    {
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        QVERIFY(openAndWait(window, freshOrg()));
        QVERIFY(showActive(window));
        QSignalSpy playing(engine.engine(), &SyncEngine::playingChanged);
        QTest::keyClick(window.mailboxTable(), Qt::Key_F6);
        QTRY_VERIFY_WITH_TIMEOUT(playing.count() >= 1, 10000);
        QTRY_VERIFY(action(window, "cancelAction")->isEnabled());
        QTest::keyClick(window.mailboxTable(), Qt::Key_Escape);
        QTRY_COMPARE(playing.count(), 2);
        QCOMPARE(playing.last().first().toBool(), false);
    }

    void spaceOnAButtonPressesTheButton()
    {
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        QVERIFY(openAndWait(window, freshOrg()));
        QVERIFY(showActive(window));
        QString id; // sandbox orgs have an unapproved mailbox
        for (int r = 0; r < window.mailboxModel()->rowCount(); ++r) {
            const QString m = window.mailboxModel()
                                  ->index(r, 0)
                                  .data(MailboxTableModel::MailboxIdRole)
                                  .toString();
            if (!window.mailboxModel()->mailbox(m)->approved)
                id = m;
        }
        QVERIFY(!id.isEmpty());
        QVERIFY(window.mailboxesPanel()->selectMailbox(id));
        auto *approve = window.findChild<QPushButton *>(QStringLiteral("approveButton"));
        QVERIFY(approve->isEnabled());
        QSignalSpy playing(engine.engine(), &SyncEngine::playingChanged);
        QSignalSpy mailboxes(engine.engine(), &SyncEngine::mailboxesChanged);
        approve->setFocus();
        QTest::keyClick(approve, Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(mailboxes.count() >= 1, 10000);
        QTRY_VERIFY(window.mailboxModel()->mailbox(id)->approved);
        QCOMPARE(playing.count(), 0);
    }

    void theSpeedGoesToTheEngine()
    {
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        QSignalSpy opened(engine.engine(), &SyncEngine::orgOpened);
        QVERIFY(openAndWait(window, freshOrg()));
        const QDateTime start = opened.first().at(1).toDateTime();
        auto *step = window.findChild<QComboBox *>(QStringLiteral("stepCombo"));
        QVERIFY(step);
        step->setCurrentIndex(step->findData(60));
        QSignalSpy finished(engine.engine(), &SyncEngine::cycleFinished);
        action(window, "runCycleAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, 20000);
        QCOMPARE(finished.first().first().value<CycleSummary>().time, start.addSecs(3600));
        QCOMPARE(QSettings().value(QStringLiteral("sync/stepMinutes")).toInt(), 60);
    }

    void engineErrorsAreShownWithoutBlocking()
    {
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        QVERIFY(openAndWait(window, freshOrg()));
        window.show();
        QSignalSpy failed(engine.engine(), &SyncEngine::failed);
        QMetaObject::invokeMethod(engine.engine(), "testAndEnable",
                                  Q_ARG(QString, QStringLiteral("m-nobody")));
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() >= 1, 10000);
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("m-nobody")));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("engineErrorBox"))));
        QVERIFY(box->isVisible());
        QVERIFY(!box->isModal());
        QVERIFY(QApplication::activeModalWidget() == nullptr);
        box->close();
    }
};

QTEST_MAIN(TestSyncControls)
#include "tst_synccontrols.moc"
