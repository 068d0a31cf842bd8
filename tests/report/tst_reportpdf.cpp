// The policy report as PDF (issue 18): as many pages as its layout, each
// page painted, the contents pointing at the right pages; A4 or Letter.
#include "reportfixture.h"

#include "report/reportgatherer.h"
#include "reportpdf.h"

#include <QDir>
#include <QImage>
#include <QRegularExpression>
#include <QTextDocument>

using namespace SyncLens;

namespace {

int pdfPages(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page\\b(?!s)"));
    return int(QString::fromLatin1(pdf).count(page));
}

// The share of a page's pixels that are not white.
double inkOf(const QImage &image)
{
    qint64 ink = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            ink += qGray(line[x]) < 200 ? 1 : 0;
    }
    return double(ink) / double(image.width() * image.height());
}

} // namespace

class TestReportPdf : public QObject
{
    Q_OBJECT

    Test::TempOrg m_dir;
    PolicyReport m_report;

private Q_SLOTS:
    void initTestCase()
    {
        SL_VERIFY_OK(SandboxGenerator::createFile(m_dir.path(), Test::reportSandboxSpec(), false));
        auto store = OrgStore::open(m_dir.path(), OrgStore::Access::ReadOnly);
        SL_VERIFY_OK(store);
        auto report = ReportGatherer::gather(**store, {});
        SL_VERIFY_OK(report);
        m_report = *report;
    }

    void pageSizeFollowsTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<int>("size");
        QTest::newRow("en_US") << "en_US" << int(QPageSize::Letter);
        QTest::newRow("fr_CA") << "fr_CA" << int(QPageSize::Letter);
        QTest::newRow("es_MX") << "es_MX" << int(QPageSize::Letter);
        QTest::newRow("en_GB") << "en_GB" << int(QPageSize::A4);
        QTest::newRow("de_DE") << "de_DE" << int(QPageSize::A4);
        QTest::newRow("fr_FR") << "fr_FR" << int(QPageSize::A4);
    }
    void pageSizeFollowsTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(int, size);
        QCOMPARE(int(ReportPdf::pageSizeFor(QLocale(locale)).id()), size);
    }

    // The fixed sandbox: the rules, six users, health and findings each
    // start a page, after the title and contents. How many pages the users
    // take depends on the fonts, so the count is the layout's, in a range.
    void thePdfHasTheLayoutsPages()
    {
        const auto layout = ReportPdf::layout(m_report, QPageSize(QPageSize::A4));
        const int pages = layout.pageCount();
        QVERIFY2(pages >= 5 && pages <= 20, qPrintable(QString::number(pages)));
        const auto pdf = ReportPdf::render(m_report, QPageSize(QPageSize::A4));
        SL_VERIFY_OK(pdf);
        QVERIFY(pdf->startsWith("%PDF-"));
        QCOMPARE(pdfPages(*pdf), pages);
        const auto letter = ReportPdf::layout(m_report, QPageSize(QPageSize::Letter));
        QVERIFY(letter.pageCount() >= 5);
    }

    void everyPageIsPainted()
    {
        const auto layout = ReportPdf::layout(m_report, QPageSize(QPageSize::A4));
        const QString pictures = qEnvironmentVariable("SYNCLENS_REPORT_PICTURES");
        for (int page = 0; page < layout.pageCount(); ++page) {
            const QImage image = ReportPdf::pageImage(m_report, layout, page, 1.5);
            const double ink = inkOf(image);
            QVERIFY2(ink > 0.003, qPrintable(QStringLiteral("page %1: %2").arg(page + 1).arg(ink)));
            if (!pictures.isEmpty())
                QVERIFY(image.save(
                    QDir(pictures).filePath(QStringLiteral("report-page-%1.png").arg(page + 1))));
        }
    }

    // Each section's page in the contents is where its heading landed.
    void theContentsGiveEachSectionsPage()
    {
        const auto layout = ReportPdf::layout(m_report, QPageSize(QPageSize::A4));
        const QString text = layout.document->toPlainText();
        QVERIFY(text.contains(QLatin1String("Contents")));
        // Sections start pages: rules on 2, and each later one further on.
        static const QRegularExpression row(QStringLiteral("^Health\\s*(\\d+)$"),
                                            QRegularExpression::MultilineOption);
        const auto health = row.match(text);
        QVERIFY2(health.hasMatch(), qPrintable(text.left(600)));
        QVERIFY(health.captured(1).toInt() > 2);
        QVERIFY(health.captured(1).toInt() < layout.pageCount());
    }

    void anEmptyOrgIsAShortReport()
    {
        Test::TempOrg dir;
        auto store = dir.create(QStringLiteral("Empty"));
        QVERIFY(store);
        auto report = ReportGatherer::gather(*store, {});
        SL_VERIFY_OK(report);
        const auto layout = ReportPdf::layout(*report, QPageSize(QPageSize::A4));
        QVERIFY2(layout.pageCount() <= 3, qPrintable(QString::number(layout.pageCount())));
        QVERIFY(inkOf(ReportPdf::pageImage(*report, layout, 0)) > 0.003);
    }
};

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
