#include "livedesignertest.h"

using namespace SyncLens;
using namespace SyncLens::LiveTest;
using Status = LiveFilterOutcome::Status;

// The filter designer on a live org (issue 15): Save writes to the org only
// after the confirmation, with If-Match on the ETag the filter was read with;
// a change made meanwhile opens the conflict view; a read-only connection
// writes nothing.
class TestLiveDesigner : public LiveDesignerTest
{
    Q_OBJECT

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

    void saveWritesOnlyAfterTheConfirmation()
    {
        QVERIFY(openDesigner());
        const QString ours = appointmentsAfter(QStringLiteral("2026-01-01"));
        edit(ours);
        QMessageBox *box = saveAndConfirmation();
        QVERIFY(box);
        // The confirmation sums up the preview and the one-way warning.
        QVERIFY2(box->informativeText().contains(QStringLiteral("enter the scope")),
                 qPrintable(box->informativeText()));
        QVERIFY(box->informativeText().contains(QStringLiteral("CRM → Exchange")));
        QVERIFY(box->informativeText().contains(m_org->fake->url().host()));
        QCOMPARE(writesLogged(), QStringList());
        box->button(QMessageBox::Cancel)->click();
        QTest::qWait(0);
        QCOMPARE(writesLogged(), QStringList()); // cancelled: nothing written

        box = saveAndConfirmation();
        QVERIFY(box);
        QCOMPARE(writesLogged(), QStringList());
        const auto outcome = confirmAndWait(box, "confirmButton");
        QVERIFY(outcome);
        QCOMPARE(liveFilterStatusName(outcome->status), QStringLiteral("done"));
        QCOMPARE(writesLogged().size(), 1);
        QVERIFY(writesLogged().constFirst().startsWith(QStringLiteral("PATCH userqueries(")));
        QCOMPARE(orgFetchXml(m_filterId), ours);
        QVERIFY(!m_designer->draft()->isDirty());
        QCOMPARE(m_designer->draft()->stored().fetchXml, ours);
    }

    void undoWritesTheVersionBeforeToTheOrg()
    {
        QVERIFY(openDesigner());
        const QString before = orgFetchXml(m_filterId);
        edit(appointmentsAfter(QStringLiteral("2026-01-01")));
        QMessageBox *box = saveAndConfirmation();
        QVERIFY(box);
        QVERIFY(confirmAndWait(box, "confirmButton"));
        QAction *undo = designerAction("undoChange");
        QTRY_VERIFY(undo->isEnabled());
        undo->trigger();
        box = confirmation();
        QVERIFY(box);
        QCOMPARE(writesLogged().size(), 1); // the save only, until Undo is confirmed
        const auto outcome = confirmAndWait(box, "confirmButton");
        QVERIFY(outcome);
        QCOMPARE(liveFilterStatusName(outcome->status), QStringLiteral("done"));
        QCOMPARE(writesLogged().size(), 2);
        QCOMPARE(orgFetchXml(m_filterId), before);
    }

    void conflictShowsBothVersions_data()
    {
        QTest::addColumn<bool>("keepTheirs");
        QTest::newRow("keep theirs") << true;
        QTest::newRow("write ours over theirs") << false;
    }

    // Someone changes the filter in the org between the read and the save.
    void conflictShowsBothVersions()
    {
        QFETCH(bool, keepTheirs);
        QVERIFY(openDesigner());
        const QString theirs = appointmentsAfter(QStringLiteral("2025-06-01"));
        const QString ours = appointmentsAfter(QStringLiteral("2026-01-01"));
        QVERIFY(m_org->fake->touchUserQuery(m_filterId, {{QStringLiteral("fetchxml"), theirs}}));
        edit(ours);
        QMessageBox *box = saveAndConfirmation();
        QVERIFY(box);
        const auto outcome = confirmAndWait(box, "confirmButton");
        QVERIFY(outcome);
        QCOMPARE(liveFilterStatusName(outcome->status), QStringLiteral("conflict"));
        QCOMPARE(writesLogged(), QStringList()); // 412 before any write: the row was read first
        auto *dialog =
            waitFor<LiveConflictDialog>(m_designer, QStringLiteral("liveConflictDialog"));
        QVERIFY(dialog);
        QCOMPARE(
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("theirsFetchXml"))->toPlainText(),
            theirs);
        QCOMPARE(dialog->findChild<QPlainTextEdit *>(QStringLiteral("oursFetchXml"))->toPlainText(),
                 ours);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("theirsSentence"))
                    ->text()
                    .contains(QStringLiteral("2025")));
        // Their version takes in the appointments of June to December 2025; ours does not.
        auto *label = dialog->findChild<QLabel *>(QStringLiteral("conflictDifference"));
        QTRY_VERIFY2_WITH_TIMEOUT(label->text().startsWith(QStringLiteral("Only theirs")),
                                  qPrintable(label->text()), 20000);
        auto *onlyTheirs = dialog->findChild<QListWidget *>(QStringLiteral("theirsOnlyRecords"));
        QVERIFY(onlyTheirs->count() > 0);
        QCOMPARE(dialog->findChild<QListWidget *>(QStringLiteral("oursOnlyRecords"))->count(), 0);

        if (keepTheirs) {
            dialog->findChild<QPushButton *>(QStringLiteral("keepTheirsButton"))->click();
            QTRY_COMPARE(m_designer->draft()->stored().fetchXml, theirs);
            QVERIFY(!m_designer->draft()->isDirty());
            QCOMPARE(writesLogged(), QStringList());
            QCOMPARE(orgFetchXml(m_filterId), theirs);
            return;
        }
        QSignalSpy finished(m_designer.data(), &FilterDesignerWindow::liveWriteFinished);
        dialog->findChild<QPushButton *>(QStringLiteral("writeOursButton"))->click();
        QVERIFY(finished.wait(30000));
        QCOMPARE(liveFilterStatusName(
                     finished.constFirst().constFirst().value<LiveFilterOutcome>().status),
                 QStringLiteral("done"));
        QCOMPARE(writesLogged().size(), 1);
        QCOMPARE(orgFetchXml(m_filterId), ours);
    }

    // The admin saves the same filter from two designers: the second one's
    // ETag is stale, so it gets the conflict view instead of overwriting.
    void secondDesignerGetsTheConflict()
    {
        QVERIFY(openDesigner());
        FilterDesignerWindow second(m_window->orgPath(), m_engine->engine(), m_userId);
        second.setPreviewDelay(10);
        auto connection = live()->filterConnection();
        QVERIFY(connection.ok());
        second.setLiveConnection(*connection);
        second.openFilter(m_filterId);
        second.show();

        const QString first = appointmentsAfter(QStringLiteral("2025-06-01"));
        edit(first);
        QMessageBox *box = saveAndConfirmation();
        QVERIFY(box);
        QCOMPARE(liveFilterStatusName(confirmAndWait(box, "confirmButton")->status),
                 QStringLiteral("done"));

        second.fetchXmlEditor()->setPlainText(appointmentsAfter(QStringLiteral("2026-01-01")));
        QAction *save = second.findChild<QAction *>(QStringLiteral("saveFilter"));
        QTRY_VERIFY(save->isEnabled());
        QSignalSpy finished(&second, &FilterDesignerWindow::liveWriteFinished);
        save->trigger();
        auto *secondBox = waitFor<QMessageBox>(&second, QStringLiteral("confirmChange"));
        QVERIFY(secondBox);
        secondBox->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
        QVERIFY(finished.wait(30000));
        QCOMPARE(liveFilterStatusName(
                     finished.constFirst().constFirst().value<LiveFilterOutcome>().status),
                 QStringLiteral("conflict"));
        auto *dialog = waitFor<LiveConflictDialog>(&second, QStringLiteral("liveConflictDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->conflict().theirs->fetchXml, first);
        QCOMPARE(writesLogged().size(), 1); // the first designer's save only
        QCOMPARE(orgFetchXml(m_filterId), first);
        dialog->reject();
    }

    void readOnlyConnectionWritesNothing()
    {
        QVERIFY(openDesigner(true));
        edit(appointmentsAfter(QStringLiteral("2026-01-01")));
        QTest::qWait(0);
        for (const char *name : {"saveFilter", "undoChange", "applyToUsers"}) {
            QAction *a = designerAction(name);
            QVERIFY2(!a->isEnabled(), name);
            QVERIFY2(a->toolTip().contains(QStringLiteral("read-only")), qPrintable(a->toolTip()));
        }
        auto *remove = m_designer->findChild<QPushButton *>(QStringLiteral("deleteFilter"));
        QVERIFY(!remove->isEnabled());
        QVERIFY(remove->toolTip().contains(QStringLiteral("read-only")));
        designerAction("saveFilter")->trigger(); // Ctrl+S on a disabled action: nothing
        QTest::qWait(50);
        QVERIFY(!m_designer->findChild<QMessageBox *>(QStringLiteral("confirmChange")));
        // The check only reads: it stays available.
        QVERIFY(m_designer->checkPanel()->checkButton()->isEnabled());
        QCOMPARE(writesLogged(), QStringList());
    }

    // "Open read-only" is remembered with the connection.
    void readOnlyIsRemembered()
    {
        RememberedConnection c{QStringLiteral("https://contoso.crm.dynamics.com"),
                               SignInMethod::Browser,
                               {},
                               {},
                               {},
                               true};
        RememberedConnections().remember(c);
        QVERIFY(RememberedConnections().isReadOnly(c));
        ConnectDialog dialog;
        auto *box = dialog.findChild<QCheckBox *>(QStringLiteral("openReadOnly"));
        QVERIFY(box);
        QVERIFY(box->isChecked()); // the remembered connection filled in
        c.readOnly = false;
        RememberedConnections().remember(c);
        QVERIFY(!RememberedConnections().isReadOnly(c));
    }
};

QTEST_MAIN(TestLiveDesigner)
#include "tst_livedesigner.moc"
