#pragma once

#include "command.h"

namespace SyncLens::Cli {

// scenario run FILE… [--json]: plays each scenario on a fresh in-memory
// sandbox and prints a PASS or FAIL line per check (scenario-format.md).
class ScenarioRunCommand : public Command
{
public:
    QStringList words() const override;
    QString summary() const override;
    void describe(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser) override;
};

} // namespace SyncLens::Cli
