#pragma once

#include "command.h"

namespace SyncLens::Cli {

// filter describe FILE|- : the filter as a sentence.
class FilterDescribeCommand : public Command
{
public:
    QStringList words() const override;
    QString summary() const override;
    void describe(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser) override;
};

// filter check FILE|- : parse and report errors as FILE:LINE:COLUMN: message.
class FilterCheckCommand : public Command
{
public:
    QStringList words() const override;
    QString summary() const override;
    void describe(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser) override;
};

// filter preview --org DB --user U --type T --proposed FILE [--json] [--limit N]
class FilterPreviewCommand : public Command
{
public:
    QStringList words() const override;
    QString summary() const override;
    void describe(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser) override;
};

} // namespace SyncLens::Cli
