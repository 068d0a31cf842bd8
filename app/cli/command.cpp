#include "command.h"

#include "fetchxml/fetchxmlparser.h"

#include <cstdio>

namespace SyncLens::Cli {

void printError(const QString &message)
{
    std::fprintf(stderr, "synclens-cli: %s\n", qUtf8Printable(message));
    std::fflush(stderr);
}

QString located(const QString &file, const Error &error)
{
    // The parser's message starts with its own "line L, column C: "; the
    // FILE:LINE:COLUMN form says that already.
    const QString prefix = FetchXmlParser::tr("line %1, column %2: %3")
                               .arg(error.line)
                               .arg(error.column)
                               .arg(QString());
    QString problem = error.message;
    if (!prefix.isEmpty() && problem.startsWith(prefix))
        problem.remove(0, prefix.size());
    return QStringLiteral("%1:%2:%3: %4").arg(file).arg(error.line).arg(error.column).arg(problem);
}

void printOut(const QString &text)
{
    std::fputs(qUtf8Printable(text), stdout);
    std::fflush(stdout);
}

std::unique_ptr<OrgStore> openOrgOption(const QCommandLineParser &parser, OrgStore::Access access)
{
    if (!parser.isSet(QStringLiteral("org"))) {
        printError(Command::tr("--org FILE is needed"));
        return nullptr;
    }
    auto store = OrgStore::open(parser.value(QStringLiteral("org")), access);
    if (!store) {
        printError(store.error().message);
        return nullptr;
    }
    return std::move(store).value();
}

std::optional<qint64> integerOption(const QCommandLineParser &parser, const QString &name,
                                    qint64 fallback)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const QString text = parser.value(name);
    const qint64 value = text.toLongLong(&ok);
    if (!ok) {
        printError(Command::tr("--%1: expected a whole number, not \"%2\"").arg(name, text));
        return std::nullopt;
    }
    return value;
}

} // namespace SyncLens::Cli
