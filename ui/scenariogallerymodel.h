#pragma once

#include <QAbstractListModel>
#include <QList>

namespace SyncLens {

// The scenarios bundled with SyncLens (resources/scenarios, embedded under
// :/scenarios so that an installed program has them): one row each, in file
// order, "01 · title", the story as tooltip. A file that does not load is
// left out (the test suite plays every one of them).
class ScenarioGalleryModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenarioGalleryModel)

public:
    enum Role
    {
        PathRole = Qt::UserRole + 1,
        TitleRole,
        StoryRole
    };

    static constexpr QLatin1String Directory{":/scenarios"};

    explicit ScenarioGalleryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // The row of the file at `path`, or -1.
    int rowOf(const QString &path) const;

private:
    struct Entry
    {
        QString path;
        QString number; // the file name's leading digits
        QString title;
        QString story;
    };
    QList<Entry> m_entries;
};

} // namespace SyncLens
