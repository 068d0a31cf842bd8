#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace SyncLens::Fake {

// Faults the fake Dataverse injects, each at the Nth request to the Web API
// (1-based; token requests are not counted), optionally for COUNT requests
// in a row: `KIND@N` or `KIND@NxCOUNT`, KIND one of
//   401       an expired token (every token issued so far stops working)
//   429       Retry-After (seconds: retryAfterSeconds)
//   503       service unavailable
//   slow      the answer comes after slowMs
//   truncate  a 200 whose JSON body is cut off
//   drop      the connection is closed in the middle of an answer
// and, for every request, `check-differ`: the fake's FetchXML evaluation
// leaves one matching record out (FakeFetchEvaluator::dropOne), so that a
// disagreement with the engine can be tested.
class FakeFaults
{
public:
    enum class Kind
    {
        ExpiredToken,
        Throttle,
        Unavailable,
        Slow,
        Truncate,
        Drop
    };
    struct Fault
    {
        Kind kind;
        int at = 1;
        int count = 1;
    };

    // Adds a fault from its spec; false when the spec cannot be read.
    bool add(const QString &spec);
    void add(Kind kind, int at, int count = 1) { m_faults.append({kind, at, count}); }
    void clear() { m_faults.clear(); }
    std::optional<Kind> at(int request) const;
    static QString syntax();

    int retryAfterSeconds = 1;
    int slowMs = 2000;
    bool checkDiffer = false;

private:
    QList<Fault> m_faults;
};

} // namespace SyncLens::Fake
