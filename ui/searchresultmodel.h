#pragma once

#include "explain/whysearch.h"

#include <QAbstractTableModel>

namespace SyncLens {

// The items a why-search found: title, type, id and the symptom of
// sss-model §5 that their history shows, if any.
class SearchResultModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultModel)

public:
    enum Column
    {
        TitleColumn,
        TypeColumn,
        IdColumn,
        SymptomColumn,
        ColumnCount
    };
    static constexpr int ItemIdRole = Qt::UserRole;

    explicit SearchResultModel(QObject *parent = nullptr);

    void setMatches(QList<WhySearch::Match> matches);
    const WhySearch::Match &matchAt(int row) const { return m_matches.at(row); }
    int rowOf(const QString &itemId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "appointment" as the user reads it ("Appointment").
    static QString typeText(const QString &type);
    // The distinct symptoms of a match, joined ("Missing from Outlook").
    static QString symptoms(const WhySearch::Match &match);

private:
    QString toolTip(const WhySearch::Match &match) const;

    QList<WhySearch::Match> m_matches;
};

} // namespace SyncLens
