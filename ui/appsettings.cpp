#include "appsettings.h"

#include <algorithm>

namespace SyncLens {

namespace {
const QString kLastOrg = QStringLiteral("org/lastPath");
const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
const QString kMailboxTable = QStringLiteral("mainWindow/mailboxTable");
const QString kLanguage = QStringLiteral("ui/language");
const QString kSplitter = QStringLiteral("mainWindow/splitter/%1");
const QString kSelectedMailbox = QStringLiteral("mailboxes/selected");
const QString kStepMinutes = QStringLiteral("sync/stepMinutes");
const QString kPlayInterval = QStringLiteral("sync/playIntervalMs");
const QString kLiveRefresh = QStringLiteral("live/refreshMinutes");
} // namespace

AppSettings::AppSettings() = default;

QString AppSettings::lastOrgPath() const
{
    return m_settings.value(kLastOrg).toString();
}

void AppSettings::setLastOrgPath(const QString &path)
{
    m_settings.setValue(kLastOrg, path);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(kGeometry, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(kState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(kState, state);
}

QByteArray AppSettings::mailboxTableState() const
{
    return m_settings.value(kMailboxTable).toByteArray();
}

void AppSettings::setMailboxTableState(const QByteArray &state)
{
    m_settings.setValue(kMailboxTable, state);
}

QByteArray AppSettings::splitterState(const QString &name) const
{
    return m_settings.value(kSplitter.arg(name)).toByteArray();
}

void AppSettings::setSplitterState(const QString &name, const QByteArray &state)
{
    m_settings.setValue(kSplitter.arg(name), state);
}

QString AppSettings::selectedMailbox() const
{
    return m_settings.value(kSelectedMailbox).toString();
}

void AppSettings::setSelectedMailbox(const QString &mailboxId)
{
    m_settings.setValue(kSelectedMailbox, mailboxId);
}

int AppSettings::stepMinutes() const
{
    return m_settings.value(kStepMinutes, 15).toInt();
}

void AppSettings::setStepMinutes(int minutes)
{
    m_settings.setValue(kStepMinutes, minutes);
}

int AppSettings::playIntervalMs() const
{
    return m_settings.value(kPlayInterval, 1000).toInt();
}

void AppSettings::setPlayIntervalMs(int ms)
{
    m_settings.setValue(kPlayInterval, ms);
}

QString AppSettings::language() const
{
    return m_settings.value(kLanguage).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(kLanguage, language);
}

int AppSettings::liveRefreshMinutes() const
{
    return std::max(0, m_settings.value(kLiveRefresh, 0).toInt());
}

void AppSettings::setLiveRefreshMinutes(int minutes)
{
    m_settings.setValue(kLiveRefresh, std::max(0, minutes));
}

} // namespace SyncLens
