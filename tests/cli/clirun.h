#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace SyncLens::Test {

// One run of the built synclens-cli, as a user would start it.
struct CliRun
{
    int exitCode = -1; // -1 when it crashed or hung
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(SYNCLENS_CLI_PATH), arguments);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace SyncLens::Test
