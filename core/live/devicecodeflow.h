#pragma once

#include "signinflow.h"

#include <QDateTime>
#include <QUrl>

#include <chrono>
#include <functional>

class QTimer;

namespace SyncLens {

// What the person must do: open `verificationUri` on any device and enter
// `userCode` before `expiresAt`. `message` is the service's own sentence.
struct DeviceCodePrompt
{
    QString userCode;
    QUrl verificationUri;
    QString message;
    QDateTime expiresAt;
};

// Device code sign-in (Entra v2), for SSH sessions and machines without a
// browser: asks AUTHORITY/TENANT/oauth2/v2.0/devicecode for a code, shows it,
// then polls the token endpoint every `interval` seconds (five more after
// each slow_down) until the person has signed in, declined, or the code has
// expired.
class DeviceCodeFlow final : public SignInFlow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceCodeFlow)

public:
    using ShowCode = std::function<void(const DeviceCodePrompt &prompt)>;

    DeviceCodeFlow(SignInSettings settings, ShowCode showCode, QObject *parent = nullptr);
    ~DeviceCodeFlow() override;

    const DeviceCodePrompt &prompt() const { return m_prompt; }
    // How long one of the service's seconds lasts here: tests shorten it.
    void setSecondLength(std::chrono::milliseconds length) { m_second = length; }

protected:
    void begin() override;
    void stop() override;

private:
    void onDeviceCode(const TokenReply &reply);
    void poll();
    void onPolled(const TokenReply &reply);
    void schedule();

    ShowCode m_showCode;
    DeviceCodePrompt m_prompt;
    QString m_deviceCode;
    int m_intervalSeconds = 5;
    std::chrono::milliseconds m_second{1000};
    QTimer *m_timer;
};

} // namespace SyncLens
