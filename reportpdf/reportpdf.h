#pragma once

#include "model/result.h"
#include "report/policyreport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLocale>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QSizeF>

#include <functional>
#include <memory>

class QImage;
class QPainter;
class QTextDocument;

namespace SyncLens {

// The policy report as PDF (issue 18): the report's HTML laid out by Qt's
// rich text, its charts rendered from their SVG, with a table of contents
// that gives each section's page, and the org, the date and the page number
// on every page. Needs a QGuiApplication (the offscreen platform will do).
class ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::ReportPdf)

public:
    // A4, or Letter where the locale's territory uses it (US, Canada, Mexico, …).
    static QPageSize pageSizeFor(const QLocale &locale);

    // The document laid out on pages of `pageSize`, with the contents'
    // page numbers filled in. Shared with the print preview.
    struct Layout
    {
        std::shared_ptr<QTextDocument> document;
        QSizeF body;            // one page's body, in the device's pixels
        qreal headerHeight = 0; // above the body
        QPageSize pageSize;
        int pageCount() const;
    };
    static Layout layout(const PolicyReport &report, const QPageSize &pageSize);

    // Paints every page of `layout` on `device` (a QPdfWriter or a QPrinter).
    // `progress` gets (page, pages) and returns false to stop.
    static Result<void> paint(const PolicyReport &report, const Layout &layout,
                              QPagedPaintDevice &device,
                              const std::function<bool(int, int)> &progress = {});

    // One page (0-based) as the PDF shows it, on `painter` at 96 pixels per
    // inch, or as an image `scale` times that (a picture, a test).
    static void paintPage(QPainter &painter, const PolicyReport &report, const Layout &layout,
                          int page);
    static QImage pageImage(const PolicyReport &report, const Layout &layout, int page,
                            qreal scale = 1);

    static Result<QByteArray> render(const PolicyReport &report, const QPageSize &pageSize,
                                     const std::function<bool(int, int)> &progress = {});
};

} // namespace SyncLens
