#pragma once

#include "model/result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace SyncLens {

// The seam between the Dataverse client and sign-in. The client asks for a
// bearer token before a request and, after a 401, once more with
// `forceRefresh` set; sign-in (authorization code with PKCE, device code,
// client credentials) and the test fakes implement it. `done` runs later on
// the thread of `context`, exactly once, unless `context` is destroyed first.
// An error's message is translated and says what the person can do (sign in
// again, check the tenant, …); it never contains a token or a secret.
class AccessTokenProvider
{
public:
    using Done = std::function<void(const Result<QString> &token)>;

    virtual ~AccessTokenProvider() = default;

    virtual void requestToken(bool forceRefresh, QObject *context, Done done) = 0;
};

} // namespace SyncLens
