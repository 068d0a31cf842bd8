#pragma once

#include "report/policyreport.h"
#include "sandbox/sandboxgenerator.h"
#include "temporg.h"
#include "totext.h"

#include <QTest>

namespace SyncLens::Test {

// The fixed sandbox of the report's tests: 6 users, 4,000 items, 5 days lived
// (so there are decisions and alerts), seed 7.
inline SandboxSpec reportSandboxSpec()
{
    SandboxSpec spec;
    spec.users = 6;
    spec.items = 4000;
    spec.historyDays = 5;
    spec.seed = 7;
    spec.orgName = QStringLiteral("Report sandbox");
    return spec;
}

} // namespace SyncLens::Test
