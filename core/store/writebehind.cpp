#include "writebehind.h"

namespace SyncLens {

namespace {

thread_local bool t_inWrite = false;

} // namespace

WriteBehind::WriteBehind(int batch)
    : m_batch(size_t(std::max(1, batch)))
    , m_limit(2 * m_batch)
    , m_thread([this] { work(); })
{}

WriteBehind::~WriteBehind()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_waiting.clear();
    }
    m_wake.notify_one();
    m_thread.join();
}

bool WriteBehind::inWrite()
{
    return t_inWrite;
}

void WriteBehind::add(Write write)
{
    bool wake = false;
    std::vector<Write> done; // freed here, where it was allocated, outside the lock
    {
        std::unique_lock lock(m_mutex);
        // Held rows are memory: past a few batches the caller waits for the
        // thread to take them (a 1M-item cycle writes some 2 GB of them).
        m_taken.wait(lock, [this] { return m_waiting.size() < m_limit || m_failure; });
        if (m_failure)
            return; // the transaction will roll back: nothing after it matters
        m_waiting.push_back(std::move(write));
        wake = !m_running && m_waiting.size() >= m_batch;
        done.swap(m_done);
    }
    if (wake)
        m_wake.notify_one();
}

Result<void> WriteBehind::settle()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return !m_running; });
    std::vector<Write> rest;
    rest.swap(m_waiting);
    if (!rest.empty() && !m_failure) {
        m_running = true;
        lock.unlock();
        runAll(rest);
        lock.lock();
        m_running = false;
    }
    if (m_failure)
        return *m_failure;
    return {};
}

void WriteBehind::discard()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return !m_running; });
    m_waiting.clear();
    m_failure.reset();
}

void WriteBehind::work()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stop || (!m_running && m_waiting.size() >= m_batch); });
        if (m_stop)
            return;
        std::vector<Write> batch;
        batch.swap(m_waiting);
        m_taken.notify_all();
        if (!m_failure) { // else what waited was added before it, and goes
            m_running = true;
            lock.unlock();
            runAll(batch);
            lock.lock();
            m_running = false;
        }
        if (m_done.empty())
            m_done.swap(batch); // for add() to free; else freed here
        m_idle.notify_all();
    }
}

void WriteBehind::runAll(std::vector<Write> &writes)
{
    t_inWrite = true;
    for (Write &write : writes) {
        if (auto r = write(); !r) {
            std::lock_guard lock(m_mutex);
            if (!m_failure)
                m_failure = r.error();
            m_taken.notify_all(); // a caller waiting for room goes on, dropping
            break;
        }
    }
    t_inWrite = false;
}

} // namespace SyncLens
