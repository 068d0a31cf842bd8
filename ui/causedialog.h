#pragma once

#include "timeline/timelinecause.h"

#include <QDialog>

class QLabel;
class QGroupBox;

namespace SyncLens {

// What a cause on the timeline changed, opened by clicking its marker: for a
// filter the version it made, before and after as sentences; for a setting
// the new values; for email tracking the old and the new choice. One dialog
// per timeline, shown again for the next marker clicked.
class TimelineWidget;

class CauseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CauseDialog)

public:
    explicit CauseDialog(QWidget *parent = nullptr);

    // Shows cause `cause` of `timeline` in `dialog`, made (as a child of
    // `parent`) when null; returns the dialog.
    static CauseDialog *open(CauseDialog *dialog, QWidget *parent, const TimelineWidget &timeline,
                             qsizetype cause);

    // `when`: the cause's time as the timeline writes it.
    void setCause(const TimelineCause &cause, const QString &when);
    const TimelineCause &cause() const { return m_cause; }
    QString beforeText() const;
    QString afterText() const;

private:
    TimelineCause m_cause;
    QLabel *m_title;
    QLabel *m_when;
    QGroupBox *m_beforeBox;
    QLabel *m_before;
    QGroupBox *m_afterBox;
    QLabel *m_after;
};

} // namespace SyncLens
