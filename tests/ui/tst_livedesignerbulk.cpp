#include "designer/bulkpreviewmodel.h"
#include "livedesignertest.h"

#include <QRegularExpression>
#include <QTabWidget>
#include <QTreeWidget>

using namespace SyncLens;
using namespace SyncLens::LiveTest;

// The filter designer on a live org, continued: bulk apply with a result for
// each user, the check against Dataverse, and FetchXML that SyncLens cannot
// evaluate (saved only through "Save without preview").
class TestLiveDesignerBulk : public LiveDesignerTest
{
    Q_OBJECT

private:
    // Another user's filter with the same type and name as `filter`.
    QString sameFilterOf(const QString &userId, const SyncFilter &filter)
    {
        auto store = OrgStore::open(m_org->file(), OrgStore::Access::ReadOnly);
        for (const SyncFilter &f : *(*store)->filters(userId)) {
            if (f.type == filter.type && f.name == filter.name)
                return f.id;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        forgetEverything();
        QVERIFY(openWindow());
    }

    void cleanup()
    {
        closeDesigner();
        closeWindow();
        m_org.reset();
    }

    // One user is beyond the account's reach (403), one's filter changed
    // meanwhile (conflict), the others are written; each row says which.
    void bulkApplyReportsEachUser()
    {
        QVERIFY(openDesigner());
        const SyncFilter definition = m_designer->draft()->filter();
        QAction *bulk = designerAction("applyToUsers");
        QTRY_VERIFY(bulk->isEnabled());
        bulk->trigger();
        auto *dialog = waitFor<BulkApplyDialog>(m_designer, QStringLiteral("bulkApplyDialog"));
        QVERIFY(dialog);
        BulkPreviewModel *model = dialog->model();
        QVERIFY(model->rowCount() >= 3);
        const QString forbidden = model->row(0).user.id;
        const QString conflicting = model->row(1).user.id;
        const QString conflictingFilter = sameFilterOf(conflicting, definition);
        QVERIFY(!conflictingFilter.isEmpty());
        m_org->fake->outOfReachOwners.insert(forbidden);
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(model->setData(model->index(row, BulkPreviewModel::UserName), Qt::Checked,
                                   Qt::CheckStateRole));
        auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("bulkApply"));
        QTRY_VERIFY_WITH_TIMEOUT(apply->isEnabled(), 20000); // the previews first
        auto *summary = dialog->findChild<QLabel *>(QStringLiteral("bulkSummary"));
        QVERIFY(summary->text().contains(QStringLiteral("enter")));
        QCOMPARE(writesLogged(), QStringList());
        QVERIFY(m_org->fake->touchUserQuery(conflictingFilter,
                                            {{QStringLiteral("name"), definition.name}}));

        QSignalSpy done(m_designer->liveSession(), &LiveFilterSession::bulkFinished);
        apply->click();
        QVERIFY(done.wait(60000));
        const auto result = [&](int row) {
            return model->index(row, BulkPreviewModel::Result).data().toString();
        };
        QVERIFY2(result(0).startsWith(QStringLiteral("Forbidden")), qPrintable(result(0)));
        QVERIFY2(result(0).contains(QStringLiteral("prvAdminFilter")), qPrintable(result(0)));
        QVERIFY2(result(1).startsWith(QStringLiteral("Conflict")), qPrintable(result(1)));
        for (int row = 2; row < model->rowCount(); ++row)
            QCOMPARE(result(row), QStringLiteral("Written"));
        const int written = int(model->rowCount()) - 2;
        QVERIFY2(summary->text().startsWith(
                     QStringLiteral("%1 written, 1 conflict, 1 forbidden").arg(written)),
                 qPrintable(summary->text()));
        QCOMPARE(writesLogged().size(), written); // neither the refused nor the stale one
        keepPicture(dialog, QStringLiteral("live-bulk.png"));
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("bulkCancel"))->text() ==
                QStringLiteral("Close"));
    }

    void checkAgainstDataverse_data()
    {
        QTest::addColumn<bool>("differ");
        QTest::newRow("agrees") << false;
        QTest::newRow("one record differs") << true;
    }

    void checkAgainstDataverse()
    {
        QFETCH(bool, differ);
        QVERIFY(openDesigner());
        m_org->fake->faults().checkDiffer = differ;
        LiveCheckPanel *panel = m_designer->checkPanel();
        QVERIFY(panel);
        QTRY_VERIFY(panel->checkButton()->isEnabled());
        m_designer->findChild<QTabWidget *>(QStringLiteral("bottomTabs"))->setCurrentWidget(panel);
        panel->checkButton()->click();
        QVERIFY(!panel->cancelButton()->isHidden());
        QTRY_VERIFY_WITH_TIMEOUT(panel->cancelButton()->isHidden(), 30000);
        const QString text = panel->resultLabel()->text();
        if (!differ) {
            const QRegularExpression agrees(QStringLiteral("^Dataverse agrees: ([0-9,]+) of \\1$"));
            QVERIFY2(agrees.match(text).hasMatch(), qPrintable(text));
            QVERIFY(panel->differences()->isHidden());
        } else {
            QVERIFY2(text.startsWith(QStringLiteral("Dataverse differs on 1 of")),
                     qPrintable(text));
            QCOMPARE(panel->differences()->topLevelItemCount(), 1);
            const QTreeWidgetItem *item = panel->differences()->topLevelItem(0);
            QCOMPARE(item->text(1), QStringLiteral("in scope"));
            QCOMPARE(item->text(2), QStringLiteral("not in scope"));
        }
        keepPicture(m_designer, differ ? QStringLiteral("live-check-differs.png")
                                       : QStringLiteral("live-check.png"));
        QCOMPARE(writesLogged(), QStringList());
    }

    void checkCanBeCancelled()
    {
        QVERIFY(openDesigner());
        m_org->fake->faults().slowMs = 300; // the next requests answer slowly
        m_org->fake->faults().add(Fake::FakeFaults::Kind::Slow, m_org->fake->apiRequests() + 1, 10);
        LiveCheckPanel *panel = m_designer->checkPanel();
        QTRY_VERIFY(panel->checkButton()->isEnabled());
        m_designer->findChild<QTabWidget *>(QStringLiteral("bottomTabs"))->setCurrentWidget(panel);
        panel->checkButton()->click();
        QVERIFY(panel->cancelButton()->isVisible());
        panel->cancelButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(panel->cancelButton()->isHidden(), 30000);
        QCOMPARE(panel->resultLabel()->text(), QStringLiteral("Cancelled."));
        QVERIFY(panel->checkButton()->isEnabled());
    }

    // An operator Dataverse knows and SyncLens does not: no preview, so no
    // write without the distinct confirmation that names the risk.
    void unevaluableFetchXmlNeedsSaveWithoutPreview()
    {
        QVERIFY(openDesigner());
        const QString linked = QStringLiteral(
            "<fetch version=\"1.0\" mapping=\"logical\"><entity name=\"appointment\">"
            "<filter type=\"and\"><condition attribute=\"ownerid\" operator=\"eq-userid\"/>"
            "<condition attribute=\"scheduledstart\" operator=\"this-fiscal-year\"/></filter>"
            "</entity></fetch>");
        edit(linked);
        QAction *save = designerAction("saveFilter");
        QTRY_VERIFY(save->isEnabled());
        save->trigger();
        auto *box = waitFor<QMessageBox>(m_designer, QStringLiteral("confirmWithoutPreview"));
        QVERIFY(box);
        QVERIFY(!m_designer->findChild<QMessageBox *>(QStringLiteral("confirmChange")));
        QVERIFY2(box->informativeText().contains(QStringLiteral("cannot evaluate")),
                 qPrintable(box->informativeText()));
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        box->button(QMessageBox::Cancel)->click();
        QTest::qWait(0);
        QCOMPARE(writesLogged(), QStringList());

        save->trigger();
        box = waitFor<QMessageBox>(m_designer, QStringLiteral("confirmWithoutPreview"));
        QVERIFY(box);
        const auto outcome = confirmAndWait(box, "saveWithoutPreviewButton");
        QVERIFY(outcome);
        QCOMPARE(liveFilterStatusName(outcome->status), QStringLiteral("done"));
        QCOMPARE(orgFetchXml(m_filterId), linked);
    }

    // The org refuses (403): the message names the privilege; nothing is kept as saved.
    void forbiddenNamesThePrivilege()
    {
        QVERIFY(openDesigner());
        m_org->fake->outOfReachOwners.insert(m_userId);
        edit(appointmentsAfter(QStringLiteral("2026-01-01")));
        QMessageBox *box = saveAndConfirmation();
        QVERIFY(box);
        const auto outcome = confirmAndWait(box, "confirmButton");
        QVERIFY(outcome);
        QCOMPARE(liveFilterStatusName(outcome->status), QStringLiteral("forbidden"));
        auto *failed = waitFor<QMessageBox>(m_designer, QStringLiteral("liveWriteFailed"));
        QVERIFY(failed);
        QVERIFY2(failed->informativeText().contains(QStringLiteral("prvAdminFilter")),
                 qPrintable(failed->informativeText()));
        QVERIFY(m_designer->draft()->isDirty()); // the edit stays, unsaved
        QVERIFY(designerAction("saveFilter")->isEnabled());
    }
};

QTEST_MAIN(TestLiveDesignerBulk)
#include "tst_livedesignerbulk.moc"
