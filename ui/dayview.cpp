#include "dayview.h"

#include "causedialog.h"
#include "store/orgstore.h"
#include "timeline/timelineloader.h"
#include "timelinewidget.h"
#include "uilog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QVBoxLayout>

namespace SyncLens {

namespace {

enum Role
{
    ItemRole = Qt::UserRole,
    CauseRole,
};

} // namespace

DayView::DayView(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_person(new QComboBox(this))
    , m_day(new QDateEdit(this))
    , m_status(new QLabel(this))
    , m_timeline(new TimelineWidget(this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("dayView"));
    setWindowTitle(tr("Day View"));
    m_person->setObjectName(QStringLiteral("dayPerson"));
    m_person->setAccessibleName(tr("Person"));
    m_day->setObjectName(QStringLiteral("dayDate"));
    m_day->setAccessibleName(tr("Day"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_status->setObjectName(QStringLiteral("dayStatus"));
    m_timeline->setObjectName(QStringLiteral("dayTimeline"));
    m_timeline->setTimeZone(QTimeZone::utc()); // the org's clock speaks UTC
    QFont large = m_timeline->font();
    large.setPointSizeF(large.pointSizeF() * 1.4);
    m_timeline->setFont(large);
    m_timeline->setFillsHeight(true);
    m_list->setObjectName(QStringLiteral("dayStory"));
    m_list->setAccessibleName(tr("What happened that day"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);

    auto *header = new QHBoxLayout;
    auto *personLabel = new QLabel(tr("&Person:"), this);
    personLabel->setBuddy(m_person);
    auto *dayLabel = new QLabel(tr("&Day:"), this);
    dayLabel->setBuddy(m_day);
    header->addWidget(personLabel);
    header->addWidget(m_person);
    header->addWidget(dayLabel);
    header->addWidget(m_day);
    header->addWidget(m_status, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_timeline);
    splitter->addWidget(m_list);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);
    resize(1280, 560);

    connect(m_person, &QComboBox::currentIndexChanged, this, &DayView::reload);
    connect(m_day, &QDateEdit::dateChanged, this, &DayView::reload);
    connect(m_list, &QListWidget::itemActivated, this, &DayView::onLineActivated);
    connect(m_list, &QListWidget::itemClicked, this, &DayView::onLineActivated);
    connect(m_timeline, &TimelineWidget::causeActivated, this, &DayView::openCause);
    connect(m_timeline, &TimelineWidget::itemActivated, this, &DayView::itemActivated);
}

DayView::~DayView() = default;

void DayView::setOrg(OrgStore *store)
{
    m_store = store;
    const QSignalBlocker blocker(m_person);
    m_person->clear();
    if (!m_store)
        return;
    auto users = m_store->users();
    if (!users) {
        m_status->setText(users.error().message);
        return;
    }
    for (const User &u : std::as_const(*users))
        m_person->addItem(u.name, u.id);
}

QString DayView::userId() const
{
    return m_person->currentData().toString();
}

QDate DayView::day() const
{
    return m_day->date();
}

QString DayView::statusText() const
{
    return m_status->text();
}

bool DayView::showDay(const QString &userId, const QDate &day)
{
    const int index = m_person->findData(userId);
    if (index < 0) {
        m_status->setText(tr("There is no user %1 in this org.").arg(userId));
        return false;
    }
    {
        const QSignalBlocker people(m_person);
        const QSignalBlocker days(m_day);
        m_person->setCurrentIndex(index);
        m_day->setDate(day);
    }
    reload();
    return true;
}

QListWidgetItem *DayView::addLine(const DayStory::Line &line)
{
    const QString time = line.time.toUTC().toString(QStringLiteral("HH:mm"));
    //: a line of the day view: the time, the item or the change, what happened
    auto *item = new QListWidgetItem(tr("%1  %2 — %3").arg(time, line.title, line.sentence));
    if (line.isCause) {
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
        item->setData(CauseRole, line.causeEventId);
    } else {
        item->setData(ItemRole, line.itemId);
    }
    m_list->addItem(item);
    return item;
}

void DayView::reload()
{
    m_list->clear();
    if (!m_store || userId().isEmpty())
        return;
    auto story = DayStory::tell(*m_store, userId(), day());
    if (!story) {
        m_status->setText(story.error().message);
        m_timeline->setData(nullptr);
        return;
    }
    m_mailboxId = story->mailboxId;
    auto data = TimelineLoader::load(*m_store, {story->mailboxId}, story->from, story->to);
    if (!data) {
        qCWarning(lcUi) << "day view:" << data.error().message;
        m_status->setText(data.error().message);
        return;
    }
    m_timeline->setData(*data);
    m_timeline->setVisibleRange(story->from, story->to);
    for (const DayStory::Line &line : std::as_const(story->lines))
        addLine(line);
    QString status = story->lines.isEmpty()
                         ? tr("Nothing happened to %1's meetings, tasks or contacts that day.")
                               .arg(story->userName)
                         : tr("%n thing(s) happened to %1's meetings, tasks and contacts.", nullptr,
                              int(story->lines.size()))
                               .arg(story->userName);
    if (story->untold > 0)
        status += QLatin1Char(' ') + tr("%n more not listed.", nullptr, story->untold);
    m_status->setText(status);
    setWindowTitle(tr("Day View — %1, %2")
                       .arg(story->userName, locale().toString(day(), QLocale::LongFormat)));
}

void DayView::onLineActivated(QListWidgetItem *line)
{
    if (!line)
        return;
    const QString itemId = line->data(ItemRole).toString();
    if (!itemId.isEmpty()) {
        m_timeline->selectItem(itemId, m_mailboxId);
        Q_EMIT itemActivated(itemId, m_mailboxId);
        return;
    }
    m_timeline->showCause(m_timeline->data()->findCause(line->data(CauseRole).toLongLong()));
}

void DayView::openCause(qsizetype cause)
{
    m_causeDialog = CauseDialog::open(m_causeDialog, this, *m_timeline, cause);
}

} // namespace SyncLens
