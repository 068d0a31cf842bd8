#include "scenariosession.h"

#include "scenario/scenarioloader.h"
#include "scenario/scenarioplayer.h"

namespace SyncLens {

ScenarioSession::ScenarioSession(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(DefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!step())
            pause();
    });
}

ScenarioSession::~ScenarioSession() = default;

Result<void> ScenarioSession::open(const QString &path)
{
    auto scenario = ScenarioLoader::load(path);
    if (!scenario)
        return scenario.error();
    auto player = std::make_unique<ScenarioPlayer>(std::move(scenario).value());
    if (auto started = player->start(); !started)
        return started.error();
    pause();
    m_player = std::move(player);
    m_path = path;
    m_results.clear();
    m_focusItem.clear();
    Q_EMIT reset();
    return {};
}

void ScenarioSession::close()
{
    if (!m_player)
        return;
    pause();
    m_player.reset();
    m_path.clear();
    m_results.clear();
    m_focusItem.clear();
    Q_EMIT reset();
}

const Scenario &ScenarioSession::scenario() const
{
    static const Scenario none;
    return m_player ? m_player->scenario() : none;
}

OrgStore *ScenarioSession::store() const
{
    return m_player ? &m_player->store() : nullptr;
}

int ScenarioSession::position() const
{
    return m_player ? int(m_player->position()) : 0;
}

int ScenarioSession::stepCount() const
{
    return m_player ? int(m_player->scenario().steps.size()) : 0;
}

bool ScenarioSession::atEnd() const
{
    return !m_player || m_player->atEnd();
}

std::optional<CheckResult> ScenarioSession::result(int index) const
{
    const auto found = m_results.constFind(index);
    return found == m_results.cend() ? std::nullopt : std::optional<CheckResult>(*found);
}

int ScenarioSession::passedCount() const
{
    return int(std::count_if(m_results.cbegin(), m_results.cend(),
                             [](const CheckResult &r) { return r.passed; }));
}

int ScenarioSession::failedCount() const
{
    return int(m_results.size()) - passedCount();
}

void ScenarioSession::setIntervalMs(int ms)
{
    m_timer.setInterval(ms);
}

bool ScenarioSession::step()
{
    if (atEnd())
        return false;
    const int index = position();
    auto result = m_player->step();
    if (!result) {
        pause();
        Q_EMIT failed(result.error().message);
        return false;
    }
    if (*result)
        m_results.insert(index, **result);
    if (const QString item = itemOf(m_player->scenario().steps.at(size_t(index))); !item.isEmpty())
        m_focusItem = item;
    Q_EMIT stepped(index);
    return true;
}

void ScenarioSession::play()
{
    if (atEnd() || isPlaying())
        return;
    m_timer.start();
    Q_EMIT playingChanged(true);
}

void ScenarioSession::pause()
{
    if (!isPlaying())
        return;
    m_timer.stop();
    Q_EMIT playingChanged(false);
}

void ScenarioSession::rewind()
{
    if (!m_player)
        return;
    pause();
    if (auto started = m_player->start(); !started) {
        Q_EMIT failed(started.error().message);
        return;
    }
    m_results.clear();
    m_focusItem.clear();
    Q_EMIT reset();
}

// The item a step is about, for the views to follow; empty for steps about
// settings, mailboxes or the whole org.
QString ScenarioSession::itemOf(const ScenarioStep &step)
{
    using K = ScenarioStep::Kind;
    switch (step.kind) {
    case K::CrmCreate:
        return step.record().id;
    case K::CrmSendEmail:
    case K::ExchangeReceive:
        return step.email().id;
    case K::ExchangeCreate:
        return step.exchangeItem().id;
    case K::CrmUpdate:
    case K::CrmDelete:
    case K::ExchangeUpdate:
    case K::ExchangeDelete:
    case K::ExchangeTrack:
        return step.id();
    case K::Expect:
        return step.check && step.check->kind != ScenarioCheck::Kind::MailboxStatus
                   ? step.check->target
                   : QString();
    default:
        return {};
    }
}

} // namespace SyncLens
