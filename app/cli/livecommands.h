#pragma once

#include "command.h"

namespace SyncLens::Cli {

// live import --url URL --out FILE [--tenant T] [--client-id ID] [--authority URL]
//             [--auth browser|device-code|client-secret] [--days N]
class LiveImportCommand final : public Command
{
public:
    QStringList words() const override;
    QString summary() const override;
    void describe(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser) override;
};

// live refresh --org FILE: imports the file's org again, signed in the same way.
class LiveRefreshCommand final : public Command
{
public:
    QStringList words() const override;
    QString summary() const override;
    void describe(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser) override;
};

// mailboxes --org FILE [--json]: statuses, approval, enable flags, last sync and error, alerts.
class MailboxesCommand final : public Command
{
public:
    QStringList words() const override;
    QString summary() const override;
    void describe(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser) override;
};

// filter list --org FILE [--user U] [--json]: every sync filter with its sentence.
class FilterListCommand final : public Command
{
public:
    QStringList words() const override;
    QString summary() const override;
    void describe(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser) override;
};

} // namespace SyncLens::Cli
