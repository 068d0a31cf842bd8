#include "columnsizer.h"

#include <QHeaderView>
#include <QStyle>
#include <QTableView>

#include <algorithm>

namespace SyncLens {

namespace {

// The room a title has in its section: the section less the style's margins.
QRect titleRect(const QHeaderView *header, int section, int height)
{
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    return {0, 0, std::max(1, header->sectionSize(section) - 2 * margin - 8), height};
}

QString titleOf(const QHeaderView *header, int section)
{
    return header->model()->headerData(section, header->orientation()).toString();
}

// The height the title needs wrapped in its section.
int wrappedHeight(const QHeaderView *header, int section)
{
    return header->fontMetrics()
        .boundingRect(titleRect(header, section, 10000), Qt::TextWordWrap, titleOf(header, section))
        .height();
}

} // namespace

void ColumnSizer::fit(QTableView *table, const QHash<int, int> &maxWidths)
{
    QHeaderView *header = table->horizontalHeader();
    // A short title is shown whole; a long one is not worth the room beyond
    // its cells ("Appointments, contacts, tasks" above "Success"): it wraps.
    const int titleRoom = header->fontMetrics().averageCharWidth() * 12;
    const auto *view = static_cast<const QAbstractItemView *>(table);
    int lines = 1;
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
        if (header->sectionSize(section) < title) {
            const int needed = wrappedHeight(header, section) / header->fontMetrics().lineSpacing();
            lines = std::max(lines, std::min(needed, 3));
        }
    }
    // Long titles wrap onto two or three lines; the tooltip says them whole
    // where even that is too narrow.
    header->setDefaultAlignment(Qt::Alignment::fromInt(Qt::AlignCenter | int(Qt::TextWordWrap)));
    header->setMinimumHeight(lines > 1 ? header->fontMetrics().lineSpacing() * lines + 8 : 0);
    table->doItemsLayout(); // the header's new height
}

bool ColumnSizer::titleFits(const QHeaderView *header, int section)
{
    if (header->sectionSize(section) >= header->sectionSizeHint(section))
        return true;
    return header->height() > 0 && wrappedHeight(header, section) <= header->height() - 4;
}

} // namespace SyncLens
