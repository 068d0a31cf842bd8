// File ▸ Export Report… (issue 18) with real widgets: the menu action opens
// the dialog, Export writes the file, Cancel leaves nothing.
#include "mainwindow.h"
#include "reportdialog.h"
#include "sync/syncengine.h"
#include "uitest.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

using namespace SyncLens;
using namespace SyncLens::UiTest;

class TestReportDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_org;

    static ReportDialog *openDialog(MainWindow &window)
    {
        auto *action = window.findChild<QAction *>(QStringLiteral("exportReportAction"));
        if (!action)
            return nullptr;
        action->trigger();
        return window.findChild<ReportDialog *>();
    }

    QStringList reportFiles() const
    {
        return QDir(m_dir.path())
            .entryList({QStringLiteral("*.pdf*"), QStringLiteral("*.html*")}, QDir::Files);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_org = m_dir.filePath(QStringLiteral("org.db"));
        SL_VERIFY_OK(SandboxGenerator::createFile(m_org, spec(20, 20000), false));
    }

    void theMenuActionHasCtrlP()
    {
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        auto *action = window.findChild<QAction *>(QStringLiteral("exportReportAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::Print));
        QVERIFY(!action->text().isEmpty());
    }

    void exportWritesTheFile_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("name");
        QTest::newRow("pdf") << 0 << "r.pdf";
        QTest::newRow("html") << 1 << "r.html";
    }
    void exportWritesTheFile()
    {
        QFETCH(int, format);
        QFETCH(QString, name);
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        QVERIFY(openAndWait(window, m_org));
        ReportDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->findChild<QComboBox *>(QStringLiteral("reportFormat"))->setCurrentIndex(format);
        auto *users = dialog->findChild<QListWidget *>(QStringLiteral("reportUsers"));
        QCOMPARE(users->count(), 20);
        users->item(1)->setCheckState(Qt::Unchecked);
        auto *path = dialog->findChild<QLineEdit *>(QStringLiteral("reportPath"));
        path->clear();
        QTest::keyClicks(path, m_dir.filePath(name));
        QSignalSpy exported(dialog, &ReportDialog::exported);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("reportExport")),
                          Qt::LeftButton);
        QVERIFY(exported.wait(60000));
        QFile file(m_dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray start = file.read(16);
        QVERIFY(format == 0 ? start.startsWith("%PDF-") : start.startsWith("<!DOCTYPE html>"));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("reportStatus"))->text().contains(name));
        file.remove();
    }

    void cancelLeavesNothing()
    {
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        QVERIFY(openAndWait(window, m_org));
        ReportDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        auto *path = dialog->findChild<QLineEdit *>(QStringLiteral("reportPath"));
        path->setText(m_dir.filePath(QStringLiteral("cancelled.pdf")));
        auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("reportCancel"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("reportExport")),
                          Qt::LeftButton);
        QVERIFY(dialog->isExporting());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY(!dialog->isExporting());
        QVERIFY(reportFiles().isEmpty());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("reportStatus"))
                    ->text()
                    .contains(QLatin1String("nothing was saved")));
        // Close, once nothing runs.
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<ReportDialog *>());
    }

    void previewShowsThePages()
    {
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        QVERIFY(openAndWait(window, m_org));
        ReportDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        bool shown = false;
        onNextModal([&](QWidget *modal) {
            shown = modal->objectName() == QLatin1String("reportPrintPreview");
            modal->close();
        });
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("reportPreview")),
                          Qt::LeftButton);
        QVERIFY(shown);
        QVERIFY(reportFiles().isEmpty());
    }

    void anUnwritablePathIsSaidAndNothingStarts()
    {
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        QVERIFY(openAndWait(window, m_org));
        ReportDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("reportPath"))
            ->setText(m_dir.filePath(QStringLiteral("missing/r.pdf")));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("reportExport")),
                          Qt::LeftButton);
        QVERIFY(!dialog->isExporting());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("reportStatus"))
                    ->text()
                    .contains(QLatin1String("does not exist")));
    }
};

QTEST_MAIN(TestReportDialog)
#include "tst_reportdialog.moc"
