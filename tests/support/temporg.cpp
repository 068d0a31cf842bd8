#include "temporg.h"

#include <QTest>

namespace SyncLens::Test {

TempOrg::TempOrg()
{
    if (!m_dir.isValid())
        qFatal("cannot create a temporary folder");
}

std::unique_ptr<OrgStore> TempOrg::create(const QString &name)
{
    auto store = OrgStore::create(path(), name);
    if (!store) {
        QTest::qFail(qPrintable(store.error().message), __FILE__, __LINE__);
        return nullptr;
    }
    return std::move(store).value();
}

} // namespace SyncLens::Test
