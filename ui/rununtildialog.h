#pragma once

#include <QDateTime>
#include <QDialog>

class QDateTimeEdit;

namespace SyncLens {

// Asks until when to run cycles: a time after the simulated clock, in UTC.
class RunUntilDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunUntilDialog)

public:
    RunUntilDialog(const QDateTime &clock, int stepMinutes, QWidget *parent = nullptr);

    QDateTime until() const;
    void setUntil(const QDateTime &until);

private:
    QDateTimeEdit *m_edit;
};

} // namespace SyncLens
