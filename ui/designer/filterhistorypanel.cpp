#include "filterhistorypanel.h"

#include "fetchxml/fetchxmlparser.h"
#include "fetchxml/filterdescriber.h"
#include "filterhistorymodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace SyncLens {

FilterHistoryPanel::FilterHistoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new FilterHistoryModel(this))
    , m_view(new QTableView(this))
    , m_sentence(new QLabel(this))
    , m_restore(new QPushButton(tr("&Restore this version…"), this))
{
    setObjectName(QStringLiteral("historyPanel"));
    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setAccessibleName(tr("Saved versions of the filter"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(0, 150);
    m_view->setColumnWidth(1, 110);
    m_view->setColumnWidth(2, 260);
    m_sentence->setObjectName(QStringLiteral("historySentence"));
    m_sentence->setWordWrap(true);
    m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_restore->setObjectName(QStringLiteral("restoreVersion"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_sentence, 1);
    row->addWidget(m_restore, 0, Qt::AlignTop);
    layout->addLayout(row);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FilterHistoryPanel::onCurrentChanged);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (const FilterVersion *v = current())
            Q_EMIT restoreRequested(*v);
    });
    onCurrentChanged();
}

void FilterHistoryPanel::setVersions(const QList<FilterVersion> &versions)
{
    m_model->setVersions(versions);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    onCurrentChanged();
}

void FilterHistoryPanel::setRestoreEnabled(bool enabled)
{
    m_restoreAllowed = enabled;
    onCurrentChanged();
}

void FilterHistoryPanel::selectVersion(qint64 versionId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->version(row)->id == versionId)
            m_view->setCurrentIndex(m_model->index(row, 0));
    }
}

const FilterVersion *FilterHistoryPanel::current() const
{
    return m_model->version(m_view->currentIndex().row());
}

void FilterHistoryPanel::onCurrentChanged()
{
    const FilterVersion *v = current();
    // The newest version is the filter as stored: nothing to restore, unless
    // it says the filter was deleted.
    m_restore->setEnabled(m_restoreAllowed && v &&
                          (m_view->currentIndex().row() > 0 || !v->present));
    if (!v) {
        m_sentence->setText(m_model->rowCount() == 0
                                ? tr("No saved versions yet: SyncLens keeps one at each save.")
                                : QString());
        return;
    }
    const auto query = FetchXmlParser().parse(v->filter.fetchXml);
    const QString sentence =
        query ? FilterDescriber().describe(*query) : tr("(FetchXML that cannot be read)");
    //: %1 when, %2 who, %3 the filter as a sentence
    m_sentence->setText(
        tr("%1, by %2: %3")
            .arg(m_model->data(m_model->index(m_view->currentIndex().row(), 0)).toString(),
                 m_model->data(m_model->index(m_view->currentIndex().row(), 1)).toString(),
                 sentence));
}

} // namespace SyncLens
