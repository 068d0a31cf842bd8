#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace SyncLens {

// What went wrong, as a value: core never lets an exception cross into the UI or
// the event loop. The message is already translated and names what and where.
struct Error
{
    enum class Code
    {
        InvalidArgument, // bad input from the user: a value, an option, a file's content
        NotFound,        // a file or an id that does not exist
        Io,              // the file system refused (permissions, disk full, …)
        NotSyncLens,     // a file that is not a SyncLens org database
        Corrupt,         // a SyncLens database that is damaged
        TooNew,          // a database written by a newer SyncLens
        Locked,          // another process has the org open
        Database,        // an SQL error that is none of the above
        Cancelled,       // the user stopped a long job
        Remote,          // live mode: the network or the Dataverse org refused
    };

    Code code = Code::InvalidArgument;
    QString message;
    // Where in a text input the problem is (1-based; 0 when not about a text).
    int line = 0;
    int column = 0;
};

template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(Error error)
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_state); }
    const T &value() const & { return std::get<T>(m_state); }
    // By value from a temporary, so `for (auto &x : *store.users())` does not
    // iterate a list inside a Result that is already gone.
    T value() && { return std::get<T>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T operator*() && { return std::move(*this).value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// Result of an operation that yields nothing but can fail.
template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

// Whether `result` succeeded, and its error if not: for an operation that
// ends with a step whose value it does not give on.
template<typename T> Result<void> withoutValue(const Result<T> &result)
{
    if (!result)
        return result.error();
    return {};
}

inline Error makeError(Error::Code code, QString message)
{
    return Error{code, std::move(message)};
}

} // namespace SyncLens
