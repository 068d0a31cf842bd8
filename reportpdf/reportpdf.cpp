#include "reportpdf.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace SyncLens {

namespace {

constexpr qreal kDpi = 96;
constexpr qreal kMargin = 15 / 25.4 * kDpi;

void paintFrame(QPainter &painter, const PolicyReport &report, const ReportPdf::Layout &layout,
                int page, int pages)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(7.5);
    painter.setFont(font);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    const qreal width = layout.body.width();
    const QRectF header(kMargin, kMargin, width, layout.headerHeight - 8);
    painter.drawText(header, Qt::AlignLeft | Qt::AlignTop,
                     ReportPdf::tr("Sync policy report: %1").arg(report.orgName));
    painter.drawText(header, Qt::AlignRight | Qt::AlignTop,
                     QLocale().toString(report.generated.toUTC().date(), QLocale::LongFormat));
    const qreal footerTop = kMargin + layout.headerHeight + layout.body.height() + 8;
    painter.drawText(QRectF(kMargin, footerTop, width, layout.headerHeight - 8), Qt::AlignHCenter,
                     ReportPdf::tr("Page %1 of %2").arg(page).arg(pages));
}

} // namespace

void ReportPdf::paintPage(QPainter &painter, const PolicyReport &report, const Layout &layout,
                          int page)
{
    const qreal h = layout.body.height();
    paintFrame(painter, report, layout, page + 1, layout.pageCount());
    painter.save();
    painter.translate(kMargin, kMargin + layout.headerHeight - page * h);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(0, page * h, layout.body.width(), h);
    painter.setClipRect(context.clip);
    layout.document->documentLayout()->draw(&painter, context);
    painter.restore();
}

QImage ReportPdf::pageImage(const PolicyReport &report, const Layout &layout, int page, qreal scale)
{
    const QSizeF size = layout.pageSize.sizePixels(int(kDpi));
    QImage image((size * scale).toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    paintPage(painter, report, layout, page);
    painter.end();
    return image;
}

Result<void> ReportPdf::paint(const PolicyReport &report, const Layout &layout,
                              QPagedPaintDevice &device,
                              const std::function<bool(int, int)> &progress)
{
    QPainter painter;
    if (!painter.begin(&device))
        return makeError(Error::Code::Io, tr("The PDF could not be started."));
    // Laid out at 96 pixels per inch; the device may have more.
    const qreal scale = device.logicalDpiX() / kDpi;
    painter.scale(scale, scale);
    const int pages = layout.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (progress && !progress(i, pages))
            return makeError(Error::Code::Cancelled, tr("The report was cancelled."));
        if (i > 0)
            device.newPage();
        paintPage(painter, report, layout, i);
    }
    painter.end();
    return {};
}

Result<QByteArray> ReportPdf::render(const PolicyReport &report, const QPageSize &pageSize,
                                     const std::function<bool(int, int)> &progress)
{
    const Layout laidOut = layout(report, pageSize);
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(tr("Sync policy report: %1").arg(report.orgName));
        writer.setCreator(QStringLiteral("SyncLens"));
        writer.setPageSize(pageSize);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(300);
        if (auto r = paint(report, laidOut, writer, progress); !r)
            return r.error();
    }
    buffer.close();
    return data;
}

} // namespace SyncLens
