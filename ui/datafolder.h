#pragma once

#include <QString>

namespace SyncLens {

// Where the GUI keeps its own files (the demo org, the designer's drafts):
// one folder named after the application in the system's data folder,
// ~/.local/share/SyncLens on Linux. Qt's AppDataLocation adds the
// organisation too, and as both are "SyncLens" that doubled the folder
// (…/SyncLens/SyncLens, the legacy folder); migrate() moves what an earlier
// version left there.
class DataFolder final
{
public:
    static QString path();
    // Where earlier versions kept the files: AppDataLocation.
    static QString legacyPath();
    // The demo org of a first start: path()/demo.db.
    static QString demoOrgPath();

    // Moves the demo org (with its -wal and -shm files) and the drafts from
    // the legacy folder, once, and points the remembered org at the moved
    // file. Returns where the demo org is: demoOrgPath(), or the legacy
    // file when it cannot move (it is then found where it was).
    static QString migrate();
};

} // namespace SyncLens
