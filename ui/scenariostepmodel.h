#pragma once

#include <QAbstractListModel>
#include <QStringList>

namespace SyncLens {

class ScenarioSession;

// The steps of the scenario open in the player, one row each, in words
// (ScenarioStepText). The step played last is the current one (bold, and
// the view selects it); the steps still to come are dimmed; a played check
// shows passed or failed by shape and word, with what it expected and
// found when it failed.
class ScenarioStepModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenarioStepModel)

public:
    enum class State
    {
        Upcoming,
        Current,
        Played
    };
    enum class Outcome
    {
        None, // not a check, or not played yet
        Passed,
        Failed
    };
    enum Role
    {
        StateRole = Qt::UserRole + 1,
        OutcomeRole,
        ExpectedRole,
        FoundRole,
        ExplanationRole,
        IsCheckRole
    };

    explicit ScenarioStepModel(ScenarioSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The row of the step played last; -1 before the first.
    int currentRow() const;
    State stateOf(int row) const;
    Outcome outcomeOf(int row) const;
    // A played check's result in a sentence: "Passed." or "Failed: expected
    // …, found …", with the item's explanation when the org gave one.
    QString resultText(int row) const;

private:
    void onReset();
    void onStepped(int index);
    QVariant decoration(int row) const;

    ScenarioSession *m_session;
    QStringList m_texts;
    int m_played = 0;
};

} // namespace SyncLens
