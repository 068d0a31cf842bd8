#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace SyncLens {

// The GUI's settings behind typed accessors: each key lives here only. No
// secret is ever stored here (tokens go to the OS keychain).
class AppSettings
{
public:
    AppSettings();

    QString lastOrgPath() const;
    void setLastOrgPath(const QString &path);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray mailboxTableState() const;
    void setMailboxTableState(const QByteArray &state);

    // "de", "fr", "en", or empty for the system's language.
    QString language() const;
    void setLanguage(const QString &language);

private:
    QSettings m_settings;
};

} // namespace SyncLens
