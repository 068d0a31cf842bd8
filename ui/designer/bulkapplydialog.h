#pragma once

#include "fetchxml/fetchquery.h"
#include "live/livefilteroutcome.h"
#include "model/syncfilter.h"
#include "previewrequest.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace SyncLens {

class BulkPreviewModel;
class OrgStore;
class PreviewRunner;

// "Apply to other users": tick users, see per user what the filter would do
// to their scope (computed off the UI thread), then apply it to all of them
// at once. Each user gets a copy of the filter (replacing their filter of the
// same name and type); optionally their other filters of the type are
// disabled. The dialog only chooses: the caller asks the engine.
class BulkApplyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkApplyDialog)

public:
    BulkApplyDialog(const SyncFilter &filter, OrgStore *store, PreviewRunner *runner,
                    QWidget *parent = nullptr);

    // A live org: Apply asks for the writes (applyRequested()) and the dialog
    // stays open to show each user's result and a summary; no "disable
    // their other filters" (LiveFilterBulkApply writes the one filter).
    void setLive(const QString &host);
    // How the write for one user ended; then, for all, the summary.
    void showOutcome(const SyncLens::LiveFilterOutcome &outcome);
    void showFinished(const QList<SyncLens::LiveFilterOutcome> &outcomes);

    QStringList selectedUserIds() const;
    bool disablesOthers() const;
    BulkPreviewModel *model() const { return m_model; }

Q_SIGNALS:
    // Live orgs: Apply was clicked (the confirmation is the table and summary).
    void applyRequested(const QStringList &userIds);
    // Live orgs: Cancel while the writes run.
    void cancelRequested();

private:
    void loadUsers(OrgStore *store);
    void requestPreview(int row);
    void onChecked(int row, bool checked);
    void onOutcome(const PreviewOutcomePtr &outcome);
    void updateSummary();

    SyncFilter m_filter;
    std::optional<FetchQuery> m_query;
    PreviewRunner *m_runner;
    BulkPreviewModel *m_model;
    QHash<QString, std::vector<FetchQuery>> m_current; // user → enabled filters of the type
    QHash<QString, std::vector<FetchQuery>> m_others;  // the same without the one replaced
    QTableView *m_view;
    QCheckBox *m_disableOthers;
    QLabel *m_summary;
    QPushButton *m_apply;
    QPushButton *m_cancel = nullptr;
    QString m_liveHost; // empty: a sandbox
    bool m_writing = false;
    bool m_written = false;
};

} // namespace SyncLens
