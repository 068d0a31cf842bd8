#include "explainpanel.h"
#include "mailboxespanel.h"
#include "mailboxtablemodel.h"
#include "mainwindow.h"
#include "store/orgstore.h"
#include "sync/syncengine.h"
#include "uitest.h"

#include <QAccessible>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeView>

using namespace SyncLens;
using namespace SyncLens::UiTest;

// Look and feel: every control named for assistive technology, and the
// window following the palette (a dark one stays dark, links keep its colour).
class TestLookAndFeel : public QObject
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

    void everyControlHasAnAccessibleName()
    {
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        QVERIFY(openAndWait(window, m_org));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.mailboxesPanel()->selectMailbox(
            window.mailboxModel()->index(0, 0).data(MailboxTableModel::MailboxIdRole).toString());
        QStringList unnamed;
        const auto widgets = window.findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus)
                continue;
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
            if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
                unnamed.append(QStringLiteral("%1 (%2)").arg(
                    w->objectName(), QString::fromLatin1(w->metaObject()->className())));
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void aDarkPaletteMakesADarkWindow()
    {
        const QPalette before = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
        QApplication::setPalette(dark);
        {
            SyncEngineThread engine;
            MainWindow window(engine.engine());
            QVERIFY(openAndWait(window, copyOrg(m_org, m_dir, QStringLiteral("dark.db"))));
            window.resize(1200, 800);
            QVERIFY(showActive(window));
            QSignalSpy finished(engine.engine(), &SyncEngine::cycleFinished);
            QTest::keyClick(window.mailboxTable(), Qt::Key_F5);
            QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, 20000);
            auto scoped = window.store()->journal({}, {}, ReasonCode::NotInScope, 1);
            QVERIFY(scoped && !scoped->isEmpty());
            window.showItem(scoped->first().itemId);
            window.showMailbox(scoped->first().mailboxId);
            // No view keeps a light colour of its own.
            for (QWidget *w : window.findChildren<QWidget *>())
                QCOMPARE(w->palette().color(QPalette::Base), dark.color(QPalette::Base));
            const QImage image = window.grab().toImage();
            if (qEnvironmentVariableIsSet("SYNCLENS_TEST_SHOTS")) // to look at it
                image.save(qEnvironmentVariable("SYNCLENS_TEST_SHOTS") +
                           QStringLiteral("/dark.png"));
            qint64 sum = 0;
            for (int y = 0; y < image.height(); y += 4)
                for (int x = 0; x < image.width(); x += 4)
                    sum += qGray(image.pixel(x, y));
            const qint64 samples = qint64(image.height() / 4 + 1) * (image.width() / 4 + 1);
            QVERIFY2(sum / samples < 110, qPrintable(QString::number(sum / samples)));
            // The facts' links are drawn in the palette's link colour.
            const QImage tree =
                window.explainPanel()->explanationView()->viewport()->grab().toImage();
            int linkPixels = 0;
            for (int y = 0; y < tree.height(); ++y)
                for (int x = 0; x < tree.width(); ++x)
                    linkPixels += tree.pixelColor(x, y) == dark.color(QPalette::Link);
            QVERIFY(linkPixels > 20);
        }
        QApplication::setPalette(before);
    }
};

QTEST_MAIN(TestLookAndFeel)
#include "tst_lookandfeel.moc"
