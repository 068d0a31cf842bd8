// ExplainPanel: the why-search field and its results (the search itself runs
// off the UI thread in WhySearchRunner).
#include "explainpanel.h"

#include "searchresultmodel.h"
#include "whysearchrunner.h"

#include <QLabel>
#include <QLineEdit>
#include <QTreeView>

namespace SyncLens {

void ExplainPanel::search(const QString &text)
{
    m_search->setText(text);
    m_debounce.stop();
    startSearch();
}

void ExplainPanel::startSearch()
{
    m_debounce.stop();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty() || !m_store) {
        m_resultModel->setMatches({});
        m_searchStatus->clear();
        return;
    }
    if (m_runner->orgPath().isEmpty()) {
        // An org in memory (a scenario's) has no file a search thread can open.
        m_resultModel->setMatches({});
        m_searchStatus->setText(tr("A scenario's org is not searched: its steps choose the item."));
        return;
    }
    m_searchStatus->setText(tr("Searching…"));
    m_runner->search(text);
}

void ExplainPanel::onSearchFinished(const QString &text,
                                    const QList<SyncLens::WhySearch::Match> &matches)
{
    if (text != m_search->text().trimmed())
        return; // the field changed meanwhile; its own search is on its way
    m_resultModel->setMatches(matches);
    m_results->resizeColumnToContents(SearchResultModel::TitleColumn);
    if (matches.isEmpty())
        m_searchStatus->setText(tr("No item matches “%1”.").arg(text));
    else if (matches.size() >= WhySearchRunner::MaxResults)
        m_searchStatus->setText(
            tr("The first %n items; type more to narrow them.", nullptr, int(matches.size())));
    else
        m_searchStatus->setText(tr("%n item(s) found.", nullptr, int(matches.size())));
    // Keep the explained item chosen when it is still among the results.
    const int row = m_resultModel->rowOf(m_itemId);
    if (row >= 0)
        m_results->setCurrentIndex(m_resultModel->index(row, 0));
    Q_EMIT searchFinished(text, int(matches.size()));
}

void ExplainPanel::onSearchFailed(const QString &text, const QString &message)
{
    if (text != m_search->text().trimmed())
        return;
    m_resultModel->setMatches({});
    m_searchStatus->setText(tr("The search failed: %1").arg(message));
    Q_EMIT searchFinished(text, 0);
}

void ExplainPanel::onResultChosen()
{
    const QString id = m_results->currentIndex().data(SearchResultModel::ItemIdRole).toString();
    if (!id.isEmpty() && id != m_itemId)
        showItem(id);
}

} // namespace SyncLens
