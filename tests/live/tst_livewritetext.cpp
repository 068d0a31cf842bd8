#include "live/livefiltersession.h"
#include "live/livewritetext.h"
#include "livefixture.h"
#include "store/orgstore.h"
#include "totext.h"

#include <QSignalSpy>
#include <QTest>

using namespace SyncLens;
using Status = LiveFilterOutcome::Status;

namespace {

ScopePreview previewOf(int entering, int leaving, int staying)
{
    ScopePreview p;
    p.type = QStringLiteral("appointment");
    for (int i = 0; i < entering; ++i)
        p.entering.push_back({QStringLiteral("e%1").arg(i)});
    for (int i = 0; i < leaving; ++i)
        p.leaving.push_back({QStringLiteral("l%1").arg(i)});
    for (int i = 0; i < staying; ++i)
        p.staying.push_back({QStringLiteral("s%1").arg(i)});
    return p;
}

SyncFilter filter(const QString &id, const QString &condition, bool enabled = true)
{
    return {id,
            QStringLiteral("u1"),
            QStringLiteral("appointment"),
            id,
            QStringLiteral("<fetch><entity name=\"appointment\"><filter>%1</filter></entity>"
                           "</fetch>")
                .arg(condition),
            enabled,
            {}};
}

} // namespace

// The designer's sentences about live writes (tested without a window), and
// LiveFilterSession: each write holds the org file read-write only while it runs.
class TestLiveWriteText : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::LiveFixture> m_live;
    int m_file = 0;

    LiveConnection connection(bool readOnly = false)
    {
        auto settings =
            SignInSettings::fromInput(m_live->fake().url().toString(), m_live->fake().tenant,
                                      m_live->fake().clientId, m_live->fake().url().toString());
        return {*settings, SignInMethod::ClientSecret,
                std::make_shared<ClientCredentialsProvider>(m_live->signIn(),
                                                            m_live->fake().clientSecret),
                readOnly};
    }

    QString imported()
    {
        const QString path = m_live->path(QStringLiteral("session%1.db").arg(++m_file));
        return m_live->import(path).ok() ? path : QString();
    }

    static LiveFilterOutcome run(LiveFilterSession &session, const std::function<void()> &write)
    {
        QSignalSpy finished(&session, &LiveFilterSession::finished);
        write();
        if (!finished.wait(20000))
            return {};
        return finished.constFirst().constFirst().value<LiveFilterOutcome>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_live = std::make_unique<Test::LiveFixture>(4, 300, 500);
        QVERIFY2(m_live->ok(), qPrintable(m_live->error()));
    }

    void countsUseTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("English") << "en_US"
                                 << "1,284 appointments enter the scope, 3 leave it, 1,001 stay.";
        QTest::newRow("German") << "de_DE"
                                << "1.284 appointments enter the scope, 3 leave it, 1.001 stay.";
    }

    void countsUseTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QCOMPARE(LiveWriteText::counts(previewOf(1284, 3, 1001), QLocale(locale)), expected);
    }

    void confirmationWarnsOneWayAndNamesTheOrg()
    {
        const QString text = LiveWriteText::confirmation(previewOf(1, 2, 3),
                                                         QStringLiteral("contoso.crm.dynamics.com"),
                                                         QLocale(QStringLiteral("en_US")));
        QVERIFY(text.startsWith(QStringLiteral("1 appointment enter")));
        QVERIFY(text.contains(QStringLiteral("Filters restrict only CRM → Exchange")));
        QVERIFY(text.contains(QStringLiteral("contoso.crm.dynamics.com")));
        const QString risky = LiveWriteText::withoutPreview(QStringLiteral("no account records"),
                                                            QStringLiteral("contoso"));
        QVERIFY(risky.contains(QStringLiteral("cannot evaluate")));
        QVERIFY(risky.contains(QStringLiteral("no account records")));
    }

    void checkResult_data()
    {
        QTest::addColumn<int>("differences");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("expected");
        QTest::newRow("agrees") << 0 << QString() << "Dataverse agrees: 1,284 of 1,284";
        QTest::newRow("differs") << 2 << QString() << "Dataverse differs on 2 of 1,284 records";
        QTest::newRow("not checked") << 0 << "HTTP 500"
                                     << "Not checked: HTTP 500";
    }

    void checkResult()
    {
        QFETCH(int, differences);
        QFETCH(QString, error);
        QFETCH(QString, expected);
        LiveFilterCheck check;
        check.total = 1284;
        check.agreed = 1284 - differences;
        check.error = error;
        for (int i = 0; i < differences; ++i)
            check.differences.append({QStringLiteral("r%1").arg(i), true, false, {}});
        QCOMPARE(LiveWriteText::checkResult(check, QLocale(QStringLiteral("en_US"))), expected);
    }

    void bulkSummaryCountsEachOutcome()
    {
        QList<LiveFilterOutcome> outcomes{
            {Status::Done}, {Status::Done}, {Status::Forbidden}, {Status::Conflict}};
        QCOMPARE(LiveWriteText::bulkSummary(outcomes, QLocale(QStringLiteral("en_US"))),
                 QStringLiteral("2 written, 1 conflict, 1 forbidden: the users not written keep "
                                "their filter as it was."));
        outcomes = {{Status::Done}};
        QVERIFY(LiveWriteText::bulkSummary(outcomes).contains(QStringLiteral("every user")));
    }

    // Theirs in place now, ours proposed; the user's other enabled filters
    // of the type on both sides; disabled ones and other types on neither.
    void conflictQueriesPutTheirsBesideOurs()
    {
        const SyncFilter theirs =
            filter(QStringLiteral("f1"),
                   QStringLiteral("<condition "
                                  "attribute=\"subject\" operator=\"eq\" value=\"T\"/>"));
        SyncFilter ours = theirs;
        ours.fetchXml.replace(QStringLiteral("\"T\""), QStringLiteral("\"O\""));
        SyncFilter other = filter(QStringLiteral("f2"), {});
        SyncFilter off = filter(QStringLiteral("f3"), {}, false);
        SyncFilter contact = other;
        contact.id = QStringLiteral("f4");
        contact.type = QStringLiteral("contact");
        const auto [current, proposed] =
            LiveWriteText::conflictQueries(theirs, ours, {theirs, other, off, contact});
        QCOMPARE(current.size(), size_t(2));
        QCOMPARE(proposed.size(), size_t(2));
        QCOMPARE(current.front().entity.filters.front().conditions.front().values,
                 QStringList{QStringLiteral("T")});
        QCOMPARE(proposed.front().entity.filters.front().conditions.front().values,
                 QStringList{QStringLiteral("O")});
        // Removed in the org: only ours has records of its own.
        const auto removed = LiveWriteText::conflictQueries(std::nullopt, ours, {other});
        QCOMPARE(removed.first.size(), size_t(1));
        QCOMPARE(removed.second.size(), size_t(2));
        const LiveVersionDifference d = LiveWriteText::difference(previewOf(2, 1, 5));
        QCOMPARE(d.onlyOurs, (QStringList{QStringLiteral("e0"), QStringLiteral("e1")}));
        QCOMPARE(d.onlyTheirs, QStringList{QStringLiteral("l0")});
    }

    // The write is recorded in the file, and the file is free again after it.
    void sessionHoldsTheFileOnlyWhileWriting()
    {
        const QString path = imported();
        QVERIFY(!path.isEmpty());
        LiveFilterSession session(path, connection());
        SyncFilter f = (*OrgStore::open(path, OrgStore::Access::ReadOnly))->filters()->first();
        f.name += QStringLiteral(" (renamed)");
        const int before = m_live->fake().writeRequests();
        const auto outcome = run(session, [&] { session.save(f); });
        QCOMPARE(liveFilterStatusName(outcome.status), QStringLiteral("done"));
        QCOMPARE(m_live->fake().writeRequests(), before + 1);
        QVERIFY(!session.isBusy());
        auto reopened = OrgStore::open(path, OrgStore::Access::ReadWrite);
        SL_VERIFY_OK(reopened);
        QCOMPARE((*(*reopened)->filter(f.id))->name, f.name);
        QCOMPARE(*(*reopened)->filterETag(f.id), outcome.etag);

        // Held read-write elsewhere: the write fails naming why, and sends nothing.
        const auto locked = run(session, [&] { session.save(f); });
        QCOMPARE(liveFilterStatusName(locked.status), QStringLiteral("failed"));
        QVERIFY2(!locked.message.isEmpty(), "no message");
        QCOMPARE(m_live->fake().writeRequests(), before + 1);
    }

    void readOnlySessionSendsNothing()
    {
        const QString path = imported();
        QVERIFY(!path.isEmpty());
        LiveFilterSession session(path, connection(true));
        QVERIFY(session.isReadOnly());
        const SyncFilter f =
            (*OrgStore::open(path, OrgStore::Access::ReadOnly))->filters()->first();
        const int before = m_live->fake().apiRequests();
        const auto outcome = run(session, [&] { session.remove(f.id); });
        QCOMPARE(liveFilterStatusName(outcome.status), QStringLiteral("refused"));
        QVERIFY(outcome.message.contains(QStringLiteral("read-only")));
        QCOMPARE(m_live->fake().apiRequests(), before);
    }
};

QTEST_MAIN(TestLiveWriteText)
#include "tst_livewritetext.moc"
