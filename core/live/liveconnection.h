#pragma once

#include "accesstokenprovider.h"
#include "signinsettings.h"

#include <QMetaType>

#include <memory>

namespace SyncLens {

// A signed-in connection to a Dataverse org: where (settings().org()), how,
// and the provider of its bearer tokens, ready for the Dataverse client.
struct LiveConnection
{
    SignInSettings settings;
    SignInMethod method = SignInMethod::Browser;
    std::shared_ptr<AccessTokenProvider> tokens;
};

} // namespace SyncLens

Q_DECLARE_METATYPE(SyncLens::LiveConnection)
