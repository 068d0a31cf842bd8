#pragma once

#include "previewrecordmodel.h"
#include "previewrequest.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTableView;

namespace SyncLens {

// The live preview of the filter designer: how many records enter, leave and
// stay in the user's scope, what that does on each side in the engine's words
// (the one-way warning for leaving records stated plainly), and the records
// of each group, leaving ones with the condition that now excludes them.
class PreviewPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPanel)

public:
    explicit PreviewPanel(QWidget *parent = nullptr);

    void setKeyFieldReader(const PreviewRecordModel::KeyFieldReader &reader);
    void setDescriber(const FilterDescriber *describer);
    void showOutcome(const PreviewOutcomePtr &outcome, const QString &userName);
    // A line above the counts: computing, reading the records, an error.
    void showStatus(const QString &text);
    PreviewOutcomePtr outcome() const { return m_outcome; }
    PreviewRecordModel *model(ScopePreview::Group group) const;
    QTableView *view(ScopePreview::Group group) const;

    // The preview in a few lines, for a confirmation ("12 appointments will …").
    static QString summary(const ScopePreview &preview);

private:
    struct GroupWidgets
    {
        QLabel *count;
        QLabel *sentence;
        PreviewRecordModel *model;
        QTableView *view;
    };
    QWidget *buildCounts();
    QTableView *buildView(PreviewRecordModel *model, const QString &name);
    void showGroup(ScopePreview::Group group, const ScopePreview::Consequence &consequence);

    QLabel *m_status;
    QLabel *m_warning;
    QTabWidget *m_tabs;
    GroupWidgets m_groups[3];
    PreviewOutcomePtr m_outcome;
};

} // namespace SyncLens
