#pragma once

#include <QStyledItemDelegate>

namespace SyncLens {

// Draws the explanation tree: sentences wrap to the column's width (rows
// grow to fit), and facts that link to a filter or a mailbox look like
// links in the palette's own link colour, so a dark palette keeps them
// readable.
class ExplanationDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExplanationDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace SyncLens
