// The filter designer on its own (until the main window opens it from the
// mailboxes table): an engine thread with the org open, then the window.
#include "filterdesignerlaunch.h"

#include "designer/fetchxmleditor.h"
#include "designer/filterdesignerwindow.h"
#include "sync/syncengine.h"

#include <QApplication>
#include <QTextBlock>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace SyncLens;

namespace {

// Types a condition before the first </filter> of the FetchXML, as a user
// would (an appointment filter's start time; other types keep their text).
void narrowForScreenshot(FilterDesignerWindow &window)
{
    FetchXmlEditor *editor = window.fetchXmlEditor();
    const QString text = editor->toPlainText();
    const qsizetype at = text.indexOf(QStringLiteral("</filter>"));
    if (at < 0 || !text.contains(QStringLiteral("\"appointment\"")))
        return;
    QTextCursor cursor(editor->document());
    cursor.setPosition(int(at));
    cursor.insertText(QStringLiteral("  <condition attribute=\"scheduledstart\" "
                                     "operator=\"next-x-months\" value=\"3\"/>\n    "));
    editor->setTextCursor(cursor);
}

} // namespace

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
            window->resize(1440, 900);
            // The shot shows an edit being previewed: the filter narrowed to
            // meetings of the next 3 months, typed into the FetchXML, unsaved.
            QObject::connect(
                window.get(), &FilterDesignerWindow::previewShown, qApp,
                [&] {
                    narrowForScreenshot(*window);
                    QObject::connect(window.get(), &FilterDesignerWindow::previewShown, qApp, [&] {
                        if (!window->isPreviewCurrent())
                            return;
                        QTimer::singleShot(200, qApp, [&] {
                            if (!window->grab().save(screenshot, "PNG"))
                                fail(QStringLiteral("cannot write %1").arg(screenshot));
                            else
                                QApplication::exit(0);
                        });
                    });
                },
                Qt::SingleShotConnection);
        },
        Qt::SingleShotConnection);
    QMetaObject::invokeMethod(engine.engine(), "openOrg", Q_ARG(QString, orgPath));
    const int code = QApplication::exec();
    window.reset();
    return status ? status : code;
}
