#include "explainpanel.h"
#include "scenariogallerymodel.h"
#include "scenarioplayerpanel.h"
#include "scenariosession.h"
#include "scenariostepmodel.h"
#include "storesource.h"
#include "sync/syncengine.h"
#include "timelinepanel.h"
#include "timelinewidget.h"
#include "uitest.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QListView>
#include <QSettings>
#include <QStandardPaths>
#include <QToolButton>

using namespace SyncLens;
using namespace SyncLens::UiTest;

// The Scenario player dock, driven by keys as a trainer would: pick from the
// gallery, step, play, pause, rewind; checks show passed or failed; the
// Timeline and Explain follow the step.
class TestScenarioPlayer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const QString m_bundled = QStringLiteral(QT_TESTCASE_SOURCEDIR "/../../resources/scenarios");
    const QString m_first = QStringLiteral("01-outlook-edit-overwrites-crm.json");

    static QLabel *label(MainWindow &window, const char *name)
    {
        return window.findChild<QLabel *>(QLatin1String(name));
    }

    // Presses `key` where the user's focus is, so that window shortcuts answer.
    static void press(MainWindow &window, int key, Qt::KeyboardModifiers modifiers = {})
    {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
        QTest::keyClick(target, Qt::Key(key), modifiers);
    }

    // Opens the gallery's first scenario with the keyboard: Alt+G, then Down.
    static void chooseFirstFromGallery(MainWindow &window)
    {
        ScenarioPlayerPanel *panel = window.scenarioPanel();
        window.scenarioDock()->show();
        window.scenarioDock()->raise();
        panel->galleryCombo()->setFocus();
        QTest::keyClick(panel->galleryCombo(), Qt::Key_Down);
    }

    static QList<int> checkRows(ScenarioStepModel *model)
    {
        QList<int> rows;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row).data(ScenarioStepModel::IsCheckRole).toBool())
                rows.append(row);
        }
        return rows;
    }

    // The first scenario with one expectation made wrong: its first meeting
    // is expected created in CRM, while SyncLens rightly created it in Outlook.
    QString wrongExpectation()
    {
        QFile in(m_bundled + u'/' + m_first);
        if (!in.open(QIODevice::ReadOnly))
            return {};
        QByteArray text = in.readAll();
        const QByteArray right = "\"reason\": \"OUT_CREATE\"";
        if (!text.contains(right))
            return {};
        text.replace(right, "\"reason\": \"IN_CREATE\"");
        const QString path = m_dir.filePath(QStringLiteral("wrong.json"));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void theGalleryShowsEveryBundledScenarioWithItsStory()
    {
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        QVERIFY(showActive(window));
        ScenarioPlayerPanel *panel = window.scenarioPanel();
        // Every change of the models while playing is checked.
        QAbstractItemModelTester steps(panel->stepModel(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester gallery(panel->galleryModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(window.scenarioDock()->isAncestorOf(panel));
        const QStringList files = QDir(m_bundled).entryList({QStringLiteral("*.json")});
        QVERIFY(files.size() >= 20);
        QCOMPARE(panel->galleryModel()->rowCount(), files.size());

        chooseFirstFromGallery(window);
        QVERIFY(panel->session()->isOpen());
        QCOMPARE(panel->session()->path(), QStringLiteral(":/scenarios/") + m_first);
        QVERIFY(label(window, "scenarioTitle")->text().contains(QStringLiteral("An Outlook edit")));
        QVERIFY(
            label(window, "scenarioStory")->text().startsWith(QStringLiteral("Alice's meeting")));
        QVERIFY(label(window, "scenarioStory")->isVisible());
        QCOMPARE(panel->stepModel()->rowCount(), panel->session()->stepCount());
    }

    void steppingToTheEndShowsEveryCheckPassed()
    {
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        QVERIFY(showActive(window));
        ScenarioPlayerPanel *panel = window.scenarioPanel();
        // Every change of the models while playing is checked.
        QAbstractItemModelTester steps(panel->stepModel(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester gallery(panel->galleryModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        chooseFirstFromGallery(window);
        ScenarioSession *session = panel->session();
        ScenarioStepModel *model = panel->stepModel();
        const QList<int> checks = checkRows(model);
        QVERIFY(checks.size() >= 3);
        for (int row : checks)
            QCOMPARE(model->outcomeOf(row), ScenarioStepModel::Outcome::None);

        for (int i = 0; i < session->stepCount(); ++i) {
            press(window, Qt::Key_F10);
            QCOMPARE(session->position(), i + 1);
            // The step played last is the highlighted one.
            QCOMPARE(panel->stepView()->currentIndex().row(), i);
            QCOMPARE(model->stateOf(i), ScenarioStepModel::State::Current);
            QVERIFY(model->index(i).data(Qt::FontRole).value<QFont>().bold());
        }
        QVERIFY(session->atEnd());
        for (int row : checks) {
            QCOMPARE(model->outcomeOf(row), ScenarioStepModel::Outcome::Passed);
            QVERIFY(model->index(row).data().toString().endsWith(QStringLiteral("passed")));
        }
        QCOMPARE(label(window, "scenarioSummary")->text(),
                 QStringLiteral("Checks: %1 passed, 0 failed").arg(checks.size()));
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("stepScenarioAction"))->isEnabled());

        // The Timeline and Explain follow: the scenario's org, its item.
        QVERIFY(window.storeSource()->isScenario());
        TimelineWidget *timeline = window.timelinePanel()->timeline();
        QVERIFY(timeline->data() && !timeline->data()->isEmpty());
        QCOMPARE(timeline->data()->mailboxId(0), QStringLiteral("m-alice"));
        QCOMPARE(session->focusItemId(), QStringLiteral("a1"));
        QCOMPARE(window.explainPanel()->currentItemId(), QStringLiteral("a1"));
        QCOMPARE(timeline->selectedItemId(), QStringLiteral("a1"));
    }

    void aWrongExpectationShowsAsFailed()
    {
        const QString path = wrongExpectation();
        QVERIFY(!path.isEmpty());
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        QVERIFY(showActive(window));
        ScenarioPlayerPanel *panel = window.scenarioPanel();
        // Every change of the models while playing is checked.
        QAbstractItemModelTester steps(panel->stepModel(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester gallery(panel->galleryModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(panel->openScenario(path));
        ScenarioSession *session = panel->session();
        session->setIntervalMs(10);
        press(window, Qt::Key_F9); // play
        QVERIFY(session->isPlaying());
        QTRY_VERIFY(session->atEnd());
        QTRY_VERIFY(!session->isPlaying());

        ScenarioStepModel *model = panel->stepModel();
        int failed = -1;
        for (int row : checkRows(model)) {
            if (model->outcomeOf(row) == ScenarioStepModel::Outcome::Failed)
                failed = row;
        }
        QVERIFY(failed >= 0);
        QVERIFY(model->index(failed).data().toString().contains(QStringLiteral("IN_CREATE")));
        QVERIFY(model->index(failed).data().toString().endsWith(QStringLiteral("FAILED")));
        QVERIFY(model->resultText(failed).contains(QStringLiteral("OUT_CREATE"))); // found
        QCOMPARE(session->failedCount(), 1);
        QVERIFY(label(window, "scenarioSummary")->text().endsWith(QStringLiteral("1 failed")));
    }

    void playPausesOnF9()
    {
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        QVERIFY(showActive(window));
        chooseFirstFromGallery(window);
        ScenarioSession *session = window.scenarioPanel()->session();
        auto *pace = window.findChild<QComboBox *>(QStringLiteral("scenarioPace"));
        pace->setFocus();
        QTest::keyClick(pace, Qt::Key_End); // the slowest pace
        QCOMPARE(session->intervalMs(), pace->itemData(pace->count() - 1).toInt());
        auto *play = window.findChild<QAction *>(QStringLiteral("playScenarioAction"));
        press(window, Qt::Key_F9);
        QVERIFY(session->isPlaying());
        QCOMPARE(play->text(), QStringLiteral("&Pause"));
        press(window, Qt::Key_F9);
        QVERIFY(!session->isPlaying());
        QCOMPARE(play->text(), QStringLiteral("&Play"));
    }

    void aMalformedFileShowsWhereAndTheOpenScenarioStays()
    {
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        QVERIFY(showActive(window));
        ScenarioPlayerPanel *panel = window.scenarioPanel();
        // Every change of the models while playing is checked.
        QAbstractItemModelTester steps(panel->stepModel(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester gallery(panel->galleryModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        chooseFirstFromGallery(window);
        press(window, Qt::Key_F10);
        const QString path = m_dir.filePath(QStringLiteral("bad.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\n  \"format\": \"synclens-scenario/1\",\n  \"title\": \"Broken\",\n"
                   "  \"steps\": [ {\"do\": \"sync\" ]\n}\n");
        file.close();

        QVERIFY(!panel->openScenario(path));
        const QString error = panel->errorText();
        QVERIFY2(error.contains(QRegularExpression(QRegularExpression::escape(path) +
                                                   QStringLiteral(":\\d+:\\d+: "))),
                 qPrintable(error));
        QVERIFY(label(window, "scenarioError")->isVisible());
        // The scenario that was open goes on where it was.
        QCOMPARE(panel->session()->path(), QStringLiteral(":/scenarios/") + m_first);
        QCOMPARE(panel->session()->position(), 1);
        press(window, Qt::Key_F10);
        QCOMPARE(panel->session()->position(), 2);

        // Opening a good one clears the error.
        QVERIFY(panel->openScenario(wrongExpectation()));
        QVERIFY(label(window, "scenarioError")->isHidden());
    }

    void rewindReturnsToTheStart()
    {
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        QVERIFY(showActive(window));
        ScenarioPlayerPanel *panel = window.scenarioPanel();
        // Every change of the models while playing is checked.
        QAbstractItemModelTester steps(panel->stepModel(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester gallery(panel->galleryModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        chooseFirstFromGallery(window);
        ScenarioSession *session = panel->session();
        for (int i = 0; i < 3; ++i)
            press(window, Qt::Key_F10);
        QCOMPARE(session->position(), 3);
        QVERIFY(session->passedCount() > 0);
        const qsizetype decisions = window.timelinePanel()->timeline()->data()->eventCount();
        QVERIFY(decisions > 0);

        press(window, Qt::Key_F10, Qt::ControlModifier); // rewind
        QCOMPARE(session->position(), 0);
        QCOMPARE(session->passedCount(), 0);
        QCOMPARE(panel->stepModel()->currentRow(), -1);
        for (int row = 0; row < panel->stepModel()->rowCount(); ++row)
            QCOMPARE(panel->stepModel()->stateOf(row), ScenarioStepModel::State::Upcoming);
        QVERIFY(label(window, "scenarioPosition")->text().startsWith(QStringLiteral("Ready")));
        // The rebuilt org has journalled nothing yet.
        QCOMPARE(window.timelinePanel()->timeline()->data()->eventCount(), 0);
        // And it plays again from the first step.
        press(window, Qt::Key_F10);
        QCOMPARE(session->position(), 1);
    }

    void closingGivesTheViewsBackToTheOrg()
    {
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        QVERIFY(showActive(window));
        chooseFirstFromGallery(window);
        QVERIFY(window.storeSource()->isScenario());
        press(window, Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!window.scenarioPanel()->session()->isOpen());
        QVERIFY(!window.storeSource()->isScenario());
        QCOMPARE(window.storeSource()->store(), window.store());
    }

    void everyControlHasAShortcutOrAName()
    {
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        const QList<QPair<const char *, QKeySequence>> keys{
            {"openScenarioAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)},
            {"closeScenarioAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W)},
            {"stepScenarioAction", QKeySequence(Qt::Key_F10)},
            {"playScenarioAction", QKeySequence(Qt::Key_F9)},
            {"rewindScenarioAction", QKeySequence(Qt::CTRL | Qt::Key_F10)},
        };
        for (const auto &[name, key] : keys) {
            auto *action = window.findChild<QAction *>(QLatin1String(name));
            QVERIFY2(action, name);
            QCOMPARE(action->shortcut(), key);
            QVERIFY(action->text().contains(u'&'));
        }
        const auto widgets = window.scenarioPanel()->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (!qobject_cast<QComboBox *>(w) && !qobject_cast<QListView *>(w) &&
                !qobject_cast<QToolButton *>(w))
                continue;
            if (w->window() != &window)
                continue; // a combo box's popup list: the combo box speaks for it
            const QString name = w->accessibleName().isEmpty() ? w->property("text").toString()
                                                               : w->accessibleName();
            QVERIFY2(!name.isEmpty(), w->metaObject()->className());
        }
    }
};

QTEST_MAIN(TestScenarioPlayer)
#include "tst_scenarioplayer.moc"
