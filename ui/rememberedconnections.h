#pragma once

#include "live/signinsettings.h"

#include <QList>
#include <QSettings>
#include <QString>

namespace SyncLens {

// A connection the person used before, to pick again (like XrmToolBox's list):
// where and how, never a secret or a token (those live in the OS keychain).
struct RememberedConnection
{
    QString url;
    SignInMethod method = SignInMethod::Browser;
    QString tenant;        // empty: the default
    QString clientId;      // empty: the default
    QString authority;     // empty: the default
    bool readOnly = false; // "Open read-only": SyncLens writes nothing to the org

    // The same org and sign-in (whether read-only or not).
    bool sameAs(const RememberedConnection &other) const;
};

// The remembered connections in the settings, behind typed accessors (each
// key lives here only), most recent first, at most ten.
class RememberedConnections
{
public:
    QList<RememberedConnection> all() const;
    // Puts `connection` first (replacing the same one further down).
    void remember(const RememberedConnection &connection);
    void forget(const RememberedConnection &connection);
    // Whether `connection` was last opened read-only (false when not remembered).
    bool isReadOnly(const RememberedConnection &connection) const;

private:
    void save(const QList<RememberedConnection> &connections);

    mutable QSettings m_settings; // reading an array needs beginReadArray()
};

} // namespace SyncLens
