#pragma once

#include "explain/whysearch.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTreeView;

namespace SyncLens {

class ExplanationModel;
class OrgStore;
class SearchResultModel;
class WhySearchRunner;

// The Explain surface: "why did my meeting … disappear?" A search field
// answers as the user types (debounced, run off the UI thread); the chosen
// item's decisions follow in time order as sentences with their facts, and
// what would change the outcome. Facts link to the filter and the mailbox
// they name.
class ExplainPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExplainPanel)

public:
    static constexpr int DebounceMs = 250;

    explicit ExplainPanel(QWidget *parent = nullptr);
    ~ExplainPanel() override;

    // The org to search (by path, each search on its own connection) and
    // the store that explains the chosen item; null when no org is open.
    void setOrg(OrgStore *store, const QString &path);
    // Explains the shown item again (its history may have grown).
    void refresh();

    QString currentItemId() const { return m_itemId; }
    QLineEdit *searchField() const { return m_search; }
    QTreeView *resultView() const { return m_results; }
    QTreeView *explanationView() const { return m_tree; }
    SearchResultModel *resultModel() const { return m_resultModel; }
    ExplanationModel *explanationModel() const { return m_model; }
    QSplitter *splitter() const { return m_splitter; }

public Q_SLOTS:
    // Shows the item's history here (the timeline calls this on a click).
    void showItem(const QString &itemId);
    // Puts `text` in the search field and searches at once.
    void search(const QString &text);

Q_SIGNALS:
    void filterRequested(const QString &filterId);
    void mailboxRequested(const QString &mailboxId);
    // The chosen decision's cause, to be shown on the timeline (an org event).
    void causeRequested(qint64 eventId, const QString &mailboxId);
    // The day of the chosen decision for its mailbox's user.
    void dayViewRequested(const QString &mailboxId, const QDate &day);
    void itemShown(const QString &itemId);
    void searchFinished(const QString &text, int count);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createSearchSide();
    QWidget *createExplanationSide();
    void setUpResults();
    void setUpTree();
    void startSearch();
    void onSearchFinished(const QString &text, const QList<SyncLens::WhySearch::Match> &matches);
    void onSearchFailed(const QString &text, const QString &message);
    void onResultChosen();
    void showExplanationHeader(const QString &title, const QString &meta);
    void showAdvice(const QStringList &advice);
    void updateLinkButtons();
    void openLink(const QModelIndex &index);

    OrgStore *m_store = nullptr;
    QString m_itemId;
    WhySearchRunner *m_runner;
    SearchResultModel *m_resultModel;
    ExplanationModel *m_model;
    QTimer m_debounce;
    QTimer m_relayout;
    QLineEdit *m_search;
    QLabel *m_searchStatus;
    QTreeView *m_results;
    QLabel *m_title;
    QLabel *m_meta;
    QTreeView *m_tree;
    QPushButton *m_openFilter;
    QPushButton *m_showMailbox;
    QPushButton *m_showCause;
    QPushButton *m_dayView;
    QLabel *m_adviceHeading;
    QLabel *m_advice;
    QSplitter *m_splitter;
};

} // namespace SyncLens
