#include "livewindowtest.h"
#include "sync/mailboxhealth.h"

using namespace SyncLens;
using namespace SyncLens::LiveTest;

// A live org in the window: the simulation's commands off, its mailboxes and
// tracked emails read right, and signing in again when the tokens are gone.
class TestLiveRules : public LiveWindowTest
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

    void simulationIsOffOnALiveOrg()
    {
        FakeOrg org;
        QVERIFY(org.start());
        live()->controller()->setReadTime(org.spec.now);
        QVERIFY(connectTo(org, org.connection()));
        SyncControls *controls = m_window->syncControls();
        MailboxDetailsPane *details = m_window->mailboxesPanel()->details();
        QAction *openScenario = m_window->scenarioPanel()->menuActions().constFirst();
        QVERIFY(m_window->mailboxesPanel()->selectMailbox(org.mailboxIds.constFirst()));
        for (QAction *a : {controls->runCycleAction(), controls->runUntilAction(),
                           controls->playAction(), openScenario}) {
            QVERIFY2(!a->isEnabled(), qPrintable(a->objectName()));
            QVERIFY2(a->toolTip().contains(QStringLiteral("live org")), qPrintable(a->toolTip()));
        }
        for (QAction *a :
             {details->testAndEnableAction(), details->approveAction(), details->disableAction()}) {
            QVERIFY2(!a->isEnabled(), qPrintable(a->objectName()));
            QVERIFY(a->toolTip().contains(QStringLiteral("Dynamics 365")));
        }
        auto *disableButton = details->findChild<QWidget *>(QStringLiteral("disableButton"));
        QVERIFY(disableButton && !disableButton->isEnabled());
        QVERIFY(disableButton->toolTip().contains(QStringLiteral("Dynamics 365")));
        QVERIFY(!m_window->scenarioDock()->widget()->isEnabled());
        QVERIFY(live()->refreshAction()->isEnabled());
        QTest::keyClick(m_window.get(), Qt::Key_Space); // Play: nothing
        QVERIFY(!controls->isPlaying());

        // Back on a sandbox: all of it again, with its own tooltips.
        const QString copy = UiTest::copyOrg(org.dir.filePath(QStringLiteral("sandbox.db")),
                                             org.dir, QStringLiteral("copy.db"));
        QVERIFY(UiTest::openAndWait(*m_window, copy));
        QVERIFY(!live()->isLive());
        QVERIFY(controls->runCycleAction()->isEnabled());
        QVERIFY(!controls->runCycleAction()->toolTip().contains(QStringLiteral("live org")));
        QVERIFY(openScenario->isEnabled());
        QVERIFY(m_window->scenarioDock()->widget()->isEnabled());
        QVERIFY(m_window->mailboxesPanel()->selectMailbox(org.mailboxIds.constFirst()));
        QVERIFY(details->disableAction()->isEnabled());
        QVERIFY(!live()->refreshAction()->isEnabled());
        QVERIFY(live()->refreshAction()->toolTip().contains(QStringLiteral("sandbox")));
    }

    // A mailbox whose appointments, contacts and tasks channel failed until
    // SSS switched it off, the other channels running: read so.
    void aFailingActChannelReadsRight()
    {
        FakeOrg org;
        QString failing;
        Alert alert;
        QVERIFY(org.start([&failing, &alert](OrgStore &store) {
            const auto all = *store.mailboxes();
            Mailbox m = *std::find_if(all.cbegin(), all.cend(),
                                      [](const Mailbox &b) { return b.approved && b.enabled; });
            m.incomingStatus = ChannelStatus::Success;
            m.outgoingStatus = ChannelStatus::Success;
            m.actStatus = ChannelStatus::Failure;
            m.health(MailboxChannel::Act).disabled = true;
            m.health(MailboxChannel::Act).failures = 5;
            QVERIFY(store.upsertMailbox(m).ok());
            failing = m.id;
            // What Dataverse keeps as the mailbox's last error comes from it.
            alert = Alert{0,
                          m.id,
                          m.lastCycle,
                          AlertSeverity::Error,
                          ReasonCode::MailboxDisabledTransient,
                          {{QStringLiteral("channel"), QStringLiteral("act")}}};
            QVERIFY(store.addAlert(alert).ok());
        }));
        live()->controller()->setReadTime(org.spec.now);
        QVERIFY(connectTo(org, org.connection()));
        MailboxTableModel *model = m_window->mailboxModel();
        const int row = model->rowOf(failing);
        QVERIFY(row >= 0);
        const auto cell = [&](int column) { return model->index(row, column).data().toString(); };
        QCOMPARE(cell(MailboxTableModel::IncomingColumn), QStringLiteral("Success"));
        QCOMPARE(cell(MailboxTableModel::OutgoingColumn), QStringLiteral("Success"));
        QCOMPARE(cell(MailboxTableModel::ActColumn), QStringLiteral("Disabled"));
        QCOMPARE(cell(MailboxTableModel::StateColumn), QStringLiteral("Partly disabled"));
        const int flags = model->index(row, 0).data(MailboxTableModel::StateFlagsRole).toInt();
        QVERIFY(flags & MailboxTableModel::Failing);
        QVERIFY(flags & MailboxTableModel::Disabled);

        // The details say Dynamics 365's last error, which a sandbox has not.
        QVERIFY(m_window->mailboxesPanel()->selectMailbox(failing));
        auto *lastError = m_window->findChild<QLabel *>(QStringLiteral("mailboxLastError"));
        QVERIFY(lastError);
        QTRY_VERIFY(lastError->isVisibleTo(m_window.get()));
        QVERIFY2(lastError->text().startsWith(MailboxHealth::message(alert)),
                 qPrintable(lastError->text()));
        QVERIFY2(lastError->text().contains(QStringLiteral("-2147220891")),
                 qPrintable(lastError->text()));
    }

    // Explain on a tracked email of a live org says how Dynamics 365 tracked
    // it: the journal's decision (the import writes one for each email whose
    // correlation method names a rule), else the record's correlation method.
    void explainTellsALiveEmailsCorrelation()
    {
        FakeOrg org;
        org.spec = UiTest::spec(4, 1200);
        QVERIFY(org.start());
        live()->controller()->setReadTime(org.spec.now);
        QVERIFY(connectTo(org, org.connection()));
        QHash<int, QString> byMethod; // correlationmethod → an email
        QVERIFY(m_window->store()
                    ->forEachCrmRecord(
                        QStringLiteral("email"),
                        [&byMethod](const CrmRecord &r) {
                            byMethod.insert(
                                r.fields.value(QStringLiteral("correlationmethod")).toInt(), r.id);
                            return true;
                        })
                    .ok());
        QVERIFY2(byMethod.contains(3) && byMethod.contains(0),
                 qPrintable(QStringLiteral("methods: %1").arg(byMethod.size())));
        const auto metaOf = [this](const QString &id) {
            m_window->showItem(id);
            return m_window->explainPanel()
                ->findChild<QLabel *>(QStringLiteral("explainMeta"))
                ->text();
        };
        const QString replied = byMethod.value(3);
        const auto journal = m_window->store()->journalForItem(replied);
        QVERIFY(journal.ok());
        // The import journals what Dynamics recorded (LiveJournal): the
        // decision, in Dynamics' words.
        QCOMPARE(journal->size(), 1);
        QCOMPARE(journal->constLast().code, ReasonCode::InReplyTo);
        m_window->showItem(replied);
        ExplanationModel *model = m_window->explainPanel()->explanationModel();
        QCOMPARE(model->rowCount(), 1);
        const QString said = model->index(0, ExplanationModel::TextColumn).data().toString();
        QVERIFY2(said.contains(QStringLiteral("IN_REPLY_TO")) &&
                     said.contains(QStringLiteral("Dynamics 365")),
                 qPrintable(said));
        const QString sent = metaOf(byMethod.value(0)); // what CRM sent: no rule
        QVERIFY2(sent.contains(QStringLiteral("correlationmethod None names no correlation rule")),
                 qPrintable(sent));
    }

    void refusedTokensAskToSignInAgain()
    {
        FakeOrg org;
        QVERIFY(org.start());
        live()->controller()->setReadTime(org.spec.now);
        QVERIFY(connectTo(org, org.connection()));
        const QByteArray before = contents(org.file());
        LiveConnection revoked = org.connection();
        revoked.tokens = std::make_shared<RefusedTokens>();
        QSignalSpy finished(live()->controller(), &LiveImportController::finished);
        Q_EMIT m_window->liveConnected(revoked);
        QVERIFY(finished.wait(20000));
        QVERIFY(live()->controller()->signInFailed());
        auto *dialog = m_window->findChild<ConnectDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("environmentUrl"))->text(),
                 org.fake->url().toString());
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("tenant"))->text(),
                 org.fake->tenant);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("status"))
                    ->text()
                    .contains(QStringLiteral("sign in again")));
        QCOMPARE(contents(org.file()), before);
        QVERIFY(m_window->isOrgReady());
        dialog->reject();
    }

    // After a restart the sign-in is what the keychain keeps: without it, F5
    // opens the Connect dialog filled in for the org.
    void refreshWithoutTokensOpensTheConnectDialog()
    {
        FakeOrg org;
        QVERIFY(org.start());
        live()->controller()->setReadTime(org.spec.now);
        QVERIFY(connectTo(org, org.connection()));
        const QByteArray before = contents(org.file());
        closeWindow(); // a restart: nothing of the sign-in in memory
        QVERIFY(openWindow());
        QVERIFY(UiTest::openAndWait(*m_window, org.file()));
        QVERIFY(live()->isLive());
        QSignalSpy finished(live()->controller(), &LiveImportController::finished);
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QVERIFY(live()->controller()->isRunning()); // tries the keychain's sign-in first
        QVERIFY(finished.wait(30000));
        QVERIFY(live()->controller()->signInFailed());
        ConnectDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ConnectDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("environmentUrl"))->text(),
                 org.fake->url().toString());
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("clientId"))->text(),
                 org.fake->clientId);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("status"))
                    ->text()
                    .contains(QStringLiteral("sign in again")));
        QCOMPARE(contents(org.file()), before);
        dialog->reject();
    }
};

QTEST_MAIN(TestLiveRules)
#include "tst_liverules.moc"
