#include "explainpanel.h"
#include "explanationmodel.h"
#include "mainwindow.h"
#include "model/translations.h"
#include "scenarioplayerpanel.h"
#include "scenariosession.h"
#include "sync/syncengine.h"
#include "uitest.h"

#include <QDockWidget>

using namespace SyncLens;
using namespace SyncLens::UiTest;

// The model v2's sentences as a person reads them in the Explain dock, in
// each language: a bundled scenario played to its end in the window, and the
// item of its last step explained (sss-model §3: a meeting that is over keeps
// its Outlook copy when deleted in CRM).
class TestExplainLanguages : public QObject
{
    Q_OBJECT

    // Every row's sentence in the explanation, decisions and their facts.
    static QStringList texts(const QAbstractItemModel &model, const QModelIndex &parent = {})
    {
        QStringList all;
        for (int row = 0; row < model.rowCount(parent); ++row) {
            all << model.index(row, ExplanationModel::TextColumn, parent).data().toString()
                << texts(model, model.index(row, 0, parent));
        }
        return all;
    }

private Q_SLOTS:
    void cleanup() { Translations::install(QStringLiteral("en")); }

    void crmDeleteKept_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("English") << QStringLiteral("en")
                                 << QStringLiteral("Deleted in CRM, but the meeting was already "
                                                   "over, so the copy stays in Alice Adams's "
                                                   "Outlook, no longer linked.");
        QTest::newRow("German") << QStringLiteral("de")
                                << QStringLiteral("In CRM gelöscht, aber die Besprechung war schon "
                                                  "vorbei, daher bleibt die Kopie in Outlook von "
                                                  "Alice Adams, nicht mehr verknüpft.");
        QTest::newRow("French") << QStringLiteral("fr")
                                << QStringLiteral("Supprimée dans le CRM, mais la réunion était "
                                                  "déjà passée, donc la copie reste dans "
                                                  "l'Outlook de Alice Adams, sans lien.");
    }

    void crmDeleteKept()
    {
        QFETCH(QString, language);
        QFETCH(QString, sentence);
        // The panels phrase their texts in the language installed when they are made.
        QCOMPARE(Translations::install(language), language);
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        window.resize(1440, 900);
        window.show(); // exposed is enough: Xvfb may have no window manager to activate it
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ScenarioPlayerPanel *player = window.scenarioPanel();
        QVERIFY2(
            player->openScenario(QStringLiteral(":/scenarios/26-old-meeting-stays-in-crm.json")),
            qPrintable(player->errorText()));
        ScenarioSession *session = player->session();
        while (session->step()) {
        }
        QCOMPARE(session->failedCount(), 0);
        ExplainPanel *explain = window.explainPanel();
        QCOMPARE(explain->currentItemId(), QStringLiteral("a-lunch"));
        const QStringList shown = texts(*explain->explanationModel());
        QVERIFY2(shown.contains(sentence), qPrintable(shown.join(u'\n')));

        // SYNCLENS_SCREENSHOT=DIR saves the dock as the README shows it.
        if (const QString dir = qEnvironmentVariable("SYNCLENS_SCREENSHOT"); !dir.isEmpty()) {
            window.explainDock()->raise();
            const QString file = QStringLiteral("%1/screenshot-explain-%2.png").arg(dir, language);
            QVERIFY(window.explainDock()->grab().save(file));
        }
    }
};

QTEST_MAIN(TestExplainLanguages)
#include "tst_explainlanguages.moc"
