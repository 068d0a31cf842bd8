#include "command.h"

#include <cstdio>

namespace SyncLens::Cli {

void printError(const QString &message)
{
    std::fprintf(stderr, "synclens-cli: %s\n", qUtf8Printable(message));
    std::fflush(stderr);
}

void printOut(const QString &text)
{
    std::fputs(qUtf8Printable(text), stdout);
    std::fflush(stdout);
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
