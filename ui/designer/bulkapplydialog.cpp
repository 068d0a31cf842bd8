#include "bulkapplydialog.h"

#include "bulkpreviewmodel.h"
#include "fetchxml/fetchxmlparser.h"
#include "fetchxml/fieldcatalog.h"
#include "live/livewritetext.h"
#include "previewrunner.h"
#include "store/orgstore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace SyncLens {

BulkApplyDialog::BulkApplyDialog(const SyncFilter &filter, OrgStore *store, PreviewRunner *runner,
                                 QWidget *parent)
    : QDialog(parent)
    , m_filter(filter)
    , m_runner(runner)
    , m_model(new BulkPreviewModel(this))
    , m_view(new QTableView(this))
    , m_disableOthers(new QCheckBox(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("bulkApplyDialog"));
    const QString plural = FieldCatalog::standard().pluralInSentence(filter.type);
    //: %1 a filter's name
    setWindowTitle(tr("Apply “%1” to Other Users").arg(filter.name));
    if (auto query = FetchXmlParser().parse(filter.fetchXml))
        m_query = *query;
    auto *intro = new QLabel(
        tr("Tick the users who should get “%1”. Each gets a copy (replacing their filter of the "
           "same name); the table shows what it does to each user's %2 before anything is saved.")
            .arg(filter.name, plural),
        this);
    intro->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("bulkPreviewTable"));
    m_view->setAccessibleName(tr("Users and what the filter would do to their scope"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(BulkPreviewModel::TheirFilters,
                                                     QHeaderView::Stretch);
    m_disableOthers->setObjectName(QStringLiteral("disableOthers"));
    //: %1 e.g. "appointments"
    m_disableOthers->setText(tr("&Disable their other filters of %1").arg(plural));
    m_summary->setObjectName(QStringLiteral("bulkSummary"));
    m_summary->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("bulkCancel"));
    m_apply = buttons->addButton(tr("Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("bulkApply"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_disableOthers);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_liveHost.isEmpty())
            return accept();
        m_writing = true;
        m_model->clearResults();
        m_summary->setText(tr("Writing to %1…").arg(m_liveHost));
        m_view->setEnabled(false);
        updateSummary();
        Q_EMIT applyRequested(selectedUserIds());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_writing) // the writes stop before the next user; each is reported
            return Q_EMIT cancelRequested();
        reject();
    });
    connect(m_model, &BulkPreviewModel::checkedChanged, this, &BulkApplyDialog::onChecked);
    connect(m_runner, &PreviewRunner::finished, this, &BulkApplyDialog::onOutcome);
    connect(m_disableOthers, &QCheckBox::toggled, this, [this] {
        m_model->clearCounts(); // another proposal: every preview again
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->row(row).checked)
                requestPreview(row);
        }
        updateSummary();
    });
    loadUsers(store);
    m_view->setColumnHidden(BulkPreviewModel::Result, true);
    resize(820, 520);
    updateSummary();
}

void BulkApplyDialog::setLive(const QString &host)
{
    m_liveHost = host;
    m_disableOthers->setChecked(false);
    m_disableOthers->hide();
    m_view->setColumnHidden(BulkPreviewModel::Result, false);
    // The result says why (a refusal names the privilege): it gets the room.
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(BulkPreviewModel::TheirFilters, QHeaderView::Interactive);
    header->resizeSection(BulkPreviewModel::TheirFilters, 220);
    header->setSectionResizeMode(BulkPreviewModel::Result, QHeaderView::Stretch);
    resize(1180, 560);
    updateSummary();
}

void BulkApplyDialog::showOutcome(const LiveFilterOutcome &outcome)
{
    const QString status = LiveWriteText::statusText(outcome.status);
    m_model->setResult(outcome.userId,
                       outcome.message.isEmpty() ? status
                                                 : tr("%1: %2").arg(status, outcome.message),
                       outcome.message);
}

void BulkApplyDialog::showFinished(const QList<LiveFilterOutcome> &outcomes)
{
    for (const LiveFilterOutcome &o : outcomes)
        showOutcome(o); // each user's row, also those the cancel skipped
    m_writing = false;
    m_written = true;
    m_view->setEnabled(true);
    m_apply->hide();
    m_cancel->setText(tr("Close"));
    m_summary->setText(LiveWriteText::bulkSummary(outcomes));
    m_view->resizeRowsToContents(); // each result in full
}

// Every user but the filter's own, with their enabled filters of the type.
void BulkApplyDialog::loadUsers(OrgStore *store)
{
    QList<BulkPreviewModel::Row> rows;
    auto users = store->users();
    if (!users)
        return;
    const FetchXmlParser parser;
    for (const User &user : *users) {
        if (user.id == m_filter.userId)
            continue;
        BulkPreviewModel::Row row{user};
        for (const SyncFilter &f : store->filters(user.id).value()) {
            if (f.type != m_filter.type || !f.enabled)
                continue;
            auto query = parser.parse(f.fetchXml);
            if (!query)
                continue;
            row.filterNames.append(f.name);
            m_current[user.id].push_back(*query);
            if (f.name != m_filter.name)
                m_others[user.id].push_back(*query);
        }
        rows.append(row);
    }
    m_model->setRows(rows);
}

void BulkApplyDialog::requestPreview(int row)
{
    const User &user = m_model->row(row).user;
    PreviewRequest request{user.id, m_filter.type, m_current.value(user.id), {}};
    if (m_query && m_filter.enabled)
        request.proposed.push_back(*m_query);
    if (!m_disableOthers->isChecked()) {
        const auto others = m_others.value(user.id);
        request.proposed.insert(request.proposed.end(), others.begin(), others.end());
    }
    m_model->setRequest(row, m_runner->request(request, false));
}

void BulkApplyDialog::onChecked(int row, bool checked)
{
    if (checked && !m_model->row(row).counts && m_model->row(row).requestId == 0)
        requestPreview(row);
    updateSummary();
}

void BulkApplyDialog::onOutcome(const PreviewOutcomePtr &outcome)
{
    if (m_model->takeOutcome(*outcome))
        updateSummary();
}

void BulkApplyDialog::updateSummary()
{
    if (m_writing || m_written)
        return; // the summary of the writes stays
    const QStringList ids = m_model->checkedUserIds();
    const bool ready = m_model->checkedReady();
    m_apply->setEnabled(!ids.isEmpty() && ready);
    m_apply->setText(
        m_liveHost.isEmpty()
            ? tr("Apply to %n user(s)", nullptr, int(ids.size()))
            //: %1 a host name
            : tr("Write to %n user(s) in %1", nullptr, int(ids.size())).arg(m_liveHost));
    if (ids.isEmpty()) {
        m_summary->setText(tr("No user is ticked."));
        return;
    }
    if (!ready) {
        m_summary->setText(tr("Previewing…"));
        return;
    }
    const auto totals = m_model->checkedTotals();
    //: %1 e.g. "12 appointments"
    m_summary->setText(
        tr("In all: %1 enter, %2 leave, %3 stay. Filters only limit CRM → Outlook: leaving "
           "records stay in Outlook without CRM changes, and edits there still change CRM.")
            .arg(QLocale().toString(totals[0]), QLocale().toString(totals[1]),
                 QLocale().toString(totals[2])));
}

QStringList BulkApplyDialog::selectedUserIds() const
{
    return m_model->checkedUserIds();
}

bool BulkApplyDialog::disablesOthers() const
{
    return m_disableOthers->isChecked();
}

} // namespace SyncLens
