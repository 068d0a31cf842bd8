#include "appsettings.h"

namespace SyncLens {

namespace {
const QString kLastOrg = QStringLiteral("org/lastPath");
const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
const QString kMailboxTable = QStringLiteral("mainWindow/mailboxTable");
const QString kLanguage = QStringLiteral("ui/language");
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

QString AppSettings::language() const
{
    return m_settings.value(kLanguage).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(kLanguage, language);
}

} // namespace SyncLens
