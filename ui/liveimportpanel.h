#pragma once

#include <QDeadlineTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace SyncLens {

class LiveImportController;

// A live import in the status bar, beside the org: which org, what is read
// and how many rows, Dataverse's request to wait, and Cancel. Never modal:
// the window stays usable on the old data while the import runs.
class LiveImportPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveImportPanel)

public:
    LiveImportPanel(LiveImportController *controller, QWidget *parent = nullptr);

    QString text() const;
    QToolButton *cancelButton() const { return m_cancel; }

private:
    void onStarted(const QString &host);
    void showText(const QString &text);
    void showWait(int seconds, const QString &text);

    QString m_host;
    QString m_progress; // what is read now
    QString m_wait;     // Dataverse's request to wait, said while it lasts
    QDeadlineTimer m_waitEnds;
    QLabel *m_text;
    QProgressBar *m_busy;
    QToolButton *m_cancel;
};

} // namespace SyncLens
