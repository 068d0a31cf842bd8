#include "watchedtokenprovider.h"

namespace SyncLens {

WatchedTokenProvider::WatchedTokenProvider(std::shared_ptr<AccessTokenProvider> tokens)
    : m_tokens(std::move(tokens))
{}

void WatchedTokenProvider::requestToken(bool forceRefresh, QObject *context, Done done)
{
    // The flag outlives this object should the answer come after it is gone.
    m_tokens->requestToken(forceRefresh, context,
                           [failed = m_failed, done = std::move(done)](const Result<QString> &t) {
                               if (!t)
                                   *failed = true;
                               done(t);
                           });
}

} // namespace SyncLens
