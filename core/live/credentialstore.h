#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace SyncLens {

// Secrets (OAuth refresh tokens) live only in the OS keychain through
// QtKeychain — never in SQLite, settings files or logs. Keys are namespaced per
// org and user. Every call is asynchronous: `done` runs later on the thread of
// `context`, exactly once, unless `context` is destroyed first.
class CredentialStore
{
public:
    struct Outcome
    {
        bool ok = false;
        bool notFound = false; // read or remove of a key that is not there
        QString secret;        // read only
        QString errorMessage;  // translated; never contains the secret
    };
    using Done = std::function<void(const Outcome &)>;

    explicit CredentialStore(QString service = QStringLiteral("SyncLens"));

    // The keychain key for one user's (or client's) secret of one org (e.g. its
    // URL): each part percent-encoded and joined by '/', so that different
    // pairs never share a key.
    static QString keyFor(const QString &org, const QString &user);

    void write(const QString &key, const QString &secret, QObject *context, Done done) const;
    void read(const QString &key, QObject *context, Done done) const;
    void remove(const QString &key, QObject *context, Done done) const;

private:
    QString m_service;
};

} // namespace SyncLens
