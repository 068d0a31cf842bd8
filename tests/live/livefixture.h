#pragma once

#include "fakedataverse.h"
#include "live/clientcredentialsprovider.h"
#include "live/liveimportjob.h"
#include "sandbox/sandboxgenerator.h"

#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace SyncLens::Test {

// A small sandbox org served in-process by the fake Dataverse, and imports of
// it into files of a temporary folder (tests/live).
class LiveFixture
{
public:
    // Changes the sandbox before the fake serves it.
    using Tweak = std::function<Result<void>(OrgStore &sandbox)>;

    explicit LiveFixture(int users = 5, qint64 items = 800, int pageSize = 37,
                         const Tweak &tweak = {});

    bool ok() const { return m_fake != nullptr; }
    QString error() const { return m_error; }
    Fake::FakeDataverse &fake() { return *m_fake; }
    QString sandboxPath() const { return m_dir.filePath(QStringLiteral("sandbox.db")); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    SandboxSpec spec() const { return m_spec; }

    ClientCredentialsProvider::Settings signIn() const;
    LiveImportSettings importSettings(const QString &target) const;
    // Runs an import to its end; fast retries (a "second" of Retry-After is
    // 10 ms). `requests` gets how many the client sent.
    Result<LiveImportSummary> import(const QString &target, const QString &secret = {},
                                     int *requests = nullptr, int *throttleSignals = nullptr);
    // The same with settings of one's own (a refresh, another clock).
    Result<LiveImportSummary> run(const LiveImportSettings &settings, const QString &secret = {},
                                  int *requests = nullptr, int *throttleSignals = nullptr);
    static RetryPolicy fastRetries();

private:
    QTemporaryDir m_dir;
    SandboxSpec m_spec;
    std::unique_ptr<Fake::FakeDataverse> m_fake;
    QString m_error;
    int m_pageSize;
};

} // namespace SyncLens::Test
