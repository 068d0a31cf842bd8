#pragma once

#include "timeline/timelinedata.h"

#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QToolBar;

namespace SyncLens {

class CauseDialog;
class StoreSource;
class TimelineLoadRunner;
class TimelineWidget;

// The Timeline dock: the TimelineWidget over the org the views show (the
// engine's, or a scenario's), for the mailbox chosen in the Mailboxes dock
// or for every mailbox stacked, with a small toolbar (Fit, Zoom In, Zoom
// Out, which mailboxes). It reloads in the background after each cycle,
// keeping the user's zoom and selection; a click on a mark asks for the
// item's explanation (itemActivated).
class TimelinePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelinePanel)

public:
    enum class Scope
    {
        SelectedMailbox,
        AllMailboxes
    };

    explicit TimelinePanel(StoreSource *source, QWidget *parent = nullptr);
    ~TimelinePanel() override;

    TimelineWidget *timeline() const { return m_timeline; }
    Scope scope() const;
    void setScope(Scope scope);
    // The mailbox of the Mailboxes dock (empty: none chosen, show them all).
    void setSelectedMailbox(const QString &mailboxId);
    // The mailboxes a load asks for (empty: every mailbox).
    QStringList wantedMailboxes() const;
    bool isLoading() const;
    QSize sizeHint() const override;

    // The dialog a click on a cause's marker opens (null before the first).
    CauseDialog *causeDialog() const { return m_causeDialog; }

    QAction *fitAction() const { return m_fit; }
    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }

public Q_SLOTS:
    // Reads the shown org again (coalesced: a newer request replaces an older).
    void reload();
    // Selects the item's mark (Explain showed it), unless one of its marks
    // is selected already.
    void selectItem(const QString &itemId);
    // Zooms to the marker of org event `eventId` and highlights it; shows
    // `mailboxId` first when the chosen mailbox is shown and it is another.
    void showCause(qint64 eventId, const QString &mailboxId);

Q_SIGNALS:
    void itemActivated(const QString &itemId, const QString &mailboxId);
    // Fresh data is shown (or a load failed and says so).
    void loaded();

private:
    QAction *makeAction(const QString &text, const QString &objectName, const QKeySequence &key,
                        const QString &toolTip);
    void createToolBar();
    void onSwitched();
    void onLoaded(const std::shared_ptr<const SyncLens::TimelineData> &data);
    void onFailed(const QString &message);
    void openCause(qsizetype cause);
    void updateStatus();

    StoreSource *m_source;
    TimelineLoadRunner *m_runner;
    TimelineWidget *m_timeline;
    QToolBar *m_toolBar;
    QAction *m_fit = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QComboBox *m_scope;
    QLabel *m_status;
    CauseDialog *m_causeDialog = nullptr;
    QString m_selectedMailbox;
    QString m_error;
    QString m_pendingSelection; // an item Explain showed before its data came
    qint64 m_pendingCause = 0;  // a cause Explain pointed at before its data came
};

} // namespace SyncLens
