#include "reasoncountmodel.h"

#include "explain/reasoncodetext.h"

#include <QLocale>

#include <algorithm>

namespace SyncLens {

ReasonCountModel::ReasonCountModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ReasonCountModel::setCounts(const QHash<ReasonCode, qint64> &counts)
{
    QList<Row> rows;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > 0)
            rows.append(Row{it.key(), it.value()});
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.count != b.count ? a.count > b.count : a.code < b.code;
    });
    if (rows == m_rows)
        return;
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

qint64 ReasonCountModel::count(ReasonCode code) const
{
    for (const Row &row : m_rows) {
        if (row.code == code)
            return row.count;
    }
    return 0;
}

int ReasonCountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReasonCountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReasonCountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (index.column() == CodeColumn)
            return reasonCodeName(row.code);
        if (index.column() == NameColumn)
            return ReasonCodeText::plainName(row.code);
        return QLocale().toString(row.count);
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        //: %1 a reason code such as NOT_IN_SCOPE, %2 its meaning
        return tr("%1: %2").arg(reasonCodeName(row.code), ReasonCodeText::plainName(row.code));
    case CountRole:
        return row.count;
    default:
        return {};
    }
}

QVariant ReasonCountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The tooltip says a title whole where a narrow column elides it.
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Reason code");
    case NameColumn:
        return tr("Meaning");
    case CountColumn:
        return tr("Decisions");
    default:
        return {};
    }
}

} // namespace SyncLens
