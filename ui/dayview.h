#pragma once

#include "explain/daystory.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QListWidgetItem;

namespace SyncLens {

class CauseDialog;
class OrgStore;
class TimelineWidget;

// The day view for end users: one person, one day. Their two rows of the
// timeline for that day, large, and beside it what happened to their
// meetings, tasks and contacts that day in sentences (DayStory), the causes
// among them. Choosing a cause in the list shows its marker; choosing an
// item asks for its explanation (itemActivated). Reads a day of one
// mailbox, small enough to read on the UI thread.
class DayView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DayView)

public:
    explicit DayView(QWidget *parent = nullptr);
    ~DayView() override;

    // The org to read (null: none); fills the list of people.
    void setOrg(OrgStore *store);
    // Shows `userId`'s `day`; false (and says why) when the user is unknown.
    bool showDay(const QString &userId, const QDate &day);

    QString userId() const;
    QDate day() const;
    TimelineWidget *timeline() const { return m_timeline; }
    QListWidget *storyList() const { return m_list; }
    QString statusText() const;

Q_SIGNALS:
    void itemActivated(const QString &itemId, const QString &mailboxId);

private:
    void reload();
    void onLineActivated(QListWidgetItem *line);
    void openCause(qsizetype cause);
    QListWidgetItem *addLine(const DayStory::Line &line);

    OrgStore *m_store = nullptr;
    QComboBox *m_person;
    QDateEdit *m_day;
    QLabel *m_status;
    TimelineWidget *m_timeline;
    QListWidget *m_list;
    CauseDialog *m_causeDialog = nullptr;
    QString m_mailboxId;
};

} // namespace SyncLens
