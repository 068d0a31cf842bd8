#include "credentialstore.h"

#include "livelog.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUrl>

#include <qt6keychain/keychain.h>

namespace SyncLens {

namespace {

// Starts a keychain job and reports its outcome through `done` on `context`.
void run(QKeychain::Job *job, const QString &key, QObject *context,
         const CredentialStore::Done &done)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // a plain-text file is never an option
    job->setKey(key);
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, context, [guard, done](QKeychain::Job *j) {
        if (!guard)
            return;
        CredentialStore::Outcome outcome;
        outcome.ok = j->error() == QKeychain::NoError;
        outcome.notFound = j->error() == QKeychain::EntryNotFound;
        if (!outcome.ok) {
            outcome.errorMessage = QCoreApplication::translate("SyncLens::CredentialStore",
                                                               "The system keychain refused: %1")
                                       .arg(j->errorString());
            // The key names the org and user, never the secret: safe to log.
            qCWarning(lcLive) << "keychain job failed for" << j->key() << j->errorString();
        }
        if (auto *reader = qobject_cast<QKeychain::ReadPasswordJob *>(j))
            outcome.secret = reader->textData();
        done(outcome);
    });
    job->start();
}

} // namespace

CredentialStore::CredentialStore(QString service)
    : m_service(std::move(service))
{}

QString CredentialStore::keyFor(const QString &org, const QString &user)
{
    // Each part percent-encoded, so the '/' between them occurs nowhere else:
    // two different pairs never share a key ("https://a/b" + "c" used to equal
    // "https://a" + "b/c").
    return QString::fromLatin1(QUrl::toPercentEncoding(org)) + u'/' +
           QString::fromLatin1(QUrl::toPercentEncoding(user));
}

void CredentialStore::write(const QString &key, const QString &secret, QObject *context,
                            Done done) const
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setTextData(secret);
    run(job, key, context, done);
}

void CredentialStore::read(const QString &key, QObject *context, Done done) const
{
    run(new QKeychain::ReadPasswordJob(m_service), key, context, done);
}

void CredentialStore::remove(const QString &key, QObject *context, Done done) const
{
    run(new QKeychain::DeletePasswordJob(m_service), key, context, done);
}

} // namespace SyncLens
