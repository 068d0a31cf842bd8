#include "filterlistpanel.h"

#include "fetchxml/fieldcatalog.h"
#include "fetchxml/filtertemplates.h"
#include "filterlistmodel.h"
#include "model/recordtypes.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace SyncLens {

FilterListPanel::FilterListPanel(FilterListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTreeView(this))
    , m_new(new QToolButton(this))
    , m_duplicate(new QPushButton(tr("D&uplicate"), this))
    , m_rename(new QPushButton(tr("Re&name"), this))
    , m_toggle(new QPushButton(tr("Disa&ble"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
{
    setObjectName(QStringLiteral("filterListPanel"));
    m_view->setObjectName(QStringLiteral("filterList"));
    m_view->setAccessibleName(tr("The user's sync filters"));
    m_view->setModel(model);
    m_view->header()->hide();
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    // Groups open; "Removed filters" only when it has some.
    auto showGroups = [this] {
        m_view->expandAll();
        const QModelIndex removed = m_model->index(m_model->rowCount() - 1, 0);
        m_view->setRowHidden(removed.row(), {}, m_model->rowCount(removed) == 0);
    };
    connect(model, &QAbstractItemModel::modelReset, this, showGroups);
    connect(model, &QAbstractItemModel::rowsInserted, this, showGroups);
    connect(model, &QAbstractItemModel::rowsRemoved, this, showGroups);
    showGroups();

    m_new->setObjectName(QStringLiteral("newFilter"));
    m_new->setText(tr("&New filter"));
    m_new->setPopupMode(QToolButton::InstantPopup);
    m_new->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_new->setMenu(buildNewMenu());
    m_new->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_duplicate->setObjectName(QStringLiteral("duplicateFilter"));
    m_rename->setObjectName(QStringLiteral("renameFilter"));
    m_toggle->setObjectName(QStringLiteral("toggleFilter"));
    m_delete->setObjectName(QStringLiteral("deleteFilter"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_new);
    layout->addWidget(m_view, 1);
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_duplicate, 0, 0);
    buttons->addWidget(m_rename, 0, 1);
    buttons->addWidget(m_toggle, 1, 0);
    buttons->addWidget(m_delete, 1, 1);
    layout->addLayout(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateActions();
        Q_EMIT currentFilterChanged(currentFilterId());
    });
    connect(model, &QAbstractItemModel::dataChanged, this, &FilterListPanel::updateActions);
    connect(m_duplicate, &QPushButton::clicked, this,
            [this] { Q_EMIT duplicateRequested(currentFilterId()); });
    connect(m_rename, &QPushButton::clicked, this,
            [this] { m_view->edit(m_view->currentIndex()); });
    connect(m_toggle, &QPushButton::clicked, this, &FilterListPanel::toggleEnabled);
    connect(m_delete, &QPushButton::clicked, this,
            [this] { Q_EMIT deleteRequested(currentFilterId()); });
    updateActions();
}

// Blank filters per type, then the templates grouped by type.
QMenu *FilterListPanel::buildNewMenu()
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("newFilterMenu"));
    const FieldCatalog &catalog = FieldCatalog::standard();
    for (const QString &type : {QString(RecordTypes::Contact), QString(RecordTypes::Appointment),
                                QString(RecordTypes::Task)}) {
        const QString plural = catalog.pluralEntityName(type);
        QMenu *sub = menu->addMenu(plural);
        const QString inSentence = catalog.pluralInSentence(type);
        //: menu item: a filter with no conditions, %1 e.g. "appointments"
        QAction *blank = sub->addAction(tr("Blank filter of %1").arg(inSentence));
        blank->setObjectName(QStringLiteral("blank:") + type);
        connect(blank, &QAction::triggered, this, [this, type, inSentence] {
            Q_EMIT createRequested(type, tr("New %1 filter").arg(inSentence),
                                   FilterTemplates::blank(type));
        });
        sub->addSeparator();
        for (const FilterTemplate &t : FilterTemplates::forType(type)) {
            QAction *action = sub->addAction(t.name);
            action->setObjectName(QStringLiteral("template:") + t.name);
            connect(action, &QAction::triggered, this,
                    [this, t] { Q_EMIT createRequested(t.type, t.name, t.fetchXml); });
        }
    }
    return menu;
}

QString FilterListPanel::currentFilterId() const
{
    return m_model->filterId(m_view->currentIndex());
}

void FilterListPanel::selectFilter(const QString &filterId)
{
    const QModelIndex index = m_model->indexOf(filterId);
    if (index.isValid() && index != m_view->currentIndex())
        m_view->setCurrentIndex(index);
}

void FilterListPanel::updateActions()
{
    const auto entry = m_model->entry(currentFilterId());
    const bool live = entry && !entry->removed;
    m_duplicate->setEnabled(entry.has_value());
    m_rename->setEnabled(live);
    m_toggle->setEnabled(live);
    m_delete->setEnabled(live && m_writesBlocked.isEmpty());
    m_delete->setToolTip(m_writesBlocked);
    m_toggle->setText(live && !entry->filter.enabled ? tr("Ena&ble") : tr("Disa&ble"));
}

void FilterListPanel::setWritesBlocked(const QString &why)
{
    m_writesBlocked = why;
    updateActions();
}

void FilterListPanel::toggleEnabled()
{
    const QModelIndex index = m_view->currentIndex();
    const auto entry = m_model->entry(currentFilterId());
    if (!entry)
        return;
    m_model->setData(index, entry->filter.enabled ? Qt::Unchecked : Qt::Checked,
                     Qt::CheckStateRole);
}

} // namespace SyncLens
