#include "sync/syncrules.h"
#include "totext.h"

#include <QJsonDocument>
#include <QTest>

using namespace SyncLens;
using namespace SyncLens::SyncRules;

namespace {
// What a mailbox may know of an item before a decision.
enum class Known
{
    Nothing,
    LinkedInScope,
    LinkedOutOfScope,
    Decided,
    Untracked
};

Link linkFor(Known known)
{
    Link l{QStringLiteral("m1"), QStringLiteral("a1")};
    l.state = known == Known::Decided     ? Link::State::Decided
              : known == Known::Untracked ? Link::State::Untracked
                                          : Link::State::Linked;
    l.inScope = known == Known::LinkedInScope;
    return l;
}
} // namespace

Q_DECLARE_METATYPE(Known)
Q_DECLARE_METATYPE(std::optional<ReasonCode>)

// The decision tables of sss-model §3, row by row.
class TestSyncRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outbound_data()
    {
        QTest::addColumn<Known>("known");
        QTest::addColumn<bool>("inScope");
        QTest::addColumn<bool>("deleted");
        QTest::addColumn<bool>("touched");
        QTest::addColumn<bool>("rulesChanged");
        QTest::addColumn<bool>("crmChanged");
        QTest::addColumn<bool>("keep");
        QTest::addColumn<std::optional<ReasonCode>>("expected");
        const auto none = std::optional<ReasonCode>();
        auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };
        row("deleted, linked") << Known::LinkedInScope << true << true << true << false << false
                               << true << std::optional(ReasonCode::CrmDelete);
        row("deleted, never linked")
            << Known::Decided << false << true << true << false << false << true << none;
        row("new in scope") << Known::Nothing << true << false << false << false << false << true
                            << std::optional(ReasonCode::OutCreate);
        row("decided, now in scope") << Known::Decided << true << false << false << true << false
                                     << true << std::optional(ReasonCode::OutCreate);
        row("untracked, in scope: never sent again")
            << Known::Untracked << true << false << true << false << true << true << none;
        row("linked, CRM edit") << Known::LinkedInScope << true << false << true << false << true
                                << true << std::optional(ReasonCode::OutUpdate);
        row("linked, written but no synced field changed")
            << Known::LinkedInScope << true << false << true << false << false << true << none;
        row("linked, unchanged") << Known::LinkedInScope << true << false << false << false << false
                                 << true << none;
        row("back in scope with edits it missed")
            << Known::LinkedOutOfScope << true << false << false << true << true << true
            << std::optional(ReasonCode::BackInScope);
        row("back in scope, nothing missed")
            << Known::LinkedOutOfScope << true << false << false << true << false << true
            << std::optional(ReasonCode::BackInScope);
        row("back in scope and edited: one decision, BACK_IN_SCOPE first")
            << Known::LinkedOutOfScope << true << false << true << false << true << true
            << std::optional(ReasonCode::BackInScope);
        row("left scope, keep") << Known::LinkedInScope << false << false << true << false << false
                                << true << std::optional(ReasonCode::LeftScope);
        row("left scope, delete") << Known::LinkedInScope << false << false << true << false
                                  << false << false << std::optional(ReasonCode::LeftScopeDeleted);
        row("out of scope, CRM edit")
            << Known::LinkedOutOfScope << false << false << true << false << true << true
            << std::optional(ReasonCode::OutSkippedOutOfScope);
        row("out of scope, untouched")
            << Known::LinkedOutOfScope << false << false << false << false << true << true << none;
        row("never linked, out of scope") << Known::Nothing << false << false << false << false
                                          << false << true << std::optional(ReasonCode::NotInScope);
        row("decided, unchanged") << Known::Decided << false << false << false << false << false
                                  << true << none;
        row("decided, a filter changed") << Known::Decided << false << false << false << true
                                         << false << true << std::optional(ReasonCode::NotInScope);
        row("decided, record changed") << Known::Decided << false << false << true << false << false
                                       << true << std::optional(ReasonCode::NotInScope);
    }

    void outbound()
    {
        QFETCH(Known, known);
        QFETCH(bool, inScope);
        QFETCH(bool, deleted);
        QFETCH(bool, touched);
        QFETCH(bool, rulesChanged);
        QFETCH(bool, crmChanged);
        QFETCH(bool, keep);
        QFETCH(std::optional<ReasonCode>, expected);
        const Link link = linkFor(known);
        OutboundFacts f;
        f.link = known == Known::Nothing ? nullptr : &link;
        f.inScope = inScope;
        f.deleted = deleted;
        f.touched = touched;
        f.scopeRulesChanged = rulesChanged;
        if (crmChanged)
            f.crmChanged = QStringList{QStringLiteral("location")};
        const auto code =
            decideOutbound(f, keep ? OutOfScopeAction::Keep : OutOfScopeAction::Delete);
        QCOMPARE(code.has_value(), expected.has_value());
        if (code)
            QCOMPARE(*code, *expected);
    }

    void crmDeleteKeepsTheCopy_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("active");
        QTest::addColumn<bool>("ahead");
        QTest::addColumn<bool>("ownerIsUser");
        QTest::addColumn<ReasonCode>("expected");
        const auto a = QStringLiteral("appointment"), c = QStringLiteral("contact"),
                   t = QStringLiteral("task");
        QTest::newRow("meeting active, ahead")
            << a << true << true << true << ReasonCode::CrmDelete;
        QTest::newRow("meeting over") << a << true << false << true << ReasonCode::CrmDeleteKept;
        QTest::newRow("meeting completed")
            << a << false << true << true << ReasonCode::CrmDeleteKept;
        QTest::newRow("contact of the owner")
            << c << true << true << true << ReasonCode::CrmDeleteKept;
        QTest::newRow("contact of another") << c << true << true << false << ReasonCode::CrmDelete;
        QTest::newRow("task") << t << false << true << true << ReasonCode::CrmDelete;
    }

    void crmDeleteKeepsTheCopy()
    {
        QFETCH(QString, type);
        QFETCH(bool, active);
        QFETCH(bool, ahead);
        QFETCH(bool, ownerIsUser);
        QFETCH(ReasonCode, expected);
        RecordFacts r;
        r.type = type;
        r.active = active;
        r.ahead = ahead;
        r.ownerIsUser = ownerIsUser;
        const Link link = linkFor(Known::LinkedInScope);
        OutboundFacts f;
        f.link = &link;
        f.deleted = true;
        f.keepCopyOnDelete = crmDeleteKeepsCopy(r);
        QCOMPARE(decideOutbound(f, OutOfScopeAction::Keep), std::optional(expected));
    }

    // The record facts the delete rules weigh, at their boundaries: the
    // organizer (absent: the owner), each state, and the end of the meeting
    // one minute either side of the clock.
    void recordFactsAtTheirBoundaries_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("fields");
        QTest::addColumn<bool>("organizerIsUser");
        QTest::addColumn<bool>("active");
        QTest::addColumn<bool>("ahead");
        const char *end = R"("scheduledend":"2026-03-02T09%1:00Z","ownerid":"alice")";
        auto appt = [end](const char *minute, const char *more = "") {
            return QStringLiteral("{%1%2}").arg(QString::fromLatin1(end).arg(QLatin1String(minute)),
                                                QLatin1String(more));
        };
        const QString a = QStringLiteral("appointment"), t = QStringLiteral("task");
        QTest::newRow("organizer absent: the owner") << a << appt(":01") << true << true << true;
        QTest::newRow("organizer is the user")
            << a << appt(":01", R"(,"organizer":"alice")") << true << true << true;
        QTest::newRow("organizer is another user (attendee)")
            << a << appt(":01", R"(,"organizer":"bob")") << false << true << true;
        QTest::newRow("ends one minute after the clock")
            << a << appt(":01") << true << true << true;
        QTest::newRow("ends one minute before the clock")
            << a << QStringLiteral(R"({"scheduledend":"2026-03-02T08:59:00Z"})") << false << true
            << false;
        QTest::newRow("ends at the clock: over") << a << appt(":00") << true << true << false;
        QTest::newRow("no end: the start")
            << a
            << QStringLiteral(R"({"ownerid":"alice",)"
                              R"("scheduledstart":"2026-03-02T08:59:00Z"})")
            << true << true << false;
        QTest::newRow("state 0 open")
            << a << appt(":01", R"(,"statecode":0)") << true << true << true;
        QTest::newRow("state 1 completed")
            << a << appt(":01", R"(,"statecode":1)") << true << false << true;
        QTest::newRow("state 2 canceled")
            << a << appt(":01", R"(,"statecode":2)") << true << false << true;
        QTest::newRow("state 3 scheduled")
            << a << appt(":01", R"(,"statecode":3)") << true << true << true;
        QTest::newRow("task open")
            << t << QStringLiteral(R"({"statecode":0})") << true << true << true;
        QTest::newRow("task absent state: open")
            << t << QStringLiteral("{}") << true << true << true;
        QTest::newRow("task completed")
            << t << QStringLiteral(R"({"statecode":1})") << true << false << true;
        QTest::newRow("task canceled")
            << t << QStringLiteral(R"({"statecode":2})") << true << false << true;
    }

    void recordFactsAtTheirBoundaries()
    {
        QFETCH(QString, type);
        QFETCH(QString, fields);
        QFETCH(bool, organizerIsUser);
        QFETCH(bool, active);
        QFETCH(bool, ahead);
        CrmRecord record{QStringLiteral("r1"), type,
                         QJsonDocument::fromJson(fields.toUtf8()).object()};
        const QDateTime now(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        const RecordFacts r = recordFacts(record, QStringLiteral("alice"), now);
        QCOMPARE(r.organizerIsUser, organizerIsUser);
        QCOMPARE(r.active, active);
        QCOMPARE(r.ahead, ahead);
    }

    // Each action of sync.exchangeDelete against the facts it weighs.
    void exchangeDeleteActions_data()
    {
        using X = ExchangeDeleteAction;
        QTest::addColumn<X>("action");
        QTest::addColumn<bool>("organizerIsUser");
        QTest::addColumn<bool>("active");
        QTest::addColumn<bool>("ahead");
        QTest::addColumn<ReasonCode>("expected");
        const auto P = ReasonCode::ExchangeDeletePropagated,
                   U = ReasonCode::ExchangeDeleteUntracked;
        QTest::newRow("organizerFuture: organizer, active, ahead")
            << X::OrganizerFuture << true << true << true << P;
        QTest::newRow("organizerFuture: attendee")
            << X::OrganizerFuture << false << true << true << U;
        QTest::newRow("organizerFuture: over") << X::OrganizerFuture << true << true << false << U;
        QTest::newRow("organizerFuture: inactive")
            << X::OrganizerFuture << true << false << true << U;
        QTest::newRow("open: open task") << X::Open << true << true << true << P;
        QTest::newRow("open: completed task") << X::Open << true << false << true << U;
        QTest::newRow("untrack") << X::Untrack << true << true << true << U;
        QTest::newRow("delete: even an attendee's past meeting")
            << X::Delete << false << false << false << P;
    }

    void exchangeDeleteActions()
    {
        QFETCH(ExchangeDeleteAction, action);
        QFETCH(bool, organizerIsUser);
        QFETCH(bool, active);
        QFETCH(bool, ahead);
        QFETCH(ReasonCode, expected);
        const Link link = linkFor(Known::LinkedInScope);
        InboundFacts f;
        f.link = &link;
        f.itemDeleted = true;
        f.record.organizerIsUser = organizerIsUser;
        f.record.active = active;
        f.record.ahead = ahead;
        QCOMPARE(decideInbound(f, action), std::optional(expected));
    }

    void inbound_data()
    {
        QTest::addColumn<Known>("known");
        QTest::addColumn<bool>("itemDeleted");
        QTest::addColumn<bool>("tracked");
        QTest::addColumn<bool>("inScope");
        QTest::addColumn<bool>("exchangeChanged");
        QTest::addColumn<bool>("crmChanged");
        QTest::addColumn<bool>("valuesLost");
        QTest::addColumn<int>("crmLater"); // seconds CRM changed after Exchange
        QTest::addColumn<bool>("untrack");
        QTest::addColumn<std::optional<ReasonCode>>("expected");
        const auto none = std::optional<ReasonCode>();
        auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };
        row("new, not tracked") << Known::Nothing << false << false << false << false << false
                                << false << 0 << true << std::optional(ReasonCode::InNotTracked);
        row("new, tracked") << Known::Nothing << false << true << false << false << false << false
                            << 0 << true << std::optional(ReasonCode::InCreate);
        row("decided, then tracked") << Known::Decided << false << true << false << false << false
                                     << false << 0 << true << std::optional(ReasonCode::InCreate);
        row("linked, Outlook edit")
            << Known::LinkedInScope << false << false << true << true << false << false << 0 << true
            << std::optional(ReasonCode::InUpdate);
        row("linked, nothing synced changed") << Known::LinkedInScope << false << false << true
                                              << false << false << false << 0 << true << none;
        row("out of scope, edit, CRM unchanged")
            << Known::LinkedOutOfScope << false << false << false << true << false << false << 0
            << true << std::optional(ReasonCode::InUpdate);
        row("out of scope, edit overwrites an unsent CRM value")
            << Known::LinkedOutOfScope << false << false << false << true << true << true << 0
            << true << std::optional(ReasonCode::InOverwriteOutOfScope);
        row("conflict, Exchange later")
            << Known::LinkedInScope << false << false << true << true << true << true << -60 << true
            << std::optional(ReasonCode::ConflictExchangeWon);
        row("conflict, a tie goes to Exchange")
            << Known::LinkedInScope << false << false << true << true << true << true << 0 << true
            << std::optional(ReasonCode::ConflictExchangeWon);
        row("conflict, CRM later")
            << Known::LinkedInScope << false << false << true << true << true << true << 60 << true
            << std::optional(ReasonCode::ConflictCrmWon);
        row("deleted, untrack") << Known::LinkedInScope << true << false << true << false << false
                                << false << 0 << true
                                << std::optional(ReasonCode::ExchangeDeleteUntracked);
        row("deleted, delete") << Known::LinkedInScope << true << false << true << false << false
                               << false << 0 << false
                               << std::optional(ReasonCode::ExchangeDeletePropagated);
        row("deleted, never linked") << Known::Decided << true << false << false << false << false
                                     << false << 0 << false << none;
    }

    void inbound()
    {
        QFETCH(Known, known);
        QFETCH(bool, itemDeleted);
        QFETCH(bool, tracked);
        QFETCH(bool, inScope);
        QFETCH(bool, exchangeChanged);
        QFETCH(bool, crmChanged);
        QFETCH(bool, valuesLost);
        QFETCH(int, crmLater);
        QFETCH(bool, untrack);
        QFETCH(std::optional<ReasonCode>, expected);
        const Link link = linkFor(known);
        const QDateTime t(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        InboundFacts f;
        f.link = known == Known::Nothing ? nullptr : &link;
        f.itemDeleted = itemDeleted;
        f.trackRequested = tracked;
        f.inScope = inScope;
        if (exchangeChanged)
            f.exchangeChanged = QStringList{QStringLiteral("subject")};
        if (crmChanged)
            f.crmChanged = QStringList{QStringLiteral("location")};
        if (valuesLost)
            f.crmValuesLost = QStringList{QStringLiteral("location")};
        f.exchangeModified = t;
        f.crmModified = t.addSecs(crmLater);
        const auto code = decideInbound(f, untrack ? ExchangeDeleteAction::Untrack
                                                   : ExchangeDeleteAction::Delete);
        QCOMPARE(code.has_value(), expected.has_value());
        if (code)
            QCOMPARE(*code, *expected);
    }
};

QTEST_GUILESS_MAIN(TestSyncRules)
#include "tst_syncrules.moc"
