#pragma once

#include <QByteArray>

namespace SyncLens {

// Proof Key for Code Exchange (RFC 7636) with the S256 method: a random
// verifier kept in memory, and its challenge sent with the authorization
// request; the token request then proves it with the verifier.
struct Pkce
{
    QByteArray verifier;  // 43 base64url characters (32 random bytes)
    QByteArray challenge; // BASE64URL(SHA256(verifier)), no padding

    static Pkce generate();
    static QByteArray challengeFor(const QByteArray &verifier);
    // `bytes` random bytes from the system's generator, base64url without
    // padding: for verifiers and the `state` of a request.
    static QByteArray randomToken(int bytes = 32);
};

} // namespace SyncLens
