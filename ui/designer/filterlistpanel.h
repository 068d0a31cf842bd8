#pragma once

#include <QWidget>

class QMenu;
class QPushButton;
class QToolButton;
class QTreeView;

namespace SyncLens {

class FilterListModel;

// The left side of the filter designer: the user's filters by type, and the
// buttons to create one (blank or from a template), duplicate, rename,
// enable or disable, and delete the chosen one.
class FilterListPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterListPanel)

public:
    explicit FilterListPanel(FilterListModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QString currentFilterId() const;
    void selectFilter(const QString &filterId);
    // Enables the buttons that need a filter (and a stored one, for delete).
    void updateActions();
    // Delete is off, `why` its tooltip (a read-only live org); empty: on again.
    void setWritesBlocked(const QString &why);

Q_SIGNALS:
    void currentFilterChanged(const QString &filterId);
    // A new filter of `type` named `name` with `fetchXml` (blank or a template).
    void createRequested(const QString &type, const QString &name, const QString &fetchXml);
    void duplicateRequested(const QString &filterId);
    void deleteRequested(const QString &filterId);

private:
    QMenu *buildNewMenu();
    void toggleEnabled();

    FilterListModel *m_model;
    QTreeView *m_view;
    QToolButton *m_new;
    QPushButton *m_duplicate;
    QPushButton *m_rename;
    QPushButton *m_toggle;
    QPushButton *m_delete;
    QString m_writesBlocked;
};

} // namespace SyncLens
