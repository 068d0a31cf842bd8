#pragma once

#include "sandboxspec.h"
#include "store/orgstore.h"

#include <QCoreApplication>

#include <functional>

namespace SyncLens {

// Writes a deterministic sandbox org: the same spec (seed included) gives the
// same users, mailboxes, filters, records and items, byte for byte in content.
class SandboxGenerator
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::SandboxGenerator)

public:
    // Called now and then with the items written so far and the total;
    // returning false cancels (the result is then Error::Code::Cancelled).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Where the records are made: on threads of their own while this one
    // writes the batches before (the default: two, one with a history), or on
    // this thread between writes (one core; the benchmark's baseline). The
    // rows are the same, in the same order.
    enum class Makers
    {
        OwnThreads,
        SameThread
    };

    explicit SandboxGenerator(SandboxSpec spec, Makers makers = Makers::OwnThreads);

    // Fills an empty, open store in a few large transactions.
    Result<void> generate(OrgStore &store, const Progress &progress = {});

    // Creates the org at `path` through a temporary file beside it that is
    // renamed only when complete: a cancelled or failed run leaves no file.
    // Fails if `path` exists unless `overwrite`.
    static Result<void> createFile(const QString &path, const SandboxSpec &spec, bool overwrite,
                                   const Progress &progress = {},
                                   Makers makers = Makers::OwnThreads);

private:
    SandboxSpec m_spec;
    Makers m_makers;
};

} // namespace SyncLens
