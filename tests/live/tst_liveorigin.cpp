// Where a live org file came from, as `live refresh` and the window's Refresh
// both read it: what a refresh reads again, and what is not a live org.
#include "live/liveorigin.h"
#include "store/orgstore.h"

#include <QTest>
#include <QTimeZone>

using namespace SyncLens;

class TestLiveOrigin : public QObject
{
    Q_OBJECT

    static std::unique_ptr<OrgStore> liveOrg(const QList<std::pair<QString, QString>> &meta)
    {
        auto store = OrgStore::createInMemory(QStringLiteral("Contoso"));
        if (!store)
            qFatal("%s", qPrintable(store.error().message));
        for (const auto &[key, value] : meta) {
            if (!(*store)->setMetaValue(key, value))
                qFatal("cannot write %s", qPrintable(key));
        }
        return std::move(store).value();
    }

private Q_SLOTS:
    void readsWhatTheImportWrote()
    {
        auto store = liveOrg(
            {{QStringLiteral("source"), QStringLiteral("live")},
             {QStringLiteral("live.url"), QStringLiteral("https://contoso.crm4.dynamics.com")},
             {QStringLiteral("live.tenant"), QStringLiteral("contoso.onmicrosoft.com")},
             {QStringLiteral("live.clientId"),
              QStringLiteral("11111111-2222-3333-4444-555555555555")},
             {QStringLiteral("live.authority"), QStringLiteral("http://127.0.0.1:9")},
             {QStringLiteral("live.auth"), QStringLiteral("device-code")},
             {QStringLiteral("live.days"), QStringLiteral("30")},
             {QStringLiteral("live.readAt"), QStringLiteral("2026-12-01T08:00:00Z")}});
        const auto origin = LiveOrigin::read(*store);
        QVERIFY2(origin, origin ? "" : qPrintable(origin.error().message));
        QCOMPARE(origin->url, QUrl(QStringLiteral("https://contoso.crm4.dynamics.com")));
        QCOMPARE(origin->tenant, QStringLiteral("contoso.onmicrosoft.com"));
        QCOMPARE(origin->clientId, QStringLiteral("11111111-2222-3333-4444-555555555555"));
        QCOMPARE(origin->authority, QStringLiteral("http://127.0.0.1:9"));
        QCOMPARE(origin->auth, QStringLiteral("device-code"));
        QCOMPARE(origin->days, 30);
        QCOMPARE(origin->readAt, QDateTime(QDate(2026, 12, 1), QTime(8, 0), QTimeZone::utc()));
    }

    void aRefreshOfTheSameOrgReadsOnlyWhatChanged_data()
    {
        QTest::addColumn<QString>("readAt");
        QTest::addColumn<QString>("refreshed");
        QTest::addColumn<bool>("incremental");
        const QString org = QStringLiteral("https://contoso.crm4.dynamics.com");
        QTest::newRow("same org") << QStringLiteral("2026-12-01T08:00:00Z") << org << true;
        QTest::newRow("same org, trailing slash")
            << QStringLiteral("2026-12-01T08:00:00Z") << org + u'/' << true;
        QTest::newRow("another org")
            << QStringLiteral("2026-12-01T08:00:00Z")
            << QStringLiteral("https://fabrikam.crm.dynamics.com") << false;
        QTest::newRow("never read") << QStringLiteral("") << org << false;
        QTest::newRow("unreadable time") << QStringLiteral("yesterday") << org << false;
    }

    void aRefreshOfTheSameOrgReadsOnlyWhatChanged()
    {
        QFETCH(QString, readAt);
        QFETCH(QString, refreshed);
        QFETCH(bool, incremental);
        auto store = liveOrg(
            {{QStringLiteral("source"), QStringLiteral("live")},
             {QStringLiteral("live.url"), QStringLiteral("https://contoso.crm4.dynamics.com")},
             {QStringLiteral("live.readAt"), readAt}});
        const auto origin = LiveOrigin::read(*store);
        QVERIFY(origin);
        const QDateTime since = origin->refreshSince(QUrl(refreshed));
        QCOMPARE(since.isValid(), incremental);
        if (incremental)
            QCOMPARE(since, origin->readAt);
        QCOMPARE(origin->days, 14); // unset: the import's default
    }

    void aSandboxIsNoLiveOrg()
    {
        auto store = liveOrg({});
        const auto origin = LiveOrigin::read(*store);
        QVERIFY(!origin);
        QCOMPARE(origin.error().code, Error::Code::InvalidArgument);
        QVERIFY2(origin.error().message.contains(
                     QStringLiteral("is not a live org (it is a sandbox org)")),
                 qPrintable(origin.error().message));
    }
};

QTEST_GUILESS_MAIN(TestLiveOrigin)
#include "tst_liveorigin.moc"
