#include "mailboxespanel.h"

#include "columnsizer.h"
#include "mailboxdetailspane.h"
#include "mailboxfilterproxy.h"
#include "mailboxtablemodel.h"
#include "store/orgstore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace SyncLens {

MailboxesPanel::MailboxesPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new MailboxTableModel(this))
    , m_proxy(new MailboxFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_state(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_details(new MailboxDetailsPane(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("mailboxesPanel"));
    m_proxy->setSourceModel(m_model);
    auto *top = new QWidget(m_splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    createFilterRow(top);
    topLayout->addWidget(m_filter->parentWidget());
    setUpTable();
    topLayout->addWidget(m_table);

    m_splitter->setObjectName(QStringLiteral("mailboxesSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(top);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_splitter);
    setTabOrder(m_filter, m_state);
    setTabOrder(m_state, m_table);
    setTabOrder(m_table, m_details);
}

// The models and views outlive this class's members (QWidget deletes them
// later): none of them may call back into this panel while they go.
MailboxesPanel::~MailboxesPanel()
{
    for (QObject *sender :
         std::initializer_list<QObject *>{m_proxy, m_table->selectionModel(), m_filter, m_state})
        sender->disconnect(this);
}

void MailboxesPanel::createFilterRow(QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_filter->setParent(row);
    m_filter->setObjectName(QStringLiteral("mailboxFilter"));
    m_filter->setPlaceholderText(tr("Filter mailboxes by name, address or state"));
    m_filter->setAccessibleName(tr("Filter mailboxes"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &MailboxFilterProxy::setText);

    m_state->setParent(row);
    m_state->setObjectName(QStringLiteral("mailboxStateFilter"));
    m_state->setAccessibleName(tr("Show mailboxes in state"));
    using S = MailboxFilterProxy::State;
    m_state->addItem(tr("All"), int(S::All));
    m_state->addItem(tr("Failing"), int(S::Failing));
    m_state->addItem(tr("Disabled"), int(S::Disabled));
    m_state->addItem(tr("Awaiting approval"), int(S::AwaitingApproval));
    //: Mailboxes that have alerts
    m_state->addItem(tr("Alerts"), int(S::WithAlerts));
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setState(MailboxFilterProxy::State(m_state->currentData().toInt()));
    });
    auto *label = new QLabel(tr("Sho&w:"), row);
    label->setBuddy(m_state);
    layout->addWidget(m_filter, 1);
    layout->addWidget(label);
    layout->addWidget(m_state);
}

void MailboxesPanel::setUpTable()
{
    m_table->setObjectName(QStringLiteral("mailboxTable"));
    m_table->setAccessibleName(tr("Mailboxes"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(MailboxTableModel::UserColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, arrows move in it
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle); // "nsantos@…oso.com": both ends tell
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MailboxesPanel::onCurrentChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MailboxesPanel::onCurrentChanged);
    // A filter that hides the selected row leaves no current mailbox.
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MailboxesPanel::onCurrentChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MailboxesPanel::onCurrentChanged);
}

Result<void> MailboxesPanel::reload(OrgStore &store)
{
    const QString keep = m_current;
    if (auto loaded = m_model->reload(store); !loaded)
        return loaded;
    // Sized to their content, addresses at most about 18 characters: in
    // English every column stays in view in the dock on a laptop's screen.
    ColumnSizer::fit(m_table, {{MailboxTableModel::EmailColumn,
                                m_table->fontMetrics().averageCharWidth() * 18}});
    if (!keep.isEmpty())
        selectMailbox(keep);
    return {};
}

void MailboxesPanel::setStore(OrgStore *store)
{
    m_store = store;
    m_details->setStore(store);
}

void MailboxesPanel::updateMailboxes(const QList<Mailbox> &mailboxes)
{
    if (!m_model->updateMailboxes(mailboxes) && m_store)
        (void)reload(*m_store); // mailboxes came or went
    const QString id = currentMailboxId();
    m_details->setMailbox(m_model->mailbox(id), m_model->userName(id));
}

void MailboxesPanel::refresh()
{
    if (!m_store)
        return;
    if (auto counts = m_store->alertCountsByMailbox())
        m_model->setAlertCounts(*counts);
    m_details->refresh();
}

QString MailboxesPanel::currentMailboxId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row()))
        return {};
    return current.data(MailboxTableModel::MailboxIdRole).toString();
}

bool MailboxesPanel::selectMailbox(const QString &mailboxId)
{
    const int sourceRow = m_model->rowOf(mailboxId);
    if (sourceRow < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) { // filtered out: show everything again
        m_filter->clear();
        m_state->setCurrentIndex(0);
        index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void MailboxesPanel::onCurrentChanged()
{
    const QString id = currentMailboxId();
    m_details->setMailbox(m_model->mailbox(id), m_model->userName(id));
    if (id == m_current)
        return;
    m_current = id;
    Q_EMIT currentMailboxChanged(id);
}

} // namespace SyncLens
