#pragma once

#include <QDateTime>
#include <QObject>

class QLabel;
class QProgressBar;
class QStatusBar;

namespace SyncLens {

class SyncEngine;
struct CycleSummary;

// The engine in the status bar: the org's name, the simulated clock, a
// progress bar while cycles run, the last cycle's outcome, and errors (also
// shown in a message box that does not block the window).
class SyncStatusBar final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusBar)

public:
    SyncStatusBar(SyncEngine *engine, QStatusBar *statusBar);

    void setOrgText(const QString &text);
    void setClock(const QDateTime &clock);
    QString clockText() const;
    QProgressBar *progressBar() const { return m_progress; }

Q_SIGNALS:
    void errorShown(const QString &message);

private:
    void showProgress();
    void onProgress(int done, int total);
    void onCycleFinished(const SyncLens::CycleSummary &summary);
    void showError(const QString &message);

    QStatusBar *m_bar;
    QLabel *m_org;
    QLabel *m_clock;
    QProgressBar *m_progress;
    bool m_busy = false;
    bool m_playing = false;
};

} // namespace SyncLens
