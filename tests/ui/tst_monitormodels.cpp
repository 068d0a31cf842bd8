#include "alertlistmodel.h"
#include "explain/reasoncodetext.h"
#include "explanationmodel.h"
#include "mailboxfilterproxy.h"
#include "mailboxtablemodel.h"
#include "reasoncountmodel.h"
#include "searchresultmodel.h"
#include "statusicons.h"
#include "temporg.h"
#include "totext.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QJsonArray>
#include <QTest>

using namespace SyncLens;

namespace {

QDateTime at(int hour)
{
    return QDateTime(QDate(2026, 3, 2), QTime(hour, 0), Qt::UTC);
}

Alert alert(qint64 id, int hour, AlertSeverity severity, ReasonCode code)
{
    return Alert{id,       QStringLiteral("m-alice"),
                 at(hour), severity,
                 code,     {{QStringLiteral("text"), QStringLiteral("message %1").arg(id)}}};
}

QImage shape(const QIcon &icon)
{
    return icon.pixmap(16).toImage().convertToFormat(QImage::Format_Alpha8);
}

} // namespace

// The monitor's small item models, each under QAbstractItemModelTester.
class TestMonitorModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void alertsNewestFirstWithSeverity()
    {
        AlertListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAlerts({alert(1, 8, AlertSeverity::Error, ReasonCode::MailboxNotApproved),
                         alert(2, 10, AlertSeverity::Information, ReasonCode::Recovered),
                         alert(3, 9, AlertSeverity::Warning, ReasonCode::TransientFailure)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(AlertListModel::ColumnCount));
        QCOMPARE(model.index(0, AlertListModel::SeverityColumn).data().toString(),
                 QStringLiteral("Information"));
        QCOMPARE(model.index(1, AlertListModel::SeverityColumn).data().toString(),
                 QStringLiteral("Warning"));
        QCOMPARE(model.index(2, 0).data(AlertListModel::CodeRole).toString(),
                 QStringLiteral("MAILBOX_NOT_APPROVED"));
        QCOMPARE(model.index(2, AlertListModel::MessageColumn).data().toString(),
                 QStringLiteral("message 1"));
        QVERIFY(!model.index(0, AlertListModel::TimeColumn).data().toString().isEmpty());
        QVERIFY(model.index(2, 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("MAILBOX_NOT_APPROVED")));
        QVERIFY(!model.index(0, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(model.index(0, AlertListModel::TimeColumn).data(Qt::DecorationRole).isNull());
        model.setAlerts({});
        QCOMPARE(model.rowCount(), 0);
    }

    void severityIconsDifferInShape()
    {
        const QImage error = shape(StatusIcons::forSeverity(AlertSeverity::Error));
        const QImage warning = shape(StatusIcons::forSeverity(AlertSeverity::Warning));
        const QImage info = shape(StatusIcons::forSeverity(AlertSeverity::Information));
        QVERIFY(!error.isNull() && !warning.isNull() && !info.isNull());
        QVERIFY(error != warning && warning != info && error != info);
    }

    void everyReasonCodeHasAPlainName()
    {
        QStringList seen;
        for (ReasonCode code : allReasonCodes()) {
            const QString name = ReasonCodeText::plainName(code);
            QVERIFY2(!name.isEmpty() && name != reasonCodeName(code),
                     qPrintable(reasonCodeName(code)));
            QVERIFY2(!seen.contains(name), qPrintable(name));
            seen.append(name);
        }
    }

    void countsMostFrequentFirst()
    {
        ReasonCountModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCounts({{ReasonCode::OutCreate, 1200},
                         {ReasonCode::NotInScope, 30},
                         {ReasonCode::Token, 0},
                         {ReasonCode::MailboxNotApproved, 1}});
        QCOMPARE(model.rowCount(), 3); // a zero count is no row
        QCOMPARE(model.index(0, ReasonCountModel::CodeColumn).data().toString(),
                 QStringLiteral("OUT_CREATE"));
        QCOMPARE(model.index(0, ReasonCountModel::NameColumn).data().toString(),
                 ReasonCodeText::plainName(ReasonCode::OutCreate));
        QCOMPARE(model.index(0, ReasonCountModel::CountColumn)
                     .data(ReasonCountModel::CountRole)
                     .toLongLong(),
                 1200);
        QCOMPARE(model.index(2, ReasonCountModel::CodeColumn).data().toString(),
                 QStringLiteral("MAILBOX_NOT_APPROVED"));
        QCOMPARE(model.count(ReasonCode::NotInScope), 30);
        QCOMPARE(model.count(ReasonCode::Sent), 0);
        model.setCounts({});
        QCOMPARE(model.rowCount(), 0);
    }

    void searchResultsWithTheirSymptom()
    {
        SearchResultModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        JournalEntry e{
            0, at(8), 1, QStringLiteral("m-alice"), QStringLiteral("apt-1"), ReasonCode::NotInScope,
            {}};
        WhySearch::Match lost{
            QStringLiteral("apt-1"),
            QStringLiteral("appointment"),
            QStringLiteral("Design review"),
            {{WhySearch::Symptom::MissingFromOutlook, {e, QStringLiteral("Not copied."), {}}},
             {WhySearch::Symptom::MissingFromOutlook, {e, QStringLiteral("Again."), {}}}},
            std::nullopt,
            {}};
        WhySearch::Match fine{QStringLiteral("tsk-2"),
                              QStringLiteral("task"),
                              QStringLiteral("Call back"),
                              {},
                              std::nullopt,
                              {}};
        model.setMatches({lost, fine});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, SearchResultModel::TitleColumn).data().toString(),
                 QStringLiteral("Design review"));
        QCOMPARE(model.index(0, SearchResultModel::TypeColumn).data().toString(),
                 QStringLiteral("Appointment"));
        QCOMPARE(model.index(0, SearchResultModel::IdColumn).data().toString(),
                 QStringLiteral("apt-1"));
        QCOMPARE(model.index(0, SearchResultModel::SymptomColumn).data().toString(),
                 QStringLiteral("Missing from Outlook")); // once, though found twice
        QCOMPARE(model.index(1, SearchResultModel::SymptomColumn).data().toString(), QString());
        QCOMPARE(model.index(1, 0).data(SearchResultModel::ItemIdRole).toString(),
                 QStringLiteral("tsk-2"));
        QCOMPARE(model.rowOf(QStringLiteral("tsk-2")), 1);
        QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
    }

    void explanationAsATreeWithLinks()
    {
        ExplanationModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        JournalEntry out{
            7,
            at(8),
            1,
            QStringLiteral("m-alice"),
            QStringLiteral("apt-1"),
            ReasonCode::NotInScope,
            QJsonObject{{QStringLiteral("filters"),
                         QJsonArray{QJsonObject{
                             {QStringLiteral("id"), QStringLiteral("f-1")},
                             {QStringLiteral("name"), QStringLiteral("My meetings")}}}}}};
        JournalEntry in{8,
                        at(9),
                        2,
                        QStringLiteral("m-alice"),
                        QStringLiteral("apt-1"),
                        ReasonCode::OutCreate,
                        QJsonObject{{QStringLiteral("filter"), QStringLiteral("f-2")},
                                    {QStringLiteral("filterName"), QStringLiteral("Wide")}}};
        Explanation x{QStringLiteral("apt-1"),
                      QStringLiteral("Design review"),
                      QStringLiteral("appointment"),
                      {{out,
                        QStringLiteral("Not copied."),
                        {QStringLiteral("Filter: My meetings (f-1)"),
                         QStringLiteral("Mailbox: Alice (m-alice), cycle 1")}},
                       {in,
                        QStringLiteral("Copied."),
                        {QStringLiteral("Filter: Wide"), QStringLiteral("Something else")}}},
                      {QStringLiteral("Widen the filter.")}};
        model.setExplanation(x);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ExplanationModel::ColumnCount));
        const QModelIndex first = model.index(0, 0);
        QCOMPARE(model.index(0, ExplanationModel::TextColumn).data().toString(),
                 QStringLiteral("Not copied."));
        QCOMPARE(first.data(ExplanationModel::CodeRole).toString(), QStringLiteral("NOT_IN_SCOPE"));
        QCOMPARE(first.data(ExplanationModel::FilterIdRole).toString(), QStringLiteral("f-1"));
        QCOMPARE(first.data(ExplanationModel::MailboxIdRole).toString(), QStringLiteral("m-alice"));
        QCOMPARE(model.rowCount(first), 2);
        auto fact = [&](int decision, int row) {
            return model.index(row, ExplanationModel::TextColumn, model.index(decision, 0));
        };
        QCOMPARE(fact(0, 0).data(ExplanationModel::FilterIdRole).toString(), QStringLiteral("f-1"));
        QVERIFY(fact(0, 0).data(ExplanationModel::LinkRole).toBool());
        QCOMPARE(fact(0, 1).data(ExplanationModel::MailboxIdRole).toString(),
                 QStringLiteral("m-alice"));
        QVERIFY(fact(0, 1).data(ExplanationModel::LinkRole).toBool());
        QCOMPARE(fact(1, 0).data(ExplanationModel::FilterIdRole).toString(), QStringLiteral("f-2"));
        QVERIFY(!fact(1, 1).data(ExplanationModel::LinkRole).toBool());
        model.clearExplanation();
        QCOMPARE(model.rowCount(), 0);
        model.setExplanation(x);
        QCOMPARE(model.rowCount(), 2);
    }

    void theProxyFiltersByState()
    {
        Test::TempOrg org;
        auto store = org.create();
        QVERIFY(store);
        const QList<std::pair<QString, std::function<void(Mailbox &)>>> boxes{
            {QStringLiteral("ok"), [](Mailbox &) {}},
            {QStringLiteral("failing"), [](Mailbox &m) { m.actStatus = ChannelStatus::Failure; }},
            {QStringLiteral("off"), [](Mailbox &m) { m.enabled = false; }},
            {QStringLiteral("waiting"), [](Mailbox &m) { m.approved = false; }},
        };
        for (const auto &[name, change] : boxes) {
            SL_VERIFY_OK(store->upsertUser(User{name, name, name + QStringLiteral("@x.com")}));
            Mailbox m{QStringLiteral("m-") + name, name};
            change(m);
            SL_VERIFY_OK(store->upsertMailbox(m));
        }
        SL_VERIFY_OK(store->addAlert(Alert{0,
                                           QStringLiteral("m-ok"),
                                           at(8),
                                           AlertSeverity::Information,
                                           ReasonCode::Recovered,
                                           {}}));
        MailboxTableModel source;
        SL_VERIFY_OK(source.reload(*store));
        MailboxFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&source);
        auto ids = [&] {
            QStringList list;
            for (int r = 0; r < proxy.rowCount(); ++r)
                list.append(proxy.index(r, 0).data(MailboxTableModel::MailboxIdRole).toString());
            list.sort();
            return list;
        };
        using S = MailboxFilterProxy::State;
        QCOMPARE(ids().size(), 4);
        proxy.setState(S::Failing);
        QCOMPARE(ids(), QStringList{QStringLiteral("m-failing")});
        proxy.setState(S::Disabled);
        QCOMPARE(ids(), QStringList{QStringLiteral("m-off")});
        proxy.setState(S::AwaitingApproval);
        QCOMPARE(ids(), QStringList{QStringLiteral("m-waiting")});
        proxy.setState(S::WithAlerts);
        QCOMPARE(ids(), QStringList{QStringLiteral("m-ok")});
        proxy.setState(S::All);
        proxy.setText(QStringLiteral("wait"));
        QCOMPARE(ids(), QStringList{QStringLiteral("m-waiting")});
        proxy.setText({});
        // The engine's news move rows in and out of a state filter.
        proxy.setState(S::Failing);
        auto mailboxes = store->mailboxes();
        SL_VERIFY_OK(mailboxes);
        QList<Mailbox> next = *mailboxes;
        for (Mailbox &m : next)
            m.actStatus = m.id == u"m-ok" ? ChannelStatus::Failure : ChannelStatus::Success;
        QVERIFY(source.updateMailboxes(next));
        QCOMPARE(ids(), QStringList{QStringLiteral("m-ok")});
    }
};

QTEST_MAIN(TestMonitorModels)
#include "tst_monitormodels.moc"
