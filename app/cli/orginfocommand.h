#pragma once

#include "command.h"

namespace SyncLens::Cli {

// org info FILE [--json]: what an org holds, and its schema version.
class OrgInfoCommand : public Command
{
public:
    QStringList words() const override;
    QString summary() const override;
    void describe(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser) override;
};

} // namespace SyncLens::Cli
