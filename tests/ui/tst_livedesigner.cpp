#include "livedesignertest.h"

#include "fetchxml/fetchxmlparser.h"

#include <QScreen>

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
        // Both as FetchXML (indented for reading) and as sentences.
        const auto shown = [dialog](const char *side) {
            const QString text =
                dialog
                    ->findChild<QPlainTextEdit *>(QLatin1String(side) + QStringLiteral("FetchXml"))
                    ->toPlainText();
            return FetchXmlParser().parse(text).value();
        };
        QVERIFY(shown("theirs") == FetchXmlParser().parse(theirs).value());
        QVERIFY(shown("ours") == FetchXmlParser().parse(ours).value());
        QCOMPARE(dialog->conflict().theirs->fetchXml, theirs);
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

    // F5 reads the org again: the designer shows the filter as the org has
    // it now and writes on the ETag just read (no conflict with itself).
    void refreshShowsTheOrgsVersion()
    {
        QVERIFY(openDesigner());
        const QString theirs = appointmentsAfter(QStringLiteral("2025-06-01"));
        QVERIFY(m_org->fake->touchUserQuery(m_filterId, {{QStringLiteral("fetchxml"), theirs}}));
        QSignalSpy opened(m_window.get(), &MainWindow::orgOpened);
        live()->refresh();
        QVERIFY(opened.wait(60000));
        QTRY_COMPARE(m_designer->draft()->stored().fetchXml, theirs);
        QVERIFY(!m_designer->draft()->isDirty());
        const QString ours = appointmentsAfter(QStringLiteral("2026-01-01"));
        edit(ours);
        QMessageBox *box = saveAndConfirmation();
        QVERIFY(box);
        QCOMPARE(liveFilterStatusName(confirmAndWait(box, "confirmButton")->status),
                 QStringLiteral("done"));
        QCOMPARE(orgFetchXml(m_filterId), ours);
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

    // SYNCLENS_SCREENSHOT_DIR=DIR saves the screen with the save's
    // confirmation (live-save.png) and with the conflict view (live-conflict.png),
    // "theirs" written meanwhile by another session. The org is the one
    // synclens-fakecrm serves at SYNCLENS_FAKECRM_URL, else an in-process fake's.
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("SYNCLENS_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("SYNCLENS_SCREENSHOT_DIR is not set");
        LiveConnection connection;
        if (const QString url = qEnvironmentVariable("SYNCLENS_FAKECRM_URL"); !url.isEmpty()) {
            Fake::FakeDataverse defaults(Fake::FakeOrgData{});
            auto settings = SignInSettings::fromInput(url, defaults.tenant, defaults.clientId, url);
            QVERIFY(settings.ok());
            ClientCredentialsProvider::Settings s{QUrl(url), defaults.tenant, defaults.clientId,
                                                  QUrl(url)};
            connection = {*settings, SignInMethod::ClientSecret,
                          std::make_shared<ClientCredentialsProvider>(s, defaults.clientSecret)};
        } else {
            m_org = std::make_unique<FakeOrg>();
            QVERIFY(m_org->start());
            connection = m_org->connection();
        }
        QSignalSpy opened(m_window.get(), &MainWindow::orgOpened);
        Q_EMIT m_window->liveConnected(connection);
        QVERIFY(opened.wait(120000));
        QVERIFY(openDesignerOnOrg());
        m_designer->move(0, 0);
        m_designer->resize(1440, 900);
        const auto grabScreen = [&](const QString &name) {
            QTest::qWait(300); // the dialog painted
            return QGuiApplication::primaryScreen()->grabWindow(0).save(dir + u'/' + name);
        };
        edit(appointmentsAfter(QStringLiteral("2026-01-01")));
        QMessageBox *box = saveAndConfirmation();
        QVERIFY(box);
        QVERIFY(grabScreen(QStringLiteral("live-save.png")));
        QVERIFY(confirmAndWait(box, "confirmButton"));

        // Another admin writes their version meanwhile.
        LiveFilterSession other(m_window->orgPath(), connection);
        SyncFilter theirs = m_designer->draft()->stored();
        theirs.fetchXml = appointmentsAfter(QStringLiteral("2025-06-01"));
        QSignalSpy written(&other, &LiveFilterSession::finished);
        other.save(theirs);
        QVERIFY(written.wait(30000));
        edit(appointmentsAfter(QStringLiteral("2026-02-01")));
        box = saveAndConfirmation();
        QVERIFY(box);
        QVERIFY(confirmAndWait(box, "confirmButton"));
        auto *dialog =
            waitFor<LiveConflictDialog>(m_designer, QStringLiteral("liveConflictDialog"));
        QVERIFY(dialog);
        dialog->move(140, 90);
        auto *label = dialog->findChild<QLabel *>(QStringLiteral("conflictDifference"));
        QTRY_VERIFY_WITH_TIMEOUT(!label->text().endsWith(u'…'), 20000);
        QVERIFY(grabScreen(QStringLiteral("live-conflict.png")));
        dialog->reject();
    }
};

QTEST_MAIN(TestLiveDesigner)
#include "tst_livedesigner.moc"
