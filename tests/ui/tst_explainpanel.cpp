#include "explain/explainer.h"
#include "explainpanel.h"
#include "explanationmodel.h"
#include "searchresultmodel.h"
#include "store/orgstore.h"
#include "uitest.h"
#include "whysearchrunner.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>

using namespace SyncLens;
using namespace SyncLens::UiTest;

// The Explain dock: "why did my meeting … disappear?" answered as one types.
class TestExplainPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_org;
    std::unique_ptr<OrgStore> m_store; // read-only, as the window's
    JournalEntry m_notInScope;         // an item left out by a filter
    QString m_title;

    std::unique_ptr<ExplainPanel> panel()
    {
        auto p = std::make_unique<ExplainPanel>();
        p->setOrg(m_store.get(), m_org);
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_org = m_dir.filePath(QStringLiteral("org.db"));
        SL_VERIFY_OK(createSyncedOrg(m_org, spec(6, 800)));
        auto store = OrgStore::open(m_org, OrgStore::Access::ReadOnly);
        SL_VERIFY_OK(store);
        m_store = std::move(store).value();
        auto entries = m_store->journal({}, {}, ReasonCode::NotInScope, 200);
        SL_VERIFY_OK(entries);
        QVERIFY(!entries->isEmpty());
        m_notInScope = entries->first();
        auto x = Explainer(*m_store).explain(m_notInScope.itemId);
        SL_VERIFY_OK(x);
        m_title = x->title;
        QVERIFY(!m_title.isEmpty() && m_title != m_notInScope.itemId);
    }

    void typingASubjectFindsTheItemAndShowsItsSentences()
    {
        auto p = panel();
        p->show();
        QVERIFY(QTest::qWaitForWindowExposed(p.get()));
        QAbstractItemModelTester resultTester(
            p->resultModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester historyTester(
            p->explanationModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(p.get(), &ExplainPanel::searchFinished);
        // QTest types ASCII only: the title up to its first other character.
        QString typed;
        for (QChar c : m_title) {
            if (c.unicode() > 127)
                break;
            typed.append(c);
        }
        typed = typed.trimmed();
        QTest::keyClicks(p->searchField(), typed);
        QVERIFY(finished.wait(10000)); // after the pause in typing, off the UI thread
        QCOMPARE(finished.count(), 1); // one search for the whole burst of keys
        QCOMPARE(finished.first().first().toString(), typed);
        const int row = p->resultModel()->rowOf(m_notInScope.itemId);
        QVERIFY(row >= 0);
        QVERIFY(p->resultModel()
                    ->index(row, SearchResultModel::SymptomColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Missing from Outlook")));

        QTreeView *results = p->resultView();
        const QRect cell = results->visualRect(p->resultModel()->index(row, 0));
        QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(p->currentItemId(), m_notInScope.itemId);

        auto x = Explainer(*m_store).explain(m_notInScope.itemId);
        SL_VERIFY_OK(x);
        ExplanationModel *model = p->explanationModel();
        QCOMPARE(model->rowCount(), x->decisions.size());
        for (int r = 0; r < model->rowCount(); ++r) {
            QCOMPARE(model->index(r, ExplanationModel::TextColumn).data().toString(),
                     x->decisions.at(r).sentence);
            QCOMPARE(model->rowCount(model->index(r, 0)), x->decisions.at(r).details.size());
        }
        QCOMPARE(p->findChild<QLabel *>(QStringLiteral("explainTitle"))->text(), x->title);
        auto *advice = p->findChild<QLabel *>(QStringLiteral("explainAdvice"));
        QVERIFY(advice->isVisible());
        QVERIFY(advice->text().contains(x->advice.first().toHtmlEscaped()));
    }

    void downFromTheSearchFieldGoesToTheResults()
    {
        auto p = panel();
        p->show();
        QVERIFY(QTest::qWaitForWindowExposed(p.get()));
        QSignalSpy finished(p.get(), &ExplainPanel::searchFinished);
        p->search(m_title);
        QVERIFY(finished.wait(10000));
        p->searchField()->setFocus();
        QTest::keyClick(p->searchField(), Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), p->resultView());
        QVERIFY(!p->currentItemId().isEmpty());
    }

    void showItemExplainsAnyItem()
    {
        auto p = panel();
        QSignalSpy shown(p.get(), &ExplainPanel::itemShown);
        p->showItem(m_notInScope.itemId);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(shown.first().first().toString(), m_notInScope.itemId);
        QCOMPARE(p->currentItemId(), m_notInScope.itemId);
        QVERIFY(p->explanationModel()->rowCount() > 0);
        // The latest decision is open, with its facts.
        QTreeView *tree = p->explanationView();
        QVERIFY(tree->isExpanded(
            p->explanationModel()->index(p->explanationModel()->rowCount() - 1, 0)));
    }

    void factsLinkToTheirFilterAndMailbox()
    {
        auto p = panel();
        p->show();
        QVERIFY(QTest::qWaitForWindowExposed(p.get()));
        p->showItem(m_notInScope.itemId);
        QSignalSpy filter(p.get(), &ExplainPanel::filterRequested);
        QSignalSpy mailbox(p.get(), &ExplainPanel::mailboxRequested);
        ExplanationModel *model = p->explanationModel();
        QTreeView *tree = p->explanationView();
        const QModelIndex decision = model->index(model->rowCount() - 1, 0);
        const QString filterId = m_notInScope.facts.value(QStringLiteral("filters"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QStringLiteral("id"))
                                     .toString();
        for (int r = 0; r < model->rowCount(decision); ++r) {
            const QModelIndex fact = model->index(r, ExplanationModel::TextColumn, decision);
            if (!fact.data(ExplanationModel::LinkRole).toBool())
                continue;
            tree->setFocus();
            tree->setCurrentIndex(fact);
            QTest::keyClick(tree, Qt::Key_Return);
        }
        QCOMPARE(filter.count(), 1);
        QCOMPARE(filter.first().first().toString(), filterId);
        QCOMPARE(mailbox.count(), 1);
        QCOMPARE(mailbox.first().first().toString(), m_notInScope.mailboxId);

        // The buttons do the same for the current row, decision rows included.
        tree->setCurrentIndex(decision);
        auto *open = p->findChild<QPushButton *>(QStringLiteral("openFilterButton"));
        auto *show = p->findChild<QPushButton *>(QStringLiteral("showMailboxButton"));
        QVERIFY(open->isEnabled() && show->isEnabled());
        QTest::mouseClick(open, Qt::LeftButton);
        QTest::mouseClick(show, Qt::LeftButton);
        QCOMPARE(filter.count(), 2);
        QCOMPARE(filter.last().first().toString(), filterId);
        QCOMPARE(mailbox.last().first().toString(), m_notInScope.mailboxId);
    }

    void anOlderSearchIsNeverAnswered()
    {
        WhySearchRunner runner;
        runner.setOrgPath(m_org);
        QStringList answered;
        connect(&runner, &WhySearchRunner::finished, this,
                [&](const QString &text) { answered.append(text); });
        runner.search(QStringLiteral("a"));
        runner.search(QStringLiteral("ab"));
        runner.search(m_title);
        QTRY_VERIFY(!runner.isBusy());
        QCOMPARE(answered, QStringList{m_title});
    }

    // Cancelling (as the runner's destructor does before it waits) answers
    // neither the running search nor the one waiting behind it.
    void aCancelledSearchIsNeverAnswered()
    {
        WhySearchRunner runner;
        runner.setOrgPath(m_org);
        QStringList answered;
        connect(&runner, &WhySearchRunner::finished, this,
                [&](const QString &text) { answered.append(text); });
        connect(&runner, &WhySearchRunner::failed, this,
                [&](const QString &text) { answered.append(text); });
        runner.search(QStringLiteral("a"));
        runner.search(m_title);
        runner.cancel();
        QTRY_VERIFY(!runner.isBusy());
        QVERIFY(answered.isEmpty());
        runner.search(m_title); // a new search after a cancel is answered
        QTRY_VERIFY(!runner.isBusy());
        QCOMPARE(answered, QStringList{m_title});
    }

    void nothingFoundIsSaid()
    {
        auto p = panel();
        QSignalSpy finished(p.get(), &ExplainPanel::searchFinished);
        p->search(QStringLiteral("no item has this subject 4711"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(p->resultModel()->rowCount(), 0);
        QVERIFY(p->findChild<QLabel *>(QStringLiteral("explainSearchStatus"))
                    ->text()
                    .contains(QStringLiteral("No item matches")));
    }
};

QTEST_MAIN(TestExplainPanel)
#include "tst_explainpanel.moc"
