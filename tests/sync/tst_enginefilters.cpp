#include "fetchxml/fetchxmlparser.h"
#include "fetchxml/scopepreview.h"
#include "sandbox/sandboxgenerator.h"
#include "store/orgstore.h"
#include "sync/synccycle.h"
#include "sync/syncengine.h"
#include "temporg.h"
#include "totext.h"

#include <QSignalSpy>
#include <QTest>

using namespace SyncLens;

namespace {

// The user's appointments that start in the next 14 days: narrower than any
// sandbox default, so that some of the user's appointments leave scope.
const QString kNarrow = QStringLiteral(
    R"(<fetch><entity name="appointment"><filter><condition attribute="ownerid" )"
    R"(operator="eq-userid"/><condition attribute="scheduledstart" operator="next-x-days" )"
    R"(value="14"/></filter></entity></fetch>)");

FetchQuery parse(const QString &text)
{
    return FetchXmlParser().parse(text).value();
}

} // namespace

// The engine's filter slots, driven from another thread like the designer
// does: each change is one transaction with its version, announced by
// filtersChanged(), and the next cycle decides scope again.
class TestEngineFilters : public QObject
{
    Q_OBJECT

    Test::TempOrg m_org;
    SyncEngineThread *m_host = nullptr;
    SyncEngine *m_engine = nullptr;
    std::unique_ptr<OrgStore> m_reader;
    Mailbox m_mailbox;
    SyncFilter m_filter; // the user's appointment filter

    QList<FilterVersion> change(const std::function<void(SyncEngine &)> &call)
    {
        QSignalSpy changed(m_engine, &SyncEngine::filtersChanged);
        QMetaObject::invokeMethod(
            m_engine, [this, call] { call(*m_engine); }, Qt::QueuedConnection);
        // The engine may answer before a wait() would start: poll the spy.
        if (!QTest::qWaitFor([&] { return !changed.isEmpty(); }, 10000))
            return {};
        return changed.first().at(1).value<QList<FilterVersion>>();
    }

    void runCycle()
    {
        QSignalSpy finished(m_engine, &SyncEngine::cycleFinished);
        QMetaObject::invokeMethod(m_engine, &SyncEngine::runCycle);
        // The engine may finish before a wait() would start: poll the spy.
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxSpec spec;
        spec.users = 4;
        spec.items = 3000;
        spec.seed = 11;
        SL_VERIFY_OK(SandboxGenerator::createFile(m_org.path(), spec, true));
        m_host = new SyncEngineThread;
        m_engine = m_host->engine();
        QSignalSpy opened(m_engine, &SyncEngine::orgOpened);
        QMetaObject::invokeMethod(m_engine, "openOrg", Q_ARG(QString, m_org.path()));
        QVERIFY(opened.wait(10000));
        runCycle(); // every record in scope now has its copy
        auto reader = OrgStore::open(m_org.path(), OrgStore::Access::ReadOnly);
        SL_VERIFY_OK(reader);
        m_reader = std::move(reader).value();
        for (const Mailbox &m : m_reader->mailboxes().value()) {
            if (m.act == ChannelMode::Sss && m.enabled && m.approved && m_mailbox.id.isEmpty())
                m_mailbox = m;
        }
        QVERIFY(!m_mailbox.id.isEmpty());
        for (const SyncFilter &f : m_reader->filters(m_mailbox.userId).value()) {
            if (f.type == u"appointment")
                m_filter = f;
        }
        QVERIFY(!m_filter.id.isEmpty());
    }

    void cleanupTestCase()
    {
        m_reader.reset();
        delete m_host;
    }

    void savingNarrowsScopeAtTheNextCycleAsPreviewed()
    {
        // What the designer's preview says before saving…
        SnapshotSet::Columns columns;
        SnapshotSet::collectColumns(parse(m_filter.fetchXml), columns);
        SnapshotSet::collectColumns(parse(kNarrow), columns);
        const auto snapshots = SnapshotSet::load(*m_reader, columns);
        SL_VERIFY_OK(snapshots);
        const auto preview = ScopePreviewer::preview(
            QStringLiteral("appointment"), {parse(m_filter.fetchXml)}, {parse(kNarrow)}, *snapshots,
            {m_mailbox.userId, {}, {}, SyncCycle::clock(*m_reader).value()},
            OutOfScopeAction::Keep);
        SL_VERIFY_OK(preview);
        QVERIFY(!preview->leaving.empty());

        SyncFilter narrow = m_filter;
        narrow.fetchXml = kNarrow;
        const auto versions = change([narrow](SyncEngine &e) { e.saveFilter(narrow, {}); });
        QCOMPARE(versions.size(), 1);
        QCOMPARE(versions.first().change, FilterVersion::Change::Saved);
        QCOMPARE(m_reader->filter(m_filter.id).value()->fetchXml, kNarrow);

        // …is what the engine decides at the next cycle.
        runCycle();
        const auto left =
            m_reader->journal({}, MailboxId(m_mailbox.id), ReasonCode::LeftScope, 100000);
        SL_VERIFY_OK(left);
        QCOMPARE(qsizetype(left->size()), qsizetype(preview->leaving.size()));
    }

    void undoRemoveAndRestore()
    {
        const auto undone = change(
            [id = m_filter.id](SyncEngine &e) { e.undoFilterChange(id, QStringLiteral("t")); });
        QCOMPARE(undone.size(), 1);
        QCOMPARE(undone.first().change, FilterVersion::Change::Undone);
        QCOMPARE(undone.first().author, QStringLiteral("t"));
        QCOMPARE(m_reader->filter(m_filter.id).value()->fetchXml, m_filter.fetchXml);

        const auto removed =
            change([id = m_filter.id](SyncEngine &e) { e.removeFilter(id, QStringLiteral("t")); });
        QCOMPARE(removed.size(), 1);
        QVERIFY(!removed.first().present);
        QVERIFY(!m_reader->filter(m_filter.id).value());

        const auto restored = change([v = removed.first().id](SyncEngine &e) {
            e.restoreFilterVersion(v, QStringLiteral("t"));
        });
        QCOMPARE(restored.size(), 1);
        QCOMPARE(m_reader->filter(m_filter.id).value()->fetchXml, m_filter.fetchXml);
        QCOMPARE(m_reader->filterVersions(m_filter.id)->size(), 5);
    }

    void failuresAreReported()
    {
        QSignalSpy failed(m_engine, &SyncEngine::filterChangeFailed);
        QMetaObject::invokeMethod(
            m_engine, [this] { m_engine->undoFilterChange(QStringLiteral("none"), {}); },
            Qt::QueuedConnection);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
        QCOMPARE(failed.first().at(0).toString(), QStringLiteral("none"));
    }
};

QTEST_GUILESS_MAIN(TestEngineFilters)
#include "tst_enginefilters.moc"
