#include "model/orgsettings.h"
#include "totext.h"
#include "tracking/subjectnormalizer.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace SyncLens;

// Subjects as smart matching compares them (sss-model §2).
class TestSubjectNormalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalize_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("plain") << "Renewal terms"
                               << "renewal terms";
        QTest::newRow("RE") << "RE: Renewal terms"
                            << "renewal terms";
        QTest::newRow("Re lower") << "re: Renewal terms"
                                  << "renewal terms";
        QTest::newRow("FW") << "FW: Renewal terms"
                            << "renewal terms";
        QTest::newRow("Fwd") << "Fwd: Renewal terms"
                             << "renewal terms";
        QTest::newRow("AW Re") << "AW: Re: Renewal terms"
                               << "renewal terms";
        QTest::newRow("RE RE FW") << "RE: RE: FW: Renewal terms"
                                  << "renewal terms";
        QTest::newRow("space before colon") << "RE : Renewal terms"
                                            << "renewal terms";
        QTest::newRow("leading space") << "   RE: Renewal terms"
                                       << "renewal terms";
        QTest::newRow("token removed") << "Renewal terms [CRM:000001]"
                                       << "renewal terms";
        QTest::newRow("token before RE") << "[CRM:000001] RE: Renewal terms"
                                         << "renewal terms";
        QTest::newRow("token in the middle") << "RE: Renewal [CRM:000001] terms"
                                             << "renewal terms";
        QTest::newRow("look-alike token stays") << "Renewal terms [CRM:01]"
                                                << "renewal terms [crm:01]";
        QTest::newRow("case") << "RENEWAL Terms"
                              << "renewal terms";
        QTest::newRow("white space") << "Renewal \t  terms\n"
                                     << "renewal terms";
        QTest::newRow("colon later stays") << "Meeting at 10:30"
                                           << "meeting at 10:30";
        QTest::newRow("only a prefix") << "RE: "
                                       << "";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("umlauts") << "AW: Verlängerung Ärger"
                                 << "verlängerung ärger";
    }

    void normalize()
    {
        QFETCH(QString, subject);
        QFETCH(QString, normalized);
        QCOMPARE(SubjectNormalizer(OrgSettings{}).normalize(subject), normalized);
    }

    // The pattern is the org's: another one strips other prefixes.
    void customKeywords()
    {
        auto settings = OrgSettings{}.withOverrides(
            QJsonDocument::fromJson(R"({"smartMatching":{"filterKeywords":"^(SV|VS):\\s*"}})")
                .object());
        SL_VERIFY_OK(settings);
        const SubjectNormalizer normalizer(*settings);
        QCOMPARE(normalizer.normalize(QStringLiteral("SV: Renewal")), QStringLiteral("renewal"));
        QCOMPARE(normalizer.normalize(QStringLiteral("RE: Renewal")),
                 QStringLiteral("re: renewal"));
    }

    void tokensOfTheOrgsPrefix()
    {
        OrgSettings settings;
        settings.tracking.prefix = QStringLiteral("ACME");
        settings.tracking.digits = 4;
        const SubjectNormalizer normalizer(settings);
        QCOMPARE(normalizer.normalize(QStringLiteral("Renewal [ACME:0001]")),
                 QStringLiteral("renewal"));
        QCOMPARE(normalizer.normalize(QStringLiteral("Renewal [CRM:000001]")),
                 QStringLiteral("renewal [crm:000001]"));
    }

    // The fast paths (the default pattern scanned by hand, case and white
    // space folded in one pass) give what QRegularExpression and
    // toLower().simplified() give, on subjects made of the characters that
    // could tell them apart.
    void fastPathsAgreeWithQt()
    {
        const QStringList pieces{
            QStringLiteral("RE"),      QStringLiteral("Fw"),    QStringLiteral("aw"),
            QStringLiteral("x_1"),     QStringLiteral(":"),     QStringLiteral(" "),
            QStringLiteral("\t"),      QStringLiteral("  "),    QStringLiteral("\v"),
            QStringLiteral("é"),       QStringLiteral("É"),     QStringLiteral("–"),
            QStringLiteral("İ"),       QStringLiteral("ǅ"),     QStringLiteral("\u00a0"),
            QStringLiteral("\u2003"),  QStringLiteral("😀"),     QStringLiteral("[CRM:000001]"),
            QStringLiteral("Renewal"), QStringLiteral("TERMS"), QStringLiteral("2026"),
            QStringLiteral("ß"),       QStringLiteral("Σ"),     QStringLiteral("\u0085")};
        const OrgSettings defaults;
        OrgSettings sameByRegex;
        // The same pattern written so that it is not recognised as the default.
        sameByRegex.smartMatching.filterKeywords =
            defaults.smartMatching.filterKeywords + QStringLiteral("(?:)");
        const SubjectNormalizer fast(defaults), slow(sameByRegex);
        const QRegularExpression pattern(defaults.smartMatching.filterKeywords,
                                         QRegularExpression::UseUnicodePropertiesOption);
        const TrackingToken tokens(defaults.tracking);
        QRandomGenerator random(42);
        for (int i = 0; i < 20000; ++i) {
            QString subject;
            for (int n = int(random.bounded(8u)); n >= 0; --n)
                subject += pieces.at(int(random.bounded(quint32(pieces.size()))));
            QString expected = tokens.strip(subject);
            expected.remove(pattern);
            expected = expected.toLower().simplified();
            QCOMPARE(fast.normalize(subject), expected);
            QCOMPARE(slow.normalize(subject), expected);
            QCOMPARE(SubjectNormalizer::foldCase(subject), subject.toLower().simplified());
        }
    }

    void wordsDiffering_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("differing");
        QTest::newRow("same") << "renewal terms"
                              << "renewal terms" << 0;
        QTest::newRow("one word") << "renewal terms"
                                  << "renewal term" << 1;
        QTest::newRow("one more word") << "renewal terms 2026"
                                       << "renewal terms" << 1;
        QTest::newRow("one less and one other") << "renewal terms 2026"
                                                << "renewal term" << 2;
        QTest::newRow("position by position") << "terms renewal"
                                              << "renewal terms" << 2;
        QTest::newRow("shifted by one word") << "re renewal terms"
                                             << "renewal terms" << 3;
        QTest::newRow("empty and three") << ""
                                         << "a b c" << 3;
        QTest::newRow("both empty") << ""
                                    << "" << 0;
    }

    void wordsDiffering()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, differing);
        const QStringList wa = SubjectNormalizer::words(a);
        const QStringList wb = SubjectNormalizer::words(b);
        QCOMPARE(SubjectNormalizer::wordsDiffering(wa, wb), differing);
        QCOMPARE(SubjectNormalizer::wordsDiffering(wb, wa), differing); // symmetric
    }
};

QTEST_GUILESS_MAIN(TestSubjectNormalizer)
#include "tst_subjectnormalizer.moc"
