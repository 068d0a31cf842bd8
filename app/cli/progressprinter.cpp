#include "progressprinter.h"

#include <QCoreApplication>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace SyncLens::Cli {

namespace {
std::atomic<bool> g_interrupted{false};
void onInterrupt(int)
{
    g_interrupted = true;
}
} // namespace

ProgressPrinter::ProgressPrinter(QString what)
    : m_what(std::move(what))
    , m_terminal(isatty(STDERR_FILENO) == 1)
{
    g_interrupted = false;
    std::signal(SIGINT, onInterrupt);
    m_sincePrint.start();
}

ProgressPrinter::~ProgressPrinter()
{
    std::signal(SIGINT, SIG_DFL);
}

bool ProgressPrinter::update(qint64 done, qint64 total)
{
    const int percent = total > 0 ? int(done * 100 / total) : 100;
    const bool due = m_terminal ? (percent != m_lastPercent && m_sincePrint.elapsed() > 200)
                                : (percent / 10 != m_lastPercent / 10 && percent < 100);
    if (due && total > 0) {
        if (m_terminal)
            std::fprintf(stderr, "\r%s: %3d%%", qUtf8Printable(m_what), percent);
        else
            std::fprintf(stderr, "%s\n", qUtf8Printable(lineFor(percent, done, total)));
        std::fflush(stderr);
        m_lastPercent = percent;
        m_printed = true;
        m_sincePrint.restart();
    }
    return !g_interrupted.load();
}

// A line per ten percent when stderr is a log rather than a terminal.
QString ProgressPrinter::lineFor(int percent, qint64 done, qint64 total) const
{
    //: progress in a log: "Creating org: 40% (400 of 1000)"
    return QCoreApplication::translate("SyncLens::Cli::ProgressPrinter", "%1: %2% (%3 of %4)")
        .arg(m_what)
        .arg(percent)
        .arg(done)
        .arg(total);
}

void ProgressPrinter::finish()
{
    if (m_terminal && m_printed)
        std::fprintf(stderr, "\n");
}

} // namespace SyncLens::Cli
