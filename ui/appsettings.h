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
    // Splitters by name ("mailboxes", "explain"): each pane's sizes.
    QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);
    QString selectedMailbox() const;
    void setSelectedMailbox(const QString &mailboxId);

    // The simulated clock's speed: minutes per cycle, real milliseconds
    // between cycles while playing.
    int stepMinutes() const;
    void setStepMinutes(int minutes);
    int playIntervalMs() const;
    void setPlayIntervalMs(int ms);

    // "de", "fr", "en", or empty for the system's language.
    QString language() const;
    void setLanguage(const QString &language);

    // Live mode: minutes between automatic refreshes of a live org (0: off,
    // the default).
    int liveRefreshMinutes() const;
    void setLiveRefreshMinutes(int minutes);

private:
    QSettings m_settings;
};

} // namespace SyncLens
