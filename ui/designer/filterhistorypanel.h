#pragma once

#include "model/filterversion.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace SyncLens {

class FilterHistoryModel;

// The history tab of the filter designer: a filter's saved versions, the
// chosen one as a sentence, and "Restore this version".
class FilterHistoryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterHistoryPanel)

public:
    explicit FilterHistoryPanel(QWidget *parent = nullptr);

    void setVersions(const QList<FilterVersion> &versions);
    void setRestoreEnabled(bool enabled);
    FilterHistoryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Selects the row of the version `versionId`.
    void selectVersion(qint64 versionId);

Q_SIGNALS:
    void restoreRequested(const SyncLens::FilterVersion &version);

private:
    void onCurrentChanged();
    const FilterVersion *current() const;

    FilterHistoryModel *m_model;
    QTableView *m_view;
    QLabel *m_sentence;
    QPushButton *m_restore;
    bool m_restoreAllowed = true;
};

} // namespace SyncLens
