// OAuth sign-in against harbordesk-sim, in-process on loopback. The test plays the browser: it
// GETs the consent link; for loopback platforms it follows the redirect to the session's listener,
// for paste-the-code platforms it reads where the browser would land and pastes that. Covers eBay
// (RuName + Basic auth), Etsy (PKCE, loopback and paste), Shopee (signed link, loopback) and TikTok
// Shop, plus state mismatch, declined consent, a bad PKCE verifier, a spent code, a refused
// client secret and the time limit; the issued tokens then work on the sim's API routes. Also the
// Shopee fix: testing a channel before saving must not leave a spent refresh token to save.
#include "app/sim/SimServer.h"
#include "app/sim/routes/SimRoutes.h"
#include "core/Workspace.h"
#include "core/channels/oauth/ChannelOAuth.h"
#include "core/channels/oauth/OAuthPkce.h"
#include "core/channels/oauth/OAuthProvider.h"
#include "core/channels/oauth/OAuthSession.h"
#include "core/common/Clock.h"
#include "core/security/MemorySecretStore.h"
#include "core/sync/BuiltinConnectors.h"
#include "core/sync/ChannelSetup.h"
#include "core/sync/ConnectorFactory.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

using namespace hd;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kNow = 1'795'348'800'000; // 2026-11-22T12:00:00Z

QJsonObject scenario()
{
    return QJsonObject{
        {u"ebay"_s,
         QJsonObject{{u"auth"_s,
                      QJsonObject{{u"clientId"_s, u"sim-ebay-client"_s},
                                  {u"clientSecret"_s, u"sim-ebay-secret"_s},
                                  {u"ruName"_s, u"Harbor_Desk-HarborDe-sim-abcde"_s},
                                  {u"accessToken"_s, u"old-ebay-access"_s},
                                  {u"refreshToken"_s, u"old-ebay-refresh"_s},
                                  {u"accessTtlSec"_s, 7200}}},
                     {u"seller"_s, QJsonObject{{u"username"_s, u"harbor_shop"_s}}},
                     {u"conversations"_s, QJsonArray()},
                     {u"orders"_s, QJsonArray()}}},
        {u"shopee"_s,
         QJsonObject{{u"auth"_s,
                      QJsonObject{{u"partnerId"_s, 2011285},
                                  {u"partnerKey"_s, u"sim-shopee-partner-key"_s},
                                  {u"shopId"_s, 123456},
                                  {u"accessToken"_s, u"old-shopee-access"_s},
                                  {u"refreshToken"_s, u"sim-shopee-refresh-1"_s},
                                  {u"accessTtlSec"_s, 14400}}},
                     {u"conversations"_s, QJsonArray()},
                     {u"orders"_s, QJsonArray()}}},
        {u"etsy"_s,
         QJsonObject{{u"auth"_s,
                      QJsonObject{{u"keystring"_s, u"sim-etsy-keystring"_s},
                                  {u"accessToken"_s, u"12345678.old"_s},
                                  {u"refreshToken"_s, u"12345678.oldr"_s},
                                  {u"accessTtlSec"_s, 3600}}},
                     {u"userId"_s, 12345678},
                     {u"shopId"_s, 5550001},
                     {u"receipts"_s, QJsonArray()}}},
        {u"tiktok"_s,
         QJsonObject{{u"auth"_s,
                      QJsonObject{{u"appKey"_s, u"sim-app-key"_s},
                                  {u"appSecret"_s, u"sim-app-secret"_s},
                                  {u"serviceId"_s, u"sim-service-7"_s},
                                  {u"accessToken"_s, u"old-tiktok-access"_s},
                                  {u"refreshToken"_s, u"old-tiktok-refresh"_s}}},
                     {u"shopCipher"_s, u"ROW_cipher"_s},
                     {u"conversations"_s, QJsonArray()},
                     {u"orders"_s, QJsonArray()}}},
    };
}

} // namespace

class TestOAuthFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void ebayPasteTheCode();
    void shopeeLoopback();
    void etsyLoopbackWithPkce();
    void etsyPasteTheCode();
    void tiktokPasteTheCode();
    void stateMismatchIsRefused();
    void loopbackWithForeignStateIsRefused();
    void declinedConsent_data();
    void declinedConsent();
    void badVerifierIsRefused();
    void aCodeWorksOnce();
    void wrongClientSecretIsReported();
    void signInTimesOut();
    void cancelClosesTheListener();
    void shopeeTestBeforeSaveKeepsTheRotatedRefreshToken();
    void signedInShopeeChannelTestsWithoutRefreshing();

private:
    OAuthConfig config(ChannelKind kind, const QJsonObject &extra = {}) const;
    /// GETs `url` like a browser; returns the final reply's Location (when not following) or
    /// nothing once the redirect was followed to the end.
    QUrl browse(const QUrl &url, bool follow);
    /// Runs a paste-mode sign-in to its end; returns the session (granted or failed).
    std::unique_ptr<OAuthSession> pasteSignIn(const OAuthConfig &c, const std::function<QString(const QUrl &)> &edit);

    FakeClock m_clock{kNow};
    std::unique_ptr<sim::SimServer> m_sim;
    QNetworkAccessManager m_browser;
};

void TestOAuthFlow::init()
{
    // The sim signs and checks timestamps with the fake clock; the session uses the same clock.
    m_sim = std::make_unique<sim::SimServer>(m_clock);
    sim::installAllRoutes(*m_sim);
    QVERIFY(m_sim->loadScenario(scenario()).ok());
    QVERIFY(m_sim->listen(0).ok());
}

void TestOAuthFlow::cleanup()
{
    m_sim.reset();
}

OAuthConfig TestOAuthFlow::config(ChannelKind kind, const QJsonObject &extra) const
{
    const QString base = m_sim->baseUrl().toString();
    QJsonObject settings;
    QHash<QString, QString> secrets;
    switch (kind) {
    case ChannelKind::Ebay:
        settings = QJsonObject{{u"apiBaseUrl"_s, QString(base + u"/ebay"_s)},
                               {u"authorizeUrl"_s, QString(base + u"/ebay/oauth2/authorize"_s)},
                               {u"clientId"_s, u"sim-ebay-client"_s},
                               {u"ruName"_s, u"Harbor_Desk-HarborDe-sim-abcde"_s}};
        secrets = {{u"client_secret"_s, u"sim-ebay-secret"_s}};
        break;
    case ChannelKind::Shopee:
        settings = QJsonObject{{u"apiBaseUrl"_s, QString(base + u"/shopee"_s)}, {u"partnerId"_s, u"2011285"_s}};
        secrets = {{u"partner_key"_s, u"sim-shopee-partner-key"_s}};
        break;
    case ChannelKind::Etsy:
        settings = QJsonObject{{u"keystring"_s, u"sim-etsy-keystring"_s},
                               {u"authorizeUrl"_s, QString(base + u"/etsy/oauth/connect"_s)},
                               {u"tokenUrl"_s, QString(base + u"/etsy/v3/public/oauth/token"_s)},
                               {u"redirectUri"_s, u"http://127.0.0.1/etsy-callback"_s}};
        break;
    case ChannelKind::TikTokShop:
        settings = QJsonObject{{u"authBaseUrl"_s, QString(base + u"/tiktok/auth"_s)},
                               {u"authorizeUrl"_s, QString(base + u"/tiktok/oauth/authorize"_s)},
                               {u"appKey"_s, u"sim-app-key"_s},
                               {u"serviceId"_s, u"sim-service-7"_s}};
        secrets = {{u"app_secret"_s, u"sim-app-secret"_s}};
        break;
    default: break;
    }
    for (auto it = extra.begin(); it != extra.end(); ++it)
        settings.insert(it.key(), it.value());
    auto c = ChannelOAuth::configFor(kind, settings, secrets);
    if (!c) {
        qWarning("%s", qPrintable(c.error().message));
        return {};
    }
    return c.value();
}

QUrl TestOAuthFlow::browse(const QUrl &url, bool follow)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         follow ? QNetworkRequest::NoLessSafeRedirectPolicy : QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(10'000);
    QNetworkReply *reply = m_browser.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(10'000))
        qWarning("the browser got no answer from %s", qPrintable(url.toString()));
    reply->deleteLater();
    return QUrl(QString::fromUtf8(reply->rawHeader("Location")));
}

std::unique_ptr<OAuthSession> TestOAuthFlow::pasteSignIn(const OAuthConfig &c,
                                                         const std::function<QString(const QUrl &)> &edit)
{
    auto session = std::make_unique<OAuthSession>(c, m_clock);
    const Status started = session->start(OAuthSession::Mode::PasteCode);
    if (!started) {
        qWarning("%s", qPrintable(started.error().message));
        return session;
    }
    const QUrl landed = browse(session->consentUrl(), false);
    QSignalSpy granted(session.get(), &OAuthSession::granted);
    QSignalSpy failed(session.get(), &OAuthSession::failed);
    session->submitPasted(edit ? edit(landed) : landed.toString());
    if (granted.isEmpty() && failed.isEmpty()) {
        QEventLoop loop;
        connect(session.get(), &OAuthSession::granted, &loop, &QEventLoop::quit);
        connect(session.get(), &OAuthSession::failed, &loop, &QEventLoop::quit);
        QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return session;
}

void TestOAuthFlow::ebayPasteTheCode()
{
    const OAuthConfig c = config(ChannelKind::Ebay);
    QVERIFY(!OAuthProvider::supportsLoopback(c));
    QCOMPARE(OAuthSession::preferredMode(c), OAuthSession::Mode::PasteCode);
    auto session = pasteSignIn(c, {});
    QVERIFY2(session->tokens().isValid(), qPrintable(session->lastError().message + session->lastError().detail));
    // The pasted address is eBay's "accepted" page, with a '#', '^' and '+' laden code.
    QVERIFY(m_sim->state().isAccessTokenValid(u"ebay"_s, session->tokens().accessToken));
    QVERIFY(m_sim->state().isRefreshTokenValid(u"ebay"_s, session->tokens().refreshToken));
    QVERIFY(!m_sim->state().isAccessTokenValid(u"ebay"_s, u"old-ebay-access"_s));
    QCOMPARE(session->tokens().expiresAtMs, kNow + 7200 * 1000);
    QVERIFY(session->tokens().refreshExpiresAtMs > kNow);

    // The issued access token opens the Commerce Message API.
    QNetworkRequest api(
        QUrl(m_sim->baseUrl().toString() + u"/ebay/commerce/message/v1/conversation?conversation_type=FROM_MEMBERS"_s));
    api.setRawHeader("Authorization", "Bearer " + session->tokens().accessToken.toUtf8());
    QNetworkReply *reply = m_browser.get(api);
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(10'000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();
}

void TestOAuthFlow::shopeeLoopback()
{
    const OAuthConfig c = config(ChannelKind::Shopee);
    QCOMPARE(OAuthSession::preferredMode(c), OAuthSession::Mode::Loopback);
    OAuthSession session(c, m_clock);
    QSignalSpy granted(&session, &OAuthSession::granted);
    QVERIFY(session.start(OAuthSession::Mode::Loopback).ok());
    QVERIFY(session.redirectUri().startsWith(u"http://127.0.0.1:"_s));
    browse(session.consentUrl(), true); // Shopee → redirect → our listener
    QVERIFY(granted.wait(10'000) || !granted.isEmpty());
    QCOMPARE(session.tokens().account.value(u"shop_id"_s), u"123456"_s);
    QVERIFY(m_sim->state().isAccessTokenValid(u"shopee"_s, session.tokens().accessToken));
    QVERIFY(m_sim->state().isRefreshTokenValid(u"shopee"_s, session.tokens().refreshToken));
}

void TestOAuthFlow::etsyLoopbackWithPkce()
{
    const OAuthConfig c = config(ChannelKind::Etsy);
    QCOMPARE(OAuthSession::preferredMode(c), OAuthSession::Mode::Loopback);
    OAuthSession session(c, m_clock);
    QSignalSpy granted(&session, &OAuthSession::granted);
    QVERIFY(session.start(OAuthSession::Mode::Loopback).ok());
    QVERIFY(session.redirectUri().endsWith(u"/etsy-callback"_s));
    const QUrlQuery consent(session.consentUrl());
    QCOMPARE(consent.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
    browse(session.consentUrl(), true);
    QVERIFY(granted.wait(10'000) || !granted.isEmpty());
    QVERIFY(session.tokens().accessToken.startsWith(u"12345678."_s));
    QCOMPARE(session.tokens().account.value(u"userId"_s), u"12345678"_s);
    QVERIFY(m_sim->state().isAccessTokenValid(u"etsy"_s, session.tokens().accessToken));
}

void TestOAuthFlow::etsyPasteTheCode()
{
    const OAuthConfig c =
        config(ChannelKind::Etsy, {{u"redirectUri"_s, u"https://seller.example.com/etsy/callback"_s}});
    QCOMPARE(OAuthSession::preferredMode(c), OAuthSession::Mode::PasteCode);
    OAuthSession loopback(c, m_clock);
    QVERIFY(!loopback.start(OAuthSession::Mode::Loopback).ok()); // an https redirect cannot reach us
    QString landedHost;
    auto session = pasteSignIn(c, [&landedHost](const QUrl &landed) {
        landedHost = landed.host();
        return landed.toString();
    });
    QCOMPARE(landedHost, u"seller.example.com"_s);
    QVERIFY2(session->tokens().isValid(), qPrintable(session->lastError().detail));
    QVERIFY(m_sim->state().isAccessTokenValid(u"etsy"_s, session->tokens().accessToken));
}

void TestOAuthFlow::tiktokPasteTheCode()
{
    auto session = pasteSignIn(config(ChannelKind::TikTokShop), {});
    QVERIFY2(session->tokens().isValid(), qPrintable(session->lastError().detail));
    QCOMPARE(session->tokens().account.value(u"seller_name"_s), u"Harbor Gadgets"_s);
    QVERIFY(session->tokens().expiresAtMs > kNow);
    QVERIFY(m_sim->state().isAccessTokenValid(u"tiktok"_s, session->tokens().accessToken));
}

void TestOAuthFlow::stateMismatchIsRefused()
{
    auto session = pasteSignIn(config(ChannelKind::Ebay), [](const QUrl &landed) {
        QUrlQuery q(landed);
        q.removeAllQueryItems(u"state"_s);
        q.addQueryItem(u"state"_s, u"forged"_s);
        QUrl forged = landed;
        forged.setQuery(q);
        return forged.toString();
    });
    QVERIFY(!session->tokens().isValid());
    QCOMPARE(session->lastError().code, Error::Code::InvalidArgument);
    QVERIFY(session->lastError().message.contains(u"state"_s));
    QVERIFY(m_sim->state().isAccessTokenValid(u"ebay"_s, u"old-ebay-access"_s)); // nothing exchanged
}

void TestOAuthFlow::loopbackWithForeignStateIsRefused()
{
    OAuthSession session(config(ChannelKind::Shopee), m_clock);
    QSignalSpy failed(&session, &OAuthSession::failed);
    QVERIFY(session.start(OAuthSession::Mode::Loopback).ok());
    // Another page (or an attacker) hits the listener with someone else's code and state.
    browse(QUrl(session.redirectUri() + u"?code=abc&shop_id=1&state=forged"_s), true);
    QVERIFY(!failed.isEmpty() || failed.wait(10'000));
    QCOMPARE(session.lastError().code, Error::Code::InvalidArgument);
    QVERIFY(!session.isActive());
}

void TestOAuthFlow::declinedConsent_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("eBay, paste") << int(ChannelKind::Ebay);
    QTest::newRow("Shopee, loopback") << int(ChannelKind::Shopee);
    QTest::newRow("Etsy, loopback") << int(ChannelKind::Etsy);
    QTest::newRow("TikTok, paste") << int(ChannelKind::TikTokShop);
}

void TestOAuthFlow::declinedConsent()
{
    QFETCH(int, kind);
    const OAuthConfig c = config(ChannelKind(kind));
    OAuthSession session(c, m_clock);
    QSignalSpy failed(&session, &OAuthSession::failed);
    const OAuthSession::Mode mode = OAuthSession::preferredMode(c);
    QVERIFY(session.start(mode).ok());
    QUrl consent = session.consentUrl();
    QUrlQuery q(consent);
    q.addQueryItem(u"sim_consent"_s, u"deny"_s); // the simulated user clicks "Decline"
    consent.setQuery(q);
    if (mode == OAuthSession::Mode::Loopback) {
        browse(consent, true);
    } else {
        session.submitPasted(browse(consent, false).toString());
    }
    QVERIFY(!failed.isEmpty() || failed.wait(10'000));
    QCOMPARE(session.lastError().code, Error::Code::PermissionDenied);
    QVERIFY2(session.lastError().message.contains(u"declined"_s), qPrintable(session.lastError().message));
}

void TestOAuthFlow::badVerifierIsRefused()
{
    // The exchange as an attacker who stole the code but not the verifier would make it.
    const OAuthConfig c = config(ChannelKind::Etsy, {{u"redirectUri"_s, u"https://seller.example.com/cb"_s}});
    const QByteArray verifier = OAuthPkce::newVerifier();
    const QUrl consent =
        OAuthProvider::consentUrl(c, u"S1"_s, OAuthPkce::challengeS256(verifier), c.redirectUri, kNow / 1000);
    const auto redirect = OAuthRedirect::fromPasted(browse(consent, false).toString(), u"S1"_s);
    QVERIFY(redirect.ok());
    const ChannelHttpRequest r =
        OAuthProvider::tokenRequest(c, redirect.value(), OAuthPkce::newVerifier(), c.redirectUri, kNow / 1000);
    QNetworkRequest request(r.url);
    for (const auto &[k, v] : r.headers)
        request.setRawHeader(k, v);
    QNetworkReply *reply = m_browser.post(request, r.body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(10'000));
    const auto tokens =
        OAuthProvider::parseTokenResponse(c,
                                          reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                                          reply->readAll(),
                                          kNow);
    reply->deleteLater();
    QVERIFY(!tokens.ok());
    QCOMPARE(tokens.error().code, Error::Code::PermissionDenied);
    QVERIFY2(tokens.error().message.contains(u"code_verifier is invalid"_s), qPrintable(tokens.error().message));
}

void TestOAuthFlow::aCodeWorksOnce()
{
    const OAuthConfig c = config(ChannelKind::Ebay);
    QString landed;
    auto first = pasteSignIn(c, [&landed](const QUrl &url) {
        landed = url.toString();
        return landed;
    });
    QVERIFY(first->tokens().isValid());
    // A second sign-in that gets the already spent code pasted (only its code: no state to check).
    OAuthSession second(c, m_clock);
    QSignalSpy failed(&second, &OAuthSession::failed);
    QVERIFY(second.start(OAuthSession::Mode::PasteCode).ok());
    second.submitPasted(QUrlQuery(QUrl(landed)).queryItemValue(u"code"_s, QUrl::FullyEncoded));
    QVERIFY(!failed.isEmpty() || failed.wait(10'000));
    QVERIFY2(second.lastError().message.contains(u"invalid_grant"_s), qPrintable(second.lastError().message));
}

void TestOAuthFlow::wrongClientSecretIsReported()
{
    OAuthConfig c = config(ChannelKind::Ebay);
    c.clientSecret = u"not-the-cert-id"_s;
    auto session = pasteSignIn(c, {});
    QVERIFY(!session->tokens().isValid());
    QCOMPARE(session->lastError().code, Error::Code::PermissionDenied);
    QVERIFY2(session->lastError().message.contains(u"invalid_client"_s), qPrintable(session->lastError().message));
    QVERIFY(session->lastError().detail.contains(u"HTTP 401"_s));
}

void TestOAuthFlow::signInTimesOut()
{
    OAuthSession session(config(ChannelKind::Shopee), m_clock);
    session.setTimeoutMs(200);
    QSignalSpy failed(&session, &OAuthSession::failed);
    QVERIFY(session.start(OAuthSession::Mode::Loopback).ok());
    const QUrl listener(session.redirectUri());
    QVERIFY(failed.wait(5'000)); // nobody opens the consent page
    QCOMPARE(session.lastError().code, Error::Code::Network);
    QVERIFY(!session.isActive());
    // A late browser finds nobody listening any more.
    QTcpSocket probe;
    probe.connectToHost(u"127.0.0.1"_s, quint16(listener.port()));
    QTRY_VERIFY(probe.state() == QAbstractSocket::UnconnectedState);
}

void TestOAuthFlow::cancelClosesTheListener()
{
    OAuthSession session(config(ChannelKind::Shopee), m_clock);
    QSignalSpy failed(&session, &OAuthSession::failed);
    QSignalSpy granted(&session, &OAuthSession::granted);
    QVERIFY(session.start(OAuthSession::Mode::Loopback).ok());
    const QUrl consent = session.consentUrl();
    session.cancel();
    QVERIFY(!session.isActive());
    browse(consent, true); // the redirect now goes nowhere
    QCOMPARE(granted.size(), 0);
    QCOMPARE(failed.size(), 0);
}

void TestOAuthFlow::shopeeTestBeforeSaveKeepsTheRotatedRefreshToken()
{
    QTemporaryDir dir;
    auto ws = Workspace::open(dir.filePath(u"ws.sqlite"_s), m_clock);
    QVERIFY(ws.ok());
    MemorySecretStore store;
    ConnectorFactory factory(&store, m_clock);
    registerBuiltinConnectors(factory);
    ChannelSetup setup(ws.value()->database(), factory, &store);

    Channel channel;
    channel.kind = ChannelKind::Shopee;
    channel.name = u"Shopee SG"_s;
    channel.configJson = QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"apiBaseUrl"_s, QString(m_sim->baseUrl().toString() + u"/shopee"_s)},
                                  {u"partnerId"_s, 2011285},
                                  {u"shopId"_s, 123456}})
            .toJson(QJsonDocument::Compact));
    channel.createdAt = kNow;
    // Typed by hand: the refresh token only. The test must refresh, and Shopee rotates it.
    const ChannelSetup::Secrets typed{{u"partner_key"_s, u"sim-shopee-partner-key"_s},
                                      {u"refresh_token"_s, u"sim-shopee-refresh-1"_s}};
    ChannelSetup::Secrets toSave;
    bool answered = false;
    setup.testForSave(channel,
                      typed,
                      [&](Status ok, std::optional<ChannelFailure> f, const ChannelSetup::Secrets &keep) {
                          QVERIFY2(ok.ok() && !f, f ? qPrintable(f->message) : "");
                          toSave = keep;
                          answered = true;
                      });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 10'000);
    QCOMPARE(store.size(), 0);                                                            // still nothing stored
    QVERIFY(!m_sim->state().isRefreshTokenValid(u"shopee"_s, u"sim-shopee-refresh-1"_s)); // spent by the test
    QVERIFY(toSave.value(u"refresh_token"_s) != u"sim-shopee-refresh-1"_s);
    QVERIFY(m_sim->state().isRefreshTokenValid(u"shopee"_s, toSave.value(u"refresh_token"_s)));
    QVERIFY(m_sim->state().isAccessTokenValid(u"shopee"_s, toSave.value(u"access_token"_s)));
    QCOMPARE(toSave.value(u"partner_key"_s), u"sim-shopee-partner-key"_s);

    auto id = setup.add(channel, toSave);
    QVERIFY(id.ok());
    // The saved channel works: its stored tokens pass another test (which may refresh again).
    auto saved = setup.channel(id.value());
    QVERIFY(saved.ok());
    m_sim->state().expireAccessToken(u"shopee"_s); // force the refresh path with the saved token
    answered = false;
    setup.test(saved.value(), [&](Status ok, std::optional<ChannelFailure> f) {
        QVERIFY2(ok.ok() && !f, f ? qPrintable(f->message) : "");
        answered = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 10'000);
}

void TestOAuthFlow::signedInShopeeChannelTestsWithoutRefreshing()
{
    OAuthSession session(config(ChannelKind::Shopee), m_clock);
    QSignalSpy granted(&session, &OAuthSession::granted);
    QVERIFY(session.start(OAuthSession::Mode::Loopback).ok());
    browse(session.consentUrl(), true);
    QVERIFY(!granted.isEmpty() || granted.wait(10'000));

    QTemporaryDir dir;
    auto ws = Workspace::open(dir.filePath(u"ws.sqlite"_s), m_clock);
    QVERIFY(ws.ok());
    MemorySecretStore store;
    ConnectorFactory factory(&store, m_clock);
    registerBuiltinConnectors(factory);
    ChannelSetup setup(ws.value()->database(), factory, &store);
    QJsonObject settings{{u"apiBaseUrl"_s, QString(m_sim->baseUrl().toString() + u"/shopee"_s)},
                         {u"partnerId"_s, 2011285}};
    ChannelSetup::Secrets secrets{{u"partner_key"_s, u"sim-shopee-partner-key"_s}};
    ChannelOAuth::applyTokens(ChannelKind::Shopee, session.tokens(), settings, secrets);
    QCOMPARE(settings.value(u"shopId"_s).toInteger(), 123456);
    Channel channel;
    channel.kind = ChannelKind::Shopee;
    channel.name = u"Shopee SG"_s;
    channel.configJson = QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact));
    ChannelSetup::Secrets toSave;
    bool answered = false;
    setup.testForSave(channel,
                      secrets,
                      [&](Status ok, std::optional<ChannelFailure> f, const ChannelSetup::Secrets &keep) {
                          QVERIFY2(ok.ok() && !f, f ? qPrintable(f->message) : "");
                          toSave = keep;
                          answered = true;
                      });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 10'000);
    // The access token was enough: the refresh token the sign-in gave is still the live one.
    QCOMPARE(toSave.value(u"refresh_token"_s), session.tokens().refreshToken);
    QVERIFY(m_sim->state().isRefreshTokenValid(u"shopee"_s, toSave.value(u"refresh_token"_s)));
    QCOMPARE(m_sim->requestCounts().value(u"shopee.refreshToken"_s), 0);
}

QTEST_GUILESS_MAIN(TestOAuthFlow)
#include "TestOAuthFlow.moc"
