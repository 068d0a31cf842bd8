#pragma once

#include "command.h"

namespace SyncLens::Cli {

// sandbox create --users N --items M --seed S --out FILE [--force] [--name NAME]
class SandboxCreateCommand : public Command
{
public:
    QStringList words() const override;
    QString summary() const override;
    void describe(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser) override;
};

} // namespace SyncLens::Cli
