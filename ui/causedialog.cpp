#include "causedialog.h"

#include "timelinewidget.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace SyncLens {

namespace {

QLabel *wrappingLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

CauseDialog::CauseDialog(QWidget *parent)
    : QDialog(parent)
    , m_title(wrappingLabel(QStringLiteral("causeTitle"), this))
    , m_when(wrappingLabel(QStringLiteral("causeWhen"), this))
    , m_beforeBox(new QGroupBox(tr("Before"), this))
    , m_before(wrappingLabel(QStringLiteral("causeBefore"), m_beforeBox))
    , m_afterBox(new QGroupBox(tr("After"), this))
    , m_after(wrappingLabel(QStringLiteral("causeAfter"), m_afterBox))
{
    setObjectName(QStringLiteral("causeDialog"));
    setWindowTitle(tr("What Changed"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    (new QVBoxLayout(m_beforeBox))->addWidget(m_before);
    (new QVBoxLayout(m_afterBox))->addWidget(m_after);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_when);
    layout->addWidget(m_beforeBox);
    layout->addWidget(m_afterBox);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(520, 300);
}

CauseDialog *CauseDialog::open(CauseDialog *dialog, QWidget *parent, const TimelineWidget &timeline,
                               qsizetype cause)
{
    const auto &causes = timeline.data()->causes();
    if (cause < 0 || cause >= qsizetype(causes.size()))
        return dialog;
    if (!dialog)
        dialog = new CauseDialog(parent);
    const TimelineCause &c = causes[size_t(cause)];
    dialog->setCause(c, timeline.timeLabel(c.time));
    dialog->show();
    dialog->raise();
    return dialog;
}

void CauseDialog::setCause(const TimelineCause &cause, const QString &when)
{
    m_cause = cause;
    m_title->setText(cause.title);
    m_when->setText(cause.versionId > 0
                        //: when a filter was changed, and the number of the version it made
                        ? tr("%1 · version %2 of the filter").arg(when).arg(cause.versionId)
                        : when);
    const bool filter = cause.kind == TimelineCause::Kind::Filter;
    m_beforeBox->setVisible(filter || !cause.before.isEmpty());
    m_before->setText(cause.before.isEmpty() ? tr("The filter did not exist.") : cause.before);
    m_afterBox->setTitle(cause.kind == TimelineCause::Kind::Setting ? tr("New values")
                                                                    : tr("After"));
    m_afterBox->setVisible(filter || !cause.after.isEmpty());
    m_after->setText(cause.after.isEmpty() ? tr("The filter was removed.") : cause.after);
}

QString CauseDialog::beforeText() const
{
    return m_beforeBox->isVisibleTo(this) ? m_before->text() : QString();
}

QString CauseDialog::afterText() const
{
    return m_afterBox->isVisibleTo(this) ? m_after->text() : QString();
}

} // namespace SyncLens
