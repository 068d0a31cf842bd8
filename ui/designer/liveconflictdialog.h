#pragma once

#include "live/livefilteroutcome.h"
#include "live/livewritetext.h"

#include <QDialog>

#include <functional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace SyncLens {

class FilterDescriber;

// After a 412: someone changed (or removed) the filter in the org since it
// was read. Shows their version and ours side by side, as FetchXML and as a
// sentence, and which records each puts in the user's scope that the other
// does not (showDifference(), from a preview). The admin keeps theirs or
// writes ours over theirs; Cancel writes nothing and keeps the edit.
class LiveConflictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveConflictDialog)

public:
    using RecordName = std::function<QString(const QString &recordId)>;

    LiveConflictDialog(const LiveFilterConflict &conflict, const FilterDescriber &describer,
                       QWidget *parent = nullptr);

    const LiveFilterConflict &conflict() const { return m_conflict; }
    void showDifference(const LiveVersionDifference &difference, const QString &type,
                        const RecordName &name);
    void showDifferenceError(const QString &message);

Q_SIGNALS:
    void keepTheirsChosen();
    void writeOursChosen();

private:
    QWidget *side(const QString &title, const std::optional<SyncFilter> &filter,
                  const FilterDescriber &describer, const char *name, QListWidget *&only);

    LiveFilterConflict m_conflict;
    QLabel *m_difference = nullptr;
    QListWidget *m_onlyTheirs = nullptr;
    QListWidget *m_onlyOurs = nullptr;
};

} // namespace SyncLens
