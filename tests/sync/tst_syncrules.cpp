#include "sync/syncrules.h"
#include "totext.h"

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
            << std::optional(ReasonCode::OutUpdate);
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
