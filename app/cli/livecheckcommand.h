#pragma once

#include "command.h"

namespace SyncLens::Cli {

// live check-filters --org FILE [--user U] [--json]: runs every sync filter
// of every user (or of one) on the org and compares the records with the
// engine's evaluation. Exit 1 when any record differs, 2 bad input, 3 the
// org or the network refused.
class LiveCheckFiltersCommand final : public Command
{
public:
    QStringList words() const override;
    QString summary() const override;
    void describe(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser) override;
};

} // namespace SyncLens::Cli
