#pragma once

#include "command.h"

namespace SyncLens::Cli {

// report --org FILE --out FILE.html|FILE.pdf [--lang L] [--user U…]: the
// org's sync policy report (issue 18).
class ReportCommand : public Command
{
public:
    QStringList words() const override;
    QString summary() const override;
    void describe(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser) override;

    // Whether these arguments ask for a PDF, which needs a QGuiApplication.
    static bool needsGui(int argc, char **argv);
};

} // namespace SyncLens::Cli
