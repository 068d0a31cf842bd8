#pragma once

#include "live/livefiltercheck.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace SyncLens {

// The designer's "Check against Dataverse" tab (live orgs): runs the filter
// being edited on the org for its user and compares the records with what
// SyncLens selects. Shows "Dataverse agrees: 1,284 of 1,284", or each record
// on which they differ and why SyncLens thought otherwise. Cancelable.
class LiveCheckPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveCheckPanel)

public:
    using RecordName = std::function<QString(const QString &recordId)>;

    explicit LiveCheckPanel(QWidget *parent = nullptr);

    void setRecordName(RecordName name) { m_name = std::move(name); }
    // Off (with `why` as the tooltip) when the org is no live one or has no connection.
    void setAvailable(bool available, const QString &why = {});
    void setRunning(bool running);
    void showResult(const Result<LiveFilterCheckSummary> &result);

    QPushButton *checkButton() const { return m_check; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *resultLabel() const { return m_result; }
    QTreeWidget *differences() const { return m_differences; }

Q_SIGNALS:
    void checkRequested();
    void cancelRequested();

private:
    RecordName m_name;
    QPushButton *m_check;
    QPushButton *m_cancel;
    QLabel *m_result;
    QTreeWidget *m_differences;
    bool m_available = false;
};

} // namespace SyncLens
