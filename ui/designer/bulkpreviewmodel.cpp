#include "bulkpreviewmodel.h"

#include <QLocale>

namespace SyncLens {

BulkPreviewModel::BulkPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void BulkPreviewModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void BulkPreviewModel::setChecked(int index, bool checked)
{
    setData(this->index(index, UserName), checked ? Qt::Checked : Qt::Unchecked,
            Qt::CheckStateRole);
}

void BulkPreviewModel::setRequest(int index, quint64 requestId)
{
    m_rows[index].requestId = requestId;
    m_rows[index].error.clear();
    Q_EMIT dataChanged(this->index(index, Entering), this->index(index, Staying));
}

bool BulkPreviewModel::takeOutcome(const PreviewOutcome &outcome)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &r = m_rows[i];
        if (r.requestId != outcome.id)
            continue;
        r.requestId = 0;
        if (outcome.preview) {
            const ScopePreview &p = *outcome.preview;
            r.counts = std::array<int, 3>{int(p.entering.size()), int(p.leaving.size()),
                                          int(p.staying.size())};
        } else {
            r.error = outcome.error;
        }
        Q_EMIT dataChanged(index(i, Entering), index(i, Staying));
        return true;
    }
    return false;
}

void BulkPreviewModel::clearCounts()
{
    for (Row &r : m_rows) {
        r.counts.reset();
        r.requestId = 0;
        r.error.clear();
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Entering), index(int(m_rows.size()) - 1, Staying));
}

void BulkPreviewModel::setResult(const QString &userId, const QString &result,
                                 const QString &message)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].user.id != userId)
            continue;
        m_rows[i].result = result;
        m_rows[i].resultMessage = message;
        Q_EMIT dataChanged(index(i, Result), index(i, Result));
    }
}

void BulkPreviewModel::clearResults()
{
    for (Row &r : m_rows) {
        r.result.clear();
        r.resultMessage.clear();
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Result), index(int(m_rows.size()) - 1, Result));
}

QStringList BulkPreviewModel::checkedUserIds() const
{
    QStringList ids;
    for (const Row &r : m_rows) {
        if (r.checked)
            ids.append(r.user.id);
    }
    return ids;
}

bool BulkPreviewModel::checkedReady() const
{
    return std::all_of(m_rows.begin(), m_rows.end(),
                       [](const Row &r) { return !r.checked || r.counts.has_value(); });
}

std::array<int, 3> BulkPreviewModel::checkedTotals() const
{
    std::array<int, 3> totals{0, 0, 0};
    for (const Row &r : m_rows) {
        if (!r.checked || !r.counts)
            continue;
        for (int g = 0; g < 3; ++g)
            totals[size_t(g)] += (*r.counts)[size_t(g)];
    }
    return totals;
}

int BulkPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BulkPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BulkPreviewModel::countText(const Row &row, int group) const
{
    if (row.counts)
        return QLocale().toString((*row.counts)[size_t(group)]);
    if (!row.error.isEmpty())
        return tr("error");
    return row.checked ? tr("…") : QString();
}

QVariant BulkPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == UserName)
        return r.checked ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole && index.column() == Result && !r.resultMessage.isEmpty())
        return r.resultMessage;
    if (role == Qt::ToolTipRole && !r.error.isEmpty())
        return r.error;
    if (role == Qt::TextAlignmentRole && index.column() >= Entering && index.column() <= Staying)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case UserName:
        return r.user.name;
    case TheirFilters:
        return r.filterNames.isEmpty() ? tr("(none)") : r.filterNames.join(tr(", "));
    case Entering:
        return countText(r, 0);
    case Leaving:
        return countText(r, 1);
    case Staying:
        return countText(r, 2);
    case Result:
        return r.result;
    default:
        return {};
    }
}

bool BulkPreviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != UserName || role != Qt::CheckStateRole)
        return false;
    Row &r = m_rows[index.row()];
    const bool checked = value.toInt() == Qt::Checked;
    if (checked == r.checked)
        return false;
    r.checked = checked;
    Q_EMIT dataChanged(index, this->index(index.row(), Staying));
    Q_EMIT checkedChanged(index.row(), checked);
    return true;
}

Qt::ItemFlags BulkPreviewModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == UserName)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant BulkPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UserName:
        return tr("User");
    case TheirFilters:
        return tr("Their filters of this type now");
    case Entering:
        return tr("Entering");
    case Leaving:
        return tr("Leaving");
    case Staying:
        return tr("Staying");
    case Result:
        return tr("Result");
    default:
        return {};
    }
}

} // namespace SyncLens
