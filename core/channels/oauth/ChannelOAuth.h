#pragma once

#include "core/channels/oauth/OAuthConfig.h"
#include "core/channels/oauth/OAuthTokens.h"
#include "core/common/Result.h"
#include "core/domain/Channel.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace hd {

/// Which channel types sign in through OAuthSession, and how a channel's settings (config_json
/// keys the Add channel dialog and `channels add` use) become an OAuthConfig. The sign-in's
/// tokens then become the channel's secrets ("access_token", "refresh_token"), and the account
/// facts its settings (Shopee shopId).
///
/// Settings read per kind (defaults are the production addresses):
///   ebay:   apiBaseUrl, clientId, ruName, authorizeUrl (https://auth.ebay.com/oauth2/authorize);
///           secret client_secret
///   etsy:   keystring, redirectUri, authorizeUrl (https://www.etsy.com/oauth/connect), tokenUrl
///   shopee: apiBaseUrl, partnerId; secret partner_key
///   tiktok: authBaseUrl, appKey, serviceId, authorizeUrl (https://services.tiktokshop.com/open/authorize);
///           secret app_secret
class ChannelOAuth final
{
public:
    /// The platform a channel kind signs in with; nullopt when it takes tokens or passwords
    /// directly (e-mail, Meta Page token, Amazon self-authorised refresh token, Shopify, Walmart).
    static std::optional<OAuthPlatform> platformFor(ChannelKind kind);
    /// The sign-in settings of a channel being added; InvalidArgument names what is missing.
    static Result<OAuthConfig>
    configFor(ChannelKind kind, const QJsonObject &config, const QHash<QString, QString> &secrets);
    /// Puts a sign-in's result into the channel's settings and secrets.
    static void
    applyTokens(ChannelKind kind, const OAuthTokens &tokens, QJsonObject &config, QHash<QString, QString> &secrets);
};

} // namespace hd
