#include "model/orgsettings.h"
#include "totext.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace SyncLens;

namespace {
QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}
} // namespace

class TestOrgSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsFollowTheModel()
    {
        const OrgSettings s;
        QVERIFY(s.tracking.enabled);
        QCOMPARE(s.tracking.prefix, QStringLiteral("CRM"));
        QCOMPARE(s.tracking.digits, 6);
        QVERIFY(s.correlation.enabled);
        QVERIFY(!s.smartMatching.enabled); // off by default, as in Dataverse
        QCOMPARE(s.smartMatching.minAddressCount, 2);
        QCOMPARE(s.smartMatching.maxRecipientCount, 20);
        QCOMPARE(s.smartMatching.deltaSubjectCount, 0);
        QCOMPARE(s.sync.outOfScope, OutOfScopeAction::Keep);
        QCOMPARE(s.sync.exchangeDelete.appointment, ExchangeDeleteAction::OrganizerFuture);
        QCOMPARE(s.sync.exchangeDelete.task, ExchangeDeleteAction::Open);
        QCOMPARE(s.sync.exchangeDelete.contact, ExchangeDeleteAction::Untrack);
    }

    void defaultKeywordPatternStripsPrefixes_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("stripped");
        QTest::newRow("RE") << QStringLiteral("RE: Renewal") << QStringLiteral("Renewal");
        QTest::newRow("FW") << QStringLiteral("FW: Renewal") << QStringLiteral("Renewal");
        QTest::newRow("AW Re") << QStringLiteral("AW: Re: Renewal") << QStringLiteral("Renewal");
        QTest::newRow("none") << QStringLiteral("Renewal terms") << QStringLiteral("Renewal terms");
    }

    void defaultKeywordPatternStripsPrefixes()
    {
        QFETCH(QString, subject);
        QFETCH(QString, stripped);
        const QRegularExpression re(OrgSettings{}.smartMatching.filterKeywords);
        QVERIFY(re.isValid());
        QCOMPARE(QString(subject).remove(re), stripped);
    }

    void defaultFieldDirections_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("field");
        QTest::addColumn<FieldDirection>("direction");
        const auto both = FieldDirection::Both;
        const auto none = FieldDirection::None;
        QTest::newRow("appointment subject") << "appointment"
                                             << "subject" << both;
        QTest::newRow("appointment start") << "appointment"
                                           << "scheduledstart" << both;
        QTest::newRow("appointment end") << "appointment"
                                         << "scheduledend" << both;
        QTest::newRow("appointment location") << "appointment"
                                              << "location" << both;
        QTest::newRow("appointment description") << "appointment"
                                                 << "description" << both;
        QTest::newRow("appointment owner") << "appointment"
                                           << "ownerid" << none;
        QTest::newRow("appointment regarding") << "appointment"
                                               << "regardingobjectid" << none;
        QTest::newRow("task statecode") << "task"
                                        << "statecode" << both;
        QTest::newRow("task due") << "task"
                                  << "scheduledend" << both;
        QTest::newRow("task start") << "task"
                                    << "scheduledstart" << none;
        QTest::newRow("contact email") << "contact"
                                       << "emailaddress1" << both;
        QTest::newRow("contact company") << "contact"
                                         << "companyname" << both;
        QTest::newRow("contact custom") << "contact"
                                        << "new_loyalty" << none;
        QTest::newRow("other type") << "lead"
                                    << "subject" << none;
    }

    void defaultFieldDirections()
    {
        QFETCH(QString, type);
        QFETCH(QString, field);
        QFETCH(FieldDirection, direction);
        QCOMPARE(OrgSettings{}.direction(type, field), direction);
    }

    void jsonRoundTrip()
    {
        auto changed = OrgSettings{}.withOverrides(json(
            "{\"tracking\":{\"prefix\":\"ACME\",\"digits\":4},\"sync\":{\"outOfScope\":\"delete\"},"
            "                 \"fields\":{\"appointment\":{\"location\":\"toCrm\"}}}"));
        SL_VERIFY_OK(changed);
        QCOMPARE(changed->tracking.prefix, QStringLiteral("ACME"));
        QCOMPARE(changed->direction(QStringLiteral("appointment"), QStringLiteral("location")),
                 FieldDirection::ToCrm);
        QCOMPARE(changed->direction(QStringLiteral("appointment"), QStringLiteral("subject")),
                 FieldDirection::Both);
        auto back = OrgSettings{}.withOverrides(changed->toJson());
        SL_VERIFY_OK(back);
        QVERIFY(*back == *changed);
        QVERIFY(!(*back == OrgSettings{}));
    }

    // Each form of sync.exchangeDelete: a plain string sets every type, an
    // object only the types it names (the others keep their defaults).
    void exchangeDeleteForms_data()
    {
        using X = ExchangeDeleteAction;
        QTest::addColumn<QString>("overrides");
        QTest::addColumn<X>("appointment");
        QTest::addColumn<X>("task");
        QTest::addColumn<X>("contact");
        QTest::newRow("defaults") << "{}" << X::OrganizerFuture << X::Open << X::Untrack;
        QTest::newRow("plain untrack") << "{\"sync\":{\"exchangeDelete\":\"untrack\"}}"
                                       << X::Untrack << X::Untrack << X::Untrack;
        QTest::newRow("plain delete")
            << "{\"sync\":{\"exchangeDelete\":\"delete\"}}" << X::Delete << X::Delete << X::Delete;
        QTest::newRow("per type, partly")
            << "{\"sync\":{\"exchangeDelete\":{\"task\":\"untrack\"}}}" << X::OrganizerFuture
            << X::Untrack << X::Untrack;
        QTest::newRow("per type, all")
            << "{\"sync\":{\"exchangeDelete\":{\"appointment\":\"delete\",\"task\":\"delete\","
               "\"contact\":\"delete\"}}}"
            << X::Delete << X::Delete << X::Delete;
    }

    void exchangeDeleteForms()
    {
        QFETCH(QString, overrides);
        QFETCH(ExchangeDeleteAction, appointment);
        QFETCH(ExchangeDeleteAction, task);
        QFETCH(ExchangeDeleteAction, contact);
        const auto s = OrgSettings{}.withOverrides(json(overrides.toUtf8().constData()));
        SL_VERIFY_OK(s);
        QCOMPARE(s->sync.exchangeDelete.forType(QStringLiteral("appointment")), appointment);
        QCOMPARE(s->sync.exchangeDelete.forType(QStringLiteral("task")), task);
        QCOMPARE(s->sync.exchangeDelete.forType(QStringLiteral("contact")), contact);
        auto back = OrgSettings{}.withOverrides(s->toJson());
        SL_VERIFY_OK(back);
        QVERIFY(*back == *s);
    }

    void badOverridesNameTheirPath_data()
    {
        QTest::addColumn<QString>("overrides");
        QTest::addColumn<QString>("path");
        QTest::newRow("unknown section") << "{\"trackin\":{}}"
                                         << "trackin";
        QTest::newRow("section not object") << "{\"sync\":\"keep\"}"
                                            << "sync";
        QTest::newRow("unknown key") << "{\"tracking\":{\"enable\":true}}"
                                     << "tracking.enable";
        QTest::newRow("bool as string") << "{\"tracking\":{\"enabled\":\"yes\"}}"
                                        << "tracking.enabled";
        QTest::newRow("fraction") << "{\"smartMatching\":{\"minAddressCount\":1.5}}"
                                  << "smartMatching.minAddressCount";
        QTest::newRow("negative") << "{\"smartMatching\":{\"maxRecipientCount\":-1}}"
                                  << "smartMatching.maxRecipientCount";
        QTest::newRow("bad regex") << "{\"smartMatching\":{\"filterKeywords\":\"(unclosed\"}}"
                                   << "smartMatching.filterKeywords";
        QTest::newRow("bad enum") << "{\"sync\":{\"outOfScope\":\"remove\"}}"
                                  << "sync.outOfScope";
        QTest::newRow("exchangeDelete not every type")
            << "{\"sync\":{\"exchangeDelete\":\"organizerFuture\"}}"
            << "sync.exchangeDelete";
        QTest::newRow("exchangeDelete bad appointment")
            << "{\"sync\":{\"exchangeDelete\":{\"appointment\":\"open\"}}}"
            << "sync.exchangeDelete.appointment";
        QTest::newRow("exchangeDelete bad task")
            << "{\"sync\":{\"exchangeDelete\":{\"task\":\"organizerFuture\"}}}"
            << "sync.exchangeDelete.task";
        QTest::newRow("exchangeDelete bad contact")
            << "{\"sync\":{\"exchangeDelete\":{\"contact\":\"open\"}}}"
            << "sync.exchangeDelete.contact";
        QTest::newRow("exchangeDelete unknown type")
            << "{\"sync\":{\"exchangeDelete\":{\"email\":\"delete\"}}}"
            << "sync.exchangeDelete.email";
        QTest::newRow("bad direction") << "{\"fields\":{\"task\":{\"subject\":\"up\"}}}"
                                       << "fields.task.subject";
        QTest::newRow("bad prefix") << "{\"tracking\":{\"prefix\":\"C R M\"}}"
                                    << "tracking.prefix";
        QTest::newRow("zero digits") << "{\"tracking\":{\"digits\":0}}"
                                     << "tracking.digits";
    }

    void badOverridesNameTheirPath()
    {
        QFETCH(QString, overrides);
        QFETCH(QString, path);
        const auto result = OrgSettings{}.withOverrides(json(overrides.toUtf8().constData()));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, Error::Code::InvalidArgument);
        QVERIFY2(result.error().message.contains(path), qPrintable(result.error().message));
    }

    // filterKeywords is a regular expression, checked when the setting is
    // saved: a bad one names the setting and what is wrong with the pattern,
    // and the settings stay as they were.
    void invalidKeywordPatternIsRefused_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::newRow("unclosed group") << "^(RE|FW:";
        QTest::newRow("unclosed class") << "^[\\w+:";
        QTest::newRow("nothing to repeat") << "*RE:";
        QTest::newRow("bad escape") << "RE\\";
    }

    void invalidKeywordPatternIsRefused()
    {
        QFETCH(QString, pattern);
        const QRegularExpression re(pattern);
        QVERIFY(!re.isValid());
        OrgSettings settings;
        settings.smartMatching.filterKeywords = QStringLiteral("^SV:");
        const OrgSettings before = settings;
        const auto result = settings.withOverrides(
            QJsonObject{{QStringLiteral("smartMatching"),
                         QJsonObject{{QStringLiteral("filterKeywords"), pattern}}}});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, Error::Code::InvalidArgument);
        const QString message = result.error().message;
        QVERIFY2(message.contains(QStringLiteral("smartMatching.filterKeywords")),
                 qPrintable(message));
        QVERIFY2(message.contains(re.errorString()), qPrintable(message));
        QVERIFY2(message.contains(QString::number(re.patternErrorOffset())), qPrintable(message));
        QVERIFY(settings == before);
    }

    void validKeywordPatternIsTaken()
    {
        const auto result = OrgSettings{}.withOverrides(QJsonObject{
            {QStringLiteral("smartMatching"),
             QJsonObject{{QStringLiteral("filterKeywords"), QStringLiteral("^(SV|VS):\\s*")}}}});
        SL_VERIFY_OK(result);
        QCOMPARE(result->smartMatching.filterKeywords, QStringLiteral("^(SV|VS):\\s*"));
    }
};

QTEST_GUILESS_MAIN(TestOrgSettings)
#include "tst_orgsettings.moc"
