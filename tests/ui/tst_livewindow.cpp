#include "livewindowtest.h"
#include "timelinepanel.h"
#include "timelinewidget.h"

using namespace SyncLens;
using namespace SyncLens::LiveTest;

// Live mode in the window against the fake Dataverse: connect, the import in
// the background, the status bar, Refresh (F5), Cancel, the 429 wait, the
// refresh every N minutes.
class TestLiveWindow : public LiveWindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        forgetEverything();
        QVERIFY(openWindow());
    }

    void cleanup() { closeWindow(); }

    void connectImportsAndShowsTheMailboxes()
    {
        FakeOrg org;
        QVERIFY(org.start());
        live()->controller()->setReadTime(org.spec.now);
        QVERIFY(connectTo(org, org.connection()));
        QVERIFY(org.file().startsWith(DataFolder::path() + QStringLiteral("/live/127.0.0.1-")));
        QVERIFY(live()->isLive());
        QCOMPARE(shownMailboxIds(), org.mailboxIds);
        QVERIFY(!org.mailboxIds.isEmpty());
        QCOMPARE(AppSettings().lastOrgPath(), org.file()); // opened again at the next start
        QVERIFY(!live()->importPanel()->isVisible());
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("mailboxes")));
        QVERIFY(!QFileInfo::exists(org.file() + QStringLiteral(".new")));
    }

    // The whole way a person goes: File ▸ Connect, an application user's
    // secret (kept in the keychain, where the refreshes find it), the import,
    // the mailboxes. Needs a Secret Service (skipped without one).
    void connectDialogSignsInAndImports()
    {
        const CredentialStore store(QStringLiteral("SyncLens tests"));
        std::optional<CredentialStore::Outcome> probe;
        store.write(QStringLiteral("probe"), QStringLiteral("x"), this,
                    [&probe](const CredentialStore::Outcome &o) { probe = o; });
        QTRY_VERIFY_WITH_TIMEOUT(probe.has_value(), 30000);
        if (!probe->ok)
            QSKIP("no Secret Service to keep the client secret in");
        FakeOrg org;
        QVERIFY(org.start());
        live()->controller()->setReadTime(org.spec.now);
        QSignalSpy opened(m_window.get(), &MainWindow::orgOpened);
        m_window->findChild<QAction *>(QStringLiteral("connectLiveAction"))->trigger();
        auto *dialog = m_window->findChild<ConnectDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        const auto field = [dialog](const char *name) {
            return dialog->findChild<QLineEdit *>(QString::fromLatin1(name));
        };
        field("environmentUrl")->setText(org.fake->url().toString());
        dialog->findChild<QComboBox *>(QStringLiteral("signInMethod"))->setCurrentIndex(2);
        QTest::keyClicks(field("clientSecret"), org.fake->clientSecret);
        field("tenant")->setText(org.fake->tenant);
        field("clientId")->setText(org.fake->clientId);
        field("authority")->setText(org.fake->url().toString());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("signInButton")),
                          Qt::LeftButton);
        QVERIFY(opened.wait(60000));
        QCOMPARE(m_window->orgPath(), org.file());
        QCOMPARE(shownMailboxIds(), org.mailboxIds);
        // A refresh signs in with the secret from the keychain.
        QSignalSpy finished(live()->controller(), &LiveImportController::finished);
        live()->refreshAction()->trigger();
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().at(1).toString()));
        SignInSettings settings = org.connection().settings;
        store.remove(settings.clientSecretKey(), this, [](const auto &) {});
        store.remove(QStringLiteral("probe"), this, [](const auto &) {});
    }

    void statusBarSaysWhichOrgAndHowOld()
    {
        FakeOrg org;
        QVERIFY(org.start());
        live()->controller()->setReadTime(org.spec.now);
        QVERIFY(connectTo(org, org.connection()));
        OrgSourceLabel *label = live()->sourceLabel();
        QVERIFY(label->isVisible());
        label->setClock([&org] { return org.spec.now.addSecs(5 * 60 + 20); });
        label->updateText();
        QCOMPARE(label->text(), QStringLiteral("Live: 127.0.0.1 · read 5 min ago"));
        label->setClock([&org] { return org.spec.now.addSecs(3 * 3600 + 5); });
        label->updateText();
        QCOMPARE(label->text(), QStringLiteral("Live: 127.0.0.1 · read 3 h ago"));
        label->setClock([&org] { return org.spec.now.addDays(2); });
        label->updateText();
        QCOMPARE(label->text(), QStringLiteral("Live: 127.0.0.1 · read on %1")
                                    .arg(TimeText::formatLocal(org.spec.now)));
        QVERIFY(label->toolTip().contains(org.fake->url().toString()));
        // A sandbox says its file.
        const QString copy = UiTest::copyOrg(org.dir.filePath(QStringLiteral("sandbox.db")),
                                             org.dir, QStringLiteral("training.db"));
        QVERIFY(UiTest::openAndWait(*m_window, copy));
        QCOMPARE(label->text(), QStringLiteral("Sandbox: training.db"));
    }

    void ageText_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        const QString day = TimeText::formatLocal(readAt());
        QTest::newRow("now") << qint64(0) << QStringLiteral("read just now");
        QTest::newRow("59 s") << qint64(59) << QStringLiteral("read just now");
        QTest::newRow("a minute") << qint64(60) << QStringLiteral("read 1 min ago");
        QTest::newRow("5 min") << qint64(5 * 60 + 59) << QStringLiteral("read 5 min ago");
        QTest::newRow("59 min") << qint64(3599) << QStringLiteral("read 59 min ago");
        QTest::newRow("an hour") << qint64(3600) << QStringLiteral("read 1 h ago");
        QTest::newRow("23 h") << qint64(23 * 3600 + 3599) << QStringLiteral("read 23 h ago");
        QTest::newRow("a day") << qint64(86400) << QStringLiteral("read on %1").arg(day);
        QTest::newRow("clock behind") << qint64(-30) << QStringLiteral("read just now");
    }

    void ageText()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(OrgSourceLabel::ageText(seconds, readAt()), text);
    }

    void f5RefreshesWithoutBlocking()
    {
        FakeOrg org;
        QVERIFY(org.start());
        live()->controller()->setReadTime(org.spec.now);
        QVERIFY(connectTo(org, org.connection()));
        const qint64 fullRead = live()->controller()->summary().records;
        QVERIFY(fullRead > 0);
        QSignalSpy cycles(m_engine->engine(), &SyncEngine::cycleStarted);
        // A contact deleted in the org meanwhile: F5 must notice it.
        const auto &contacts = org.fake->data().entitySet(QStringLiteral("contacts"))->rows;
        const QString deleted = contacts.at(1).value(QStringLiteral("contactid")).toString();
        QVERIFY(org.fake->deleteRow(QStringLiteral("contacts"), deleted));
        const QDateTime later = org.spec.now.addSecs(3600);
        live()->controller()->setReadTime(later);
        // Slow answers: the window stays on the old data meanwhile.
        org.fake->faults().slowMs = 150;
        org.fake->faults().add(Fake::FakeFaults::Kind::Slow, org.fake->apiRequests() + 1, 3);
        QSignalSpy finished(live()->controller(), &LiveImportController::finished);
        QSignalSpy opened(m_window.get(), &MainWindow::orgOpened);
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QVERIFY(live()->controller()->isRunning());
        QVERIFY(live()->importPanel()->isVisible());
        QVERIFY(!live()->refreshAction()->isEnabled()); // one at a time
        QVERIFY(m_window->isOrgReady());
        QCOMPARE(shownMailboxIds(), org.mailboxIds);
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(opened.wait(20000));
        QCOMPARE(shownMailboxIds(), org.mailboxIds);
        auto store = OrgStore::open(org.file(), OrgStore::Access::ReadOnly);
        QVERIFY(store);
        QCOMPARE(LiveOrgInfo::read(**store).readAt, later);
        // Only what changed since the first read was read; the rest was kept.
        const LiveImportSummary &refresh = live()->controller()->summary();
        QVERIFY(refresh.kept > 0);
        QVERIFY(refresh.records < fullRead);
        QCOMPARE(refresh.deleted, qint64(1));
        QVERIFY(!(*store)->crmRecord(deleted)->has_value());
        QVERIFY((*store)->metaValue(QStringLiteral("live.deltaLink.contacts"))->contains(u'$'));
        QCOMPARE(cycles.count(), 0); // F5 ran no cycle
        QVERIFY(live()->refreshAction()->isEnabled());
    }

    // Nothing tracked and no alert in the days read: the timeline says what
    // it shows on a live org, not to run a cycle (which a live org refuses).
    void anEmptyLiveTimelineSaysWhatItWaitsFor()
    {
        FakeOrg org;
        QVERIFY(org.start());
        for (const char *set : {"emails", "tracelogs"}) {
            const auto *rows = org.fake->data().entitySet(QLatin1String(set));
            QStringList ids;
            for (const QJsonObject &row : rows->rows)
                ids << row.value(rows->primaryKey).toString();
            for (const QString &id : std::as_const(ids))
                QVERIFY(org.fake->deleteRow(QLatin1String(set), id));
        }
        live()->controller()->setReadTime(org.spec.now);
        QVERIFY(connectTo(org, org.connection()));
        TimelinePanel *timeline = m_window->timelinePanel();
        QTRY_VERIFY_WITH_TIMEOUT(!timeline->isLoading(), 20000);
        const QString text = timeline->timeline()->placeholderText();
        QVERIFY2(text.contains(QStringLiteral("Dynamics 365")) &&
                     text.contains(QStringLiteral("F5")) && !text.contains(QStringLiteral("cycle")),
                 qPrintable(text));
    }

    void cancelLeavesThePreviousFile()
    {
        FakeOrg org;
        QVERIFY(org.start());
        live()->controller()->setReadTime(org.spec.now);
        QVERIFY(connectTo(org, org.connection()));
        const QByteArray before = contents(org.file());
        QVERIFY(!before.isEmpty());
        org.fake->faults().slowMs = 200;
        org.fake->faults().add(Fake::FakeFaults::Kind::Slow, org.fake->apiRequests() + 1, 1000);
        QSignalSpy finished(live()->controller(), &LiveImportController::finished);
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        LiveImportPanel *panel = live()->importPanel();
        QTRY_VERIFY(panel->text().contains(QStringLiteral("read")));
        QTest::mouseClick(panel->cancelButton(), Qt::LeftButton);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!finished.first().first().toBool());
        QVERIFY(live()->controller()->wasCancelled());
        QVERIFY(!panel->isVisible());
        QCOMPARE(contents(org.file()), before);
        const QStringList leftovers =
            QDir(QFileInfo(org.file()).absolutePath())
                .entryList({QStringLiteral("*.new*"), QStringLiteral("*importing*")},
                           QDir::Files | QDir::Hidden);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u' ')));
        QVERIFY(m_window->isOrgReady());
        QCOMPARE(m_window->orgPath(), org.file());
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("cancelled")));
        QVERIFY(!m_window->findChild<QMessageBox *>()); // a cancel is no problem to report
    }

    void throttlingShowsTheWait()
    {
        FakeOrg org;
        QVERIFY(org.start());
        live()->controller()->setReadTime(org.spec.now);
        org.fake->faults().retryAfterSeconds = 30;
        org.fake->faults().add(Fake::FakeFaults::Kind::Throttle, 3, 1);
        QSignalSpy waiting(live()->controller(), &LiveImportController::waiting);
        QSignalSpy opened(m_window.get(), &MainWindow::orgOpened);
        Q_EMIT m_window->liveConnected(org.connection());
        QTRY_VERIFY_WITH_TIMEOUT(waiting.count() == 1, 20000);
        QVERIFY2(
            live()->importPanel()->text().contains(QStringLiteral("Dataverse asked to wait 30 s")),
            qPrintable(live()->importPanel()->text()));
        QCOMPARE(waiting.first().first().toInt(), 30);
        QVERIFY(opened.wait(60000)); // then it goes on by itself
        QCOMPARE(shownMailboxIds(), org.mailboxIds);
    }

    void autoRefreshIsASettingOffByDefault()
    {
        QAction *never =
            live()->autoRefreshMenu()->findChild<QAction *>(QStringLiteral("autoRefresh0Action"));
        QVERIFY(never && never->isChecked());
        QCOMPARE(AppSettings().liveRefreshMinutes(), 0);
        FakeOrg org;
        QVERIFY(org.start());
        live()->controller()->setReadTime(org.spec.now);
        QVERIFY(connectTo(org, org.connection()));
        QVERIFY(!live()->autoRefreshTimer()->isActive());
        live()
            ->autoRefreshMenu()
            ->findChild<QAction *>(QStringLiteral("autoRefresh15Action"))
            ->trigger();
        QCOMPARE(AppSettings().liveRefreshMinutes(), 15);
        QVERIFY(live()->autoRefreshTimer()->isActive());
        QCOMPARE(live()->autoRefreshTimer()->interval(), 15 * 60 * 1000);
        // Its timeout refreshes like F5.
        QSignalSpy finished(live()->controller(), &LiveImportController::finished);
        QMetaObject::invokeMethod(live()->autoRefreshTimer(), "timeout", Qt::DirectConnection);
        QVERIFY(live()->controller()->isRunning());
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.first().first().toBool());
    }

    // SYNCLENS_SCREENSHOT_DIR=DIR saves the window while it reads a live org
    // (live-import.png) and once it shows it (live-mailboxes.png). The org is
    // the one synclens-fakecrm serves at SYNCLENS_FAKECRM_URL (its own tenant,
    // client id and secret), else an in-process fake's.
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("SYNCLENS_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("SYNCLENS_SCREENSHOT_DIR is not set");
        FakeOrg org;
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
            QVERIFY(org.start());
            org.fake->faults().slowMs = 300;
            org.fake->faults().add(Fake::FakeFaults::Kind::Slow, 4, 6);
            connection = org.connection();
        }
        live()->controller()->setRetryPolicy(RetryPolicy{});
        // As of a sandbox's clock (synclens-cli sandbox create's default), so that its
        // alerts and emails of the last 14 days come too; the data read 3 minutes ago.
        const QDateTime now = SandboxSpec().now;
        live()->controller()->setReadTime(now);
        live()->sourceLabel()->setClock([now] { return now.addSecs(190); });
        m_window->resize(1440, 900);
        QSignalSpy opened(m_window.get(), &MainWindow::orgOpened);
        Q_EMIT m_window->liveConnected(connection);
        QTRY_VERIFY_WITH_TIMEOUT(live()->importPanel()->text().contains(QStringLiteral(" read")),
                                 30000);
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/live-import.png")));
        QVERIFY(opened.wait(120000));
        // The mailbox with the most alerts, its details open.
        MailboxTableModel *model = m_window->mailboxModel();
        int best = 0;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, MailboxTableModel::AlertsColumn).data().toInt() >
                model->index(best, MailboxTableModel::AlertsColumn).data().toInt())
                best = r;
        }
        m_window->showMailbox(
            model->index(best, 0).data(MailboxTableModel::MailboxIdRole).toString());
        QCoreApplication::sendPostedEvents(); // the layouts settle
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/live-mailboxes.png")));
        // The timeline of every mailbox: the tracked emails and the alerts.
        TimelinePanel *timeline = m_window->timelinePanel();
        timeline->setScope(TimelinePanel::Scope::AllMailboxes);
        QTRY_VERIFY_WITH_TIMEOUT(!timeline->isLoading() && timeline->timeline()->data() &&
                                     !timeline->timeline()->data()->isEmpty(),
                                 30000);
        // Floating and wide, so that the marks have room.
        QDockWidget *dock = m_window->timelineDock();
        dock->setFloating(true);
        dock->resize(1200, 420);
        dock->show();
        QCoreApplication::sendPostedEvents();
        timeline->fitAction()->trigger();
        QCoreApplication::sendPostedEvents();
        QVERIFY(dock->grab().save(dir + QStringLiteral("/live-timeline.png")));
    }
};

QTEST_MAIN(TestLiveWindow)
#include "tst_livewindow.moc"
