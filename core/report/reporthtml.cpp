#include "reporthtml.h"

#include "reportcharts.h"
#include "reportrules.h"

#include <QLocale>

namespace SyncLens {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString heading(int level, const QString &anchor, const QString &title)
{
    return QStringLiteral("<h%1 id=\"%2\"><a name=\"%2\"></a>%3</h%1>\n")
        .arg(level)
        .arg(anchor, esc(title));
}

// A section starts a page in print; Qt's rich text (the PDF) reads no
// @media rule, so its pages break where an inline style says.
QString section(const QString &anchor, const QString &title, const ReportHtml::Options &options)
{
    if (!options.pageBreaks)
        return heading(2, anchor, title);
    return QStringLiteral("<h2 style=\"page-break-before: always\" id=\"%1\"><a name=\"%1\">"
                          "</a>%2</h2>\n")
        .arg(anchor, esc(title));
}

const QString kTable = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                                      "cellpadding=\"3\">\n");

QString paragraph(const QString &text, const QString &cssClass = {})
{
    return cssClass.isEmpty() ? QStringLiteral("<p>%1</p>\n").arg(esc(text))
                              : QStringLiteral("<p class=\"%1\">%2</p>\n").arg(cssClass, esc(text));
}

QString when(const QDateTime &time)
{
    return time.isValid()
               ? QLocale().toString(time.toUTC(), QLocale::ShortFormat) + QStringLiteral(" UTC")
               : ReportHtml::tr("never");
}

const char *kStyle = R"(
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; color: #222;
       max-width: 52em; margin: 2em auto; line-height: 1.4; }
h1 { font-size: 18pt; margin-bottom: 0; }
h2 { font-size: 14pt; border-bottom: 1px solid #999; margin-top: 1.6em; }
h3 { font-size: 12pt; margin-bottom: 0.3em; }
table { border-collapse: collapse; width: 100%; margin: 0.4em 0; }
th, td { border: 1px solid #bbb; padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #eef1f5; }
.setting, .meta { color: #555; font-size: 9pt; }
.finding { border-left: 4px solid #e07b25; padding-left: 0.8em; margin: 0.8em 0; }
.empty { font-style: italic; }
td.n { text-align: right; }
@media print {
  body { max-width: none; margin: 0; font-size: 10pt; }
  h2 { page-break-before: always; break-before: page; }
  .user, .finding, svg { page-break-inside: avoid; break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
)";

// Qt's rich text: the page is the PDF's, its margins the writer's.
const char *kPdfStyle = R"(
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #222; }
h1 { font-size: 18pt; }
h2 { font-size: 14pt; }
h3 { font-size: 12pt; }
th { background: #eef1f5; }
.setting, .meta { color: #555; font-size: 8.5pt; }
.empty { font-style: italic; }
td.n { text-align: right; }
)";

} // namespace

QList<std::pair<QString, QString>> ReportHtml::contents(const PolicyReport &report)
{
    QList<std::pair<QString, QString>> out{{QStringLiteral("rules"), tr("The org's rules")},
                                           {QStringLiteral("users"), tr("Users")}};
    for (int i = 0; i < report.users.size(); ++i)
        out.append({userAnchor(i), report.users.at(i).user.name});
    out.append({QStringLiteral("health"), tr("Health")});
    out.append({QStringLiteral("findings"), tr("Findings")});
    return out;
}

QString ReportHtml::write(const PolicyReport &report)
{
    return write(report, Options{});
}

QString ReportHtml::write(const PolicyReport &report, const Options &options)
{
    QString html = head(report, options);
    if (!report.users.isEmpty())
        html += tableOfContents(report, options);
    html += rules(report, options);
    html += users(report, options);
    html += health(report, options);
    html += findings(report, options);
    return html + QStringLiteral("</body>\n</html>\n");
}

QString ReportHtml::head(const PolicyReport &report, const Options &options)
{
    const QString title = tr("Sync policy report: %1").arg(report.orgName);
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n"
                                  "<meta charset=\"utf-8\"/>\n<title>%2</title>\n"
                                  "<style>%3</style>\n</head>\n<body>\n")
                       .arg(esc(report.language), esc(title),
                            options.forPdf ? QLatin1String(kPdfStyle) : QLatin1String(kStyle));
    html += QStringLiteral("<h1>%1</h1>\n").arg(esc(title));
    html += paragraph(tr("Generated %1; the org's clock: %2; source: %3.")
                          .arg(when(report.generated), when(report.orgClock), report.source),
                      QStringLiteral("meta"));
    if (report.users.isEmpty() && report.mailboxCount() == 0)
        html += paragraph(tr("This org has no users and no mailboxes: there is nothing to "
                             "synchronise yet, so this report is short."),
                          QStringLiteral("empty"));
    return html;
}

QString ReportHtml::tableOfContents(const PolicyReport &report, const Options &options)
{
    QString html = QStringLiteral("<h2 id=\"contents\">%1</h2>\n").arg(esc(tr("Contents"))) +
                   QStringLiteral("<table width=\"100%\" class=\"toc\">\n");
    for (const auto &[anchor, title] : contents(report)) {
        const bool sub = anchor.startsWith(QLatin1String("user-"));
        const QString page =
            options.forPdf ? QString::number(options.pages.value(anchor)) : QString();
        html +=
            QStringLiteral("<tr><td>%1<a href=\"#%2\">%3</a></td><td class=\"n\">%4</td></tr>\n")
                .arg(sub ? QStringLiteral("&#160;&#160;&#160;&#160;") : QString(), anchor,
                     esc(title), page);
    }
    return html + QStringLiteral("</table>\n");
}

QString ReportHtml::rules(const PolicyReport &report, const Options &options)
{
    QString html = section(QStringLiteral("rules"), tr("The org's rules"), options);
    html += kTable + QStringLiteral("<tr><th>%1</th><th>%2</th></tr>\n")
                         .arg(esc(tr("Rule")), esc(tr("What it does")));
    for (const auto &rule : report.rules)
        html += QStringLiteral("<tr><td>%1<br/><span class=\"setting\">%2</span></td>"
                               "<td>%3</td></tr>\n")
                    .arg(esc(rule.topic), esc(rule.setting), esc(rule.sentence));
    return html + QStringLiteral("</table>\n");
}

QString ReportHtml::users(const PolicyReport &report, const Options &options)
{
    QString html = section(QStringLiteral("users"), tr("Users"), options);
    if (report.users.isEmpty())
        return html + paragraph(tr("This org has no users."), QStringLiteral("empty"));
    if (report.filterCount() == 0)
        html += paragraph(tr("No user has a sync filter: no appointment, contact or task "
                             "goes from CRM to Outlook."),
                          QStringLiteral("empty"));
    for (int i = 0; i < report.users.size(); ++i)
        html += user(report.users.at(i), i);
    return html;
}

QString ReportHtml::user(const PolicyReport::UserSection &u, int index)
{
    QString html = QStringLiteral("<div class=\"user\">\n");
    html += heading(3, userAnchor(index), u.user.name);
    html += paragraph(tr("%1 · %2 · time zone %3").arg(u.user.email, u.user.id, u.user.timeZone),
                      QStringLiteral("meta"));
    html += paragraph(tr("Email filtering: %1").arg(u.emailFiltering));
    if (u.filters.isEmpty()) {
        html += paragraph(tr("No sync filters: nothing goes from CRM to this user's Outlook."),
                          QStringLiteral("empty"));
    } else {
        html += kTable + QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>\n")
                             .arg(esc(tr("Filter")), esc(tr("What it selects")),
                                  esc(tr("In scope now")), esc(tr("Own records left out")));
        for (const auto &f : u.filters) {
            const QString state = f.enabled ? tr("enabled") : tr("disabled");
            html +=
                QStringLiteral("<tr><td>%1<br/><span class=\"setting\">%2, %3</span></td>"
                               "<td>%4</td><td class=\"n\">%5</td><td class=\"n\">%6</td></tr>\n")
                    .arg(esc(f.name), esc(ReportRules::typePlural(f.type)), esc(state),
                         esc(f.sentence))
                    .arg(f.enabled ? QLocale().toString(f.inScope) : QStringLiteral("–"))
                    .arg(f.enabled ? QLocale().toString(f.ownLeftOut) : QStringLiteral("–"));
        }
        html += QStringLiteral("</table>\n");
    }
    html += u.mailbox ? mailbox(*u.mailbox)
                      : paragraph(tr("No mailbox: nothing synchronises for this user."),
                                  QStringLiteral("empty"));
    return html + QStringLiteral("</div>\n");
}

QString ReportHtml::mailbox(const PolicyReport::MailboxInfo &m)
{
    QString html = paragraph(tr("Mailbox %1: %2; %3; last synchronised %4.")
                                 .arg(m.mailbox.id, reportMailboxStateText(m.state),
                                      m.mailbox.approved ? tr("approved") : tr("awaiting approval"),
                                      when(m.mailbox.lastCycle)));
    html += QStringLiteral("<ul>\n");
    for (const QString &c : m.channels)
        html += QStringLiteral("<li>%1</li>\n").arg(esc(c));
    html += QStringLiteral("</ul>\n");
    if (!m.lastAlert.isEmpty())
        html += paragraph(tr("Last alert (%1): %2").arg(when(m.lastAlertTime), m.lastAlert));
    return html;
}

QString ReportHtml::chart(const QString &name, const QString &svg, const Options &options)
{
    if (!options.forPdf)
        return QStringLiteral("<div class=\"chart\">%1</div>\n").arg(svg);
    return QStringLiteral("<p><img src=\"chart:%1\" width=\"%2\" height=\"%3\"/></p>\n")
        .arg(name)
        .arg(ReportCharts::Width)
        .arg(ReportCharts::height(svg));
}

QString ReportHtml::health(const PolicyReport &report, const Options &options)
{
    QString html = section(QStringLiteral("health"), tr("Health"), options);
    html += QStringLiteral("<h3>%1</h3>\n").arg(esc(tr("Mailboxes by state")));
    if (report.mailboxCount() == 0)
        html += paragraph(tr("This org has no mailboxes."), QStringLiteral("empty"));
    else
        html += chart(QStringLiteral("mailboxes"), ReportCharts::mailboxStates(report), options);
    html += QStringLiteral("<h3>%1</h3>\n").arg(esc(tr("Failing and disabled mailboxes")));
    if (report.problemMailboxes.isEmpty())
        html += paragraph(tr("None."));
    for (const auto &m : report.problemMailboxes)
        html += mailbox(m);
    html += QStringLiteral("<h3>%1</h3>\n").arg(esc(tr("Alerts of the last 7 days"))) + kTable;
    for (AlertSeverity s :
         {AlertSeverity::Error, AlertSeverity::Warning, AlertSeverity::Information})
        html += QStringLiteral("<tr><td>%1</td><td class=\"n\">%2</td></tr>\n")
                    .arg(esc(s == AlertSeverity::Error     ? tr("Errors")
                             : s == AlertSeverity::Warning ? tr("Warnings")
                                                           : tr("Information")))
                    .arg(report.alertsLast7Days.value(s));
    html +=
        QStringLiteral("</table>\n<h3>%1</h3>\n").arg(esc(tr("Decisions by reason code per day")));
    if (report.decisionsByDay.isEmpty())
        html += paragraph(tr("No decisions in the last 14 days."), QStringLiteral("empty"));
    else
        html += chart(QStringLiteral("decisions"), ReportCharts::decisionsByDay(report), options);
    return html;
}

QString ReportHtml::findings(const PolicyReport &report, const Options &options)
{
    QString html = section(QStringLiteral("findings"), tr("Findings"), options);
    if (report.findings.isEmpty())
        html += paragraph(tr("Nothing surprising was found."), QStringLiteral("empty"));
    for (const auto &f : report.findings) {
        html += QStringLiteral("<div class=\"finding\">\n<h3>%1</h3>\n").arg(esc(f.title));
        html += paragraph(tr("Consequence: %1").arg(f.consequence));
        html += paragraph(tr("Fix: %1").arg(f.fix));
        if (!f.users.isEmpty())
            html += paragraph(tr("Users: %1").arg(QLocale().createSeparatedList(f.users)));
        if (!f.filters.isEmpty())
            html += paragraph(tr("Filters: %1").arg(f.filters.join(QStringLiteral("; "))));
        html += QStringLiteral("</div>\n");
    }
    return html;
}

} // namespace SyncLens
