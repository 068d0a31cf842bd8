#include "reportcharts.h"
#include "explain/reasoncodetext.h"
#include "model/reasoncode.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace SyncLens {

namespace {

constexpr int kBarHeight = 22;
constexpr int kLabelWidth = 190;
constexpr int kPlotHeight = 160;
constexpr int kLegendRow = 18;
constexpr std::array<const char *, 8> kColours{"#2f6db5", "#e07b25", "#3c9a45", "#c0392b",
                                               "#7d5ba6", "#8c6d31", "#d45c9e", "#6b7b8c"};

QString svgText(const QString &text)
{
    return text.toHtmlEscaped();
}

QString svgOpen(int height)
{
    return QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" "
                          "viewBox=\"0 0 %1 %2\" font-family=\"DejaVu Sans, sans-serif\" "
                          "font-size=\"12\">")
        .arg(ReportCharts::Width)
        .arg(height);
}

QString stateColour(ReportMailboxState s)
{
    switch (s) {
    case ReportMailboxState::Healthy:
        return QStringLiteral("#3c9a45");
    case ReportMailboxState::NotRun:
        return QStringLiteral("#9aa5b1");
    case ReportMailboxState::Failing:
        return QStringLiteral("#e07b25");
    case ReportMailboxState::Disabled:
        return QStringLiteral("#c0392b");
    case ReportMailboxState::AwaitingApproval:
        return QStringLiteral("#7d5ba6");
    }
    return QStringLiteral("#000000");
}

} // namespace

int ReportCharts::height(const QString &svg)
{
    static const QRegularExpression re(QStringLiteral("height=\"(\\d+)\""));
    return re.match(svg).captured(1).toInt();
}

QString ReportCharts::mailboxStates(const PolicyReport &report)
{
    const QList<ReportMailboxState> states{
        ReportMailboxState::Healthy, ReportMailboxState::NotRun, ReportMailboxState::Failing,
        ReportMailboxState::Disabled, ReportMailboxState::AwaitingApproval};
    int most = 1;
    for (int n : report.mailboxesByState)
        most = std::max(most, n);
    const int plot = Width - kLabelWidth - 50;
    QString svg = svgOpen(int(states.size()) * (kBarHeight + 6) + 8);
    svg += QStringLiteral("<title>%1</title>").arg(svgText(tr("Mailboxes by state")));
    int y = 4;
    for (ReportMailboxState s : states) {
        const int n = report.mailboxesByState.value(s);
        const int w = n * plot / most;
        svg += QStringLiteral("<text x=\"0\" y=\"%1\">%2</text>")
                   .arg(y + 15)
                   .arg(svgText(reportMailboxStateText(s)));
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"/>")
                   .arg(kLabelWidth)
                   .arg(y)
                   .arg(std::max(w, 1))
                   .arg(kBarHeight)
                   .arg(stateColour(s));
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\">%3</text>")
                   .arg(kLabelWidth + w + 6)
                   .arg(y + 15)
                   .arg(n);
        y += kBarHeight + 6;
    }
    return svg + QStringLiteral("</svg>");
}

QString ReportCharts::decisionsByDay(const PolicyReport &report)
{
    // The most frequent codes get a colour each; the rest share "other".
    QMap<ReasonCode, qint64> totals;
    qint64 tallest = 1;
    for (const auto &day : report.decisionsByDay) {
        qint64 sum = 0;
        for (auto it = day.cbegin(); it != day.cend(); ++it) {
            totals[it.key()] += it.value();
            sum += it.value();
        }
        tallest = std::max(tallest, sum);
    }
    QList<ReasonCode> codes = totals.keys();
    std::stable_sort(codes.begin(), codes.end(),
                     [&](ReasonCode a, ReasonCode b) { return totals[a] > totals[b]; });
    const qsizetype named = std::min<qsizetype>(codes.size(), kColours.size() - 1);
    const auto colourOf = [&](ReasonCode c) {
        const qsizetype i = codes.indexOf(c);
        return QLatin1String(kColours.at(size_t(i < named ? i : qsizetype(kColours.size()) - 1)));
    };
    const qsizetype legendRows = named + (codes.size() > named ? 1 : 0);
    const int days = std::max(1, int(report.decisionsByDay.size()));
    const int slot = (Width - 60) / days;
    QString svg = svgOpen(kPlotHeight + 40 + int(legendRows) * kLegendRow);
    svg += QStringLiteral("<title>%1</title>").arg(svgText(tr("Decisions by reason code per day")));
    svg += QStringLiteral("<text x=\"0\" y=\"12\">%1</text>").arg(QLocale().toString(tallest));
    int x = 60;
    for (auto day = report.decisionsByDay.cbegin(); day != report.decisionsByDay.cend(); ++day) {
        int top = kPlotHeight + 10;
        for (ReasonCode c : codes) {
            const qint64 n = day->value(c);
            if (n == 0)
                continue;
            const int h = std::max(1, int(n * kPlotHeight / tallest));
            top -= h;
            svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" "
                                  "fill=\"%5\"/>")
                       .arg(x)
                       .arg(top)
                       .arg(std::max(2, slot - 4))
                       .arg(h)
                       .arg(colourOf(c));
        }
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"10\">%3</text>")
                   .arg(x)
                   .arg(kPlotHeight + 24)
                   .arg(svgText(day.key().toString(QStringLiteral("dd.MM"))));
        x += slot;
    }
    int y = kPlotHeight + 40;
    for (qsizetype i = 0; i < legendRows; ++i) {
        const bool other = i >= named;
        // Words for the reader, the code for the admin who looks it up in the journal.
        const QString label = other ? tr("other reasons")
                                    : tr("%1 (%2)").arg(ReasonCodeText::plainName(codes.at(i)),
                                                        reasonCodeName(codes.at(i)));
        const QString text =
            other ? label : tr("%1: %2").arg(label, QLocale().toString(totals[codes.at(i)]));
        svg += QStringLiteral("<rect x=\"0\" y=\"%1\" width=\"12\" height=\"12\" fill=\"%2\"/>"
                              "<text x=\"18\" y=\"%3\">%4</text>")
                   .arg(y)
                   .arg(QLatin1String(kColours.at(size_t(other ? kColours.size() - 1 : i))))
                   .arg(y + 11)
                   .arg(svgText(text));
        y += kLegendRow;
    }
    return svg + QStringLiteral("</svg>");
}

} // namespace SyncLens
