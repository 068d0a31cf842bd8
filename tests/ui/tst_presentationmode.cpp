#include "presentationmode.h"
#include "scenarioplayerpanel.h"
#include "sync/syncengine.h"
#include "uitest.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QListView>
#include <QSettings>
#include <QStandardPaths>
#include <QToolBar>

using namespace SyncLens;
using namespace SyncLens::UiTest;

// Presentation mode: the player, the timeline and the explanation in large
// type for a projector, and back exactly as it was.
class TestPresentationMode : public QObject
{
    Q_OBJECT

    static void press(MainWindow &window, int key, Qt::KeyboardModifiers modifiers = {})
    {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
        QTest::keyClick(target, Qt::Key(key), modifiers);
    }

    static QToolBar *syncToolBar(MainWindow &window)
    {
        return window.findChild<QToolBar *>(QStringLiteral("syncToolBar"));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void f11EntersAndLeaves()
    {
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        QVERIFY(showActive(window));
        QListView *steps = window.scenarioPanel()->stepView();
        auto *title = window.findChild<QLabel *>(QStringLiteral("scenarioTitle"));
        const qreal stepsSize = steps->font().pointSizeF();
        const qreal titleSize = title->font().pointSizeF();
        QVERIFY(stepsSize > 0);
        QVERIFY(window.mailboxesDock()->isVisible());

        press(window, Qt::Key_F11);
        QVERIFY(window.presentationMode()->isActive());
        QVERIFY(window.presentationMode()->toggleAction()->isChecked());
        QVERIFY(window.windowState() & Qt::WindowFullScreen);
        QVERIFY(window.mailboxesDock()->isHidden());
        QVERIFY(syncToolBar(window)->isHidden());
        for (QDockWidget *dock :
             {window.scenarioDock(), window.timelineDock(), window.explainDock()})
            QVERIFY2(dock->isVisible(), qPrintable(dock->objectName()));
        // Large type everywhere in the shown docks, the bold title too.
        QCOMPARE(steps->font().pointSizeF(), stepsSize * PresentationMode::FontScale);
        QVERIFY(title->font().pointSizeF() >= titleSize * PresentationMode::FontScale - 0.01);

        press(window, Qt::Key_F11);
        QVERIFY(!window.presentationMode()->isActive());
        QVERIFY(!(window.windowState() & Qt::WindowFullScreen));
        QVERIFY(window.mailboxesDock()->isVisible());
        QVERIFY(syncToolBar(window)->isVisible());
        QCOMPARE(steps->font().pointSizeF(), stepsSize);
        QCOMPARE(title->font().pointSizeF(), titleSize);
    }

    void ctrlShiftPAndEscapeToo()
    {
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        QVERIFY(showActive(window));
        press(window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(window.presentationMode()->isActive());
        press(window, Qt::Key_Escape);
        QVERIFY(!window.presentationMode()->isActive());
        QVERIFY(window.mailboxesDock()->isVisible());
        press(window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(window.presentationMode()->isActive());
        press(window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!window.presentationMode()->isActive());
    }

    void aDockTheUserHadClosedStaysClosedAfterwards()
    {
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        QVERIFY(showActive(window));
        window.explainDock()->close();
        press(window, Qt::Key_F11);
        QVERIFY(window.explainDock()->isVisible()); // shown while presenting
        press(window, Qt::Key_F11);
        QVERIFY(window.explainDock()->isHidden());
        QVERIFY(window.mailboxesDock()->isVisible());
    }
};

QTEST_MAIN(TestPresentationMode)
#include "tst_presentationmode.moc"
