#pragma once

#include "fetchxml/filterdescriber.h"
#include "previewrequest.h"

#include <QAbstractTableModel>

#include <functional>
#include <vector>

namespace SyncLens {

// The records of one group of a scope preview (entering, leaving or staying)
// with their key fields and, for leaving records, the condition that now
// excludes them. A group can hold 300,000 records: rows are shown a page at a
// time (fetchMore), and only a shown page's key fields are read.
class PreviewRecordModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewRecordModel)

public:
    enum Column
    {
        Title,
        Detail,
        Reason,
        Id,
        ColumnCount
    };
    static constexpr int PageSize = 100;

    // The record's title and its detail ("Budget review", "3/2/26 9:00 AM").
    using KeyFieldReader = std::function<QPair<QString, QString>(const QString &id)>;

    explicit PreviewRecordModel(QObject *parent = nullptr);

    void setKeyFieldReader(KeyFieldReader reader) { m_readKeys = std::move(reader); }
    void setDescriber(const FilterDescriber *describer) { m_describer = describer; }
    // Shows the records of `group` in `outcome` (kept, not copied); the
    // reason column is filled for leaving records only.
    void setRecords(const PreviewOutcomePtr &outcome, ScopePreview::Group group);
    void clear();
    int total() const { return int(records().size()); }
    QString recordId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    struct Shown
    {
        QString title;
        QString detail;
        QString reason;
    };
    Shown describe(const ScopePreview::Record &record) const;
    const std::vector<ScopePreview::Record> &records() const;

    KeyFieldReader m_readKeys;
    const FilterDescriber *m_describer = nullptr;
    QString m_type;
    bool m_withReason = false;
    PreviewOutcomePtr m_outcome;
    ScopePreview::Group m_group = ScopePreview::Group::Staying;
    std::vector<Shown> m_shown; // the rows fetched so far
};

} // namespace SyncLens
