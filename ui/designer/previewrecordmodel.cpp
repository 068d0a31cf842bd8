#include "previewrecordmodel.h"

#include "model/recordtypes.h"

namespace SyncLens {

PreviewRecordModel::PreviewRecordModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

const std::vector<ScopePreview::Record> &PreviewRecordModel::records() const
{
    static const std::vector<ScopePreview::Record> none;
    if (!m_outcome || !m_outcome->preview)
        return none;
    const ScopePreview &p = *m_outcome->preview;
    switch (m_group) {
    case ScopePreview::Group::Entering:
        return p.entering;
    case ScopePreview::Group::Leaving:
        return p.leaving;
    case ScopePreview::Group::Staying:
        break;
    }
    return p.staying;
}

void PreviewRecordModel::clear()
{
    beginResetModel();
    m_outcome.reset();
    m_shown.clear();
    endResetModel();
}

void PreviewRecordModel::setRecords(const PreviewOutcomePtr &outcome, ScopePreview::Group group)
{
    beginResetModel();
    m_outcome = outcome;
    m_group = group;
    m_type = outcome ? outcome->type : QString();
    m_withReason = group == ScopePreview::Group::Leaving;
    m_shown.clear();
    endResetModel();
    // The first page at once: a view may not ask before it is shown.
    if (canFetchMore({}))
        fetchMore({});
}

QString PreviewRecordModel::recordId(int row) const
{
    return row >= 0 && row < total() ? records()[size_t(row)].id : QString();
}

PreviewRecordModel::Shown PreviewRecordModel::describe(const ScopePreview::Record &record) const
{
    Shown shown;
    if (m_readKeys) {
        const auto [title, detail] = m_readKeys(record.id);
        shown.title = title;
        shown.detail = detail;
    }
    if (m_withReason && m_describer) {
        shown.reason = record.failingCondition
                           ? m_describer->describeCondition(*record.failingCondition, m_type)
                           : tr("no filter of this type is left");
    }
    return shown;
}

int PreviewRecordModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int PreviewRecordModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool PreviewRecordModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_shown.size() < records().size();
}

void PreviewRecordModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int first = int(m_shown.size());
    const int last = std::min(first + PageSize, total()) - 1;
    std::vector<Shown> page;
    page.reserve(size_t(last - first + 1));
    for (int row = first; row <= last; ++row)
        page.push_back(describe(records()[size_t(row)]));
    beginInsertRows({}, first, last);
    m_shown.insert(m_shown.end(), page.begin(), page.end());
    endInsertRows();
}

QVariant PreviewRecordModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Shown &shown = m_shown[size_t(index.row())];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Title:
            return shown.title;
        case Detail:
            return shown.detail;
        case Reason:
            return shown.reason;
        case Id:
            return records()[size_t(index.row())].id;
        default:
            return {};
        }
    }
    if (role == Qt::AccessibleTextRole && index.column() == Title)
        return shown.reason.isEmpty() ? shown.title : tr("%1: %2").arg(shown.title, shown.reason);
    return {};
}

QVariant PreviewRecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return m_type == RecordTypes::Contact ? tr("Name") : tr("Subject");
    case Detail:
        return m_type == RecordTypes::Contact ? tr("Email")
               : m_type == RecordTypes::Task  ? tr("Due")
                                              : tr("Start");
    case Reason:
        return tr("Now fails");
    case Id:
        return tr("Id");
    default:
        return {};
    }
}

} // namespace SyncLens
