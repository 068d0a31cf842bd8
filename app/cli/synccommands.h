#pragma once

#include "command.h"

namespace SyncLens::Cli {

// sync --org DB [--until TIME | --cycles N] [--step MINUTES]
class SyncCommand : public Command
{
public:
    QStringList words() const override;
    QString summary() const override;
    void describe(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser) override;
};

// explain --org DB --item ID [--json]
class ExplainCommand : public Command
{
public:
    QStringList words() const override;
    QString summary() const override;
    void describe(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser) override;
};

// why --org DB TEXT [--json]
class WhyCommand : public Command
{
public:
    QStringList words() const override;
    QString summary() const override;
    void describe(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser) override;
};

// journal --org DB [--item ID] [--mailbox M] [--code C] [--limit N] [--json]
class JournalCommand : public Command
{
public:
    QStringList words() const override;
    QString summary() const override;
    void describe(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser) override;
};

} // namespace SyncLens::Cli
