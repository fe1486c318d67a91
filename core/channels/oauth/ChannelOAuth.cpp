#include "core/channels/oauth/ChannelOAuth.h"

#include <QCoreApplication>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

QString text(const QJsonObject &config, const QString &key, const QString &fallback = {})
{
    const QJsonValue v = config.value(key);
    const QString s = v.isDouble() ? QString::number(v.toInteger()) : v.toString().trimmed();
    return s.isEmpty() ? fallback : s;
}

/// `base` + `path`, keeping the base's own path ("http://127.0.0.1:1234/shopee" + "/api/v2/...").
QUrl join(const QString &base, const QString &path)
{
    QString b = base;
    while (b.endsWith(u'/'))
        b.chop(1);
    return QUrl(b + path);
}

Error missing(const QString &what)
{
    return Error::make(Error::Code::InvalidArgument,
                       QCoreApplication::translate("hd::ChannelOAuth", "Fill in %1 before signing in.").arg(what));
}

} // namespace

std::optional<OAuthPlatform> ChannelOAuth::platformFor(ChannelKind kind)
{
    switch (kind) {
    case ChannelKind::Ebay: return OAuthPlatform::Ebay;
    case ChannelKind::Etsy: return OAuthPlatform::Etsy;
    case ChannelKind::Shopee: return OAuthPlatform::Shopee;
    case ChannelKind::TikTokShop: return OAuthPlatform::TikTokShop;
    default: return std::nullopt;
    }
}

Result<OAuthConfig>
ChannelOAuth::configFor(ChannelKind kind, const QJsonObject &config, const QHash<QString, QString> &secrets)
{
    const auto platform = platformFor(kind);
    if (!platform)
        return Error::make(
            Error::Code::InvalidArgument,
            QCoreApplication::translate("hd::ChannelOAuth", "%1 channels are connected with a token, not a sign-in.")
                .arg(channelKindDisplayName(kind)));
    OAuthConfig c;
    c.platform = *platform;
    switch (*platform) {
    case OAuthPlatform::Ebay:
        c.clientId = text(config, u"clientId"_s);
        c.clientSecret = secrets.value(u"client_secret"_s);
        c.redirectUri = text(config, u"ruName"_s);
        c.authorizeUrl = QUrl(text(config, u"authorizeUrl"_s, u"https://auth.ebay.com/oauth2/authorize"_s));
        c.tokenUrl = join(text(config, u"apiBaseUrl"_s, u"https://api.ebay.com"_s), u"/identity/v1/oauth2/token"_s);
        c.scopes = {u"https://api.ebay.com/oauth/api_scope"_s,
                    u"https://api.ebay.com/oauth/api_scope/commerce.message"_s,
                    u"https://api.ebay.com/oauth/api_scope/sell.fulfillment.readonly"_s};
        if (c.clientId.isEmpty())
            return missing(QCoreApplication::translate("hd::ChannelOAuth", "the App ID"));
        if (c.clientSecret.isEmpty())
            return missing(QCoreApplication::translate("hd::ChannelOAuth", "the Cert ID"));
        if (c.redirectUri.isEmpty())
            return missing(QCoreApplication::translate("hd::ChannelOAuth", "the RuName"));
        break;
    case OAuthPlatform::Etsy:
        c.clientId = text(config, u"keystring"_s);
        c.redirectUri = text(config, u"redirectUri"_s);
        c.authorizeUrl = QUrl(text(config, u"authorizeUrl"_s, u"https://www.etsy.com/oauth/connect"_s));
        c.tokenUrl = QUrl(text(config, u"tokenUrl"_s, u"https://api.etsy.com/v3/public/oauth/token"_s));
        c.scopes = {u"transactions_r"_s, u"shops_r"_s};
        if (c.clientId.isEmpty())
            return missing(QCoreApplication::translate("hd::ChannelOAuth", "the keystring"));
        if (c.redirectUri.isEmpty())
            return missing(
                QCoreApplication::translate("hd::ChannelOAuth", "the redirect address registered with Etsy"));
        break;
    case OAuthPlatform::Shopee: {
        const QString base = text(config, u"apiBaseUrl"_s, u"https://partner.shopeemobile.com"_s);
        c.clientId = text(config, u"partnerId"_s);
        c.clientSecret = secrets.value(u"partner_key"_s);
        c.authorizeUrl = join(base, u"/api/v2/shop/auth_partner"_s);
        c.tokenUrl = join(base, u"/api/v2/auth/token/get"_s);
        if (c.clientId.toLongLong() <= 0)
            return missing(QCoreApplication::translate("hd::ChannelOAuth", "the partner id"));
        if (c.clientSecret.isEmpty())
            return missing(QCoreApplication::translate("hd::ChannelOAuth", "the partner key"));
        break;
    }
    case OAuthPlatform::TikTokShop:
        c.clientId = text(config, u"appKey"_s);
        c.clientSecret = secrets.value(u"app_secret"_s);
        c.serviceId = text(config, u"serviceId"_s);
        c.authorizeUrl = QUrl(text(config, u"authorizeUrl"_s, u"https://services.tiktokshop.com/open/authorize"_s));
        c.tokenUrl = join(text(config, u"authBaseUrl"_s, u"https://auth.tiktok-shops.com/api/v2"_s), u"/token/get"_s);
        if (c.clientId.isEmpty())
            return missing(QCoreApplication::translate("hd::ChannelOAuth", "the app key"));
        if (c.clientSecret.isEmpty())
            return missing(QCoreApplication::translate("hd::ChannelOAuth", "the app secret"));
        if (c.serviceId.isEmpty())
            return missing(QCoreApplication::translate("hd::ChannelOAuth", "the service id"));
        break;
    }
    return c;
}

void ChannelOAuth::applyTokens(ChannelKind kind,
                               const OAuthTokens &tokens,
                               QJsonObject &config,
                               QHash<QString, QString> &secrets)
{
    secrets.insert(u"access_token"_s, tokens.accessToken);
    if (!tokens.refreshToken.isEmpty())
        secrets.insert(u"refresh_token"_s, tokens.refreshToken);
    if (kind == ChannelKind::Shopee && tokens.account.contains(u"shop_id"_s))
        config.insert(u"shopId"_s, tokens.account.value(u"shop_id"_s).toLongLong());
}

} // namespace hd
