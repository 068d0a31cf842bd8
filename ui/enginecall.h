#pragma once

#include "sync/syncengine.h"

#include <QMetaObject>

namespace SyncLens {

// Calls `call(engine)` on the engine's own thread, queued: the UI never
// waits for the engine (DESIGN.md, runtime). The answer comes back through
// the engine's signals.
template<typename Call> void callEngine(SyncEngine *engine, Call call)
{
    QMetaObject::invokeMethod(
        engine, [engine, call = std::move(call)] { call(*engine); }, Qt::QueuedConnection);
}

} // namespace SyncLens
