// Laying the report out on pages: the charts as images, the contents'
// page numbers found from where each section's anchor landed.
#include "reportpdf.h"

#include "report/reportcharts.h"
#include "report/reporthtml.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextBlock>
#include <QTextDocument>

#include <cmath>

namespace SyncLens {

namespace {

constexpr int kDpi = 96;
constexpr qreal kMargin = 15 / 25.4 * kDpi; // 15 mm
constexpr qreal kHeader = 28;
constexpr int kChartScale = 2; // pixels per layout pixel in the chart images

QImage chartImage(const QString &svg)
{
    QSvgRenderer renderer(svg.toUtf8());
    const QSize size(ReportCharts::Width, ReportCharts::height(svg));
    QImage image(size * kChartScale, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    image.setDevicePixelRatio(kChartScale);
    return image;
}

// Each anchor of `anchors` → the page (1, 2, …) where it lands.
QHash<QString, int> anchorPages(QTextDocument &doc, const QStringList &anchors, qreal pageHeight)
{
    QHash<QString, int> pages;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            for (const QString &name : it.fragment().charFormat().anchorNames()) {
                if (!anchors.contains(name) || pages.contains(name))
                    continue;
                const qreal top = doc.documentLayout()->blockBoundingRect(block).top();
                pages.insert(name, int(std::floor(top / pageHeight)) + 1);
            }
        }
    }
    return pages;
}

} // namespace

int ReportPdf::Layout::pageCount() const
{
    return document ? document->pageCount() : 0;
}

QPageSize ReportPdf::pageSizeFor(const QLocale &locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::Philippines:
    case QLocale::PuertoRico:
    case QLocale::Guatemala:
    case QLocale::CostaRica:
        return QPageSize(QPageSize::Letter);
    default:
        return QPageSize(QPageSize::A4);
    }
}

ReportPdf::Layout ReportPdf::layout(const PolicyReport &report, const QPageSize &pageSize)
{
    Layout out;
    out.pageSize = pageSize;
    const QSizeF page = pageSize.sizePixels(kDpi);
    out.headerHeight = kHeader;
    out.body = QSizeF(page.width() - 2 * kMargin, page.height() - 2 * kMargin - 2 * kHeader);
    out.document = std::make_shared<QTextDocument>();
    QTextDocument &doc = *out.document;
    doc.setDocumentMargin(0);
    doc.setPageSize(out.body);
    doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:mailboxes")),
                    chartImage(ReportCharts::mailboxStates(report)));
    doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:decisions")),
                    chartImage(ReportCharts::decisionsByDay(report)));
    QStringList anchors;
    for (const auto &entry : ReportHtml::contents(report))
        anchors.append(entry.first);
    ReportHtml::Options options;
    options.forPdf = true;
    // A short report (an empty org) stays on one or two pages.
    options.pageBreaks = !report.users.isEmpty();
    // The contents' lines keep their height whatever the numbers, so the
    // second layout puts every section where the first one found it.
    for (int pass = 0; pass < 3; ++pass) {
        doc.setHtml(ReportHtml::write(report, options));
        const QHash<QString, int> pages = anchorPages(doc, anchors, out.body.height());
        if (pages == options.pages)
            break;
        options.pages = pages;
    }
    return out;
}

} // namespace SyncLens
