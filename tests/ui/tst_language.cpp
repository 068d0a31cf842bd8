#include "appsettings.h"
#include "languagemenu.h"
#include "model/translations.h"
#include "sync/syncengine.h"
#include "uitest.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

using namespace SyncLens;
using namespace SyncLens::UiTest;

// View ▸ Language switches the window's words live and keeps the choice.
class TestLanguage : public QObject
{
    Q_OBJECT

    static QStringList menuTitles(MainWindow &window)
    {
        QStringList titles;
        const auto actions = window.menuBar()->actions();
        for (QAction *action : actions)
            titles.append(action->text());
        return titles;
    }

    static QAction *language(MainWindow &window, const char *code)
    {
        return window.findChild<QAction *>(QStringLiteral("language_") + QLatin1String(code));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(QStringLiteral("en"));
    }
    void init() { QSettings().clear(); }
    void cleanup() { Translations::install(QStringLiteral("en")); }

    void theMenuOffersEachLanguageByItsOwnName()
    {
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        const auto actions = window.languageMenu()->actions()->actions();
        QCOMPARE(actions.size(), 4);
        QCOMPARE(actions.at(2)->text(), QStringLiteral("&Deutsch"));
        QCOMPARE(actions.at(3)->text(), QStringLiteral("&Français"));
        // No choice stored: the system's language.
        QVERIFY(language(window, "system")->isChecked());
    }

    void switchingToGermanAndBackRetranslatesLive()
    {
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        QVERIFY(showActive(window));
        const QStringList english{QStringLiteral("&File"), QStringLiteral("&Sync"),
                                  QStringLiteral("&View"), QStringLiteral("&Help")};
        for (const QString &title : english)
            QVERIFY2(menuTitles(window).contains(title), qPrintable(title));

        language(window, "de")->trigger();
        QTRY_VERIFY(menuTitles(window).contains(QStringLiteral("&Datei")));
        const QStringList titles = menuTitles(window);
        for (const char *german : {"&Datei", "&Synchronisierung", "&Ansicht", "&Hilfe"})
            QVERIFY2(titles.contains(QString::fromUtf8(german)), qPrintable(titles.join(u' ')));
        QVERIFY(!titles.contains(QStringLiteral("&File")));
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("quitAction"))->text(),
                 QCoreApplication::translate("SyncLens::MainWindow", "&Quit"));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("quitAction"))->text() !=
                QStringLiteral("&Quit"));
        QVERIFY(language(window, "de")->isChecked());
        QCOMPARE(AppSettings().language(), QStringLiteral("de"));
        // What does not follow live is said, in German.
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Start")),
                 qPrintable(window.statusBar()->currentMessage()));

        language(window, "en")->trigger();
        QTRY_VERIFY(menuTitles(window).contains(QStringLiteral("&File")));
        for (const QString &title : english)
            QVERIFY2(menuTitles(window).contains(title), qPrintable(title));
        QCOMPARE(window.mailboxesDock()->windowTitle(), QStringLiteral("Mailboxes"));
        QCOMPARE(AppSettings().language(), QStringLiteral("en"));
    }

    void theChoiceIsKeptForTheNextStart()
    {
        {
            SyncEngineThread engine;
            MainWindow window(engine.engine());
            language(window, "fr")->trigger();
        }
        QCOMPARE(LanguageMenu::languageAtStart(), QStringLiteral("fr"));
        QCOMPARE(LanguageMenu::languageAtStart(QStringLiteral("de")), QStringLiteral("de"));
        SyncEngineThread engine;
        MainWindow again(engine.engine());
        QVERIFY(language(again, "fr")->isChecked());
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
