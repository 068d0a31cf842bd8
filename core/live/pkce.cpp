#include "pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace SyncLens {

namespace {
constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
} // namespace

Pkce Pkce::generate()
{
    Pkce pkce;
    pkce.verifier = randomToken(32);
    pkce.challenge = challengeFor(pkce.verifier);
    return pkce;
}

QByteArray Pkce::challengeFor(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(kBase64Url);
}

QByteArray Pkce::randomToken(int bytes)
{
    QByteArray random(bytes, Qt::Uninitialized);
    auto *generator = QRandomGenerator::system();
    for (char &c : random)
        c = char(generator->bounded(256));
    return random.toBase64(kBase64Url);
}

} // namespace SyncLens
