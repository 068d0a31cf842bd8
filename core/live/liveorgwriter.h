#pragma once

#include "store/orgstore.h"

#include <QCoreApplication>

#include <memory>

namespace SyncLens {

// Writes an imported org into a new temporary file beside the target and
// replaces the target only when complete, in one atomic rename: a failure or
// a cancel at any point leaves the previous file byte for byte as it was, and
// no temporary file behind.
class LiveOrgWriter
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::LiveOrgWriter)

public:
    static Result<std::unique_ptr<LiveOrgWriter>> begin(const QString &target,
                                                        const QString &orgName);
    ~LiveOrgWriter();
    LiveOrgWriter(const LiveOrgWriter &) = delete;
    LiveOrgWriter &operator=(const LiveOrgWriter &) = delete;

    OrgStore &store() { return *m_store; }
    QString target() const { return m_target; }
    QString temporaryPath() const { return m_temp; }

    // Closes the new org and puts it in the target's place.
    Result<void> commit();
    // Puts the closed org file `from` in `target`'s place in one rename,
    // when nobody has the target open (its lock file); `from` goes either way.
    static Result<void> replaceFile(const QString &from, const QString &target);

private:
    LiveOrgWriter(QString target, QString temp);
    void discard();

    QString m_target;
    QString m_temp;
    std::unique_ptr<OrgStore> m_store;
    bool m_committed = false;
};

} // namespace SyncLens
