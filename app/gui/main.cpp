// synclens: the only place that creates the application object and the window.
#include "appsettings.h"
#include "datafolder.h"
#include "filterdesignerlaunch.h"
#include "mainwindow.h"
#include "model/translations.h"
#include "screenshottour.h"
#include "store/sqlitestatement.h"
#include "sync/syncengine.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>
#include <cstring>

using namespace SyncLens;

namespace {

// Calls `ready` once the window shows an org (or has given up on one).
void whenLoaded(MainWindow &window, const std::function<void()> &ready)
{
    if (!window.isBusy()) {
        QTimer::singleShot(0, &window, ready);
        return;
    }
    QObject::connect(
        &window, &MainWindow::sandboxFinished, &window, [ready] { QTimer::singleShot(0, ready); },
        Qt::SingleShotConnection);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "synclens: %s\n", qUtf8Printable(message));
    return 2;
}

// --screenshot FILE: the main window; --screenshot-all DIR: every view. The
// same window size every time, whatever the user's saved layout.
void takeScreenshots(MainWindow &window, const QString &file, const QString &dir)
{
    window.resize(1440, 900);
    auto *tour = new ScreenshotTour(
        window, dir.isEmpty() ? QFileInfo(file).absoluteDir() : QDir(dir), &window);
    if (dir.isEmpty())
        tour->addShot({QFileInfo(file).fileName(),
                       [](const ScreenshotTour::Ready &ready) { ready(); },
                       [&window] { return static_cast<QWidget *>(&window); }});
    else
        tour->addStandardShots();
    QObject::connect(tour, &ScreenshotTour::finished, &window, [](bool ok, const QString &message) {
        QApplication::exit(ok ? 0 : fail(message));
    });
    whenLoaded(window, [tour] { tour->start(); });
}

// --screenshot-all DIR with --user and --day: the README's story shots.
void takeStoryScreenshots(MainWindow &window, const QString &dir, const QString &user,
                          const QDate &day)
{
    window.resize(1440, 900);
    auto *tour = new ScreenshotTour(window, QDir(dir), &window);
    tour->addStoryShots(user, day);
    QObject::connect(tour, &ScreenshotTour::finished, &window, [](bool ok, const QString &message) {
        QApplication::exit(ok ? 0 : fail(message));
    });
    whenLoaded(window, [tour] { tour->start(); });
}

} // namespace

int main(int argc, char **argv)
{
    // --version answers before the application object exists: no window, no display.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("synclens %s (Qt %s)\n", SYNCLENS_VERSION, qVersion());
            return 0;
        }
    }

    QApplication app(argc, argv);
    SyncLens::configureSqlite(); // before any thread opens an org
    QApplication::setOrganizationName(QStringLiteral("SyncLens"));
    QApplication::setApplicationName(QStringLiteral("SyncLens"));
    QApplication::setApplicationVersion(QStringLiteral(SYNCLENS_VERSION));
    // The installed desktop entry (packaging/linux) and the icon it shares.
    QGuiApplication::setDesktopFileName(QStringLiteral(SYNCLENS_APP_ID));
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/synclens-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("SyncLens: Server-Side Synchronization, made visible."));
    parser.addHelpOption();
    parser.addVersionOption(); // answered above; listed by --help
    parser.addOptions({
        {QStringLiteral("org"), QStringLiteral("Open this org file."), QStringLiteral("FILE")},
        {QStringLiteral("screenshot"),
         QStringLiteral("Save a PNG of the window once loaded (and synchronised), then quit."),
         QStringLiteral("FILE.png")},
        {QStringLiteral("screenshot-all"),
         QStringLiteral("Save a PNG of each view into DIR (screenshot-main.png, "
                        "screenshot-mailbox.png, screenshot-explain.png, "
                        "screenshot-timeline-out.png, screenshot-timeline-in.png, "
                        "screenshot-scenario.png), then quit."),
         QStringLiteral("DIR")},
        {QStringLiteral("lang"), QStringLiteral("Language: de, fr or en (default: the system's)."),
         QStringLiteral("LANG")},
        {QStringLiteral("filters"),
         QStringLiteral("Open the filter designer for this user (with --org)."),
         QStringLiteral("USER")},
        {QStringLiteral("filter-type"),
         QStringLiteral("With --filters: start on the first filter of this type."),
         QStringLiteral("TYPE")},
        {QStringLiteral("user"),
         QStringLiteral("With --org and --day: open the day view of this user (an id)."),
         QStringLiteral("USER")},
        {QStringLiteral("day"),
         QStringLiteral("With --org and --user: the day to show (YYYY-MM-DD, UTC). With "
                        "--screenshot-all, save the story shots (screenshot-story-*.png) "
                        "instead of the views."),
         QStringLiteral("YYYY-MM-DD")},
    });
    parser.process(app);
    // German, French or English from --lang, the setting, or the system.
    const QString language = parser.isSet(QStringLiteral("lang"))
                                 ? parser.value(QStringLiteral("lang"))
                                 : AppSettings().language();
    Translations::install(language);
    // One data folder (…/SyncLens, no longer …/SyncLens/SyncLens): what an
    // earlier version kept in the doubled one moves first.
    const QString demo = DataFolder::migrate();
    const bool screenshotAll = parser.isSet(QStringLiteral("screenshot-all"));
    const bool screenshot = parser.isSet(QStringLiteral("screenshot")) || screenshotAll;
    if (parser.isSet(QStringLiteral("filters"))) {
        if (!parser.isSet(QStringLiteral("org")))
            return fail(QStringLiteral("--filters needs --org FILE"));
        return runFilterDesigner(parser.value(QStringLiteral("org")),
                                 parser.value(QStringLiteral("filters")),
                                 parser.value(QStringLiteral("filter-type")),
                                 parser.value(QStringLiteral("screenshot")));
    }

    const bool dayView =
        parser.isSet(QStringLiteral("user")) || parser.isSet(QStringLiteral("day"));
    const QDate day = QDate::fromString(parser.value(QStringLiteral("day")), Qt::ISODate);
    if (dayView && !parser.isSet(QStringLiteral("org")))
        return fail(QStringLiteral("--user and --day need --org FILE"));
    if (dayView && (!parser.isSet(QStringLiteral("user")) || !day.isValid()))
        return fail(
            QStringLiteral("the day view needs --user USER and --day YYYY-MM-DD (not \"%1\")")
                .arg(parser.value(QStringLiteral("day"))));

    // The engine's thread outlives the window (declared first, destroyed last).
    SyncEngineThread engine;
    MainWindow window(engine.engine());
    AppSettings settings;
    if (parser.isSet(QStringLiteral("org"))) {
        if (auto opened = window.openOrg(parser.value(QStringLiteral("org"))); !opened) {
            if (screenshot)
                return fail(opened.error().message);
            QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot Open the Org"),
                                  opened.error().message);
        }
    } else if (QFileInfo::exists(settings.lastOrgPath()) &&
               window.openOrg(settings.lastOrgPath()).ok()) {
        // the org of last time
    } else {
        // First start: a demo org to look at, made once.
        QDir().mkpath(QFileInfo(demo).path());
        if (!QFileInfo::exists(demo) || !window.openOrg(demo).ok()) {
            SandboxSpec spec;
            spec.orgName = QApplication::translate("main", "Demo org");
            spec.historyDays = SandboxSpec::DemoHistoryDays;
            window.createSandboxOrg(demo, spec, true);
        }
    }
    window.show();

    const QString user = parser.value(QStringLiteral("user"));
    if (screenshotAll && dayView) {
        takeStoryScreenshots(window, parser.value(QStringLiteral("screenshot-all")), user, day);
    } else if (screenshot) {
        takeScreenshots(window, parser.value(QStringLiteral("screenshot")),
                        parser.value(QStringLiteral("screenshot-all")));
    } else if (dayView) {
        whenLoaded(window, [&window, user, day] {
            if (!window.openDayView(user, day))
                QMessageBox::warning(
                    &window, QApplication::translate("main", "No Such Person"),
                    QApplication::translate("main", "There is no user %1 in this org.").arg(user));
        });
    }
    return app.exec();
}
