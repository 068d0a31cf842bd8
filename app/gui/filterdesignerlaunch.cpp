// The filter designer on its own (until the main window opens it from the
// mailboxes table): an engine thread with the org open, then the window.
#include "filterdesignerlaunch.h"

#include "designer/filterdesignerwindow.h"
#include "sync/syncengine.h"

#include <QApplication>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace SyncLens;

int runFilterDesigner(const QString &orgPath, const QString &userId, const QString &type,
                      const QString &screenshot)
{
    SyncEngineThread engine;
    std::unique_ptr<FilterDesignerWindow> window;
    int status = 0;
    auto fail = [&status](const QString &message) {
        std::fprintf(stderr, "synclens: %s\n", qUtf8Printable(message));
        status = 2;
        QApplication::exit(2);
    };
    // The designer reads the org once the engine has it open (and migrated).
    QObject::connect(engine.engine(), &SyncEngine::failed, qApp, [&](const QString &message) {
        if (!window) // later failures are the window's to show
            fail(message);
    });
    QObject::connect(
        engine.engine(), &SyncEngine::orgOpened, qApp,
        [&] {
            window = std::make_unique<FilterDesignerWindow>(orgPath, engine.engine(), userId);
            if (!type.isEmpty())
                window->openFirstFilterOfType(type);
            window->show();
            if (screenshot.isEmpty())
                return;
            QObject::connect(window.get(), &FilterDesignerWindow::previewShown, qApp, [&] {
                QTimer::singleShot(200, qApp, [&] {
                    if (!window->grab().save(screenshot, "PNG"))
                        fail(QStringLiteral("cannot write %1").arg(screenshot));
                    else
                        QApplication::exit(0);
                });
            });
        },
        Qt::SingleShotConnection);
    QMetaObject::invokeMethod(engine.engine(), "openOrg", Q_ARG(QString, orgPath));
    const int code = QApplication::exec();
    window.reset();
    return status ? status : code;
}
