#include "mailboxtablemodel.h"
#include "mainwindow.h"
#include "sandbox/sandboxgenerator.h"
#include "temporg.h"
#include "totext.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace SyncLens;

namespace {

SandboxSpec spec(int users)
{
    SandboxSpec s;
    s.users = users;
    s.items = 500;
    return s;
}

// Runs `handle` on the next modal dialog, from the event loop that the
// dialog's exec() spins (STYLE.md: modal dialogs in widget tests).
void onNextModal(const std::function<void(QWidget *)> &handle)
{
    QTimer::singleShot(0, qApp, [handle] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal) { // not shown yet: try again shortly
            onNextModal(handle);
            return;
        }
        handle(modal);
    });
}

} // namespace

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

    void showsTheOrgsMailboxes()
    {
        MainWindow window;
        SL_VERIFY_OK(window.openOrg(m_org));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *table = window.findChild<QTableView *>(QStringLiteral("mailboxTable"));
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 6);
        QVERIFY(window.windowTitle().contains(QStringLiteral("Sandbox org (seed 1)")));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("orgLabel"))
                    ->text()
                    .contains(QStringLiteral("6 mailboxes")));
    }

    void clickingAHeaderSorts()
    {
        MainWindow window;
        SL_VERIFY_OK(window.openOrg(m_org));
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
        MainWindow window;
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

    void menusHaveShortcuts_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QKeySequence>("shortcut");
        QTest::newRow("open") << "openOrgAction" << QKeySequence(QKeySequence::Open);
        QTest::newRow("new sandbox") << "newSandboxAction" << QKeySequence(QKeySequence::New);
        QTest::newRow("quit") << "quitAction" << QKeySequence(QKeySequence::Quit);
    }

    void menusHaveShortcuts()
    {
        QFETCH(QString, action);
        QFETCH(QKeySequence, shortcut);
        MainWindow window;
        auto *a = window.findChild<QAction *>(action);
        QVERIFY(a);
        QCOMPARE(a->shortcut(), shortcut);
        QVERIFY(!a->text().isEmpty());
    }

    void aBadFileIsRefusedAndTheOrgStays()
    {
        MainWindow window;
        SL_VERIFY_OK(window.openOrg(m_org));
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
        QCOMPARE(window.mailboxTable()->model()->rowCount(), 6);
    }

    void newSandboxOrgIsCreatedAndOpened()
    {
        MainWindow window;
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

    void geometryIsKept()
    {
        QRect saved;
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(900, 500);
            saved = window.geometry();
            window.close();
        }
        MainWindow again;
        QCOMPARE(again.size(), saved.size());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
