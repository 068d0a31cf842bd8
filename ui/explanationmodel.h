#pragma once

#include "explain/explainer.h"

#include <QStandardItemModel>

namespace SyncLens {

// An item's history as a tree: one row per decision in time order (when,
// and the explainer's sentence), its facts as child rows. A fact that names
// a sync filter or a mailbox links to it (LinkRole with FilterIdRole or
// MailboxIdRole); the view shows such rows as links.
class ExplanationModel final : public QStandardItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExplanationModel)

public:
    enum Column
    {
        TimeColumn,
        TextColumn,
        ColumnCount
    };
    static constexpr int CodeRole = Qt::UserRole + 1;      // decision rows: reason code name
    static constexpr int EntryIdRole = Qt::UserRole + 2;   // decision rows: journal entry id
    static constexpr int FilterIdRole = Qt::UserRole + 3;  // the filter a row names
    static constexpr int MailboxIdRole = Qt::UserRole + 4; // the mailbox a row names
    static constexpr int LinkRole = Qt::UserRole + 5;      // fact rows that open something
    static constexpr int CauseRole = Qt::UserRole + 6;     // decision rows: the org event behind it
    static constexpr int TimeRole = Qt::UserRole + 7;      // decision rows: when (QDateTime)

    explicit ExplanationModel(QObject *parent = nullptr);

    void setExplanation(const Explanation &explanation);
    void clearExplanation();
    const Explanation &explanation() const { return m_explanation; }

private:
    QList<QStandardItem *> decisionRow(const ExplainedDecision &decision);
    QList<QStandardItem *> factRow(const QString &fact, const ExplainedDecision &decision);
    void setHeaders();

    Explanation m_explanation;
};

} // namespace SyncLens
