#pragma once

#include "core/channels/ChannelHttp.h"
#include "core/channels/oauth/OAuthConfig.h"
#include "core/channels/oauth/OAuthRedirect.h"
#include "core/channels/oauth/OAuthTokens.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QUrl>

namespace hd {

/// Each platform's consent link, code exchange and token answer, as pure functions (no I/O):
/// eBay (Basic client credentials on the token endpoint, RuName as redirect_uri), Etsy (PKCE S256,
/// public client), Shopee (HMAC-SHA256 signed link and token call, JSON body) and TikTok Shop
/// (GET with app_key/app_secret/auth_code, absolute expiry times).
class OAuthProvider final
{
public:
    /// True when the platform accepts a redirect to a loopback listener on this machine.
    static bool supportsLoopback(const OAuthConfig &config);
    /// True when the platform lets us send a PKCE challenge (only Etsy of ours; harmless elsewhere
    /// but eBay, Shopee and TikTok ignore or reject unknown parameters).
    static bool usesPkce(OAuthPlatform platform) { return platform == OAuthPlatform::Etsy; }

    /// The consent page to open in the browser. `redirectUri` is where the answer goes (the
    /// loopback listener's address, or the registered page); Shopee has no `state` parameter, so
    /// it travels inside the redirect address.
    static QUrl consentUrl(const OAuthConfig &config,
                           const QString &state,
                           const QByteArray &codeChallenge,
                           const QString &redirectUri,
                           qint64 nowSec);
    /// The code exchange request.
    static ChannelHttpRequest tokenRequest(const OAuthConfig &config,
                                           const OAuthRedirect &redirect,
                                           const QByteArray &codeVerifier,
                                           const QString &redirectUri,
                                           qint64 nowSec);
    /// Reads the token endpoint's answer (any HTTP status). Errors carry the platform's reason.
    static Result<OAuthTokens>
    parseTokenResponse(const OAuthConfig &config, int httpStatus, const QByteArray &body, qint64 nowMs);
};

} // namespace hd
