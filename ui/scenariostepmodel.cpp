#include "scenariostepmodel.h"

#include "scenariosession.h"
#include "scenariosteptext.h"
#include "statusicons.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

namespace SyncLens {

ScenarioStepModel::ScenarioStepModel(ScenarioSession *session, QObject *parent)
    : QAbstractListModel(parent)
    , m_session(session)
{
    connect(session, &ScenarioSession::reset, this, &ScenarioStepModel::onReset);
    connect(session, &ScenarioSession::stepped, this, &ScenarioStepModel::onStepped);
    onReset();
}

int ScenarioStepModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_texts.size());
}

void ScenarioStepModel::onReset()
{
    beginResetModel();
    m_texts.clear();
    if (m_session->isOpen()) {
        const ScenarioStepText text(m_session->scenario());
        for (const ScenarioStep &step : m_session->scenario().steps)
            m_texts.append(text.describe(step));
    }
    m_played = m_session->position();
    endResetModel();
}

// Rows from the one played before to this one change their looks.
void ScenarioStepModel::onStepped(int index)
{
    const int first = std::max(0, std::min(m_played, index + 1) - 1);
    m_played = index + 1;
    Q_EMIT dataChanged(this->index(first), this->index(index));
}

int ScenarioStepModel::currentRow() const
{
    return m_played - 1;
}

ScenarioStepModel::State ScenarioStepModel::stateOf(int row) const
{
    if (row == m_played - 1)
        return State::Current;
    return row < m_played ? State::Played : State::Upcoming;
}

ScenarioStepModel::Outcome ScenarioStepModel::outcomeOf(int row) const
{
    const auto result = m_session->result(row);
    if (!result)
        return Outcome::None;
    return result->passed ? Outcome::Passed : Outcome::Failed;
}

QString ScenarioStepModel::resultText(int row) const
{
    const auto result = m_session->result(row);
    if (!result)
        return {};
    if (result->passed)
        return tr("Passed.");
    //: %1 what the check expected, %2 what the org had
    QString text = tr("Failed: expected %1, found %2.").arg(result->expected, result->found);
    if (!result->explanation.isEmpty())
        text += u'\n' + result->explanation;
    return text;
}

QVariant ScenarioStepModel::decoration(int row) const
{
    switch (outcomeOf(row)) {
    case Outcome::Passed:
        return StatusIcons::forStatus(ChannelMode::Sss, ChannelStatus::Success);
    case Outcome::Failed:
        return StatusIcons::forStatus(ChannelMode::Sss, ChannelStatus::Failure);
    case Outcome::None:
        break;
    }
    return {};
}

QVariant ScenarioStepModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Outcome outcome = outcomeOf(row);
    switch (role) {
    case Qt::DisplayRole:
        if (outcome == Outcome::Passed)
            //: a check's step, then its outcome
            return tr("%1 — passed").arg(m_texts.at(row));
        if (outcome == Outcome::Failed)
            return tr("%1 — FAILED").arg(m_texts.at(row));
        return m_texts.at(row);
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return resultText(row);
    case Qt::DecorationRole:
        return decoration(row);
    case Qt::FontRole: {
        if (stateOf(row) != State::Current)
            return {};
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case Qt::ForegroundRole:
        if (stateOf(row) == State::Upcoming)
            return QApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    case StateRole:
        return int(stateOf(row));
    case OutcomeRole:
        return int(outcome);
    case ExpectedRole:
        return m_session->result(row) ? m_session->result(row)->expected : QString();
    case FoundRole:
        return m_session->result(row) ? m_session->result(row)->found : QString();
    case ExplanationRole:
        return m_session->result(row) ? m_session->result(row)->explanation : QString();
    case IsCheckRole:
        return m_session->scenario().steps.at(size_t(row)).kind == ScenarioStep::Kind::Expect;
    default:
        return {};
    }
}

} // namespace SyncLens
