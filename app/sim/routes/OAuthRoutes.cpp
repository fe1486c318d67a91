#include "app/sim/routes/OAuthRoutes.h"

#include "app/sim/SimServer.h"
#include "core/channels/shopee/ShopeeSigner.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace hd::sim {

namespace {

constexpr qint64 kCodeTtlMs = 5 * 60 * 1000; ///< eBay says expires_in=299 on its codes

/// One consent the simulated user gave, until its code is exchanged (once) or expires.
struct Grant
{
    QString channel;
    QString clientId;
    QString redirectUri;
    QString challenge; ///< PKCE S256 challenge (Etsy)
    QString shopId;    ///< Shopee
    qint64 expiresAt = 0;
};

/// The codes handed out, owned by the server (a child, found by name).
class CodeBook final : public QObject
{
public:
    explicit CodeBook(QObject *parent)
        : QObject(parent)
    {
        setObjectName(u"simOAuthCodes"_s);
    }
    QHash<QString, Grant> grants;
};

CodeBook &codes(SimServer &s)
{
    return *static_cast<CodeBook *>(s.findChild<QObject *>(u"simOAuthCodes"_s, Qt::FindDirectChildrenOnly));
}

QJsonObject auth(SimServer &s, const QString &channel)
{
    return s.state().section(channel).value(u"auth"_s).toObject();
}

QString issueCode(SimServer &s, const QString &prefix, Grant grant)
{
    // eBay's codes look like "v^1.1#i^1#f^0#I^3#r^1#p^3#t^Ul41..." and need percent-encoding in a
    // URL; give every platform's code a few such characters so clients must decode properly.
    const QString code = prefix + QUuid::createUuid().toString(QUuid::Id128).left(20) + u"+/="_s;
    grant.expiresAt = s.state().nowMs() + kCodeTtlMs;
    codes(s).grants.insert(code, grant);
    return code;
}

/// Takes a code once: a second exchange of the same code fails, as on the real platforms.
std::optional<Grant> takeCode(SimServer &s, const QString &channel, const QString &code)
{
    auto &grants = codes(s).grants;
    const auto it = grants.find(code);
    if (it == grants.end() || it->channel != channel)
        return std::nullopt;
    const Grant g = *it;
    grants.erase(it);
    if (s.state().nowMs() > g.expiresAt)
        return std::nullopt;
    return g;
}

SimResponse redirect(const QUrl &target)
{
    SimResponse r;
    r.status = 302;
    r.setHeader("Location", target.toString(QUrl::FullyEncoded).toUtf8());
    r.setHeader("Content-Type", "text/html; charset=utf-8");
    r.body = "<html><body>Redirecting…</body></html>";
    return r;
}

QUrl withQuery(QUrl url, const QList<std::pair<QString, QString>> &items)
{
    QUrlQuery q(url);
    for (const auto &[k, v] : items)
        q.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    url.setQuery(q);
    return url;
}

SimResponse html(int status, const QString &text)
{
    SimResponse r;
    r.status = status;
    r.setHeader("Content-Type", "text/html; charset=utf-8");
    r.body = u"<html><body><p>%1</p></body></html>"_s.arg(text.toHtmlEscaped()).toUtf8();
    return r;
}

SimResponse oauthError(int status, const QString &error, const QString &description)
{
    return SimResponse::json(status, QJsonObject{{u"error"_s, error}, {u"error_description"_s, description}});
}

bool denied(const SimRequest &req)
{
    return req.queryValue(u"sim_consent"_s) == "deny"_L1;
}

QString hostUrl(const SimRequest &req, const QString &path)
{
    return u"http://"_s + QString::fromUtf8(req.header("Host")) + path;
}

QString form(const SimRequest &req, const QString &key)
{
    return QUrlQuery(QString::fromUtf8(req.body)).queryItemValue(key, QUrl::FullyDecoded);
}

// ---- eBay: consent at auth.ebay.com/oauth2/authorize, RuName, Basic auth on the token endpoint.

SimResponse ebayAuthorize(SimServer &s, const SimRequest &req)
{
    const QJsonObject a = auth(s, u"ebay"_s);
    if (req.queryValue(u"client_id"_s) != a.value(u"clientId"_s).toString())
        return html(400, u"invalid_client: unknown client_id"_s);
    const QString ruName = a.value(u"ruName"_s).toString(u"sim-ebay-runame"_s);
    if (req.queryValue(u"redirect_uri"_s) != ruName)
        return html(400, u"invalid_request: redirect_uri must be the application's RuName"_s);
    if (req.queryValue(u"response_type"_s) != "code"_L1 || req.queryValue(u"scope"_s).isEmpty())
        return html(400, u"invalid_request: response_type=code and scope are required"_s);
    // The RuName's "auth accepted URL", registered in the developer portal: a web page.
    const QUrl accepted(a.value(u"acceptUrl"_s).toString(hostUrl(req, u"/ebay/oauth2/accepted"_s)));
    const QString state = req.queryValue(u"state"_s);
    if (denied(req))
        return redirect(withQuery(
            accepted,
            {{u"state"_s, state}, {u"error"_s, u"access_denied"_s}, {u"error_description"_s, u"The user declined"_s}}));
    const QString code = issueCode(s,
                                   u"v^1.1#i^1#f^0#I^3#r^1#p^3#t^"_s,
                                   Grant{u"ebay"_s, req.queryValue(u"client_id"_s), ruName, {}, {}, 0});
    return redirect(withQuery(accepted, {{u"state"_s, state}, {u"code"_s, code}, {u"expires_in"_s, u"299"_s}}));
}

SimResponse ebayCodeGrant(SimServer &s, const SimRequest &req)
{
    const QJsonObject a = auth(s, u"ebay"_s);
    const QByteArray expected = "Basic "
        + (a.value(u"clientId"_s).toString() + u':' + a.value(u"clientSecret"_s).toString()).toUtf8().toBase64();
    if (req.header("Authorization") != expected)
        return oauthError(401, u"invalid_client"_s, u"client authentication failed"_s);
    const auto grant = takeCode(s, u"ebay"_s, form(req, u"code"_s));
    if (!grant)
        return oauthError(400,
                          u"invalid_grant"_s,
                          u"the provided authorization grant code is invalid or was issued to another client"_s);
    if (form(req, u"redirect_uri"_s) != grant->redirectUri)
        return oauthError(400, u"invalid_request"_s, u"redirect_uri does not match the authorization request"_s);
    QString refresh;
    const QString access = s.state().refreshTokens(u"ebay"_s, true, &refresh);
    const qint64 ttl = s.state().accessTtlMs(u"ebay"_s);
    return SimResponse::json(QJsonObject{{u"access_token"_s, access},
                                         {u"expires_in"_s, ttl > 0 ? ttl / 1000 : 7200},
                                         {u"refresh_token"_s, refresh},
                                         {u"refresh_token_expires_in"_s, 47304000},
                                         {u"token_type"_s, u"User Access Token"_s}});
}

// ---- Etsy: OAuth 2.0 + PKCE S256, public client.

SimResponse etsyAuthorize(SimServer &s, const SimRequest &req)
{
    const QJsonObject a = auth(s, u"etsy"_s);
    const QString redirectUri = req.queryValue(u"redirect_uri"_s);
    const QJsonArray registered = a.value(u"redirectUris"_s).toArray();
    if (!registered.isEmpty() && !registered.contains(QJsonValue(redirectUri)))
        return html(400, u"The redirect_uri is not registered for this application."_s);
    if (req.queryValue(u"client_id"_s) != a.value(u"keystring"_s).toString())
        return html(400, u"invalid_client: unknown client_id"_s);
    const QUrl target(redirectUri);
    if (!target.isValid() || target.scheme().isEmpty())
        return html(400, u"invalid_request: redirect_uri"_s);
    const QString state = req.queryValue(u"state"_s);
    if (req.queryValue(u"response_type"_s) != "code"_L1 || req.queryValue(u"code_challenge_method"_s) != "S256"_L1
        || req.queryValue(u"code_challenge"_s).isEmpty() || state.isEmpty())
        return redirect(withQuery(
            target,
            {{u"state"_s, state},
             {u"error"_s, u"invalid_request"_s},
             {u"error_description"_s, u"state, code_challenge and code_challenge_method=S256 are required"_s}}));
    if (denied(req))
        return redirect(withQuery(target,
                                  {{u"state"_s, state},
                                   {u"error"_s, u"access_denied"_s},
                                   {u"error_description"_s, u"The user denied the request"_s}}));
    const QString code = issueCode(
        s,
        u"etsy-"_s,
        Grant{u"etsy"_s, req.queryValue(u"client_id"_s), redirectUri, req.queryValue(u"code_challenge"_s), {}, 0});
    return redirect(withQuery(target, {{u"code"_s, code}, {u"state"_s, state}}));
}

SimResponse etsyCodeGrant(SimServer &s, const SimRequest &req)
{
    const QJsonObject a = auth(s, u"etsy"_s);
    if (form(req, u"client_id"_s) != a.value(u"keystring"_s).toString())
        return oauthError(401, u"invalid_client"_s, u"client_id is not a known API keystring"_s);
    const auto grant = takeCode(s, u"etsy"_s, form(req, u"code"_s));
    if (!grant)
        return oauthError(400, u"invalid_grant"_s, u"code is invalid or expired"_s);
    if (form(req, u"redirect_uri"_s) != grant->redirectUri)
        return oauthError(400, u"invalid_grant"_s, u"redirect_uri does not match"_s);
    const QByteArray challenge =
        QCryptographicHash::hash(form(req, u"code_verifier"_s).toUtf8(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (QString::fromLatin1(challenge) != grant->challenge)
        return oauthError(400, u"invalid_grant"_s, u"code_verifier is invalid"_s);
    QString refresh;
    const QString access = s.state().refreshTokens(u"etsy"_s, true, &refresh);
    const qint64 ttl = s.state().accessTtlMs(u"etsy"_s) > 0 ? s.state().accessTtlMs(u"etsy"_s) : 3'600'000;
    // Etsy prefixes both tokens with the numeric user id.
    const QString userId = QString::number(s.state().section(u"etsy"_s).value(u"userId"_s).toInteger(12345678));
    const QString prefixedAccess = userId + u'.' + access;
    const QString prefixedRefresh = userId + u'.' + refresh;
    s.state().setTokens(u"etsy"_s, prefixedAccess, prefixedRefresh, ttl);
    return SimResponse::json(QJsonObject{{u"access_token"_s, prefixedAccess},
                                         {u"token_type"_s, u"Bearer"_s},
                                         {u"expires_in"_s, ttl / 1000},
                                         {u"refresh_token"_s, prefixedRefresh}});
}

// ---- Shopee: signed auth_partner link; redirect?code=&shop_id=; signed POST /auth/token/get.

SimResponse shopeeError(int status, const QString &error, const QString &message)
{
    return SimResponse::json(status,
                             QJsonObject{{u"request_id"_s, QUuid::createUuid().toString(QUuid::Id128)},
                                         {u"error"_s, error},
                                         {u"message"_s, message}});
}

/// partner_id, timestamp (±5 min) and the public-API sign (partner_id + path + timestamp).
std::optional<SimResponse> shopeePublicSign(SimServer &s, const SimRequest &req)
{
    const QJsonObject a = auth(s, u"shopee"_s);
    const qint64 partnerId = a.value(u"partnerId"_s).toVariant().toLongLong();
    if (req.queryValue(u"partner_id"_s).toLongLong() != partnerId)
        return shopeeError(403, u"error_param"_s, u"Wrong partner_id."_s);
    bool ok = false;
    const qint64 ts = req.queryValue(u"timestamp"_s).toLongLong(&ok);
    if (!ok || std::abs(ts - s.state().nowMs() / 1000) > 300)
        return shopeeError(403, u"error_param"_s, u"Invalid timestamp, it should be within 5 minutes."_s);
    const QString apiPath = req.path.mid(QStringView(u"/shopee").size());
    const QString expected =
        ShopeeSigner::sign(a.value(u"partnerKey"_s).toString(), ShopeeSigner::baseString(partnerId, apiPath, ts));
    if (req.queryValue(u"sign"_s) != expected)
        return shopeeError(403, u"error_sign"_s, u"Wrong sign."_s);
    return std::nullopt;
}

SimResponse shopeeAuthPartner(SimServer &s, const SimRequest &req)
{
    if (auto e = shopeePublicSign(s, req))
        return *e;
    const QUrl target(req.queryValue(u"redirect"_s));
    if (!target.isValid() || target.scheme().isEmpty())
        return shopeeError(400, u"error_param"_s, u"Invalid redirect."_s);
    if (denied(req))
        return redirect(withQuery(target, {{u"error"_s, u"access_denied"_s}}));
    const QString shopId = QString::number(auth(s, u"shopee"_s).value(u"shopId"_s).toVariant().toLongLong());
    const QString code =
        issueCode(s,
                  u"shopee-"_s,
                  Grant{u"shopee"_s, req.queryValue(u"partner_id"_s), target.toString(), {}, shopId, 0});
    return redirect(withQuery(target, {{u"code"_s, code}, {u"shop_id"_s, shopId}}));
}

SimResponse shopeeTokenGet(SimServer &s, const SimRequest &req)
{
    if (auto e = shopeePublicSign(s, req))
        return *e;
    const QJsonObject body = req.json();
    const auto grant = takeCode(s, u"shopee"_s, body.value(u"code"_s).toString());
    if (!grant)
        return shopeeError(403, u"error_auth"_s, u"Invalid code."_s);
    if (QString::number(body.value(u"shop_id"_s).toVariant().toLongLong()) != grant->shopId
        || body.value(u"partner_id"_s).toVariant().toString() != grant->clientId)
        return shopeeError(400, u"error_param"_s, u"shop_id or partner_id does not match the code."_s);
    QString refresh;
    const QString access = s.state().refreshTokens(u"shopee"_s, true, &refresh);
    const qint64 ttl = s.state().accessTtlMs(u"shopee"_s);
    return SimResponse::json(QJsonObject{{u"request_id"_s, QUuid::createUuid().toString(QUuid::Id128)},
                                         {u"error"_s, u""_s},
                                         {u"message"_s, u""_s},
                                         {u"access_token"_s, access},
                                         {u"refresh_token"_s, refresh},
                                         {u"expire_in"_s, ttl > 0 ? ttl / 1000 : 14400}});
}

// ---- TikTok Shop: consent by service_id to the redirect registered in Partner Center.

SimResponse tiktokEnvelope(const QJsonObject &data, int code, const QString &message)
{
    return SimResponse::json(QJsonObject{{u"code"_s, code},
                                         {u"message"_s, message},
                                         {u"request_id"_s, QUuid::createUuid().toString(QUuid::Id128)},
                                         {u"data"_s, data}});
}

SimResponse tiktokAuthorize(SimServer &s, const SimRequest &req)
{
    const QJsonObject a = auth(s, u"tiktok"_s);
    if (req.queryValue(u"service_id"_s) != a.value(u"serviceId"_s).toString(u"sim-tiktok-service"_s))
        return html(400, u"Unknown service_id."_s);
    const QUrl target(a.value(u"redirectUri"_s).toString(hostUrl(req, u"/tiktok/oauth/accepted"_s)));
    const QString state = req.queryValue(u"state"_s);
    if (denied(req))
        return redirect(withQuery(target, {{u"state"_s, state}, {u"error"_s, u"access_denied"_s}}));
    const QString appKey = a.value(u"appKey"_s).toString();
    const QString code = issueCode(s, u"ROW_"_s, Grant{u"tiktok"_s, appKey, target.toString(), {}, {}, 0});
    return redirect(
        withQuery(target, {{u"app_key"_s, appKey}, {u"code"_s, code}, {u"locale"_s, u"en"_s}, {u"state"_s, state}}));
}

SimResponse tiktokTokenGet(SimServer &s, const SimRequest &req)
{
    const QJsonObject a = auth(s, u"tiktok"_s);
    if (req.queryValue(u"app_key"_s) != a.value(u"appKey"_s).toString()
        || req.queryValue(u"app_secret"_s) != a.value(u"appSecret"_s).toString())
        return tiktokEnvelope({}, 36004004, u"Invalid app_key or app_secret."_s);
    if (req.queryValue(u"grant_type"_s) != "authorized_code"_L1)
        return tiktokEnvelope({}, 36004001, u"Invalid grant_type."_s);
    if (!takeCode(s, u"tiktok"_s, req.queryValue(u"auth_code"_s)))
        return tiktokEnvelope({}, 36004003, u"The auth_code is invalid or expired."_s);
    QString refresh;
    const QString access = s.state().refreshTokens(u"tiktok"_s, true, &refresh);
    const qint64 ttl = s.state().accessTtlMs(u"tiktok"_s);
    const qint64 nowS = s.state().nowMs() / 1000;
    return tiktokEnvelope(QJsonObject{{u"access_token"_s, access},
                                      {u"access_token_expire_in"_s, nowS + (ttl > 0 ? ttl / 1000 : 7 * 24 * 3600)},
                                      {u"refresh_token"_s, refresh},
                                      {u"refresh_token_expire_in"_s, nowS + 365LL * 24 * 3600},
                                      {u"open_id"_s, u"sim-open-id"_s},
                                      {u"seller_name"_s, u"Harbor Gadgets"_s},
                                      {u"seller_base_region"_s, u"US"_s},
                                      {u"user_type"_s, 0}},
                          0,
                          u"success"_s);
}

SimResponse acceptedPage(const SimRequest &req)
{
    if (!req.queryValue(u"error"_s).isEmpty())
        return html(200, u"Authorization declined."_s);
    return html(200,
                u"Authorization successfully completed. Copy this page's address into HarborDesk. Code: "_s
                    + req.queryValue(u"code"_s));
}

} // namespace

void installOAuthRoutes(SimServer &server)
{
    SimServer *s = &server;
    new CodeBook(&server);
    server.addRoute(u"ebay.authorize"_s, "GET", u"/ebay/oauth2/authorize"_s, [s](const SimRequest &r) {
        return ebayAuthorize(*s, r);
    });
    server.addRoute(u"ebay.authAccepted"_s, "GET", u"/ebay/oauth2/accepted"_s, [](const SimRequest &r) {
        return acceptedPage(r);
    });
    const auto codeGrant = [s](SimResponse (*exchange)(SimServer &, const SimRequest &)) {
        return [s, exchange](const SimRequest &r, const SimServer::Handler &next) {
            return form(r, u"grant_type"_s) == "authorization_code"_L1 ? exchange(*s, r) : next(r);
        };
    };
    if (!server.wrapRoute(u"ebay.token"_s, codeGrant(&ebayCodeGrant)))
        server.addRoute(u"ebay.token"_s, "POST", u"/ebay/identity/v1/oauth2/token"_s, [s](const SimRequest &r) {
            return ebayCodeGrant(*s, r);
        });
    server.addRoute(u"etsy.authorize"_s, "GET", u"/etsy/oauth/connect"_s, [s](const SimRequest &r) {
        return etsyAuthorize(*s, r);
    });
    if (!server.wrapRoute(u"etsy.token"_s, codeGrant(&etsyCodeGrant)))
        server.addRoute(u"etsy.token"_s, "POST", u"/etsy/v3/public/oauth/token"_s, [s](const SimRequest &r) {
            return etsyCodeGrant(*s, r);
        });
    server.addRoute(u"shopee.authPartner"_s, "GET", u"/shopee/api/v2/shop/auth_partner"_s, [s](const SimRequest &r) {
        return shopeeAuthPartner(*s, r);
    });
    server.addRoute(u"shopee.tokenGet"_s, "POST", u"/shopee/api/v2/auth/token/get"_s, [s](const SimRequest &r) {
        return shopeeTokenGet(*s, r);
    });
    server.addRoute(u"tiktok.authorize"_s, "GET", u"/tiktok/oauth/authorize"_s, [s](const SimRequest &r) {
        return tiktokAuthorize(*s, r);
    });
    server.addRoute(u"tiktok.authAccepted"_s, "GET", u"/tiktok/oauth/accepted"_s, [](const SimRequest &r) {
        return acceptedPage(r);
    });
    server.addRoute(u"tiktok.tokenGet"_s, "GET", u"/tiktok/auth/token/get"_s, [s](const SimRequest &r) {
        return tiktokTokenGet(*s, r);
    });
}

} // namespace hd::sim
