#include "livefixture.h"

#include "store/orgstore.h"

#include <QSignalSpy>
#include <QTest>

namespace SyncLens::Test {

LiveFixture::LiveFixture(int users, qint64 items, int pageSize, const Tweak &tweak)
    : m_pageSize(pageSize)
{
    m_spec.users = users;
    m_spec.items = items;
    m_spec.seed = 3;
    if (auto r = SandboxGenerator::createFile(sandboxPath(), m_spec, false); !r) {
        m_error = r.error().message;
        return;
    }
    if (tweak) {
        auto writable = OrgStore::open(sandboxPath());
        const Result<void> tweaked = writable ? tweak(**writable) : Result<void>(writable.error());
        if (!tweaked) {
            m_error = tweaked.error().message;
            return;
        }
    }
    auto store = OrgStore::open(sandboxPath(), OrgStore::Access::ReadOnly);
    if (!store) {
        m_error = store.error().message;
        return;
    }
    auto data = Fake::FakeOrgData::load(**store);
    if (!data) {
        m_error = data.error().message;
        return;
    }
    m_fake = std::make_unique<Fake::FakeDataverse>(std::move(data).value());
    m_fake->maxPageSize = pageSize;
    m_fake->faults().retryAfterSeconds = 1;
    m_fake->faults().slowMs = 400;
    if (m_fake->listen() == 0) {
        m_error = QStringLiteral("the fake cannot listen on 127.0.0.1");
        m_fake.reset();
    }
}

RetryPolicy LiveFixture::fastRetries()
{
    RetryPolicy policy;
    policy.baseDelayMs = 5;
    policy.maxDelayMs = 40;
    policy.timeoutMs = 250;
    policy.msPerRetryAfterSecond = 10;
    return policy;
}

ClientCredentialsProvider::Settings LiveFixture::signIn() const
{
    ClientCredentialsProvider::Settings s;
    s.authority = m_fake->url();
    s.tenant = m_fake->tenant;
    s.clientId = m_fake->clientId;
    s.orgUrl = m_fake->url();
    return s;
}

LiveImportSettings LiveFixture::importSettings(const QString &target) const
{
    LiveImportSettings s;
    s.orgUrl = m_fake->url();
    s.target = target;
    s.days = 14;
    s.pageSize = m_pageSize;
    s.now = m_spec.now;
    s.tenant = m_fake->tenant;
    s.clientId = m_fake->clientId;
    s.authority = m_fake->url().toString();
    s.auth = QStringLiteral("client-secret");
    return s;
}

Result<LiveImportSummary> LiveFixture::import(const QString &target, const QString &secret,
                                              int *requests, int *throttleSignals)
{
    return run(importSettings(target), secret, requests, throttleSignals);
}

Result<LiveImportSummary> LiveFixture::run(const LiveImportSettings &settings,
                                           const QString &secret, int *requests,
                                           int *throttleSignals)
{
    ClientCredentialsProvider tokens(signIn(), secret.isEmpty() ? m_fake->clientSecret : secret);
    LiveImportJob job(settings, &tokens);
    job.client()->setRetryPolicy(fastRetries());
    QSignalSpy finished(&job, &LiveImportJob::finished);
    QSignalSpy waiting(&job, &LiveImportJob::waiting);
    std::optional<Result<LiveImportSummary>> result;
    QObject::connect(&job, &LiveImportJob::finished, &job,
                     [&result](const Result<LiveImportSummary> &r) { result = r; });
    job.start();
    if (!finished.wait(60000) || !result)
        return makeError(Error::Code::Remote, QStringLiteral("the import did not finish"));
    if (finished.size() != 1)
        return makeError(Error::Code::Remote, QStringLiteral("finished() came more than once"));
    if (requests)
        *requests = job.client()->requestsSent();
    if (throttleSignals)
        *throttleSignals = int(waiting.size());
    return *result;
}

} // namespace SyncLens::Test
