#include "columnsizer.h"

#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace SyncLens {

void ColumnSizer::fit(QTableView *table, const QHash<int, int> &maxWidths)
{
    QHeaderView *header = table->horizontalHeader();
    // A short title is shown whole; a long one is not worth the room beyond
    // its cells ("Appointments, contacts, tasks" above "Success").
    const int titleRoom = header->fontMetrics().averageCharWidth() * 12;
    const auto *view = static_cast<const QAbstractItemView *>(table);
    for (int section = 0; section < header->count(); ++section) {
        if (header->isSectionHidden(section) ||
            header->sectionResizeMode(section) != QHeaderView::Interactive)
            continue;
        const int cells = view->sizeHintForColumn(section);
        const int title = header->sectionSizeHint(section);
        int width = std::max(cells, std::min(title, std::max(cells, titleRoom)));
        if (const auto cap = maxWidths.constFind(section); cap != maxWidths.cend())
            width = std::min(width, *cap);
        header->resizeSection(section, std::max(width, header->minimumSectionSize()));
    }
}

bool ColumnSizer::titleFits(const QHeaderView *header, int section)
{
    return header->sectionSize(section) >= header->sectionSizeHint(section);
}

} // namespace SyncLens
