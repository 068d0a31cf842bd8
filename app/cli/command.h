#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include "model/result.h"
#include "store/orgstore.h"

#include <functional>
#include <memory>
#include <vector>

namespace SyncLens::Cli {

// Exit codes of synclens-cli.
enum ExitCode
{
    Ok = 0,
    CheckFailed = 1,
    BadInput = 2,
    Refused = 3 // live mode: the org or the network refused
};

// One subcommand ("sandbox create", "org info", …). Later issues add theirs to
// the list in commands.cpp.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::Cli::Command)

public:
    virtual ~Command() = default;
    virtual QStringList words() const = 0; // {"sandbox", "create"}
    virtual QString summary() const = 0;   // one line, translated
    // Adds the options and positional arguments to `parser`.
    virtual void describe(QCommandLineParser &parser) const = 0;
    // Runs with a parser that has already parsed the arguments.
    virtual int run(const QCommandLineParser &parser) = 0;

    QString name() const { return words().join(u' '); }
};

std::vector<std::unique_ptr<Command>> allCommands();

// "synclens-cli: <message>" on stderr.
void printError(const QString &message);
void printOut(const QString &text);
// "FILE:LINE:COLUMN: problem" for an error about a text file's content.
QString located(const QString &file, const Error &error);
// Reads a whole-number option; on failure prints why and returns nullopt.
// Opens the org named by --org; on failure prints why and returns nullptr.
std::unique_ptr<OrgStore> openOrgOption(const QCommandLineParser &parser, OrgStore::Access access);
std::optional<qint64> integerOption(const QCommandLineParser &parser, const QString &name,
                                    qint64 fallback);

} // namespace SyncLens::Cli
