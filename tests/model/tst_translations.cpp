#include "fetchxml/fetchxmlparser.h"
#include "fetchxml/filterdescriber.h"
#include "fetchxml/scopepreview.h"
#include "model/translations.h"
#include "scenario/jsonsourceparser.h"
#include "tracking/trackingexplainer.h"

#include <QFile>
#include <QTest>

using namespace SyncLens;

// The translations are built into the library and installed by one call.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void translationsAreEmbedded()
    {
        for (const char *language : {"de", "fr", "en"})
            QVERIFY2(
                QFile::exists(QStringLiteral(":/i18n/synclens_%1.qm").arg(QLatin1String(language))),
                language);
    }

    void unknownLanguagesFallBackToEnglish()
    {
        QCOMPARE(Translations::install(QStringLiteral("xx")), QStringLiteral("en"));
    }

    void englishHasItsPluralForms_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("one") << 1 << "in the last 1 day";
        QTest::newRow("many") << 30 << "in the last 30 days";
    }

    void englishHasItsPluralForms()
    {
        QFETCH(int, days);
        QFETCH(QString, phrase);
        Translations::install(QStringLiteral("en"));
        const auto query = FetchXmlParser().parse(
            QStringLiteral(
                "<fetch><entity name=\"task\"><filter><condition attribute=\"scheduledend\" "
                "operator=\"last-x-days\" value=\"%1\"/></filter></entity></fetch>")
                .arg(days));
        QVERIFY(query.ok());
        const QString sentence = FilterDescriber().describe(*query);
        QVERIFY2(sentence.endsWith(phrase), qPrintable(sentence));
        QCOMPARE(ScopePreviewer::countedRecords(QStringLiteral("task"), days),
                 days == 1 ? QStringLiteral("1 task") : QStringLiteral("%1 tasks").arg(days));
    }

    // The email rules of model v2 read in each language, advice included.
    void newEmailRulesInEachLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("list");
        QTest::addColumn<QString>("advice");
        QTest::newRow("en") << "en"
                            << "not in the Inbox"
                            << "through a distribution list"
                            << "make the folder 'Inbox/Old'";
        QTest::newRow("de") << "de"
                            << "nicht im Posteingang"
                            << "über eine Verteilerliste"
                            << "den Ordner „Inbox/Old“";
        QTest::newRow("fr") << "fr"
                            << "pas dans la boîte de réception"
                            << "par une liste de distribution"
                            << QString::fromUtf8("du dossier «\u00a0Inbox/Old\u00a0»");
    }

    void newEmailRulesInEachLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, folder);
        QFETCH(QString, list);
        QFETCH(QString, advice);
        QCOMPARE(Translations::install(language), language);
        TrackingDecision moved;
        moved.code = ReasonCode::NotTrackedFolder;
        moved.facts.folder = QStringLiteral("Inbox/Old");
        const QString user = QStringLiteral("Alice");
        QVERIFY2(TrackingExplainer::explain(moved, user).contains(folder),
                 qPrintable(TrackingExplainer::explain(moved, user)));
        QVERIFY2(TrackingExplainer::advice(moved, user).first().contains(advice),
                 qPrintable(TrackingExplainer::advice(moved, user).first()));
        TrackingDecision toList;
        toList.code = ReasonCode::NotTrackedNoRecipient;
        toList.facts.recipientAddresses = {QStringLiteral("sales@contoso.com")};
        const QString text = TrackingExplainer::explain(toList, user);
        QVERIFY2(text.contains(list) && text.contains(QStringLiteral("sales@contoso.com")),
                 qPrintable(text));
        Translations::install(QStringLiteral("en"));
    }

    // Installed last: the German translator then answers before English.
    void germanKeepsItsCapitalsAndTranslatesTheReader_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("german");
        QTest::newRow("all contacts") << "<fetch><entity name=\"contact\"/></fetch>"
                                      << "Alle Kontakte";
        QTest::newRow("all tasks") << "<fetch><entity name=\"task\"/></fetch>"
                                   << "Alle Aufgaben";
    }

    void germanKeepsItsCapitalsAndTranslatesTheReader()
    {
        QFETCH(QString, source);
        QFETCH(QString, german);
        QCOMPARE(Translations::install(QStringLiteral("de")), QStringLiteral("de"));
        const auto query = FetchXmlParser().parse(source);
        QVERIFY(query.ok());
        QCOMPARE(FilterDescriber().describe(*query), german);
        // The JSON reader's messages live in its class's context, where
        // lupdate files them.
        QVERIFY(JsonSourceParser::tr("trailing comma before '%1'") !=
                u"trailing comma before '%1'");
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
