#pragma once

#include "live/accesstokenprovider.h"

#include <memory>

namespace SyncLens {

// Passes token requests on to a connection's provider and remembers whether
// one failed: an import that failed after that needs the person to sign in
// again (the Connect dialog), not merely another try.
class WatchedTokenProvider final : public AccessTokenProvider
{
public:
    explicit WatchedTokenProvider(std::shared_ptr<AccessTokenProvider> tokens);

    void requestToken(bool forceRefresh, QObject *context, Done done) override;
    bool signInFailed() const { return *m_failed; }

private:
    std::shared_ptr<AccessTokenProvider> m_tokens;
    std::shared_ptr<bool> m_failed = std::make_shared<bool>(false);
};

} // namespace SyncLens
