#pragma once

#include "live/clientcredentialsprovider.h"

#include <memory>
#include <optional>

namespace SyncLens {
class OrgStore;
}

namespace SyncLens::Cli {

// Signs in to a live org file's org the way `live refresh` does: the URL,
// tenant, client id and authority from the file's meta (live.*), the client
// secret from SYNCLENS_CLIENT_SECRET or the keychain entry `live login`
// saved. On failure prints why and returns nullptr; *exitCode says which
// exit status (2 bad input, 3 refused).
struct LiveSession
{
    QUrl orgUrl;
    std::unique_ptr<ClientCredentialsProvider> tokens;

    static std::optional<LiveSession> open(OrgStore &store, int *exitCode);
};

} // namespace SyncLens::Cli
