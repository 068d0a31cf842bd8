#include "explainpanel.h"

#include "explain/explainer.h"
#include "explanationdelegate.h"
#include "explanationmodel.h"
#include "liveexplainnote.h"
#include "searchresultmodel.h"
#include "store/orgstore.h"
#include "whysearchrunner.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace SyncLens {

namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

QPushButton *linkButton(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(QString(text).remove(u'&').remove(u'…'));
    button->setEnabled(false);
    return button;
}

} // namespace

ExplainPanel::ExplainPanel(QWidget *parent)
    : QWidget(parent)
    , m_runner(new WhySearchRunner(this))
    , m_resultModel(new SearchResultModel(this))
    , m_model(new ExplanationModel(this))
    , m_search(new QLineEdit(this))
    , m_searchStatus(new QLabel(this))
    , m_results(new QTreeView(this))
    , m_title(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_openFilter(linkButton(tr("Open Filt&er…"), QStringLiteral("openFilterButton"), this))
    , m_showMailbox(linkButton(tr("Show M&ailbox"), QStringLiteral("showMailboxButton"), this))
    , m_showCause(linkButton(tr("Show the &Change"), QStringLiteral("showCauseButton"), this))
    , m_dayView(linkButton(tr("&Day View"), QStringLiteral("dayViewButton"), this))
    , m_adviceHeading(new QLabel(tr("What would change it"), this))
    , m_advice(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("explainPanel"));
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &ExplainPanel::startSearch);
    // Row heights follow the column width; re-measure once per burst of resizes.
    m_relayout.setSingleShot(true);
    m_relayout.setInterval(0);
    connect(&m_relayout, &QTimer::timeout, m_tree, [this] { m_tree->doItemsLayout(); });
    connect(m_runner, &WhySearchRunner::finished, this, &ExplainPanel::onSearchFinished);
    connect(m_runner, &WhySearchRunner::failed, this, &ExplainPanel::onSearchFailed);

    m_splitter->setObjectName(QStringLiteral("explainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(createSearchSide());
    m_splitter->addWidget(createExplanationSide());
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_splitter);
    setTabOrder(m_search, m_results);
    setTabOrder(m_results, m_tree);
    setTabOrder(m_tree, m_openFilter);
    setTabOrder(m_openFilter, m_showMailbox);
    setTabOrder(m_showMailbox, m_showCause);
    setTabOrder(m_showCause, m_dayView);
    setTabOrder(m_dayView, m_advice);
    showExplanationHeader(tr("No item chosen"), tr("Search above, then choose an item."));
    showAdvice({});
}

// The child widgets outlive this class's members (QWidget deletes them
// later): none of them may call back into this panel while they go.
ExplainPanel::~ExplainPanel()
{
    m_search->removeEventFilter(this);
    for (QObject *sender :
         std::initializer_list<QObject *>{m_search, m_results->selectionModel(), m_tree,
                                          m_tree->selectionModel(), m_tree->header(), m_runner})
        sender->disconnect(this);
}

QWidget *ExplainPanel::createSearchSide()
{
    auto *side = new QWidget(m_splitter);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search->setParent(side);
    m_search->setObjectName(QStringLiteral("explainSearch"));
    m_search->setPlaceholderText(
        tr("Why did my meeting … disappear? Type a subject, person or id"));
    m_search->setAccessibleName(tr("Search items"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &ExplainPanel::startSearch);
    auto *row = new QHBoxLayout;
    row->addWidget(buddyLabel(tr("Fi&nd:"), m_search, side));
    row->addWidget(m_search, 1);
    layout->addLayout(row);
    m_searchStatus->setParent(side);
    m_searchStatus->setObjectName(QStringLiteral("explainSearchStatus"));
    layout->addWidget(m_searchStatus);
    setUpResults();
    m_results->setParent(side);
    layout->addWidget(m_results, 1);
    return side;
}

void ExplainPanel::setUpResults()
{
    m_results->setObjectName(QStringLiteral("explainResults"));
    m_results->setAccessibleName(tr("Items found"));
    m_results->setModel(m_resultModel);
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setAllColumnsShowFocus(true);
    m_results->setAlternatingRowColors(true);
    m_results->header()->setStretchLastSection(true);
    connect(m_results->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ExplainPanel::onResultChosen);
}

QWidget *ExplainPanel::createExplanationSide()
{
    auto *side = new QWidget(m_splitter);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title->setParent(side);
    m_title->setObjectName(QStringLiteral("explainTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta->setParent(side);
    m_meta->setObjectName(QStringLiteral("explainMeta"));
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    setUpTree();
    m_tree->setParent(side);
    layout->addWidget(buddyLabel(tr("Histor&y, oldest first:"), m_tree, side));
    layout->addWidget(m_tree, 1);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_openFilter, m_showMailbox, m_showCause, m_dayView}) {
        button->setParent(side);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    QFont heading = m_adviceHeading->font();
    heading.setBold(true);
    m_adviceHeading->setParent(side);
    m_adviceHeading->setFont(heading);
    m_advice->setParent(side);
    m_advice->setObjectName(QStringLiteral("explainAdvice"));
    m_advice->setAccessibleName(tr("What would change it"));
    m_advice->setWordWrap(true);
    m_advice->setTextFormat(Qt::RichText);
    // Selectable by keyboard, so Tab reaches it and a screen reader reads it.
    m_advice->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_adviceHeading);
    layout->addWidget(m_advice);
    connect(m_openFilter, &QPushButton::clicked, this, [this] {
        Q_EMIT filterRequested(
            m_tree->currentIndex().data(ExplanationModel::FilterIdRole).toString());
    });
    connect(m_showMailbox, &QPushButton::clicked, this, [this] {
        Q_EMIT mailboxRequested(
            m_tree->currentIndex().data(ExplanationModel::MailboxIdRole).toString());
    });
    // The answer points at a moment: the change behind it on the timeline.
    connect(m_showCause, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_tree->currentIndex();
        Q_EMIT causeRequested(current.data(ExplanationModel::CauseRole).toLongLong(),
                              current.data(ExplanationModel::MailboxIdRole).toString());
    });
    connect(m_dayView, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_tree->currentIndex();
        Q_EMIT dayViewRequested(
            current.data(ExplanationModel::MailboxIdRole).toString(),
            current.data(ExplanationModel::TimeRole).toDateTime().toUTC().date());
    });
    return side;
}

void ExplainPanel::setUpTree()
{
    m_tree->setObjectName(QStringLiteral("explanationTree"));
    m_tree->setAccessibleName(tr("The item's decisions"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new ExplanationDelegate(m_tree));
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(ExplanationModel::TimeColumn,
                                           QHeaderView::ResizeToContents);
    connect(m_tree->header(), &QHeaderView::sectionResized, this, [this] { m_relayout.start(); });
    connect(m_tree, &QTreeView::activated, this, &ExplainPanel::openLink);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ExplainPanel::updateLinkButtons);
}

void ExplainPanel::setOrg(OrgStore *store, const QString &path)
{
    m_store = store;
    m_runner->setOrgPath(store ? path : QString());
    if (!store) {
        m_resultModel->setMatches({});
        m_itemId.clear();
        m_model->clearExplanation();
        showExplanationHeader(tr("No item chosen"), tr("Search above, then choose an item."));
        showAdvice({});
    } else if (!m_search->text().trimmed().isEmpty()) {
        startSearch();
    }
}

void ExplainPanel::showItem(const QString &itemId)
{
    if (!m_store || itemId.isEmpty())
        return;
    Explainer explainer(*m_store);
    auto x = explainer.explain(itemId);
    m_itemId = itemId;
    if (!x) {
        m_model->clearExplanation();
        showExplanationHeader(itemId, x.error().message);
        showAdvice({});
        return;
    }
    m_model->setExplanation(*x);
    //: %1 the item's type (Appointment, Task, …), %2 its id
    showExplanationHeader(x->title,
                          tr("%1 · %2").arg(SearchResultModel::typeText(x->type), itemId));
    if (const QString note = LiveExplainNote::forItem(*m_store, itemId);
        x->decisions.isEmpty() && !note.isEmpty())
        m_meta->setText(tr("%1 — %2").arg(m_meta->text(), note)); // a live org's record
    else if (x->decisions.isEmpty())
        m_meta->setText(tr("%1 — no decision about it yet: has a cycle run since it was made?")
                            .arg(m_meta->text()));
    showAdvice(x->advice);
    // The latest decision is what the user asks about: open its facts.
    if (m_model->rowCount() > 0) {
        const QModelIndex last = m_model->index(m_model->rowCount() - 1, 0);
        m_tree->expand(last);
        m_tree->setCurrentIndex(last);
        m_tree->scrollTo(last);
    }
    updateLinkButtons();
    if (const int row = m_resultModel->rowOf(itemId);
        row >= 0 && m_results->currentIndex().row() != row)
        m_results->setCurrentIndex(m_resultModel->index(row, 0));
    Q_EMIT itemShown(itemId);
}

void ExplainPanel::refresh()
{
    if (m_itemId.isEmpty() || !m_store)
        return;
    // Only a longer history changes the view: leave the user's place alone.
    auto entries = m_store->journalForItem(m_itemId);
    if (entries && entries->size() == m_model->explanation().decisions.size())
        return;
    showItem(m_itemId);
}

void ExplainPanel::showExplanationHeader(const QString &title, const QString &meta)
{
    m_title->setText(title);
    m_meta->setText(meta);
}

void ExplainPanel::showAdvice(const QStringList &advice)
{
    m_adviceHeading->setVisible(!advice.isEmpty());
    m_advice->setVisible(!advice.isEmpty());
    QString html = QStringLiteral("<ul style=\"margin-left: 0; -qt-list-indent: 1;\">");
    for (const QString &line : advice)
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    m_advice->setText(html + QStringLiteral("</ul>"));
}

void ExplainPanel::updateLinkButtons()
{
    const QModelIndex current = m_tree->currentIndex();
    m_openFilter->setEnabled(!current.data(ExplanationModel::FilterIdRole).toString().isEmpty());
    const bool decision = !current.data(ExplanationModel::MailboxIdRole).toString().isEmpty();
    m_showMailbox->setEnabled(decision);
    m_showCause->setEnabled(current.data(ExplanationModel::CauseRole).toLongLong() > 0);
    m_dayView->setEnabled(decision && current.data(ExplanationModel::TimeRole).isValid());
}

void ExplainPanel::openLink(const QModelIndex &index)
{
    if (!index.data(ExplanationModel::LinkRole).toBool())
        return;
    const QString filter = index.data(ExplanationModel::FilterIdRole).toString();
    if (!filter.isEmpty()) {
        Q_EMIT filterRequested(filter);
        return;
    }
    Q_EMIT mailboxRequested(index.data(ExplanationModel::MailboxIdRole).toString());
}

// Down in the search field moves to the results, as in a browser's search.
bool ExplainPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_resultModel->rowCount() > 0) {
        m_results->setFocus(Qt::TabFocusReason);
        if (!m_results->currentIndex().isValid())
            m_results->setCurrentIndex(m_resultModel->index(0, 0));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace SyncLens
