#include "filtercommands.h"

#include "fetchxml/fetchxmlparser.h"
#include "fetchxml/filterdescriber.h"
#include "fetchxml/scopepreview.h"
#include "model/recordtypes.h"
#include "model/textfile.h"
#include "store/orgstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace SyncLens::Cli {

namespace {

// Reads a FetchXML file, or standard input for "-".
std::optional<QString> readText(const QString &path)
{
    Result<QByteArray> data = QByteArray();
    if (path == u"-") {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly)) {
            printError(Command::tr("%1: cannot be read: %2").arg(path, input.errorString()));
            return std::nullopt;
        }
        data = TextFile::read(input, Command::tr("standard input"));
    } else {
        data = TextFile::read(path);
    }
    if (!data) {
        printError(data.error().message);
        return std::nullopt;
    }
    return QString::fromUtf8(*data);
}

// Parses a file's FetchXML, printing FILE:LINE:COLUMN: message on failure.
std::optional<FetchQuery> parseFile(const QString &path)
{
    const auto text = readText(path);
    if (!text)
        return std::nullopt;
    const auto query = FetchXmlParser().parse(*text);
    if (!query) {
        printError(located(path, query.error()));
        return std::nullopt;
    }
    return *query;
}

QString singleFile(const QCommandLineParser &parser, const QString &command)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        printError(Command::tr("%1 needs exactly one FILE (or - for standard input)").arg(command));
        return {};
    }
    return files.first();
}

} // namespace

QStringList FilterDescribeCommand::words() const
{
    return {QStringLiteral("filter"), QStringLiteral("describe")};
}

QString FilterDescribeCommand::summary() const
{
    return Command::tr("Say in plain language what a FetchXML sync filter selects.");
}

void FilterDescribeCommand::describe(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("file"),
                                 Command::tr("The FetchXML file, or - for standard input."),
                                 Command::tr("FILE|-"));
}

int FilterDescribeCommand::run(const QCommandLineParser &parser)
{
    const QString file = singleFile(parser, QStringLiteral("filter describe"));
    if (file.isEmpty())
        return BadInput;
    const auto query = parseFile(file);
    if (!query)
        return BadInput;
    printOut(FilterDescriber().describe(*query) + u'\n');
    return Ok;
}

QStringList FilterCheckCommand::words() const
{
    return {QStringLiteral("filter"), QStringLiteral("check")};
}

QString FilterCheckCommand::summary() const
{
    return Command::tr("Check a FetchXML sync filter; errors name their line and column.");
}

void FilterCheckCommand::describe(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("file"),
                                 Command::tr("The FetchXML file, or - for standard input."),
                                 Command::tr("FILE|-"));
}

int FilterCheckCommand::run(const QCommandLineParser &parser)
{
    const QString file = singleFile(parser, QStringLiteral("filter check"));
    if (file.isEmpty())
        return BadInput;
    if (!parseFile(file))
        return BadInput;
    printOut(Command::tr("%1: a valid sync filter\n").arg(file));
    return Ok;
}

} // namespace SyncLens::Cli
