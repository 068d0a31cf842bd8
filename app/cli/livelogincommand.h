#pragma once

#include "command.h"

namespace SyncLens::Cli {

// live login --url URL [--tenant T] [--client-id ID] [--authority URL]
//            (--browser | --device-code | --client-secret-stdin)
// Signs in and keeps the refresh token (or the client secret) in the OS
// keychain. Exit 0 done, 2 bad input or usage, 3 the org or the network refused.
class LiveLoginCommand final : public Command
{
public:
    QStringList words() const override;
    QString summary() const override;
    void describe(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser) override;
};

} // namespace SyncLens::Cli
