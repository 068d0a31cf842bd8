#pragma once

#include "model/result.h"

#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace SyncLens {

// Runs a transaction's writes on a thread of its own while the caller goes on
// deciding the next ones: a first cycle spends some 40 % of its time in
// SQLite writing rows nothing reads back before it commits, and the machine
// has a second core. Writes run in the order they were added, on the one
// connection, never two at a time: the thread takes them by the batch, and
// settle() waits for its batch and runs the rest in the caller, so that the
// caller may use the connection itself afterwards.
//
// A write that fails stops the ones after it; settle() reports it (the
// transaction then rolls back, as it would have had the write failed at once).
class WriteBehind
{
public:
    using Write = std::function<Result<void>()>;

    // The thread starts working once `batch` writes wait; past twice that,
    // add() waits for it. Small batches keep short the wait of a caller that
    // needs the connection (settle()).
    explicit WriteBehind(int batch = 128);
    ~WriteBehind(); // drops what still waits; settle() first to keep it
    Q_DISABLE_COPY_MOVE(WriteBehind)

    void add(Write write);
    // Every write added so far has run when it returns; the first failure
    // since the last discard(), if any (it stays until then).
    Result<void> settle();
    // Drops what waits and any failure (after a rollback).
    void discard();

    // Whether the calling thread is running one of the writes: a write's own
    // use of the connection must not wait for the writes.
    static bool inWrite();

private:
    void work();
    void runAll(std::vector<Write> &writes); // without the lock

    std::mutex m_mutex;
    std::condition_variable m_wake;  // a batch waits, or stop
    std::condition_variable m_idle;  // the thread finished its batch
    std::condition_variable m_taken; // the thread took what waited: room to add
    std::vector<Write> m_waiting;
    // A batch the thread wrote, for add() to free: memory goes back to the
    // thread that allocated it (glibc locks that thread's arena to take it
    // from another).
    std::vector<Write> m_done;
    std::optional<Error> m_failure;
    const size_t m_batch;
    const size_t m_limit;   // add() waits while this many wait
    bool m_running = false; // a batch is running, here or in the thread
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace SyncLens
