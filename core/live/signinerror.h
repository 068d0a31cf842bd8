#pragma once

#include "model/result.h"

#include <QCoreApplication>

class QUrlQuery;

namespace SyncLens {

struct SignInSettings;
struct TokenReply;

// Sign-in failures as sentences a person can act on (wrong tenant, cancelled,
// consent needed, expired sign-in, …). Codes: InvalidArgument for settings
// the person can correct, Cancelled when the person (or the app) stopped,
// NotFound when no sign-in is saved, Io when the network or the service
// refused. Never a token or a secret in the text.
class SignInError
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::SignInError)

public:
    enum class Stage
    {
        Redeem,       // the authorization code for tokens
        DeviceCode,   // asking for a device code, or polling with it
        Refresh,      // the saved refresh token for new tokens
        ClientSecret, // an application user's secret for a token
    };

    // What a token or device code endpoint's error means.
    static Error fromReply(const TokenReply &reply, const SignInSettings &settings, Stage stage);
    // What an error in the browser's redirect (?error=…) means.
    static Error fromRedirect(const QUrlQuery &query, const SignInSettings &settings);
    // True when only an interactive sign-in can help (the saved one is gone).
    static bool needsSignIn(const TokenReply &reply);

    static Error cancelled();
    static Error notSignedIn(const SignInSettings &settings);
    static Error stateMismatch();
    static Error deviceCodeExpired();

private:
    static Error byCode(const QString &error, const QString &description, const QList<int> &codes,
                        const SignInSettings &settings, Stage stage);
};

} // namespace SyncLens
