#pragma once

// Helpers of the widget tests (STYLE.md, habit 12): modal dialogs handled
// from the event loop they spin, sandbox orgs copied per test, and a window
// whose engine has opened its org.
//
// A spy on the engine counts signals emitted on the engine's thread, maybe
// before QSignalSpy::wait() starts: tests wait with QTRY_* on the count.
#include "mainwindow.h"
#include "sandbox/sandboxgenerator.h"
#include "store/orgstore.h"
#include "sync/synccycle.h"
#include "totext.h"

#include <QApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

namespace SyncLens::UiTest {

inline SandboxSpec spec(int users, int items = 500)
{
    SandboxSpec s;
    s.users = users;
    s.items = items;
    return s;
}

// A sandbox org at `path` after `cycles` cycles 15 simulated minutes apart:
// the journal, links and timeline the views read.
inline Result<void> createSyncedOrg(const QString &path, const SandboxSpec &spec, int cycles = 3)
{
    if (auto made = SandboxGenerator::createFile(path, spec, false); !made)
        return made.error();
    auto store = OrgStore::open(path);
    if (!store)
        return store.error();
    auto clock = SyncCycle::clock(**store);
    if (!clock)
        return clock.error();
    SyncCycle cycle(**store);
    for (int i = 1; i <= cycles; ++i) {
        if (auto ran = cycle.run(clock->addSecs(i * 15 * 60)); !ran)
            return ran.error();
    }
    return {};
}

// Runs `handle` on the next modal dialog, from the event loop that the
// dialog spins (exec() or open()).
inline void onNextModal(const std::function<void(QWidget *)> &handle)
{
    QTimer::singleShot(0, qApp, [handle] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal) { // not shown yet: try again shortly
            onNextModal(handle);
            return;
        }
        handle(modal);
    });
}

// A fresh copy of the org at `from`, so that each test starts unsynchronised.
inline QString copyOrg(const QString &from, const QTemporaryDir &dir, const QString &name)
{
    const QString to = dir.filePath(name);
    QFile::remove(to);
    if (!QFile::copy(from, to))
        return {};
    return to;
}

// Opens `path` and waits until the engine has it (the views read it live).
inline bool openAndWait(MainWindow &window, const QString &path)
{
    QSignalSpy opened(&window, &MainWindow::orgOpened);
    if (!window.openOrg(path).ok())
        return false;
    return opened.wait(20000);
}

// Shows the window and makes it active, so that its shortcuts work.
inline bool showActive(QWidget &window)
{
    window.show();
    QApplication::setActiveWindow(&window);
    return QTest::qWaitForWindowActive(&window);
}

} // namespace SyncLens::UiTest
