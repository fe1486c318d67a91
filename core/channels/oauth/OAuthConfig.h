#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace hd {

/// The platforms whose sign-in HarborDesk runs itself. Meta (long-lived Page token), Amazon
/// (self-authorised LWA refresh token) and Shopify (custom-app token) hand out tokens directly.
enum class OAuthPlatform {
    Ebay,       ///< OAuth2 code grant; redirect is a RuName (a registered https page) → paste the code
    Etsy,       ///< OAuth2 code grant + PKCE S256; https redirect → paste, or loopback if configured so
    Shopee,     ///< signed auth_partner link; redirect=<any url>?code=&shop_id= → loopback works
    TikTokShop, ///< consent by service_id, redirect registered in Partner Center → paste the code
};

QString oauthPlatformToString(OAuthPlatform platform);
/// Brand name for messages ("eBay"); not translated.
QString oauthPlatformDisplayName(OAuthPlatform platform);

/// One app's sign-in settings. The secret (eBay Cert ID, TikTok app secret, Shopee partner key)
/// comes from the keychain or the dialog and is never stored with the rest.
struct OAuthConfig
{
    OAuthPlatform platform = OAuthPlatform::Ebay;
    QUrl authorizeUrl;    ///< the consent page (eBay .../oauth2/authorize, Shopee .../shop/auth_partner, ...)
    QUrl tokenUrl;        ///< where the code is exchanged
    QString clientId;     ///< eBay App ID, Etsy keystring, TikTok app_key, Shopee partner_id
    QString clientSecret; ///< eBay Cert ID, TikTok app_secret, Shopee partner key; empty for Etsy (PKCE)
    /// eBay: the RuName. Etsy: the registered redirect (http://127.0.0.1[:port]/path allows the
    /// loopback mode). Shopee: empty (the loopback listener's URL is used). TikTok: unused (registered).
    QString redirectUri;
    QStringList scopes;
    QString serviceId; ///< TikTok Shop consent link's service_id
};

} // namespace hd
