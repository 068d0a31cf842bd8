#pragma once

#include "model/result.h"
#include "model/syncfilter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace SyncLens {

// Unsaved changes of the filter designer, kept on disk so that they survive
// a crash: one JSON file per org and filter in the application data folder,
// written atomically (QSaveFile), removed once the filter is saved or the
// changes are discarded.
class DraftStore
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::DraftStore)

public:
    struct Draft
    {
        SyncFilter filter; // with the unsaved changes
        bool isNew = false;
        QDateTime savedAt;
    };

    // `folder` defaults to <app data>/drafts/<a digest of the org's path>.
    explicit DraftStore(const QString &orgPath, const QString &folder = {});

    Result<void> save(const SyncFilter &filter, bool isNew);
    void remove(const QString &filterId);
    // The drafts of `userId`'s filters, oldest first.
    QList<Draft> drafts(const QString &userId) const;
    QString fileFor(const QString &filterId) const;
    QString folder() const { return m_folder; }

private:
    QString m_folder;
    QString m_orgPath;
};

} // namespace SyncLens
