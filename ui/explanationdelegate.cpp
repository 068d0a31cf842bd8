#include "explanationdelegate.h"

#include "explanationmodel.h"

#include <QTreeView>

namespace SyncLens {

void ExplanationDelegate::initStyleOption(QStyleOptionViewItem *option,
                                          const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // Sentences wrap; times stay on one line (their column fits them).
    if (index.column() == ExplanationModel::TextColumn)
        option->features |= QStyleOptionViewItem::WrapText;
    else
        option->features &= ~QStyleOptionViewItem::WrapText;
    if (index.data(ExplanationModel::LinkRole).toBool()) {
        const QColor link = option->palette.color(QPalette::Link);
        option->palette.setColor(QPalette::Text, link);
        option->font.setUnderline(true);
    }
}

// The style measures wrapped text only against a known width: give it the
// column's (the text column is not the first, so it has no indentation).
QSize ExplanationDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    const auto *view = qobject_cast<const QTreeView *>(option.widget);
    if (!view || index.column() != ExplanationModel::TextColumn)
        return QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem sized(option);
    sized.rect = QRect(0, 0, std::max(view->columnWidth(index.column()), 40), 1);
    return QStyledItemDelegate::sizeHint(sized, index);
}

} // namespace SyncLens
