#pragma once

#include "store/orgstore.h"

#include <QTemporaryDir>

#include <memory>

namespace SyncLens::Test {

// A temporary folder with an org database in it, removed with the fixture.
class TempOrg
{
public:
    TempOrg();
    QString path() const { return m_dir.filePath(QStringLiteral("org.db")); }
    QString dirPath() const { return m_dir.path(); }
    // Creates the org (QVERIFY-style: fails the test on error).
    std::unique_ptr<OrgStore> create(const QString &name = QStringLiteral("Test org"));

private:
    QTemporaryDir m_dir;
};

} // namespace SyncLens::Test
