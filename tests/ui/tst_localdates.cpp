#include "alertlistmodel.h"
#include "explain/explainer.h"
#include "fetchxml/fetchxmlparser.h"
#include "fetchxml/filterdescriber.h"
#include "mailboxdetailspane.h"
#include "model/timetext.h"
#include "model/translations.h"
#include "store/orgstore.h"
#include "timelinetestdata.h"
#include "timelinewidget.h"
#include "totext.h"

#include <QLabel>
#include <QTest>

using namespace SyncLens;

// Dates speak the language the program runs in (issue 20): switched to
// German, French or English, the tables, the details pane, the timeline's
// header and core's sentences write the same instant in that language's
// formats, never the C locale's "2 Mar 2026 08:15:00".
class TestLocalDates : public QObject
{
    Q_OBJECT

    const QDateTime m_time{QDate(2026, 3, 2), QTime(8, 15), QTimeZone::utc()};

private Q_SLOTS:
    void cleanup() { Translations::install(QStringLiteral("en")); }

    void formats_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("dateTime");   // the tables' and sentences' short form
        QTest::addColumn<QString>("day");        // the timeline's header
        QTest::addColumn<QString>("filterDate"); // a filter's date in its sentence
        // en_US writes a narrow no-break space before AM since CLDR 42.
        QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("3/2/26 8:15 AM")
                                 << QStringLiteral("Monday, March 2, 2026")
                                 << QStringLiteral("March 1, 2026");
        QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("02.03.26 08:15")
                                << QStringLiteral("Montag, 2. März 2026")
                                << QStringLiteral("1. März 2026");
        QTest::newRow("French") << QStringLiteral("fr") << QStringLiteral("02/03/2026 08:15")
                                << QStringLiteral("lundi 2 mars 2026")
                                << QStringLiteral("1 mars 2026");
    }

    void formats()
    {
        QFETCH(QString, language);
        QFETCH(QString, dateTime);
        QFETCH(QString, day);
        QFETCH(QString, filterDate);
        if (QLocale::system().language() != QLocale::C &&
            QLocale::system().language() == QLocale(language).language())
            QSKIP("the system's own locale of this language decides its formats");
        QCOMPARE(Translations::install(language), language);
        auto normalised = [](QString text) { return text.replace(QChar(0x202f), u' '); };

        QCOMPARE(normalised(TimeText::format(m_time)), dateTime);
        QCOMPARE(normalised(TimeText::formatWithZone(m_time)), dateTime + QStringLiteral(" UTC"));

        // The alerts table.
        AlertListModel alerts;
        Alert alert;
        alert.mailboxId = QStringLiteral("m-ada");
        alert.time = m_time;
        alerts.setAlerts({alert});
        QCOMPARE(normalised(alerts.index(0, AlertListModel::TimeColumn).data().toString()),
                 dateTime);

        // The details pane of a mailbox.
        MailboxDetailsPane details;
        Mailbox mailbox;
        mailbox.id = QStringLiteral("m-ada");
        mailbox.userId = QStringLiteral("ada");
        mailbox.lastCycle = m_time;
        details.setMailbox(mailbox, QStringLiteral("Ada"));
        auto *lastCycle = details.findChild<QLabel *>(QStringLiteral("mailboxLastCycle"));
        QVERIFY(lastCycle);
        QCOMPARE(normalised(lastCycle->text()), dateTime);

        // The timeline's header: the day the view is in.
        TimelineWidget timeline;
        timeline.setTimeZone(QTimeZone::utc());
        timeline.resize(1000, 300);
        timeline.setData(Test::sparseTimeline());
        QVERIFY2(timeline.axisLabels().first().startsWith(day),
                 qPrintable(timeline.axisLabels().first()));

        // Core's sentences: an explained decision names its cycle's time.
        auto store = OrgStore::createInMemory(QStringLiteral("Dates"));
        SL_VERIFY_OK(store);
        Explainer explainer(**store);
        const JournalEntry entry{
            1, m_time, 1, QStringLiteral("m-ada"), QStringLiteral("a1"), ReasonCode::OutCreate, {}};
        const QString facts = normalised(explainer.explainEntry(entry).details.join(u'\n'));
        QVERIFY2(facts.contains(dateTime), qPrintable(facts));

        // A filter's sentence.
        const auto query = FetchXmlParser().parse(QStringLiteral(
            "<fetch><entity name=\"appointment\"><filter><condition attribute=\"scheduledstart\" "
            "operator=\"on-or-after\" value=\"2026-03-01\"/></filter></entity></fetch>"));
        SL_VERIFY_OK(query);
        const QString sentence = FilterDescriber().describe(*query);
        QVERIFY2(sentence.contains(filterDate), qPrintable(sentence));
    }
};

QTEST_MAIN(TestLocalDates)
#include "tst_localdates.moc"
