#pragma once

#include "command.h"

namespace SyncLens::Cli {

// email explain --org DB --message-id ID [--json]: why an email of the org
// is, or would be, tracked — the decision of sss-model §2 as a paragraph.
class EmailExplainCommand : public Command
{
public:
    QStringList words() const override;
    QString summary() const override;
    void describe(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser) override;
};

} // namespace SyncLens::Cli
