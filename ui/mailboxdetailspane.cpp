#include "mailboxdetailspane.h"

#include "alertlistmodel.h"
#include "reasoncountmodel.h"
#include "store/orgstore.h"
#include "sync/mailboxhealth.h"
#include "timetext.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace SyncLens {

namespace {

QLabel *valueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// A push button that mirrors an action: its text, enabled state and tooltip.
QPushButton *pushButtonFor(QAction *action, const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(action->text(), parent);
    button->setObjectName(objectName);
    button->setAccessibleName(action->text().remove(u'&'));
    button->setToolTip(action->toolTip());
    button->setEnabled(action->isEnabled());
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::changed, button, [button, action] {
        button->setEnabled(action->isEnabled());
        button->setToolTip(action->toolTip());
    });
    return button;
}

// A titled section: a label naming the view (its buddy) above the view.
QWidget *section(const QString &title, QWidget *view, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(title, box);
    label->setBuddy(view);
    layout->addWidget(label);
    layout->addWidget(view);
    return box;
}

} // namespace

MailboxDetailsPane::MailboxDetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_alerts(new AlertListModel(this))
    , m_counts(new ReasonCountModel(this))
    , m_title(new QLabel(this))
    , m_state(valueLabel(QStringLiteral("mailboxState"), this))
    , m_lastCycle(valueLabel(QStringLiteral("mailboxLastCycle"), this))
    , m_nextRetry(valueLabel(QStringLiteral("mailboxNextRetry"), this))
    , m_lastError(valueLabel(QStringLiteral("mailboxLastError"), this))
    , m_problem(valueLabel(QStringLiteral("mailboxDetailsProblem"), this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("mailboxDetails"));
    setAccessibleName(tr("Mailbox details"));
    m_title->setObjectName(QStringLiteral("mailboxTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setWordWrap(true);
    m_problem->hide();
    createActions();

    m_alertTable = createTable(QStringLiteral("alertTable"), tr("Alerts"));
    m_alertTable->setModel(m_alerts);
    m_alertTable->horizontalHeader()->setSectionResizeMode(AlertListModel::MessageColumn,
                                                           QHeaderView::Stretch);
    m_alertTable->setWordWrap(true);
    // Alerts are few; each row as tall as its message.
    m_alertTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_countTable = createTable(QStringLiteral("reasonCountTable"), tr("Decisions by reason code"));
    m_countTable->setModel(m_counts);
    m_countTable->horizontalHeader()->setSectionResizeMode(ReasonCountModel::NameColumn,
                                                           QHeaderView::Stretch);
    // A long meaning ("Postfach nicht genehmigt") wraps, its row as tall as it.
    m_countTable->setWordWrap(true);
    m_countTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_splitter->setObjectName(QStringLiteral("mailboxDetailsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(section(tr("A&lerts"), m_alertTable, m_splitter));
    m_splitter->addWidget(section(tr("Decisions by &reason code"), m_countTable, m_splitter));
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);

    m_lastError->setWordWrap(true);
    m_form = new QFormLayout;
    m_form->addRow(tr("State:"), m_state);
    m_form->addRow(tr("Last cycle:"), m_lastCycle);
    m_form->addRow(tr("Next retry:"), m_nextRetry);
    m_form->addRow(tr("Last error:"), m_lastError);
    m_form->setRowVisible(m_lastError, false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(m_form);
    layout->addWidget(createButtons());
    layout->addWidget(m_problem);
    layout->addWidget(m_splitter, 1);
    setMailbox(std::nullopt, {});
}

void MailboxDetailsPane::createActions()
{
    m_testAndEnable = new QAction(tr("&Test && Enable"), this);
    m_testAndEnable->setObjectName(QStringLiteral("testAndEnableAction"));
    m_testAndEnable->setToolTip(
        tr("Enable the mailbox again and clear its failures; the next cycle tests it."));
    m_testAndEnable->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_testAndEnable, &QAction::triggered, this,
            [this] { Q_EMIT testAndEnableRequested(mailboxId()); });

    m_approve = new QAction(tr("A&pprove"), this);
    m_approve->setObjectName(QStringLiteral("approveAction"));
    m_approve->setToolTip(
        tr("Approve the mailbox so that Server-Side Synchronization may use it."));
    m_approve->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_approve, &QAction::triggered, this, [this] { Q_EMIT approveRequested(mailboxId()); });

    m_disable = new QAction(tr("&Disable…"), this);
    m_disable->setObjectName(QStringLiteral("disableAction"));
    m_disable->setToolTip(tr("Stop synchronising the mailbox until it is enabled again."));
    m_disable->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(m_disable, &QAction::triggered, this, &MailboxDetailsPane::confirmDisable);
}

QWidget *MailboxDetailsPane::createButtons()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(pushButtonFor(m_testAndEnable, QStringLiteral("testAndEnableButton"), row));
    layout->addWidget(pushButtonFor(m_approve, QStringLiteral("approveButton"), row));
    layout->addWidget(pushButtonFor(m_disable, QStringLiteral("disableButton"), row));
    layout->addStretch(1);
    m_buttons = layout;
    return row;
}

void MailboxDetailsPane::addButton(QAction *action, const QString &objectName)
{
    // Before the stretch, next to the pane's own buttons.
    m_buttons->insertWidget(m_buttons->count() - 1,
                            pushButtonFor(action, objectName, m_buttons->parentWidget()));
}

QTableView *MailboxDetailsPane::createTable(const QString &objectName,
                                            const QString &accessibleName)
{
    auto *table = new QTableView(this);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false); // Tab leaves the table, arrows move in it
    table->verticalHeader()->hide();
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

void MailboxDetailsPane::setStore(OrgStore *store)
{
    m_store = store;
    refresh();
}

void MailboxDetailsPane::setMailbox(const std::optional<Mailbox> &mailbox, const QString &userName)
{
    const bool other = mailboxId() != (mailbox ? mailbox->id : QString());
    m_mailbox = mailbox;
    updateHeader(userName);
    updateActions();
    if (other)
        refresh();
}

void MailboxDetailsPane::updateHeader(const QString &userName)
{
    if (!m_mailbox) {
        m_title->setText(tr("No mailbox selected"));
        for (QLabel *label : {m_state, m_lastCycle, m_nextRetry})
            label->setText(QString());
        return;
    }
    const Mailbox &m = *m_mailbox;
    //: %1 the mailbox owner's name, %2 the mailbox id
    m_title->setText(tr("%1 (%2)").arg(userName.isEmpty() ? m.userId : userName, m.id));
    QString state = !m.approved  ? tr("Awaiting approval")
                    : !m.enabled ? tr("Disabled")
                                 : tr("Enabled");
    if (m.consecutiveFailures > 0)
        state = tr("%1, %n failure(s) in a row", nullptr, m.consecutiveFailures).arg(state);
    else if (m.isFailing())
        state = tr("%1, failing").arg(state);
    // A channel disabled alone, or backing off alone, while the others run.
    QDateTime retry = m.retryAfter;
    for (MailboxChannel c : allMailboxChannels()) {
        const ChannelHealth &h = m.health(c);
        if (m.enabled && h.disabled) {
            //: %1 the mailbox state, %2 a channel such as "Incoming email"
            state = tr("%1; %2 disabled").arg(state, MailboxHealth::channelLabel(c));
        } else if (h.retryAfter.isValid()) {
            state = tr("%1; %2 waiting after %n failure(s)", nullptr, h.failures)
                        .arg(state, MailboxHealth::channelLabel(c));
            if (!retry.isValid() || h.retryAfter < retry)
                retry = h.retryAfter;
        }
    }
    m_state->setText(state);
    m_lastCycle->setText(TimeText::format(m.lastCycle, tr("Never")));
    // The back-off of sss-model §4: no cycle touches the mailbox (or the
    // channel) before this.
    m_nextRetry->setText(TimeText::format(retry, tr("—")));
}

void MailboxDetailsPane::updateActions()
{
    const bool has = m_mailbox.has_value() && m_actionsAllowed;
    bool channelTrouble = false; // a channel disabled or failing alone
    if (has) {
        for (const ChannelHealth &h : m_mailbox->channels)
            channelTrouble = channelTrouble || h.disabled || h.failures > 0;
    }
    m_testAndEnable->setEnabled(has && (!m_mailbox->enabled || m_mailbox->consecutiveFailures > 0 ||
                                        m_mailbox->retryAfter.isValid() || channelTrouble));
    m_approve->setEnabled(has && !m_mailbox->approved);
    m_disable->setEnabled(has && m_mailbox->enabled);
}

void MailboxDetailsPane::setActionsAllowed(bool allowed)
{
    m_actionsAllowed = allowed;
    updateActions();
}

// A live org's mailbox carries Dynamics 365's own last error (sandbox files
// have none): the row shows only where there is one.
void MailboxDetailsPane::updateLiveError()
{
    QString text;
    const auto live = m_store && m_mailbox ? m_store->liveMailboxes() : QList<LiveMailbox>();
    for (const LiveMailbox &l : live ? *live : QList<LiveMailbox>()) {
        if (l.id != m_mailbox->id || l.lastError.isEmpty())
            continue;
        //: %1 Dynamics 365's error message, %2 its error code, %3 when it happened
        text = tr("%1 (error %2, %3; %n error(s) in a row)", nullptr, l.errorCount)
                   .arg(l.lastError, l.lastErrorCode, TimeText::format(l.lastErrorTime, tr("—")));
    }
    m_lastError->setText(text);
    m_form->setRowVisible(m_lastError, !text.isEmpty());
}

void MailboxDetailsPane::refresh()
{
    m_problem->hide();
    updateLiveError();
    if (!m_store || !m_mailbox) {
        m_alerts->setAlerts({});
        m_counts->setCounts({});
        return;
    }
    auto alerts = m_store->alerts(m_mailbox->id);
    auto counts = m_store->journalCountsByCode(m_mailbox->id);
    m_alerts->setAlerts(alerts ? *alerts : QList<Alert>());
    m_counts->setCounts(counts ? *counts : QHash<ReasonCode, qint64>());
    if (!alerts || !counts) {
        m_problem->setText(alerts ? counts.error().message : alerts.error().message);
        m_problem->show();
    }
}

void MailboxDetailsPane::confirmDisable()
{
    if (!m_mailbox)
        return;
    const QString id = m_mailbox->id;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Disable the Mailbox?"),
                                tr("Disable %1? Nothing synchronises for it until it is tested "
                                   "and enabled again; nothing queued is lost.")
                                    .arg(m_title->text()),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDisable"));
    QPushButton *disable = box->addButton(tr("&Disable"), QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // open(), not exec(): no nested event loop while the admin decides.
    connect(box, &QMessageBox::finished, this, [this, box, disable, id] {
        if (box->clickedButton() == disable)
            Q_EMIT disableRequested(id);
    });
    box->open();
}

} // namespace SyncLens
