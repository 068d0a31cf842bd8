#include "designer/previewpanel.h"
#include "designerfixture.h"
#include "fetchxml/scopepreview.h"

#include <QLabel>

using namespace SyncLens;
using namespace SyncLens::Test;

// The designer and the filter semantics of Dataverse (sss-model §1): the team
// operators are offered in words and preview the records the user's teams own;
// calendar days are counted, and said to be counted, in the user's time zone.
class TestFilterDesignerTeams : public QObject
{
    Q_OBJECT

    DesignerFixture m_fixture;

    // A blank appointment filter from the New menu, with one condition on
    // `field` whose operator is `label`; the row, or nullptr.
    static ConditionRowWidget *blankFilterWithCondition(FilterDesignerWindow &window,
                                                        const QString &field, const QString &label)
    {
        QAction *blank = window.findChild<QAction *>(QStringLiteral("blank:appointment"));
        if (!blank)
            return nullptr;
        blank->trigger();
        ConditionGroupWidget *root = window.conditionEditor()->rootGroup();
        QTest::mouseClick(root->addConditionButton(), Qt::LeftButton);
        if (root->rows().isEmpty())
            return nullptr;
        ConditionRowWidget *row = root->rows().constFirst();
        if (!chooseByKeyboard(row->fieldBox(), field) ||
            !chooseByKeyboard(row->operatorBox(), label))
            return nullptr;
        return row;
    }

    // The ids of the appointments, not deleted, whose owner is in `owners`:
    // counted by hand from the store, not by the filter engine.
    QSet<QString> appointmentsOwnedBy(const QSet<QString> &owners) const
    {
        QSet<QString> ids;
        const auto visited = m_fixture.reader().forEachCrmRecord(
            QStringLiteral("appointment"), [&](const CrmRecord &r) {
                if (!r.deleted && owners.contains(r.field(QStringLiteral("ownerid"))))
                    ids.insert(r.id);
                return true;
            });
        return visited ? ids : QSet<QString>{QStringLiteral("the store could not be read")};
    }

    QSet<QString> teamsOf(const QString &userId) const
    {
        QSet<QString> ids;
        for (const Team &t : m_fixture.reader().teams().value()) {
            if (t.members.contains(userId))
                ids.insert(t.id);
        }
        return ids;
    }

    QString userInZone(bool utc) const
    {
        for (const User &u : m_fixture.reader().users().value()) {
            if ((u.timeZone == u"UTC") == utc)
                return u.id;
        }
        return {};
    }

    static QSet<QString> idsOf(const std::vector<ScopePreview::Record> &records)
    {
        QSet<QString> ids;
        for (const auto &r : records)
            ids.insert(r.id);
        return ids;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_fixture.setUp()); }
    void cleanupTestCase() { m_fixture.tearDown(); }
    void init() { QDir(DraftStore(m_fixture.orgPath()).folder()).removeRecursively(); }

    void teamOperators_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<bool>("withUser");
        QTest::newRow("eq-userteams")
            << QStringLiteral("is one of the filter's user's teams")
            << QStringLiteral("eq-userteams")
            << QStringLiteral("Appointments that one of your teams owns") << false;
        QTest::newRow("eq-useroruserteams")
            << QStringLiteral("is the filter's user or one of their teams")
            << QStringLiteral("eq-useroruserteams")
            << QStringLiteral("Appointments that you or one of your teams own") << true;
    }

    // The sandbox's filters select what the user owns, so what eq-userteams
    // adds (entering) is exactly what the user's teams own.
    void teamOperators()
    {
        QFETCH(QString, label);
        QFETCH(QString, op);
        QFETCH(QString, sentence);
        QFETCH(bool, withUser);
        const QString user = m_fixture.userWithAppointments();
        const QSet<QString> teams = teamsOf(user);
        QVERIFY(!teams.isEmpty());
        const QSet<QString> teamOwned = appointmentsOwnedBy(teams);
        QVERIFY(!teamOwned.isEmpty());

        auto window = m_fixture.open(user);
        QVERIFY(blankFilterWithCondition(*window, QStringLiteral("owner"), label));
        const QString xml = window->fetchXmlEditor()->toPlainText();
        QVERIFY2(xml.contains(QStringLiteral("operator=\"%1\"").arg(op)), qPrintable(xml));
        QCOMPARE(window->sentenceLabel()->text(), sentence);

        QTRY_VERIFY_WITH_TIMEOUT(window->isPreviewCurrent(), 20000);
        const auto outcome = window->previewPanel()->outcome();
        QVERIFY(outcome && outcome->preview);
        // Entering and staying: in scope after the change; the user's own
        // filter selects only (some of) what the user owns.
        const QSet<QString> entering = idsOf(outcome->preview->entering);
        const QSet<QString> after = entering + idsOf(outcome->preview->staying);
        if (withUser)
            QCOMPARE(after, teamOwned + appointmentsOwnedBy({user}));
        else
            QCOMPARE(entering, teamOwned);
    }

    void calendarDaysAreTheUsersTimeZone_data()
    {
        QTest::addColumn<bool>("utc");
        QTest::newRow("a user in UTC") << true;
        QTest::newRow("a user elsewhere") << false;
    }

    void calendarDaysAreTheUsersTimeZone()
    {
        QFETCH(bool, utc);
        const QString userId = userInZone(utc);
        QVERIFY(!userId.isEmpty());
        const User user = *m_fixture.reader().user(userId).value();
        auto window = m_fixture.open(userId);
        QVERIFY(blankFilterWithCondition(*window, QStringLiteral("start time"),
                                         QStringLiteral("is today")));
        const QString plain = QStringLiteral("Appointments whose start time is today");
        const QString expected =
            utc ? plain
                : QStringLiteral("%1 in %2's time zone, %3").arg(plain, user.name, user.timeZone);
        QCOMPARE(window->sentenceLabel()->text(), expected);
    }
};

QTEST_MAIN(TestFilterDesignerTeams)
#include "tst_filterdesignerteams.moc"
