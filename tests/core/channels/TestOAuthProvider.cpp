// Pure OAuth pieces: PKCE S256 (RFC 7636 vector), reading the redirect the user pastes or the
// loopback listener receives (state, access_denied, encodings), each platform's consent link and
// code exchange request, and each token endpoint's answer (success and refusals).
#include "core/channels/oauth/ChannelOAuth.h"
#include "core/channels/oauth/OAuthPkce.h"
#include "core/channels/oauth/OAuthProvider.h"
#include "core/channels/oauth/OAuthRedirect.h"
#include "core/channels/shopee/ShopeeSigner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace hd;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(hd::Error::Code)

class TestOAuthProvider final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pkceMatchesRfc7636();
    void freshVerifiersAndStatesDiffer();
    void readsTheRedirect_data();
    void readsTheRedirect();
    void readsTheLoopbackValuesPercentDecoded();
    void ebayConsentAndExchange();
    void etsyConsentCarriesPkce();
    void shopeeLinkIsSignedAndCarriesState();
    void tiktokExchangeIsAGet();
    void parsesTokenAnswers_data();
    void parsesTokenAnswers();
    void loopbackOnlyWhereThePlatformAllowsIt_data();
    void loopbackOnlyWhereThePlatformAllowsIt();
    void channelSettingsBecomeSignInSettings();
};

void TestOAuthProvider::pkceMatchesRfc7636()
{
    // RFC 7636 appendix B.
    QCOMPARE(OAuthPkce::challengeS256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
             QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    const QByteArray v = OAuthPkce::newVerifier();
    QVERIFY(v.size() >= 43 && v.size() <= 128);
    for (char c : v)
        QVERIFY2(QByteArrayView("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~").contains(c),
                 v.constData());
}

void TestOAuthProvider::freshVerifiersAndStatesDiffer()
{
    QVERIFY(OAuthPkce::newVerifier() != OAuthPkce::newVerifier());
    QVERIFY(OAuthPkce::newState() != OAuthPkce::newState());
    QVERIFY(OAuthPkce::newState().size() >= 32);
}

void TestOAuthProvider::readsTheRedirect_data()
{
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("errorCode");

    const int none = -1;
    QTest::newRow("full address")
        << u"https://example.com/accepted?state=S1&code=v%5E1.1%23i%5E1%2B%2F%3D&expires_in=299"_s << true
        << u"v^1.1#i^1+/="_s << none;
    QTest::newRow("address with spaces around")
        << u"  http://127.0.0.1:5/cb?code=abc&state=S1 \n"_s << true << u"abc"_s << none;
    QTest::newRow("query only") << u"?code=abc&state=S1"_s << true << u"abc"_s << none;
    QTest::newRow("bare code, encoded") << u"v%5E1.1%23i%5E1"_s << true << u"v^1.1#i^1"_s << none;
    QTest::newRow("bare code") << u"ROW_abc123"_s << true << u"ROW_abc123"_s << none;
    QTest::newRow("declined") << u"https://example.com/cb?state=S1&error=access_denied&error_description=no"_s << false
                              << QString() << int(Error::Code::PermissionDenied);
    QTest::newRow("other platform error") << u"https://example.com/cb?state=S1&error=invalid_scope"_s << false
                                          << QString() << int(Error::Code::PermissionDenied);
    QTest::newRow("state mismatch") << u"https://example.com/cb?state=S2&code=abc"_s << false << QString()
                                    << int(Error::Code::InvalidArgument);
    QTest::newRow("state missing") << u"https://example.com/cb?code=abc"_s << false << QString()
                                   << int(Error::Code::InvalidArgument);
    QTest::newRow("no code") << u"https://example.com/cb?state=S1"_s << false << QString()
                             << int(Error::Code::InvalidArgument);
    QTest::newRow("empty") << u"   "_s << false << QString() << int(Error::Code::InvalidArgument);
    QTest::newRow("prose") << u"I clicked allow"_s << false << QString() << int(Error::Code::InvalidArgument);
}

void TestOAuthProvider::readsTheRedirect()
{
    QFETCH(QString, pasted);
    QFETCH(bool, ok);
    QFETCH(QString, code);
    QFETCH(int, errorCode);
    const Result<OAuthRedirect> r = OAuthRedirect::fromPasted(pasted, u"S1"_s);
    QCOMPARE(r.ok(), ok);
    if (ok) {
        QCOMPARE(r->code, code);
    } else {
        QCOMPARE(int(r.error().code), errorCode);
        QVERIFY(!r.error().message.isEmpty());
    }
}

void TestOAuthProvider::readsTheLoopbackValuesPercentDecoded()
{
    const QVariantMap values{{u"code"_s, u"shopee-ab%2B%2F%3D"_s}, {u"shop_id"_s, u"123456"_s}, {u"state"_s, u"S1"_s}};
    const auto r = OAuthRedirect::fromVariantMap(values, u"S1"_s);
    QVERIFY(r.ok());
    QCOMPARE(r->code, u"shopee-ab+/="_s);
    QCOMPARE(r->params.value(u"shop_id"_s), u"123456"_s);
    QVERIFY(!OAuthRedirect::fromVariantMap(values, u"other"_s).ok());
}

void TestOAuthProvider::ebayConsentAndExchange()
{
    OAuthConfig c;
    c.platform = OAuthPlatform::Ebay;
    c.authorizeUrl = QUrl(u"https://auth.ebay.com/oauth2/authorize"_s);
    c.tokenUrl = QUrl(u"https://api.ebay.com/identity/v1/oauth2/token"_s);
    c.clientId = u"app-id"_s;
    c.clientSecret = u"cert-id"_s;
    c.scopes = {u"https://api.ebay.com/oauth/api_scope/commerce.message"_s, u"b"_s};
    const QUrl consent = OAuthProvider::consentUrl(c, u"S1"_s, {}, u"My_RuName-1"_s, 0);
    const QUrlQuery q(consent);
    QCOMPARE(consent.host(), u"auth.ebay.com"_s);
    QCOMPARE(q.queryItemValue(u"client_id"_s), u"app-id"_s);
    QCOMPARE(q.queryItemValue(u"redirect_uri"_s), u"My_RuName-1"_s);
    QCOMPARE(q.queryItemValue(u"response_type"_s), u"code"_s);
    QCOMPARE(q.queryItemValue(u"state"_s), u"S1"_s);
    QCOMPARE(q.queryItemValue(u"scope"_s, QUrl::FullyDecoded),
             u"https://api.ebay.com/oauth/api_scope/commerce.message b"_s);
    QVERIFY(!q.hasQueryItem(u"code_challenge"_s));

    OAuthRedirect r;
    r.code = u"v^1.1#i^1+/="_s;
    const ChannelHttpRequest t = OAuthProvider::tokenRequest(c, r, {}, u"My_RuName-1"_s, 0);
    QCOMPARE(t.method, QByteArray("POST"));
    QCOMPARE(t.header("Authorization"), "Basic " + QByteArray("app-id:cert-id").toBase64());
    const QUrlQuery form(QString::fromUtf8(t.body));
    QCOMPARE(form.queryItemValue(u"grant_type"_s), u"authorization_code"_s);
    QCOMPARE(form.queryItemValue(u"code"_s, QUrl::FullyDecoded), r.code);
    QCOMPARE(form.queryItemValue(u"redirect_uri"_s), u"My_RuName-1"_s);
}

void TestOAuthProvider::etsyConsentCarriesPkce()
{
    OAuthConfig c;
    c.platform = OAuthPlatform::Etsy;
    c.authorizeUrl = QUrl(u"https://www.etsy.com/oauth/connect"_s);
    c.tokenUrl = QUrl(u"https://api.etsy.com/v3/public/oauth/token"_s);
    c.clientId = u"keystring"_s;
    c.scopes = {u"transactions_r"_s};
    const QByteArray verifier = OAuthPkce::newVerifier();
    const QUrlQuery q(
        OAuthProvider::consentUrl(c, u"S1"_s, OAuthPkce::challengeS256(verifier), u"http://127.0.0.1:9/cb"_s, 0));
    QCOMPARE(q.queryItemValue(u"code_challenge"_s), QString::fromLatin1(OAuthPkce::challengeS256(verifier)));
    QCOMPARE(q.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
    QCOMPARE(q.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded), u"http://127.0.0.1:9/cb"_s);

    OAuthRedirect r;
    r.code = u"etsy-code"_s;
    const ChannelHttpRequest t = OAuthProvider::tokenRequest(c, r, verifier, u"http://127.0.0.1:9/cb"_s, 0);
    const QUrlQuery form(QString::fromUtf8(t.body));
    QCOMPARE(form.queryItemValue(u"code_verifier"_s), QString::fromLatin1(verifier));
    QCOMPARE(form.queryItemValue(u"client_id"_s), u"keystring"_s);
    QVERIFY(t.header("Authorization").isEmpty()); // a public client: PKCE instead of a secret
}

void TestOAuthProvider::shopeeLinkIsSignedAndCarriesState()
{
    OAuthConfig c;
    c.platform = OAuthPlatform::Shopee;
    c.authorizeUrl = QUrl(u"http://127.0.0.1:7/shopee/api/v2/shop/auth_partner"_s);
    c.tokenUrl = QUrl(u"http://127.0.0.1:7/shopee/api/v2/auth/token/get"_s);
    c.clientId = u"2011285"_s;
    c.clientSecret = u"key"_s;
    const qint64 ts = 1'659'992'253;
    const QUrl link = OAuthProvider::consentUrl(c, u"S1"_s, {}, u"http://127.0.0.1:5/callback"_s, ts);
    const QUrlQuery q(link);
    QCOMPARE(q.queryItemValue(u"sign"_s),
             ShopeeSigner::sign(u"key"_s, ShopeeSigner::baseString(2011285, u"/api/v2/shop/auth_partner"_s, ts)));
    const QUrl redirect(q.queryItemValue(u"redirect"_s, QUrl::FullyDecoded));
    QCOMPARE(redirect.path(), u"/callback"_s);
    QCOMPARE(QUrlQuery(redirect).queryItemValue(u"state"_s), u"S1"_s);

    OAuthRedirect r;
    r.code = u"c0de"_s;
    r.params.insert(u"shop_id"_s, u"123456"_s);
    const ChannelHttpRequest t = OAuthProvider::tokenRequest(c, r, {}, {}, ts);
    const QJsonObject body = QJsonDocument::fromJson(t.body).object();
    QCOMPARE(body.value(u"code"_s).toString(), u"c0de"_s);
    QCOMPARE(body.value(u"shop_id"_s).toInteger(), 123456);
    QCOMPARE(body.value(u"partner_id"_s).toInteger(), 2011285);
    QCOMPARE(QUrlQuery(t.url).queryItemValue(u"sign"_s),
             ShopeeSigner::sign(u"key"_s, ShopeeSigner::baseString(2011285, u"/api/v2/auth/token/get"_s, ts)));
}

void TestOAuthProvider::tiktokExchangeIsAGet()
{
    OAuthConfig c;
    c.platform = OAuthPlatform::TikTokShop;
    c.authorizeUrl = QUrl(u"https://services.tiktokshop.com/open/authorize"_s);
    c.tokenUrl = QUrl(u"https://auth.tiktok-shops.com/api/v2/token/get"_s);
    c.clientId = u"appkey"_s;
    c.clientSecret = u"s+cret"_s;
    c.serviceId = u"svc"_s;
    const QUrlQuery consent(OAuthProvider::consentUrl(c, u"S1"_s, {}, {}, 0));
    QCOMPARE(consent.queryItemValue(u"service_id"_s), u"svc"_s);
    QCOMPARE(consent.queryItemValue(u"state"_s), u"S1"_s);
    OAuthRedirect r;
    r.code = u"ROW_a+b"_s;
    const ChannelHttpRequest t = OAuthProvider::tokenRequest(c, r, {}, {}, 0);
    QCOMPARE(t.method, QByteArray("GET"));
    const QUrlQuery q(t.url);
    QCOMPARE(q.queryItemValue(u"auth_code"_s, QUrl::FullyDecoded), u"ROW_a+b"_s);
    QCOMPARE(q.queryItemValue(u"app_secret"_s, QUrl::FullyDecoded), u"s+cret"_s);
    QCOMPARE(q.queryItemValue(u"grant_type"_s), u"authorized_code"_s);
}

void TestOAuthProvider::parsesTokenAnswers_data()
{
    QTest::addColumn<int>("platform");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("access");
    QTest::addColumn<qint64>("expiresAt");
    QTest::addColumn<QString>("reasonContains");

    const qint64 now = 1'000'000;
    QTest::newRow("eBay ok") << int(OAuthPlatform::Ebay) << 200
                             << QByteArray(R"({"access_token":"A","expires_in":7200,"refresh_token":"R",)"
                                           R"("refresh_token_expires_in":47304000,"token_type":"User Access Token"})")
                             << u"A"_s << now + 7'200'000 << QString();
    QTest::newRow("eBay invalid_grant") << int(OAuthPlatform::Ebay) << 400
                                        << QByteArray(R"({"error":"invalid_grant","error_description":"expired code"})")
                                        << QString() << qint64(0) << u"invalid_grant (expired code)"_s;
    QTest::newRow("eBay 401 html") << int(OAuthPlatform::Ebay) << 401 << QByteArray("<html>no</html>") << QString()
                                   << qint64(0) << u"401"_s;
    QTest::newRow("Etsy ok")
        << int(OAuthPlatform::Etsy) << 200
        << QByteArray(
               R"({"access_token":"12345678.abc","token_type":"Bearer","expires_in":3600,"refresh_token":"12345678.r"})")
        << u"12345678.abc"_s << now + 3'600'000 << QString();
    QTest::newRow("Etsy bad verifier")
        << int(OAuthPlatform::Etsy) << 400
        << QByteArray(R"({"error":"invalid_grant","error_description":"code_verifier is invalid"})") << QString()
        << qint64(0) << u"code_verifier is invalid"_s;
    QTest::newRow("Shopee ok")
        << int(OAuthPlatform::Shopee) << 200
        << QByteArray(
               R"({"request_id":"x","error":"","message":"","access_token":"A","refresh_token":"R","expire_in":14400})")
        << u"A"_s << now + 14'400'000 << QString();
    QTest::newRow("Shopee error on 200") << int(OAuthPlatform::Shopee) << 200
                                         << QByteArray(
                                                R"({"request_id":"x","error":"error_auth","message":"Invalid code."})")
                                         << QString() << qint64(0) << u"error_auth"_s;
    QTest::newRow("TikTok ok, absolute expiry")
        << int(OAuthPlatform::TikTokShop) << 200
        << QByteArray(
               R"({"code":0,"message":"success","data":{"access_token":"ROW_A","access_token_expire_in":1660556783,)"
               R"("refresh_token":"R","refresh_token_expire_in":1691487031,"open_id":"o","seller_name":"S"}})")
        << u"ROW_A"_s << qint64(1'660'556'783'000) << QString();
    QTest::newRow("TikTok refused")
        << int(OAuthPlatform::TikTokShop) << 200
        << QByteArray(R"({"code":36004003,"message":"The auth_code is invalid or expired.","data":{}})") << QString()
        << qint64(0) << u"36004003"_s;
    QTest::newRow("no token in a 200") << int(OAuthPlatform::Ebay) << 200 << QByteArray(R"({"token_type":"x"})")
                                       << QString() << qint64(0) << QString();
}

void TestOAuthProvider::parsesTokenAnswers()
{
    QFETCH(int, platform);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, access);
    QFETCH(qint64, expiresAt);
    QFETCH(QString, reasonContains);
    OAuthConfig c;
    c.platform = OAuthPlatform(platform);
    const auto r = OAuthProvider::parseTokenResponse(c, status, body, 1'000'000);
    QCOMPARE(r.ok(), !access.isEmpty());
    if (r.ok()) {
        QCOMPARE(r->accessToken, access);
        QCOMPARE(r->expiresAtMs, expiresAt);
        QVERIFY(!r->refreshToken.isEmpty());
        if (c.platform == OAuthPlatform::Etsy)
            QCOMPARE(r->account.value(u"userId"_s), u"12345678"_s);
    } else {
        QVERIFY2(r.error().message.contains(reasonContains), qPrintable(r.error().message));
    }
}

void TestOAuthProvider::loopbackOnlyWhereThePlatformAllowsIt_data()
{
    QTest::addColumn<int>("platform");
    QTest::addColumn<QString>("redirect");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("eBay RuName") << int(OAuthPlatform::Ebay) << u"My_RuName"_s << false;
    QTest::newRow("TikTok") << int(OAuthPlatform::TikTokShop) << QString() << false;
    QTest::newRow("Shopee") << int(OAuthPlatform::Shopee) << QString() << true;
    QTest::newRow("Etsy https") << int(OAuthPlatform::Etsy) << u"https://example.com/cb"_s << false;
    QTest::newRow("Etsy loopback") << int(OAuthPlatform::Etsy) << u"http://127.0.0.1:8765/cb"_s << true;
    QTest::newRow("Etsy localhost") << int(OAuthPlatform::Etsy) << u"http://localhost/cb"_s << true;
}

void TestOAuthProvider::loopbackOnlyWhereThePlatformAllowsIt()
{
    QFETCH(int, platform);
    QFETCH(QString, redirect);
    QFETCH(bool, loopback);
    OAuthConfig c;
    c.platform = OAuthPlatform(platform);
    c.redirectUri = redirect;
    QCOMPARE(OAuthProvider::supportsLoopback(c), loopback);
}

void TestOAuthProvider::channelSettingsBecomeSignInSettings()
{
    QVERIFY(!ChannelOAuth::platformFor(ChannelKind::Email));
    QVERIFY(!ChannelOAuth::platformFor(ChannelKind::Facebook));
    QCOMPARE(*ChannelOAuth::platformFor(ChannelKind::Shopee), OAuthPlatform::Shopee);

    const QJsonObject shopee{{u"apiBaseUrl"_s, u"http://127.0.0.1:7/shopee/"_s}, {u"partnerId"_s, u"2011285"_s}};
    auto c = ChannelOAuth::configFor(ChannelKind::Shopee, shopee, {{u"partner_key"_s, u"k"_s}});
    QVERIFY(c.ok());
    QCOMPARE(c->authorizeUrl, QUrl(u"http://127.0.0.1:7/shopee/api/v2/shop/auth_partner"_s));
    QCOMPARE(c->tokenUrl, QUrl(u"http://127.0.0.1:7/shopee/api/v2/auth/token/get"_s));
    auto missing = ChannelOAuth::configFor(ChannelKind::Shopee, shopee, {});
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(u"partner key"_s));

    auto ebay =
        ChannelOAuth::configFor(ChannelKind::Ebay,
                                {{u"clientId"_s, u"id"_s}, {u"apiBaseUrl"_s, u"https://api.sandbox.ebay.com"_s}},
                                {{u"client_secret"_s, u"s"_s}});
    QVERIFY(!ebay.ok()); // no RuName
    QVERIFY(ebay.error().message.contains(u"RuName"_s));

    OAuthTokens t;
    t.accessToken = u"A"_s;
    t.refreshToken = u"R"_s;
    t.account.insert(u"shop_id"_s, u"123456"_s);
    QJsonObject config;
    QHash<QString, QString> secrets{{u"partner_key"_s, u"k"_s}};
    ChannelOAuth::applyTokens(ChannelKind::Shopee, t, config, secrets);
    QCOMPARE(secrets.value(u"access_token"_s), u"A"_s);
    QCOMPARE(secrets.value(u"refresh_token"_s), u"R"_s);
    QCOMPARE(config.value(u"shopId"_s).toInteger(), 123456);
}

QTEST_GUILESS_MAIN(TestOAuthProvider)
#include "TestOAuthProvider.moc"
