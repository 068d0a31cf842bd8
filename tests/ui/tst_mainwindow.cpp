#include "explainpanel.h"
#include "explanationmodel.h"
#include "filterdialog.h"
#include "mailboxespanel.h"
#include "mailboxtablemodel.h"
#include "mainwindow.h"
#include "store/orgstore.h"
#include "sync/syncengine.h"
#include "synccontrols.h"
#include "uitest.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeView>

using namespace SyncLens;
using namespace SyncLens::UiTest;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_org;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_org = m_dir.filePath(QStringLiteral("org.db"));
        SL_VERIFY_OK(SandboxGenerator::createFile(m_org, spec(6), false));
    }

    void init() { QSettings().clear(); }

    void showsTheOrgsMailboxes()
    {
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        SL_VERIFY_OK(window.openOrg(m_org));
        // Shown at once, from the checked file, before the engine answers.
        QCOMPARE(window.mailboxTable()->model()->rowCount(), 6);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.isOrgReady());
        QCOMPARE(window.mailboxTable()->model()->rowCount(), 6);
        QVERIFY(window.windowTitle().contains(QStringLiteral("Sandbox org (seed 1)")));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("orgLabel"))
                    ->text()
                    .contains(QStringLiteral("6 mailboxes")));
        // The simulated clock, from the engine.
        QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("clockLabel"))
                        ->text()
                        .contains(QStringLiteral("UTC")));
    }

    void theFourSurfacesAreDocks()
    {
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        for (const char *name : {"mailboxesDock", "timelineDock", "explainDock", "scenarioDock"}) {
            auto *dock = window.findChild<QDockWidget *>(QLatin1String(name));
            QVERIFY2(dock, name);
            QVERIFY(dock->widget());
        }
        QCOMPARE(window.timelineDock()->objectName(), QStringLiteral("timelineDock"));
        QCOMPARE(window.timelineDock()->widget()->objectName(), QStringLiteral("timelinePanel"));
    }

    void clickingAHeaderSorts()
    {
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        QVERIFY(openAndWait(window, m_org));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView *table = window.mailboxTable();
        QHeaderView *header = table->horizontalHeader();
        const int x = header->sectionViewportPosition(MailboxTableModel::EmailColumn) + 5;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QCOMPARE(header->sortIndicatorSection(), int(MailboxTableModel::EmailColumn));
        auto emails = [&] {
            QStringList list;
            for (int r = 0; r < table->model()->rowCount(); ++r)
                list.append(
                    table->model()->index(r, MailboxTableModel::EmailColumn).data().toString());
            return list;
        };
        QStringList sorted = emails();
        std::sort(sorted.begin(), sorted.end());
        const Qt::SortOrder first = header->sortIndicatorOrder();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QVERIFY(header->sortIndicatorOrder() != first);
        QStringList now = emails();
        QStringList reversed(sorted.rbegin(), sorted.rend());
        QVERIFY(now == sorted || now == reversed);
    }

    void typingFiltersTheTable()
    {
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        SL_VERIFY_OK(window.openOrg(m_org));
        window.show();
        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("mailboxFilter"));
        const QString someone = window.mailboxTable()
                                    ->model()
                                    ->index(0, MailboxTableModel::EmailColumn)
                                    .data()
                                    .toString();
        QTest::keyClicks(filter, someone);
        QCOMPARE(window.mailboxTable()->model()->rowCount(), 1);
        filter->clear();
        QCOMPARE(window.mailboxTable()->model()->rowCount(), 6);
    }

    void everythingHasAShortcut_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QKeySequence>("shortcut");
        QTest::newRow("open") << "openOrgAction" << QKeySequence(QKeySequence::Open);
        QTest::newRow("new sandbox") << "newSandboxAction" << QKeySequence(QKeySequence::New);
        QTest::newRow("quit") << "quitAction" << QKeySequence(QKeySequence::Quit);
        QTest::newRow("run one cycle") << "runCycleAction" << QKeySequence(Qt::Key_F5);
        QTest::newRow("run until") << "runUntilAction" << QKeySequence(Qt::SHIFT | Qt::Key_F5);
        QTest::newRow("play") << "playAction" << QKeySequence(Qt::Key_Space);
        QTest::newRow("cancel") << "cancelAction" << QKeySequence(Qt::Key_Escape);
        QTest::newRow("test and enable")
            << "testAndEnableAction" << QKeySequence(Qt::CTRL | Qt::Key_T);
        QTest::newRow("approve") << "approveAction"
                                 << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A);
        QTest::newRow("disable") << "disableAction"
                                 << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D);
        QTest::newRow("mailboxes") << "showMailboxesAction" << QKeySequence(Qt::CTRL | Qt::Key_1);
        QTest::newRow("timeline") << "showTimelineAction" << QKeySequence(Qt::CTRL | Qt::Key_2);
        QTest::newRow("explain") << "showExplainAction" << QKeySequence(Qt::CTRL | Qt::Key_3);
        QTest::newRow("scenario") << "showScenarioAction" << QKeySequence(Qt::CTRL | Qt::Key_4);
        QTest::newRow("find") << "findItemAction" << QKeySequence(Qt::CTRL | Qt::Key_F);
        QTest::newRow("filter") << "filterMailboxesAction" << QKeySequence(Qt::CTRL | Qt::Key_L);
    }

    void everythingHasAShortcut()
    {
        QFETCH(QString, action);
        QFETCH(QKeySequence, shortcut);
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        auto *a = window.findChild<QAction *>(action);
        QVERIFY(a);
        QCOMPARE(a->shortcut(), shortcut);
        QVERIFY(a->text().contains(u'&')); // a mnemonic in its menu
    }

    void playAlsoAnswersF6()
    {
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        const auto shortcuts =
            window.findChild<QAction *>(QStringLiteral("playAction"))->shortcuts();
        QVERIFY(shortcuts.contains(QKeySequence(Qt::Key_F6)));
    }

    void ctrlFGoesToTheSearchField()
    {
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        QVERIFY(openAndWait(window, m_org));
        QVERIFY(showActive(window));
        window.mailboxTable()->setFocus();
        QTest::keyClick(window.mailboxTable(), Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), window.explainPanel()->searchField());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), window.mailboxTable());
    }

    void aBadFileIsRefusedAndTheOrgStays()
    {
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        QVERIFY(openAndWait(window, m_org));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString junk = m_dir.filePath(QStringLiteral("junk.db"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a database");
        f.close();

        QString shown;
        onNextModal([&](QWidget *dialog) { // the file dialog: pick the junk file
            auto *files = qobject_cast<QFileDialog *>(dialog);
            QVERIFY(files);
            files->selectFile(junk);
            QMetaObject::invokeMethod(files, "accept");
            onNextModal([&](QWidget *box) { // the error message
                auto *message = qobject_cast<QMessageBox *>(box);
                QVERIFY(message);
                shown = message->text();
                message->accept();
            });
        });
        window.findChild<QAction *>(QStringLiteral("openOrgAction"))->trigger();
        QTRY_VERIFY(!shown.isEmpty());
        QVERIFY2(shown.contains(junk) && shown.contains(QStringLiteral("not a SyncLens org")),
                 qPrintable(shown));
        QCOMPARE(window.orgPath(), m_org);
        QVERIFY(window.isOrgReady());
        QCOMPARE(window.mailboxTable()->model()->rowCount(), 6);
    }

    void openingAnotherOrgReopensItInTheEngine()
    {
        const QString other = m_dir.filePath(QStringLiteral("other.db"));
        SL_VERIFY_OK(SandboxGenerator::createFile(other, spec(3), true));
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        QVERIFY(openAndWait(window, m_org));
        QSignalSpy engineOpened(engine.engine(), &SyncEngine::orgOpened);
        QVERIFY(openAndWait(window, other));
        QCOMPARE(engineOpened.count(), 1);
        QCOMPARE(engineOpened.first().first().toString(), other);
        QCOMPARE(window.mailboxTable()->model()->rowCount(), 3);
    }

    void newSandboxOrgIsCreatedAndOpened()
    {
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        window.show();
        QSignalSpy opened(&window, &MainWindow::orgOpened);
        const QString path = m_dir.filePath(QStringLiteral("new.db"));
        window.createSandboxOrg(path, spec(9), false);
        QVERIFY(window.isBusy());
        QVERIFY(opened.wait(30000));
        QCOMPARE(window.orgPath(), path);
        QCOMPARE(window.mailboxTable()->model()->rowCount(), 9);
        QVERIFY(!window.isBusy());
    }

    void theOpenOrgCanBeReplacedByANewSandbox()
    {
        const QString path = copyOrg(m_org, m_dir, QStringLiteral("replaced.db"));
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        QVERIFY(openAndWait(window, path));
        QSignalSpy finished(&window, &MainWindow::sandboxFinished);
        QSignalSpy opened(&window, &MainWindow::orgOpened);
        window.createSandboxOrg(path, spec(4), true);
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(opened.count() > 0 || opened.wait(20000));
        QCOMPARE(window.mailboxTable()->model()->rowCount(), 4);
    }

    void theLayoutAndChoicesAreKept()
    {
        QRect saved;
        QList<int> sizes;
        QString chosen;
        {
            SyncEngineThread engine;
            MainWindow window(engine.engine());
            QVERIFY(openAndWait(window, m_org));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1000, 700);
            saved = window.geometry();
            window.scenarioDock()->hide();
            window.mailboxesPanel()->splitter()->setSizes({300, 200});
            sizes = window.mailboxesPanel()->splitter()->sizes();
            chosen = window.mailboxModel()
                         ->index(2, 0)
                         .data(MailboxTableModel::MailboxIdRole)
                         .toString();
            window.mailboxesPanel()->selectMailbox(chosen);
            window.syncControls()->setStepMinutes(60);
            window.syncControls()->setIntervalMs(250);
            window.close();
        }
        SyncEngineThread engine;
        MainWindow again(engine.engine());
        QVERIFY(openAndWait(again, m_org));
        QCOMPARE(again.size(), saved.size());
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(again.scenarioDock()->isHidden());
        // The same share of the dock (the dock's own height may differ by a few pixels).
        const QList<int> now = again.mailboxesPanel()->splitter()->sizes();
        QCOMPARE(now.size(), 2);
        QVERIFY2(qAbs(double(now[0]) / (now[0] + now[1]) -
                      double(sizes[0]) / (sizes[0] + sizes[1])) < 0.05,
                 qPrintable(QStringLiteral("%1/%2 vs %3/%4")
                                .arg(now[0])
                                .arg(now[1])
                                .arg(sizes[0])
                                .arg(sizes[1])));
        QCOMPARE(again.mailboxesPanel()->currentMailboxId(), chosen);
        QCOMPARE(again.syncControls()->stepMinutes(), 60);
        QCOMPARE(again.syncControls()->intervalMs(), 250);
    }

    void explainLinksOpenTheFilterAndTheMailbox()
    {
        const QString path = copyOrg(m_org, m_dir, QStringLiteral("links.db"));
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        QVERIFY(openAndWait(window, path));
        QVERIFY(showActive(window));
        QSignalSpy finished(engine.engine(), &SyncEngine::cycleFinished);
        QTest::keyClick(window.mailboxTable(), Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, 20000);
        auto scoped = window.store()->journal({}, {}, ReasonCode::NotInScope, 1);
        QVERIFY(scoped && !scoped->isEmpty());
        const JournalEntry entry = scoped->first();
        window.showItem(entry.itemId);
        QTreeView *tree = window.explainPanel()->explanationView();
        const QAbstractItemModel *model = tree->model();
        QVERIFY(model->rowCount() > 0);
        const QModelIndex decision = model->index(model->rowCount() - 1, 0);
        QModelIndex filterFact, mailboxFact;
        for (int r = 0; r < model->rowCount(decision); ++r) {
            const QModelIndex fact = model->index(r, ExplanationModel::TextColumn, decision);
            if (!fact.data(ExplanationModel::FilterIdRole).toString().isEmpty())
                filterFact = fact;
            else if (fact.data(ExplanationModel::LinkRole).toBool())
                mailboxFact = fact;
        }
        QVERIFY(filterFact.isValid() && mailboxFact.isValid());

        tree->setFocus();
        tree->setCurrentIndex(filterFact);
        QTest::keyClick(tree, Qt::Key_Return);
        FilterDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<FilterDialog *>()) && dialog->isVisible());
        auto *xml = dialog->findChild<QPlainTextEdit *>(QStringLiteral("filterFetchXml"));
        QVERIFY(xml->isReadOnly());
        QVERIFY(xml->toPlainText().contains(QStringLiteral("<fetch")));
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("filterSentence"))->text().isEmpty());
        dialog->close();

        tree->setCurrentIndex(mailboxFact);
        QTest::keyClick(tree, Qt::Key_Return);
        QTRY_COMPARE(window.mailboxesPanel()->currentMailboxId(), entry.mailboxId);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
