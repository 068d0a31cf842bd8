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
    // Opened read-only (the Connect dialog's choice): nothing is written to the org.
    bool readOnly = false;
};

} // namespace SyncLens

Q_DECLARE_METATYPE(SyncLens::LiveConnection)
