#include "core/channels/oauth/OAuthSession.h"

#include "core/channels/oauth/OAuthPkce.h"
#include "core/channels/oauth/OAuthProvider.h"
#include "core/common/Clock.h"
#include "core/common/Log.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QOAuthHttpServerReplyHandler>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

constexpr const char *kLog = "sync.oauth";

} // namespace

OAuthSession::OAuthSession(OAuthConfig config, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_reply)
            m_reply->abort();
        fail(Error::make(Error::Code::Network,
                         QCoreApplication::translate("hd::OAuthSession",
                                                     "The sign-in took too long and was stopped. Start it again."),
                         u"oauth %1: sign-in timed out"_s.arg(oauthPlatformToString(m_config.platform))));
    });
}

OAuthSession::~OAuthSession()
{
    if (m_reply)
        m_reply->abort();
}

OAuthSession::Mode OAuthSession::preferredMode(const OAuthConfig &config)
{
    return OAuthProvider::supportsLoopback(config) ? Mode::Loopback : Mode::PasteCode;
}

Status OAuthSession::start(Mode mode)
{
    cancel();
    const QString platform = oauthPlatformDisplayName(m_config.platform);
    if (m_config.clientId.isEmpty() || !m_config.authorizeUrl.isValid() || !m_config.tokenUrl.isValid()
        || m_config.authorizeUrl.isEmpty() || m_config.tokenUrl.isEmpty())
        return Error::make(
            Error::Code::InvalidArgument,
            QCoreApplication::translate("hd::OAuthSession", "Fill in the %1 app's settings before signing in.")
                .arg(platform));
    if (m_config.platform != OAuthPlatform::Etsy && m_config.clientSecret.isEmpty())
        return Error::make(
            Error::Code::InvalidArgument,
            QCoreApplication::translate("hd::OAuthSession", "Fill in the %1 app's secret before signing in.")
                .arg(platform));
    if (mode == Mode::Loopback && !OAuthProvider::supportsLoopback(m_config))
        return Error::make(
            Error::Code::InvalidArgument,
            QCoreApplication::translate("hd::OAuthSession",
                                        "%1 does not send the sign-in back to this computer; paste the code instead.")
                .arg(platform));
    m_mode = mode;
    m_state = OAuthPkce::newState();
    m_verifier = OAuthProvider::usesPkce(m_config.platform) ? OAuthPkce::newVerifier() : QByteArray();
    m_tokens = {};
    m_error = {};

    if (mode == Mode::Loopback) {
        // A configured loopback redirect (Etsy) fixes the port and path; otherwise any free port.
        const QUrl configured(m_config.redirectUri);
        const quint16 port = configured.isValid() && configured.port() > 0 ? quint16(configured.port()) : 0;
        QString path = configured.path();
        while (path.startsWith(u'/'))
            path.remove(0, 1);
        if (path.isEmpty())
            path = u"callback"_s;
        m_listener = new QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), port, this);
        if (!m_listener->isListening()) {
            stopListening();
            return Error::make(
                Error::Code::Unavailable,
                QCoreApplication::translate("hd::OAuthSession",
                                            "Could not wait for the browser on this computer (port %1 is busy); "
                                            "paste the code instead.")
                    .arg(port),
                u"oauth: loopback listen failed"_s);
        }
        m_listener->setCallbackPath(path);
        m_listener->setCallbackText(QCoreApplication::translate(
            "hd::OAuthSession",
            "HarborDesk received the sign-in. You can close this tab and return to HarborDesk."));
        connect(m_listener, &QAbstractOAuthReplyHandler::callbackReceived, this, &OAuthSession::onCallback);
        m_redirectUri = u"http://127.0.0.1:%1/%2"_s.arg(m_listener->port()).arg(path);
    } else {
        m_redirectUri = m_config.redirectUri;
        if (m_redirectUri.isEmpty() && m_config.platform != OAuthPlatform::TikTokShop)
            return Error::make(
                Error::Code::InvalidArgument,
                m_config.platform == OAuthPlatform::Ebay
                    ? QCoreApplication::translate("hd::OAuthSession",
                                                  "Fill in the eBay RuName (redirect URL name) before signing in.")
                    : QCoreApplication::translate("hd::OAuthSession",
                                                  "Fill in the redirect address registered for the %1 app.")
                          .arg(platform));
    }
    m_consentUrl = OAuthProvider::consentUrl(m_config,
                                             QString::fromLatin1(m_state),
                                             OAuthPkce::challengeS256(m_verifier),
                                             m_redirectUri,
                                             m_clock.nowMs() / 1000);
    m_stage = Stage::WaitingForConsent;
    m_timeout.start(m_timeoutMs);
    log::info(kLog,
              u"%1 sign-in started (%2)"_s.arg(oauthPlatformToString(m_config.platform),
                                               mode == Mode::Loopback ? u"loopback"_s : u"paste"_s));
    Q_EMIT consentUrlReady(m_consentUrl);
    return {};
}

void OAuthSession::submitPasted(const QString &text)
{
    if (m_stage != Stage::WaitingForConsent) {
        // A paste with no sign-in waiting: say so instead of ignoring it.
        if (m_stage != Stage::Exchanging)
            fail(Error::make(Error::Code::InvalidArgument,
                             QCoreApplication::translate("hd::OAuthSession", "Start the sign-in first.")));
        return;
    }
    accept(OAuthRedirect::fromPasted(text, QString::fromLatin1(m_state)));
}

void OAuthSession::onCallback(const QVariantMap &values)
{
    if (m_stage != Stage::WaitingForConsent)
        return; // a second hit (favicon, reload) after the answer was taken
    accept(OAuthRedirect::fromVariantMap(values, QString::fromLatin1(m_state)));
}

void OAuthSession::accept(Result<OAuthRedirect> redirect)
{
    if (!redirect) {
        fail(redirect.error());
        return;
    }
    stopListening();
    exchange(redirect.value());
}

void OAuthSession::exchange(const OAuthRedirect &redirect)
{
    m_stage = Stage::Exchanging;
    Q_EMIT exchanging();
    if (m_config.platform == OAuthPlatform::Shopee) {
        // Shopee says which shop was authorised; keep it for the channel's settings.
        const QString shopId = redirect.params.value(u"shop_id"_s);
        if (shopId.isEmpty()) {
            fail(Error::make(
                Error::Code::InvalidArgument,
                QCoreApplication::translate("hd::OAuthSession", "Shopee's answer names no shop (shop_id is missing)."),
                u"oauth shopee: redirect without shop_id"_s));
            return;
        }
    }
    const ChannelHttpRequest r =
        OAuthProvider::tokenRequest(m_config, redirect, m_verifier, m_redirectUri, m_clock.nowMs() / 1000);
    QNetworkRequest request(r.url);
    for (const auto &[name, value] : r.headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(m_requestTimeoutMs);
    if (!m_nam)
        m_nam = new QNetworkAccessManager(this);
    QNetworkReply *reply =
        r.method == "GET" ? m_nam->get(request) : m_nam->sendCustomRequest(request, r.method, r.body);
    m_reply = reply;
    const QString shopId = redirect.params.value(u"shop_id"_s);
    connect(reply, &QNetworkReply::finished, this, [this, reply, shopId] {
        reply->deleteLater();
        if (reply != m_reply)
            return;
        m_reply = nullptr;
        onTokenReply(reply);
        if (m_stage == Stage::Granted && !shopId.isEmpty())
            m_tokens.account.insert(u"shop_id"_s, shopId);
        if (m_stage == Stage::Granted)
            Q_EMIT granted();
    });
}

void OAuthSession::onTokenReply(QNetworkReply *reply)
{
    if (m_stage != Stage::Exchanging)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (status == 0) {
        // Qt's error text may quote the URL, and TikTok's carries app_secret in the query.
        QString why = reply->errorString();
        why.replace(reply->url().toString(), reply->url().toString(QUrl::RemoveQuery));
        const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError;
        fail(Error::make(
            Error::Code::Network,
            timedOut
                ? QCoreApplication::translate("hd::OAuthSession", "%1 did not answer the sign-in in time. Try again.")
                      .arg(oauthPlatformDisplayName(m_config.platform))
                : QCoreApplication::translate("hd::OAuthSession", "Could not reach %1 to finish the sign-in: %2")
                      .arg(oauthPlatformDisplayName(m_config.platform), why),
            u"oauth token request: "_s + why));
        return;
    }
    auto tokens = OAuthProvider::parseTokenResponse(m_config, status, body, m_clock.nowMs());
    if (!tokens) {
        fail(tokens.error());
        return;
    }
    m_tokens = std::move(tokens).value();
    m_stage = Stage::Granted;
    m_timeout.stop();
    m_verifier.clear();
    log::info(kLog, u"%1 sign-in finished; tokens received"_s.arg(oauthPlatformToString(m_config.platform)));
}

void OAuthSession::cancel()
{
    m_timeout.stop();
    stopListening();
    if (m_reply) {
        QNetworkReply *r = m_reply;
        m_reply = nullptr;
        r->abort();
    }
    if (m_stage == Stage::WaitingForConsent || m_stage == Stage::Exchanging)
        log::info(kLog, u"%1 sign-in cancelled"_s.arg(oauthPlatformToString(m_config.platform)));
    m_stage = Stage::Idle;
}

void OAuthSession::fail(const Error &error)
{
    m_timeout.stop();
    stopListening();
    m_verifier.clear();
    m_stage = Stage::Failed;
    m_error = error;
    log::warn(kLog, u"%1 sign-in failed: %2"_s.arg(oauthPlatformToString(m_config.platform), error.detail));
    Q_EMIT failed(error.message);
}

void OAuthSession::stopListening()
{
    if (!m_listener)
        return;
    m_listener->close();
    m_listener->disconnect(this);
    m_listener->deleteLater();
    m_listener = nullptr;
}

} // namespace hd
