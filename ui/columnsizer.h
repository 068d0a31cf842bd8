#pragma once

#include <QHash>

class QHeaderView;
class QTableView;

namespace SyncLens {

// Sizes a table's columns to their content, so that a table fits the dock
// it is in: a column is as wide as the widest of its cells shown, and as its
// title unless the title is much wider than the cells (the title then wraps
// onto a second or third line of the header; the model's header tooltip says
// it whole). A column in `maxWidths` (free text such as addresses) is at
// most that wide: its cells elide and their tooltips say them whole.
class ColumnSizer final
{
public:
    static void fit(QTableView *table, const QHash<int, int> &maxWidths = {});
    // Whether the header shows column `section`'s title whole, on one line
    // or wrapped.
    static bool titleFits(const QHeaderView *header, int section);
};

} // namespace SyncLens
