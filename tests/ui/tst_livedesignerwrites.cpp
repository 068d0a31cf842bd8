#include "designer/filterlistpanel.h"
#include "livedesignertest.h"

using namespace SyncLens;
using namespace SyncLens::LiveTest;

// The filter designer on a live org, continued: a new filter is created in
// the org (POST), disabling writes its state, Delete deletes it there, each
// after its confirmation; a write in progress shows it and can be cancelled.
class TestLiveDesignerWrites : public LiveDesignerTest
{
    Q_OBJECT

private:
    QJsonObject orgRow(const QString &filterId) const
    {
        const auto *set = m_org->fake->data().entitySet(QStringLiteral("userqueries"));
        for (const QJsonObject &row : set->rows) {
            if (row.value(QStringLiteral("userqueryid")).toString() == filterId)
                return row;
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

    void createDisableAndDeleteWriteToTheOrg()
    {
        QVERIFY(openDesigner());
        auto *list = m_designer->findChild<FilterListPanel *>();
        Q_EMIT list->createRequested(QStringLiteral("appointment"), QStringLiteral("Since June"),
                                     appointmentsAfter(QStringLiteral("2025-06-01")));
        const QString id = m_designer->currentFilterId();
        QVERIFY(id != m_filterId);
        QMessageBox *box = saveAndConfirmation();
        QVERIFY(box);
        QCOMPARE(writesLogged(), QStringList());
        QCOMPARE(liveFilterStatusName(confirmAndWait(box, "confirmButton")->status),
                 QStringLiteral("done"));
        QCOMPARE(writesLogged(), QStringList{QStringLiteral("POST userqueries")});
        QCOMPARE(orgRow(id).value(QStringLiteral("name")).toString(), QStringLiteral("Since June"));
        QCOMPARE(orgRow(id).value(QStringLiteral("querytype")).toInt(), 256);

        list->findChild<QPushButton *>(QStringLiteral("toggleFilter"))->click();
        QVERIFY(!m_designer->draft()->filter().enabled);
        box = saveAndConfirmation();
        QVERIFY(box);
        QCOMPARE(liveFilterStatusName(confirmAndWait(box, "confirmButton")->status),
                 QStringLiteral("done"));
        QCOMPARE(orgRow(id).value(QStringLiteral("statecode")).toInt(), 1); // inactive

        list->findChild<QPushButton *>(QStringLiteral("deleteFilter"))->click();
        box = confirmation();
        QVERIFY(box);
        QCOMPARE(writesLogged().size(), 2);
        QCOMPARE(liveFilterStatusName(confirmAndWait(box, "confirmButton")->status),
                 QStringLiteral("done"));
        QCOMPARE(writesLogged().constLast(), QStringLiteral("DELETE userqueries(%1)").arg(id));
        QVERIFY(orgRow(id).isEmpty());
    }

    // The org answers slowly: the write shows its progress, the window
    // keeps working, and Cancel stops it before anything is written.
    void writeShowsProgressAndCancels()
    {
        QVERIFY(openDesigner());
        const QString before = orgFetchXml(m_filterId);
        edit(appointmentsAfter(QStringLiteral("2026-01-01")));
        QMessageBox *box = saveAndConfirmation();
        QVERIFY(box);
        m_org->fake->faults().slowMs = 1000;
        m_org->fake->faults().add(Fake::FakeFaults::Kind::Slow, m_org->fake->apiRequests() + 1, 4);
        QSignalSpy finished(m_designer.data(), &FilterDesignerWindow::liveWriteFinished);
        box->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
        QTRY_VERIFY(m_designer->liveProgress()->isVisible());
        QVERIFY(!designerAction("saveFilter")->isEnabled()); // one write at a time
        // Responsive meanwhile: the other editors still take edits.
        m_designer->findChild<QLineEdit *>(QStringLiteral("filterName"))
            ->setText(QStringLiteral("x"));
        auto *cancel = m_designer->findChild<QPushButton *>(QStringLiteral("cancelLiveWrite"));
        QVERIFY(cancel->isVisible());
        cancel->click();
        QVERIFY(finished.wait(30000));
        QCOMPARE(liveFilterStatusName(
                     finished.constFirst().constFirst().value<LiveFilterOutcome>().status),
                 QStringLiteral("cancelled"));
        QVERIFY(!m_designer->liveProgress()->isVisible());
        QCOMPARE(writesLogged(), QStringList());
        QCOMPARE(orgFetchXml(m_filterId), before);
        QVERIFY(m_designer->draft()->isDirty()); // the edit stays, to save again
    }
};

QTEST_MAIN(TestLiveDesignerWrites)
#include "tst_livedesignerwrites.moc"
