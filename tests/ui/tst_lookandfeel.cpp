#include "explainpanel.h"
#include "mailboxespanel.h"
#include "mailboxtablemodel.h"
#include "mainwindow.h"
#include "store/orgstore.h"
#include "sync/syncengine.h"
#include "timelinemarkstyle.h"
#include "uitest.h"

#include <QAccessible>
#include <QSet>
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

    // Every kind of timeline mark, the two of model v2 included, looks unlike
    // the others in light and dark palettes and has a name for the legend.
    void everyMarkLooksDifferentAndIsNamed_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void everyMarkLooksDifferentAndIsNamed()
    {
        QFETCH(bool, dark);
        QPalette palette;
        palette.setColor(QPalette::Window, dark ? Qt::black : Qt::white);
        const TimelineMarkStyle style(palette);
        QSet<QString> labels;
        QList<QImage> sprites;
        for (TimelineMark mark : allTimelineMarks()) {
            labels.insert(TimelineMarkStyle::markLabel(mark));
            const QImage sprite = style.sprite(mark).toImage();
            for (const QImage &other : std::as_const(sprites))
                QVERIFY2(sprite != other, qPrintable(timelineMarkName(mark)));
            sprites.append(sprite);
            QVERIFY(style.color(mark).lightness() >= (dark ? 60 : 0));
        }
        QCOMPARE(labels.size(), TimelineMarkCount);
        QCOMPARE(TimelineMarkStyle::markLabel(timelinePlacement(ReasonCode::BackInScope).mark),
                 QStringLiteral("Back in scope"));
        QCOMPARE(TimelineMarkStyle::markLabel(timelinePlacement(ReasonCode::CrmDeleteKept).mark),
                 QStringLiteral("Deleted, copy kept"));
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
