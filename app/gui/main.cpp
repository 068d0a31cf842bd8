// synclens: the only place that creates the application object and the window.
#include "appsettings.h"
#include "mainwindow.h"
#include "model/translations.h"
#include "sync/syncengine.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

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

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SyncLens"));
    QApplication::setApplicationName(QStringLiteral("SyncLens"));
    QApplication::setApplicationVersion(QStringLiteral(SYNCLENS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("SyncLens: Server-Side Synchronization, made visible."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("org"), QStringLiteral("Open this org file."), QStringLiteral("FILE")},
        {QStringLiteral("screenshot"),
         QStringLiteral("Save a PNG of the window once loaded, then quit."),
         QStringLiteral("FILE.png")},
        {QStringLiteral("lang"), QStringLiteral("Language: de, fr or en (default: the system's)."),
         QStringLiteral("LANG")},
    });
    parser.process(app);
    // German, French or English from --lang, the setting, or the system.
    const QString language = parser.isSet(QStringLiteral("lang"))
                                 ? parser.value(QStringLiteral("lang"))
                                 : AppSettings().language();
    Translations::install(language);
    const bool screenshot = parser.isSet(QStringLiteral("screenshot"));

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
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        const QString demo = QDir(dir).filePath(QStringLiteral("demo.db"));
        if (!QFileInfo::exists(demo) || !window.openOrg(demo).ok()) {
            SandboxSpec spec;
            spec.orgName = QApplication::translate("main", "Demo org");
            window.createSandboxOrg(demo, spec, true);
        }
    }
    window.show();

    if (screenshot) {
        const QString file = parser.value(QStringLiteral("screenshot"));
        int status = 0;
        whenLoaded(window, [&] {
            if (!window.grab().save(file, "PNG"))
                status = fail(QStringLiteral("cannot write %1").arg(file));
            QApplication::exit(status);
        });
    }
    return app.exec();
}
