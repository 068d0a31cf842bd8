#include "livecheckpanel.h"

#include "live/livewritetext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace SyncLens {

LiveCheckPanel::LiveCheckPanel(QWidget *parent)
    : QWidget(parent)
    , m_check(new QPushButton(tr("&Check Against Dataverse"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_result(new QLabel(this))
    , m_differences(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("liveCheckPanel"));
    m_check->setObjectName(QStringLiteral("checkAgainstDataverse"));
    m_cancel->setObjectName(QStringLiteral("cancelCheck"));
    m_result->setObjectName(QStringLiteral("checkResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_differences->setObjectName(QStringLiteral("checkDifferences"));
    m_differences->setRootIsDecorated(false);
    m_differences->setHeaderLabels(
        {tr("Record"), tr("SyncLens"), tr("Dataverse"), tr("Why SyncLens thought otherwise")});
    m_differences->header()->setStretchLastSection(true);
    m_differences->hide();
    auto *row = new QHBoxLayout;
    row->addWidget(m_check);
    row->addWidget(m_cancel);
    row->addWidget(m_result, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_differences, 1);
    layout->addStretch();
    connect(m_check, &QPushButton::clicked, this, &LiveCheckPanel::checkRequested);
    connect(m_cancel, &QPushButton::clicked, this, &LiveCheckPanel::cancelRequested);
    m_result->setText(tr("Runs the filter on the org for its user and compares the records with "
                         "what SyncLens selects from the file."));
    setRunning(false);
    setAvailable(false);
}

void LiveCheckPanel::setAvailable(bool available, const QString &why)
{
    m_available = available;
    m_check->setEnabled(available && !m_cancel->isVisible());
    m_check->setToolTip(available ? tr("Run the filter on the org and compare") : why);
}

void LiveCheckPanel::setRunning(bool running)
{
    m_cancel->setVisible(running);
    m_check->setEnabled(m_available && !running);
    if (running) {
        m_result->setText(tr("Asking Dataverse…"));
        m_differences->clear();
        m_differences->hide();
    }
}

void LiveCheckPanel::showResult(const Result<LiveFilterCheckSummary> &result)
{
    setRunning(false);
    if (!result) {
        m_result->setText(result.error().code == Error::Code::Cancelled
                              ? tr("Cancelled.")
                              : tr("Not checked: %1").arg(result.error().message));
        return;
    }
    if (result->checks.isEmpty())
        return m_result->setText(tr("Nothing was checked."));
    const LiveFilterCheck &check = result->checks.constFirst();
    m_result->setText(LiveWriteText::checkResult(check));
    for (const LiveFilterDifference &d : check.differences) {
        auto *item = new QTreeWidgetItem(m_differences);
        item->setText(0, m_name ? m_name(d.recordId) : d.recordId);
        item->setData(0, Qt::UserRole, d.recordId);
        item->setText(1, d.inSyncLens ? tr("in scope") : tr("not in scope"));
        item->setText(2, d.inDataverse ? tr("in scope") : tr("not in scope"));
        item->setText(3, d.reason);
    }
    for (int column = 0; column < 3; ++column)
        m_differences->resizeColumnToContents(column);
    m_differences->setVisible(!check.differences.isEmpty());
}

} // namespace SyncLens
