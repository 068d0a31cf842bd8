#pragma once

#include <QElapsedTimer>
#include <QString>

namespace SyncLens::Cli {

// Progress of a long run on stderr: a percentage updated in place on a
// terminal, a line every 10% otherwise. Ctrl+C asks update() to cancel.
class ProgressPrinter
{
public:
    explicit ProgressPrinter(QString what);
    ~ProgressPrinter();

    // Returns false once the user has pressed Ctrl+C.
    bool update(qint64 done, qint64 total);
    void finish();

private:
    QString lineFor(int percent, qint64 done, qint64 total) const;
    QString m_what;
    bool m_terminal;
    int m_lastPercent = -1;
    bool m_printed = false;
    QElapsedTimer m_sincePrint;
};

} // namespace SyncLens::Cli
