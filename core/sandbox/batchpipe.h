#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>

namespace SyncLens {

// Hands batches from the thread that makes them to the one that writes them,
// with at most `capacity` waiting: the maker stays that far ahead at most (the
// memory stays bounded), and the writer does not wait while one is ready.
template<typename Batch> class BatchPipe
{
public:
    explicit BatchPipe(std::size_t capacity)
        : m_capacity(capacity)
    {}

    // Waits while the pipe is full. False once it is closed: the batch is
    // dropped and the maker should stop.
    bool push(Batch batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_closed || m_batches.size() < m_capacity; });
        if (m_closed)
            return false;
        m_batches.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }

    // Waits while the pipe is empty and open; nullopt once it is closed and
    // every batch pushed before has been taken.
    std::optional<Batch> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_closed || !m_batches.empty(); });
        return takeFront();
    }

    // A batch if one is waiting, without waiting for one.
    std::optional<Batch> tryPop()
    {
        const std::lock_guard lock(m_mutex);
        return takeFront();
    }

    // No more batches: the maker's next push() fails, pop() empties the pipe.
    void close()
    {
        const std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }

private:
    std::optional<Batch> takeFront() // with m_mutex held
    {
        if (m_batches.empty())
            return std::nullopt;
        std::optional<Batch> batch(std::move(m_batches.front()));
        m_batches.pop_front();
        m_changed.notify_all();
        return batch;
    }

    const std::size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_batches;
    bool m_closed = false;
};

} // namespace SyncLens
