#include "core/channels/oauth/OAuthProvider.h"

#include "core/channels/shopee/ShopeeSigner.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

bool isLoopbackUrl(const QUrl &url)
{
    return url.scheme() == "http"_L1
        && (url.host() == "127.0.0.1"_L1 || url.host() == "localhost"_L1 || url.host() == "::1"_L1);
}

QString formEncode(const QList<std::pair<QString, QString>> &items)
{
    QStringList parts;
    for (const auto &[k, v] : items)
        parts << QString::fromLatin1(QUrl::toPercentEncoding(k)) + u'='
                + QString::fromLatin1(QUrl::toPercentEncoding(v));
    return parts.join(u'&');
}

Error refused(const OAuthConfig &config, int status, const QString &reason, const QByteArray &body)
{
    return Error::make(
        Error::Code::PermissionDenied,
        QCoreApplication::translate("hd::OAuthProvider", "%1 refused the sign-in code: %2. Start the sign-in again.")
            .arg(oauthPlatformDisplayName(config.platform), reason),
        u"oauth %1 token endpoint: HTTP %2 %3"_s.arg(oauthPlatformToString(config.platform))
            .arg(status)
            .arg(QString::fromUtf8(body.left(300))));
}

/// Shopee signs the API path only ("/api/v2/shop/auth_partner"), whatever host prefix is in front
/// (the simulator serves it under /shopee).
QString shopeeApiPath(const QUrl &url)
{
    const QString path = url.path();
    const qsizetype at = path.indexOf(u"/api/v2/"_s);
    return at >= 0 ? path.mid(at) : path;
}

qint64 number(const QJsonValue &v)
{
    return v.isString() ? v.toString().toLongLong() : v.toInteger();
}

} // namespace

QString oauthPlatformToString(OAuthPlatform platform)
{
    switch (platform) {
    case OAuthPlatform::Ebay: return u"ebay"_s;
    case OAuthPlatform::Etsy: return u"etsy"_s;
    case OAuthPlatform::Shopee: return u"shopee"_s;
    case OAuthPlatform::TikTokShop: return u"tiktok"_s;
    }
    return u"ebay"_s;
}

QString oauthPlatformDisplayName(OAuthPlatform platform)
{
    switch (platform) {
    case OAuthPlatform::Ebay: return u"eBay"_s;
    case OAuthPlatform::Etsy: return u"Etsy"_s;
    case OAuthPlatform::Shopee: return u"Shopee"_s;
    case OAuthPlatform::TikTokShop: return u"TikTok Shop"_s;
    }
    return {};
}

bool OAuthProvider::supportsLoopback(const OAuthConfig &config)
{
    switch (config.platform) {
    case OAuthPlatform::Shopee: return true; // the redirect is any address passed in the signed link
    case OAuthPlatform::Etsy: return isLoopbackUrl(QUrl(config.redirectUri));
    case OAuthPlatform::Ebay:       // RuName → a registered https page
    case OAuthPlatform::TikTokShop: // registered https redirect in Partner Center
        return false;
    }
    return false;
}

QUrl OAuthProvider::consentUrl(const OAuthConfig &config,
                               const QString &state,
                               const QByteArray &codeChallenge,
                               const QString &redirectUri,
                               qint64 nowSec)
{
    QUrl url = config.authorizeUrl;
    QUrlQuery q(url);
    switch (config.platform) {
    case OAuthPlatform::Ebay:
        q.addQueryItem(u"client_id"_s, config.clientId);
        q.addQueryItem(u"redirect_uri"_s, redirectUri);
        q.addQueryItem(u"response_type"_s, u"code"_s);
        q.addQueryItem(u"scope"_s, config.scopes.join(u' '));
        q.addQueryItem(u"state"_s, state);
        break;
    case OAuthPlatform::Etsy:
        q.addQueryItem(u"response_type"_s, u"code"_s);
        q.addQueryItem(u"client_id"_s, config.clientId);
        q.addQueryItem(u"redirect_uri"_s, redirectUri);
        q.addQueryItem(u"scope"_s, config.scopes.join(u' '));
        q.addQueryItem(u"state"_s, state);
        q.addQueryItem(u"code_challenge"_s, QString::fromLatin1(codeChallenge));
        q.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
        break;
    case OAuthPlatform::Shopee: {
        // Public API signature: partner_id + path + timestamp. Shopee appends code and shop_id to
        // the redirect, keeping its own query, so our state rides there.
        QUrl redirect(redirectUri);
        QUrlQuery rq(redirect);
        rq.addQueryItem(u"state"_s, state);
        redirect.setQuery(rq);
        const qint64 partnerId = config.clientId.toLongLong();
        const QByteArray base = ShopeeSigner::baseString(partnerId, shopeeApiPath(url), nowSec, {}, 0);
        q.addQueryItem(u"partner_id"_s, config.clientId);
        q.addQueryItem(u"timestamp"_s, QString::number(nowSec));
        q.addQueryItem(u"sign"_s, ShopeeSigner::sign(config.clientSecret, base));
        q.addQueryItem(u"redirect"_s, redirect.toString(QUrl::FullyEncoded));
        break;
    }
    case OAuthPlatform::TikTokShop:
        q.addQueryItem(u"service_id"_s, config.serviceId);
        q.addQueryItem(u"state"_s, state);
        break;
    }
    // Encode '+' and friends so codes, scopes and the nested redirect survive.
    QString encoded;
    for (const auto &[k, v] : q.queryItems(QUrl::FullyDecoded)) {
        if (!encoded.isEmpty())
            encoded += u'&';
        encoded += formEncode({{k, v}});
    }
    url.setQuery(encoded, QUrl::StrictMode);
    return url;
}

ChannelHttpRequest OAuthProvider::tokenRequest(const OAuthConfig &config,
                                               const OAuthRedirect &redirect,
                                               const QByteArray &codeVerifier,
                                               const QString &redirectUri,
                                               qint64 nowSec)
{
    ChannelHttpRequest r;
    r.service = oauthPlatformDisplayName(config.platform);
    r.url = config.tokenUrl;
    r.setHeader("Accept", "application/json");
    switch (config.platform) {
    case OAuthPlatform::Ebay:
        r.method = "POST";
        r.setHeader("Content-Type", "application/x-www-form-urlencoded");
        r.setHeader("Authorization", "Basic " + (config.clientId + u':' + config.clientSecret).toUtf8().toBase64());
        r.body = formEncode({{u"grant_type"_s, u"authorization_code"_s},
                             {u"code"_s, redirect.code},
                             {u"redirect_uri"_s, redirectUri}})
                     .toUtf8();
        break;
    case OAuthPlatform::Etsy:
        r.method = "POST";
        r.setHeader("Content-Type", "application/x-www-form-urlencoded");
        r.body = formEncode({{u"grant_type"_s, u"authorization_code"_s},
                             {u"client_id"_s, config.clientId},
                             {u"redirect_uri"_s, redirectUri},
                             {u"code"_s, redirect.code},
                             {u"code_verifier"_s, QString::fromLatin1(codeVerifier)}})
                     .toUtf8();
        break;
    case OAuthPlatform::Shopee: {
        r.method = "POST";
        r.setHeader("Content-Type", "application/json");
        const qint64 partnerId = config.clientId.toLongLong();
        QUrlQuery q;
        q.addQueryItem(u"partner_id"_s, config.clientId);
        q.addQueryItem(u"timestamp"_s, QString::number(nowSec));
        q.addQueryItem(u"sign"_s,
                       ShopeeSigner::sign(config.clientSecret,
                                          ShopeeSigner::baseString(partnerId, shopeeApiPath(r.url), nowSec, {}, 0)));
        r.url.setQuery(q);
        r.body = QJsonDocument(QJsonObject{{u"code"_s, redirect.code},
                                           {u"shop_id"_s, redirect.params.value(u"shop_id"_s).toLongLong()},
                                           {u"partner_id"_s, partnerId}})
                     .toJson(QJsonDocument::Compact);
        break;
    }
    case OAuthPlatform::TikTokShop: {
        r.method = "GET";
        QUrlQuery q;
        q.addQueryItem(u"app_key"_s, config.clientId);
        q.addQueryItem(u"app_secret"_s, QString::fromLatin1(QUrl::toPercentEncoding(config.clientSecret)));
        q.addQueryItem(u"auth_code"_s, QString::fromLatin1(QUrl::toPercentEncoding(redirect.code)));
        q.addQueryItem(u"grant_type"_s, u"authorized_code"_s);
        r.url.setQuery(q);
        break;
    }
    }
    return r;
}

Result<OAuthTokens>
OAuthProvider::parseTokenResponse(const OAuthConfig &config, int httpStatus, const QByteArray &body, qint64 nowMs)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject o = doc.object();
    if (!doc.isObject()) {
        if (httpStatus >= 400)
            return refused(config,
                           httpStatus,
                           QCoreApplication::translate("hd::OAuthProvider", "HTTP status %1").arg(httpStatus),
                           body);
        return Error::make(
            Error::Code::Parse,
            QCoreApplication::translate("hd::OAuthProvider", "%1 answered the sign-in with something unreadable.")
                .arg(oauthPlatformDisplayName(config.platform)),
            u"oauth token answer: "_s + parseError.errorString());
    }
    OAuthTokens t;
    switch (config.platform) {
    case OAuthPlatform::Ebay:
    case OAuthPlatform::Etsy: {
        // RFC 6749 §5.2 errors: {"error": "invalid_grant", "error_description": "..."}.
        if (httpStatus >= 400 || o.contains(u"error"_s)) {
            const QString description = o.value(u"error_description"_s).toString();
            const QString error =
                o.value(u"error"_s)
                    .toString(QCoreApplication::translate("hd::OAuthProvider", "HTTP status %1").arg(httpStatus));
            return refused(config,
                           httpStatus,
                           description.isEmpty() ? error : error + u" (" + description + u')',
                           body);
        }
        t.accessToken = o.value(u"access_token"_s).toString();
        t.refreshToken = o.value(u"refresh_token"_s).toString();
        if (const qint64 in = number(o.value(u"expires_in"_s)); in > 0)
            t.expiresAtMs = nowMs + in * 1000;
        if (const qint64 in = number(o.value(u"refresh_token_expires_in"_s)); in > 0)
            t.refreshExpiresAtMs = nowMs + in * 1000;
        if (config.platform == OAuthPlatform::Etsy) {
            // Etsy access tokens start with the numeric user id: "12345678.xxxx".
            const qsizetype dot = t.accessToken.indexOf(u'.');
            if (dot > 0)
                t.account.insert(u"userId"_s, t.accessToken.left(dot));
        }
        break;
    }
    case OAuthPlatform::Shopee: {
        const QString error = o.value(u"error"_s).toString();
        if (!error.isEmpty() || httpStatus >= 400) {
            const QString message = o.value(u"message"_s).toString();
            return refused(config,
                           httpStatus,
                           error.isEmpty()
                               ? QCoreApplication::translate("hd::OAuthProvider", "HTTP status %1").arg(httpStatus)
                               : (message.isEmpty() ? error : error + u" (" + message + u')'),
                           body);
        }
        t.accessToken = o.value(u"access_token"_s).toString();
        t.refreshToken = o.value(u"refresh_token"_s).toString();
        if (const qint64 in = number(o.value(u"expire_in"_s)); in > 0)
            t.expiresAtMs = nowMs + in * 1000;
        break;
    }
    case OAuthPlatform::TikTokShop: {
        const qint64 code = number(o.value(u"code"_s));
        if (code != 0 || httpStatus >= 400)
            return refused(config, httpStatus, u"%1 (%2)"_s.arg(o.value(u"message"_s).toString()).arg(code), body);
        const QJsonObject d = o.value(u"data"_s).toObject();
        t.accessToken = d.value(u"access_token"_s).toString();
        t.refreshToken = d.value(u"refresh_token"_s).toString();
        // TikTok's *_expire_in are absolute Unix seconds, not durations.
        if (const qint64 at = number(d.value(u"access_token_expire_in"_s)); at > 0)
            t.expiresAtMs = at * 1000;
        if (const qint64 at = number(d.value(u"refresh_token_expire_in"_s)); at > 0)
            t.refreshExpiresAtMs = at * 1000;
        for (const QString &k : {u"open_id"_s, u"seller_name"_s, u"seller_base_region"_s})
            if (d.contains(k))
                t.account.insert(k, d.value(k).toString());
        break;
    }
    }
    if (t.accessToken.isEmpty())
        return Error::make(
            Error::Code::Parse,
            QCoreApplication::translate("hd::OAuthProvider", "%1 accepted the sign-in but sent no access token.")
                .arg(oauthPlatformDisplayName(config.platform)),
            u"oauth token answer without access_token"_s);
    return t;
}

} // namespace hd
