#pragma once

#include "policyreport.h"

#include <QCoreApplication>
#include <QHash>

namespace SyncLens {

// The report as one self-contained HTML page (issue 18): inline SVG charts
// and CSS with print styles, no script, no external reference; every text
// escaped. The PDF writer uses the same page with its charts as images.
class ReportHtml
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::ReportHtml)

public:
    struct Options
    {
        // For Qt's rich text (the PDF): charts as <img src="chart:NAME">, and
        // the contents with page numbers.
        bool forPdf = false;
        QHash<QString, int> pages; // section anchor → page (forPdf)
        bool pageBreaks = false;   // each section on a new page (forPdf)
    };

    static QString write(const PolicyReport &report);
    static QString write(const PolicyReport &report, const Options &options);
    // The anchors of the sections and user sections, in order, with titles.
    static QList<std::pair<QString, QString>> contents(const PolicyReport &report);
    static QString userAnchor(int index) { return QStringLiteral("user-%1").arg(index + 1); }

private:
    static QString head(const PolicyReport &report, const Options &options);
    static QString tableOfContents(const PolicyReport &report, const Options &options);
    static QString rules(const PolicyReport &report, const Options &options);
    static QString users(const PolicyReport &report, const Options &options);
    static QString user(const PolicyReport::UserSection &u, int index);
    static QString mailbox(const PolicyReport::MailboxInfo &m);
    static QString health(const PolicyReport &report, const Options &options);
    static QString findings(const PolicyReport &report, const Options &options);
    static QString chart(const QString &name, const QString &svg, const Options &options);
};

} // namespace SyncLens
