#include "rununtildialog.h"

#include "timetext.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace SyncLens {

RunUntilDialog::RunUntilDialog(const QDateTime &clock, int stepMinutes, QWidget *parent)
    : QDialog(parent)
    , m_edit(new QDateTimeEdit(this))
{
    setObjectName(QStringLiteral("runUntilDialog"));
    setWindowTitle(tr("Run Until"));
    const QDateTime now = clock.isValid() ? clock.toUTC() : QDateTime::currentDateTimeUtc();
    auto *intro = new QLabel(tr("The simulated clock stands at %1. Cycles run every %n minute(s) "
                                "of simulated time until the time below.",
                                nullptr, stepMinutes)
                                 .arg(TimeText::formatWithZone(now)),
                             this);
    intro->setWordWrap(true);
    m_edit->setObjectName(QStringLiteral("runUntilTime"));
    m_edit->setAccessibleName(tr("Run until (UTC)"));
    m_edit->setTimeSpec(Qt::UTC);
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_edit->setMinimumDateTime(now.addSecs(qint64(stepMinutes) * 60));
    m_edit->setDateTime(now.addDays(1));
    auto *form = new QFormLayout;
    form->addRow(tr("&Until (UTC):"), m_edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Run"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QDateTime RunUntilDialog::until() const
{
    return m_edit->dateTime().toUTC();
}

void RunUntilDialog::setUntil(const QDateTime &until)
{
    m_edit->setDateTime(until.toUTC());
}

} // namespace SyncLens
