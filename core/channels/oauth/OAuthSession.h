#pragma once

#include "core/channels/oauth/OAuthConfig.h"
#include "core/channels/oauth/OAuthRedirect.h"
#include "core/channels/oauth/OAuthTokens.h"
#include "core/common/Result.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QOAuthHttpServerReplyHandler;

namespace hd {

class Clock;

/// One sign-in with a platform, from consent link to tokens.
///
/// Loopback mode (RFC 8252: loopback IP literal, ephemeral port, state, PKCE where the platform
/// takes it): a QOAuthHttpServerReplyHandler listens on 127.0.0.1, the consent page redirects the
/// browser there, the code is exchanged. Paste mode, for platforms whose redirect must be a
/// registered web page (eBay RuName, TikTok Shop, Etsy's https redirect): the user pastes the
/// address the browser ended on, or the code. Both check `state`.
///
/// Qt 6.4's QOAuth2AuthorizationCodeFlow is not used for the exchange: it has no PKCE, drops a
/// state mismatch or a 4xx token answer with only a log line (requestFailed came in 6.6), and
/// cannot do eBay's Basic auth, Shopee's signed JSON or TikTok's GET; the exchange is one plain
/// QNetworkAccessManager request built by OAuthProvider.
///
/// The tokens stay in memory (tokens()) until the caller hands them to the SecretStore; nothing
/// secret is logged.
class OAuthSession final : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Loopback, PasteCode };
    Q_ENUM(Mode)

    OAuthSession(OAuthConfig config, const Clock &clock, QObject *parent = nullptr);
    ~OAuthSession() override;

    /// Loopback where the platform allows it, else paste-the-code.
    static Mode preferredMode(const OAuthConfig &config);

    /// How long the whole sign-in may take (consent + exchange), ms. Default 10 minutes.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    /// Transfer timeout of the token request, ms. Default 30 s.
    void setRequestTimeoutMs(int ms) { m_requestTimeoutMs = ms; }

    /// Starts a sign-in: listens (loopback), makes state and PKCE, emits consentUrlReady. Fails
    /// when the settings are incomplete or the mode is not possible for the platform.
    Status start(Mode mode);
    /// The user's paste (the redirected address, or the code). Paste mode; also accepted while a
    /// loopback sign-in waits, in case the browser could not reach the listener.
    void submitPasted(const QString &text);
    /// Stops waiting; no signal follows.
    void cancel();

    Mode mode() const { return m_mode; }
    bool isWaiting() const { return m_stage == Stage::WaitingForConsent; }
    bool isActive() const { return m_stage == Stage::WaitingForConsent || m_stage == Stage::Exchanging; }
    QUrl consentUrl() const { return m_consentUrl; }
    /// The redirect_uri used: the loopback address, or the registered one.
    QString redirectUri() const { return m_redirectUri; }
    const OAuthConfig &config() const { return m_config; }
    /// After granted(): the tokens (secret) and account facts.
    const OAuthTokens &tokens() const { return m_tokens; }
    /// After failed(): why.
    const Error &lastError() const { return m_error; }

Q_SIGNALS:
    /// Open this in the browser.
    void consentUrlReady(const QUrl &url);
    /// A code arrived and is being exchanged.
    void exchanging();
    void granted();
    void failed(const QString &message);

private:
    enum class Stage { Idle, WaitingForConsent, Exchanging, Granted, Failed };

    void onCallback(const QVariantMap &values);
    void accept(Result<OAuthRedirect> redirect);
    void exchange(const OAuthRedirect &redirect);
    void onTokenReply(QNetworkReply *reply);
    void fail(const Error &error);
    void stopListening();

    OAuthConfig m_config;
    const Clock &m_clock;
    Mode m_mode = Mode::PasteCode;
    Stage m_stage = Stage::Idle;
    int m_timeoutMs = 10 * 60 * 1000;
    int m_requestTimeoutMs = 30'000;
    QByteArray m_state;
    QByteArray m_verifier;
    QString m_redirectUri;
    QUrl m_consentUrl;
    OAuthTokens m_tokens;
    Error m_error;
    QOAuthHttpServerReplyHandler *m_listener = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
};

} // namespace hd
