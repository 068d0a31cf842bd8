#pragma once

#include "policyreport.h"

#include <QCoreApplication>

namespace SyncLens {

// The report's charts as SVG text (no script, no external reference), so
// that the HTML holds them inline and the PDF writer can render them.
class ReportCharts
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::ReportCharts)

public:
    static constexpr int Width = 640;

    // One horizontal bar per mailbox state.
    static QString mailboxStates(const PolicyReport &report);
    // One stacked bar per day, a colour per reason code, with a legend.
    static QString decisionsByDay(const PolicyReport &report);
    // The height an SVG of these declares (for laying out a page).
    static int height(const QString &svg);
};

} // namespace SyncLens
