// synclens-cli GROUP VERB [options]: picks the command and hands it a parser.
#include "command.h"
#include "model/translations.h"
#include "reportcommand.h"
#include "store/sqlitestatement.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

using namespace SyncLens::Cli;

namespace {

QString usage(const std::vector<std::unique_ptr<Command>> &commands)
{
    QString text =
        Command::tr("Usage: synclens-cli COMMAND [options]\n\n"
                    "SyncLens makes Dynamics 365 Server-Side Synchronization visible.\n\n"
                    "Commands:\n");
    for (const auto &command : commands)
        text += QStringLiteral("  %1%2\n")
                    .arg(command->name().leftJustified(20, u' '), command->summary());
    text +=
        Command::tr("\nRun 'synclens-cli COMMAND --help' for a command's options.\n"
                    "Exit status: 0 done, 1 a check failed, 2 bad input or usage, 3 the org or\n"
                    "the network refused.\n");
    return text;
}

// A PDF report needs QtGui (fonts, painting): then, and only then, a
// QGuiApplication on the offscreen platform, so no display is needed.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
    if (!ReportCommand::needsGui(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
    qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char **argv)
{
    const auto application = makeApplication(argc, argv);
    SyncLens::configureSqlite(); // before any thread opens an org
    QCoreApplication::setApplicationName(QStringLiteral("synclens-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SYNCLENS_VERSION));
    SyncLens::Translations::install(); // the system's language (LANG, LC_ALL)
    const QStringList args = QCoreApplication::arguments();
    const auto commands = allCommands();

    if (args.size() < 2 || args.at(1) == u"--help" || args.at(1) == u"-h" ||
        args.at(1) == u"help") {
        printOut(usage(commands));
        return args.size() < 2 ? BadInput : Ok;
    }
    if (args.at(1) == u"--version") {
        printOut(QStringLiteral("synclens-cli %1 (Qt %2)\n")
                     .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
        return Ok;
    }
    for (const auto &command : commands) {
        const QStringList words = command->words();
        if (args.mid(1, words.size()) != words)
            continue;
        QCommandLineParser parser;
        parser.setApplicationDescription(command->summary());
        parser.addHelpOption();
        command->describe(parser);
        // The parser sees "synclens-cli group verb" as the program name.
        const QStringList rest =
            QStringList{args.first() + u' ' + words.join(u' ')} + args.mid(1 + words.size());
        if (!parser.parse(rest)) {
            printError(parser.errorText());
            return BadInput;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            printOut(parser.helpText());
            return Ok;
        }
        return command->run(parser);
    }
    // A group alone ("sandbox --help") lists its commands.
    QString group;
    for (const auto &command : commands) {
        if (command->words().first() == args.at(1))
            group += QStringLiteral("  %1%2\n")
                         .arg(command->name().leftJustified(20, u' '), command->summary());
    }
    const bool askedForHelp = args.size() == 3 && (args.at(2) == u"--help" || args.at(2) == u"-h");
    if (!group.isEmpty() && (args.size() == 2 || askedForHelp)) {
        printOut(Command::tr("Commands of %1:\n").arg(args.at(1)) + group);
        return askedForHelp ? Ok : BadInput;
    }
    printError(Command::tr("unknown command \"%1\"; run 'synclens-cli --help' for the list")
                   .arg(args.mid(1).join(u' ')));
    return BadInput;
}
