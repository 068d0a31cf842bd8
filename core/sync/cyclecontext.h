#pragma once

#include <QDateTime>

namespace SyncLens {

class OrgStore;
class SyncState;
class JournalWriter;

// What every part of one cycle works with.
struct CycleContext
{
    OrgStore &store;
    SyncState &state;
    JournalWriter &journal;
    QDateTime now;
};

} // namespace SyncLens
