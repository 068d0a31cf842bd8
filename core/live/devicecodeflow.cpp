#include "devicecodeflow.h"

#include "signinerror.h"

#include <QTimer>

#include <algorithm>

namespace SyncLens {

namespace {
constexpr int kSlowDownSeconds = 5; // RFC 8628: each slow_down adds five seconds
const QString kGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");
} // namespace

DeviceCodeFlow::DeviceCodeFlow(SignInSettings settings, ShowCode showCode, QObject *parent)
    : SignInFlow(std::move(settings), parent)
    , m_showCode(std::move(showCode))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    // A coarse timer may fire up to 5 % early: the pace would then break the
    // interval the service asked for (and earn another slow_down).
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &DeviceCodeFlow::poll);
}

DeviceCodeFlow::~DeviceCodeFlow() = default;

void DeviceCodeFlow::begin()
{
    post(settings().endpoint(QStringLiteral("devicecode")),
         {{QStringLiteral("client_id"), settings().clientId},
          {QStringLiteral("scope"), settings().scope()}},
         [this](const TokenReply &reply) { onDeviceCode(reply); });
}

void DeviceCodeFlow::stop()
{
    m_timer->stop();
}

void DeviceCodeFlow::onDeviceCode(const TokenReply &reply)
{
    const QJsonObject &body = reply.body;
    m_deviceCode = body.value(QStringLiteral("device_code")).toString();
    m_prompt.userCode = body.value(QStringLiteral("user_code")).toString();
    m_prompt.verificationUri = QUrl(body.value(QStringLiteral("verification_uri")).toString());
    m_prompt.message = body.value(QStringLiteral("message")).toString();
    if (reply.httpStatus != 200 || m_deviceCode.isEmpty() || m_prompt.userCode.isEmpty()) {
        fail(SignInError::fromReply(reply, settings(), SignInError::Stage::DeviceCode));
        return;
    }
    const int expiresIn = body.value(QStringLiteral("expires_in")).toInt(900);
    m_prompt.expiresAt =
        QDateTime::currentDateTimeUtc().addMSecs(qint64(expiresIn) * m_second.count());
    m_intervalSeconds = std::max(1, body.value(QStringLiteral("interval")).toInt(5));
    if (m_showCode)
        m_showCode(m_prompt);
    schedule();
}

void DeviceCodeFlow::schedule()
{
    m_timer->start(std::chrono::milliseconds(m_intervalSeconds * m_second.count()));
}

void DeviceCodeFlow::poll()
{
    if (!isRunning())
        return;
    if (QDateTime::currentDateTimeUtc() >= m_prompt.expiresAt) {
        fail(SignInError::deviceCodeExpired());
        return;
    }
    post(settings().endpoint(QStringLiteral("token")),
         {{QStringLiteral("grant_type"), kGrant},
          {QStringLiteral("client_id"), settings().clientId},
          {QStringLiteral("device_code"), m_deviceCode}},
         [this](const TokenReply &reply) { onPolled(reply); });
}

void DeviceCodeFlow::onPolled(const TokenReply &reply)
{
    if (reply.hasAccessToken()) {
        succeed(reply.tokens());
        return;
    }
    const QString error = reply.error();
    if (error == u"authorization_pending") {
        schedule();
        return;
    }
    if (error == u"slow_down") {
        m_intervalSeconds += kSlowDownSeconds;
        schedule();
        return;
    }
    fail(SignInError::fromReply(reply, settings(), SignInError::Stage::DeviceCode));
}

} // namespace SyncLens
