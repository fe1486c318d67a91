// The Add channel dialog's "Sign in with <platform>", offscreen against an in-process
// harbordesk-sim. The test replaces the browser: it GETs the consent link the dialog opens; for
// Shopee (loopback) it follows the redirect to the dialog's listener, for eBay (paste-the-code) it
// pastes the address the browser lands on. Then "Test and add" saves the channel with the issued
// tokens in the secret store. Also: cancel, a declined consent, and manual token entry kept as
// the advanced option.
#include "app/sim/SimServer.h"
#include "app/sim/routes/SimRoutes.h"
#include "core/Workspace.h"
#include "core/common/Clock.h"
#include "core/security/MemorySecretStore.h"
#include "core/sync/BuiltinConnectors.h"
#include "core/sync/ChannelSetup.h"
#include "core/sync/ConnectorFactory.h"
#include "ui/settings/AddChannelDialog.h"
#include "ui/settings/OAuthSignInBox.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
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
                                  {u"ruName"_s, u"Harbor_Desk-sim-runame"_s},
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
                                  {u"shopUserId"_s, 70001},
                                  {u"accessToken"_s, u"old-shopee-access"_s},
                                  {u"refreshToken"_s, u"sim-shopee-refresh-1"_s},
                                  {u"accessTtlSec"_s, 14400}}},
                     {u"conversations"_s, QJsonArray()},
                     {u"orders"_s, QJsonArray()}}},
    };
}
} // namespace

class TestAddChannelDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void signsInToEbayByPastingTheAddress();
    void signsInToShopeeThroughTheLoopback();
    void cancelStopsWaiting();
    void declinedConsentIsShown();
    void asksForASignInOrTokens();
    void manualTokensStayAnOption();
    void channelsWithoutSignInHideTheBox();

private:
    void choose(AddChannelDialog &dialog, ChannelKind kind, const QList<std::pair<QString, QString>> &values);
    QUrl browse(const QUrl &url, bool follow);
    Channel savedChannel(qint64 id);

    std::unique_ptr<QTemporaryDir> m_dir;
    FakeClock m_clock{kNow};
    std::unique_ptr<sim::SimServer> m_sim;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ConnectorFactory> m_factory;
    std::unique_ptr<ChannelSetup> m_setup;
    QNetworkAccessManager m_browser;
};

void TestAddChannelDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_sim = std::make_unique<sim::SimServer>(m_clock);
    sim::installAllRoutes(*m_sim);
    QVERIFY(m_sim->loadScenario(scenario()).ok());
    QVERIFY(m_sim->listen(0).ok());
    auto ws = Workspace::open(m_dir->filePath(u"ws.sqlite"_s), m_clock);
    QVERIFY(ws.ok());
    m_ws = std::move(ws).value();
    m_secrets = std::make_unique<MemorySecretStore>();
    m_factory = std::make_unique<ConnectorFactory>(m_secrets.get(), m_clock);
    registerBuiltinConnectors(*m_factory);
    m_setup = std::make_unique<ChannelSetup>(m_ws->database(), *m_factory, m_secrets.get());
}

void TestAddChannelDialog::cleanup()
{
    m_setup.reset();
    m_factory.reset();
    m_secrets.reset();
    m_ws.reset();
    m_sim.reset();
    m_dir.reset();
}

void TestAddChannelDialog::choose(AddChannelDialog &dialog,
                                  ChannelKind kind,
                                  const QList<std::pair<QString, QString>> &values)
{
    auto *combo = dialog.findChild<QComboBox *>(u"channelKindCombo"_s);
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(channelKindToString(kind)));
    QVERIFY(combo->currentIndex() >= 0);
    // Rows added to a shown form become visible through a queued call: let it run.
    QCoreApplication::processEvents();
    for (const auto &[name, value] : values) {
        auto *edit = dialog.findChild<QLineEdit *>(name);
        QVERIFY2(edit, qPrintable(name));
        edit->setText(value);
    }
}

QUrl TestAddChannelDialog::browse(const QUrl &url, bool follow)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         follow ? QNetworkRequest::NoLessSafeRedirectPolicy : QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_browser.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(10'000);
    reply->deleteLater();
    return QUrl(QString::fromUtf8(reply->rawHeader("Location")));
}

Channel TestAddChannelDialog::savedChannel(qint64 id)
{
    auto c = m_setup->channel(id);
    return c.ok() ? c.value() : Channel{};
}

void TestAddChannelDialog::signsInToEbayByPastingTheAddress()
{
    AddChannelDialog dialog(*m_setup, m_clock);
    QUrl opened;
    dialog.signInBox()->setUrlOpener([&opened](const QUrl &url) {
        opened = url;
        return true;
    });
    dialog.show();
    const QString base = m_sim->baseUrl().toString();
    choose(dialog,
           ChannelKind::Ebay,
           {{u"channelNameEdit"_s, u"eBay US store"_s},
            {u"channelMarketplaceEdit"_s, u"us"_s},
            {u"field_apiBaseUrl"_s, base + u"/ebay"_s},
            {u"field_authorizeUrl"_s, base + u"/ebay/oauth2/authorize"_s},
            {u"field_clientId"_s, u"sim-ebay-client"_s},
            {u"field_ruName"_s, u"Harbor_Desk-sim-runame"_s},
            {u"field_sellerUsername"_s, u"harbor_shop"_s},
            {u"field_client_secret"_s, u"sim-ebay-secret"_s}});
    auto *box = dialog.findChild<QWidget *>(u"signInBox"_s);
    auto *signIn = dialog.findChild<QPushButton *>(u"signInButton"_s);
    auto *paste = dialog.findChild<QLineEdit *>(u"pasteCodeEdit"_s);
    auto *submit = dialog.findChild<QPushButton *>(u"submitCodeButton"_s);
    auto *status = dialog.findChild<QLabel *>(u"signInStatus"_s);
    QVERIFY(box && signIn && paste && submit && status);
    QVERIFY(box->isVisible());
    QCOMPARE(signIn->text(), u"Sign in with eBay"_s);
    // The refresh token field is the advanced option now, out of sight.
    QVERIFY(!dialog.findChild<QLineEdit *>(u"field_refresh_token"_s)->isVisible());

    signIn->click();
    QVERIFY(opened.isValid());
    QCOMPARE(opened.path(), u"/ebay/oauth2/authorize"_s);
    QVERIFY(paste->isVisible()); // eBay: paste-the-code
    QVERIFY(!signIn->isEnabled());
    QVERIFY(dialog.findChild<QPushButton *>(u"cancelSignInButton"_s)->isVisible());
    const QUrl landed = browse(opened, false);
    QCOMPARE(landed.path(), u"/ebay/oauth2/accepted"_s);
    paste->setText(landed.toString());
    submit->click();
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"Signed in to eBay"_s), 10'000);
    QVERIFY(!paste->isVisible());

    QSignalSpy saved(&dialog, &AddChannelDialog::channelSaved);
    dialog.findChild<QPushButton *>(u"testAndSaveButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), 15'000);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Channel channel = savedChannel(dialog.channelId());
    QCOMPARE(channel.kind, ChannelKind::Ebay);
    QVERIFY(channel.configJson.contains(u"Harbor_Desk-sim-runame"_s));
    // The tokens the sign-in got are in the secret store, and they are the sim's live ones.
    const auto refresh = m_secrets->read(ConnectorFactory::secretKey(channel, u"refresh_token"_s));
    QVERIFY(refresh.ok());
    QCOMPARE(refresh.value(), m_sim->state().refreshToken(u"ebay"_s));
    QVERIFY(refresh.value() != u"old-ebay-refresh"_s);
    const auto access = m_secrets->read(ConnectorFactory::secretKey(channel, u"access_token"_s));
    QVERIFY(access.ok());
    QVERIFY(m_sim->state().isAccessTokenValid(u"ebay"_s, access.value()));
    QVERIFY(!channel.configJson.contains(refresh.value()));
}

void TestAddChannelDialog::signsInToShopeeThroughTheLoopback()
{
    AddChannelDialog dialog(*m_setup, m_clock);
    QUrl opened;
    dialog.signInBox()->setUrlOpener([&opened](const QUrl &url) {
        opened = url;
        return true;
    });
    dialog.show();
    choose(dialog,
           ChannelKind::Shopee,
           {{u"channelNameEdit"_s, u"Shopee SG"_s},
            {u"channelMarketplaceEdit"_s, u"sg"_s},
            {u"field_apiBaseUrl"_s, m_sim->baseUrl().toString() + u"/shopee"_s},
            {u"field_partnerId"_s, u"2011285"_s},
            {u"field_partner_key"_s, u"sim-shopee-partner-key"_s}});
    auto *status = dialog.findChild<QLabel *>(u"signInStatus"_s);
    dialog.findChild<QPushButton *>(u"signInButton"_s)->click();
    QVERIFY(opened.isValid());
    QVERIFY(!dialog.findChild<QLineEdit *>(u"pasteCodeEdit"_s)->isVisible()); // loopback: nothing to paste
    QVERIFY(status->text().contains(u"Waiting"_s));
    browse(opened, true); // the browser follows Shopee's redirect to the dialog's listener
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"Signed in to Shopee"_s), 10'000);
    QCOMPARE(dialog.findChild<QLineEdit *>(u"field_shopId"_s)->text(), u"123456"_s);

    QSignalSpy saved(&dialog, &AddChannelDialog::channelSaved);
    dialog.findChild<QPushButton *>(u"testAndSaveButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), 15'000);
    const Channel channel = savedChannel(dialog.channelId());
    QVERIFY(channel.configJson.contains(u"123456"_s));
    const auto refresh = m_secrets->read(ConnectorFactory::secretKey(channel, u"refresh_token"_s));
    QVERIFY(refresh.ok());
    QVERIFY(m_sim->state().isRefreshTokenValid(u"shopee"_s, refresh.value()));
    QCOMPARE(m_sim->requestCounts().value(u"shopee.refreshToken"_s), 0); // tested with the access token
}

void TestAddChannelDialog::cancelStopsWaiting()
{
    AddChannelDialog dialog(*m_setup, m_clock);
    QUrl opened;
    dialog.signInBox()->setUrlOpener([&opened](const QUrl &url) {
        opened = url;
        return true;
    });
    dialog.show();
    choose(dialog,
           ChannelKind::Shopee,
           {{u"channelNameEdit"_s, u"Shopee SG"_s},
            {u"field_apiBaseUrl"_s, m_sim->baseUrl().toString() + u"/shopee"_s},
            {u"field_partnerId"_s, u"2011285"_s},
            {u"field_partner_key"_s, u"sim-shopee-partner-key"_s}});
    auto *signIn = dialog.findChild<QPushButton *>(u"signInButton"_s);
    auto *cancel = dialog.findChild<QPushButton *>(u"cancelSignInButton"_s);
    signIn->click();
    QVERIFY(cancel->isVisible());
    cancel->click();
    QVERIFY(signIn->isEnabled());
    QVERIFY(!cancel->isVisible());
    QCOMPARE(dialog.findChild<QLabel *>(u"signInStatus"_s)->text(), u"Sign-in cancelled."_s);
    browse(opened, true); // too late: nobody listens, nothing is signed in
    QVERIFY(!dialog.signInBox()->hasTokens());
}

void TestAddChannelDialog::declinedConsentIsShown()
{
    AddChannelDialog dialog(*m_setup, m_clock);
    QUrl opened;
    dialog.signInBox()->setUrlOpener([&opened](const QUrl &url) {
        opened = url;
        return true;
    });
    dialog.show();
    choose(dialog,
           ChannelKind::Shopee,
           {{u"channelNameEdit"_s, u"Shopee SG"_s},
            {u"field_apiBaseUrl"_s, m_sim->baseUrl().toString() + u"/shopee"_s},
            {u"field_partnerId"_s, u"2011285"_s},
            {u"field_partner_key"_s, u"sim-shopee-partner-key"_s}});
    dialog.findChild<QPushButton *>(u"signInButton"_s)->click();
    QUrlQuery q(opened);
    q.addQueryItem(u"sim_consent"_s, u"deny"_s);
    opened.setQuery(q);
    browse(opened, true);
    auto *status = dialog.findChild<QLabel *>(u"signInStatus"_s);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"Sign-in failed"_s), 10'000);
    QVERIFY2(status->text().contains(u"declined"_s), qPrintable(status->text()));
    QVERIFY(dialog.findChild<QPushButton *>(u"signInButton"_s)->isEnabled());
}

void TestAddChannelDialog::asksForASignInOrTokens()
{
    AddChannelDialog dialog(*m_setup, m_clock);
    dialog.show();
    choose(dialog,
           ChannelKind::Ebay,
           {{u"channelNameEdit"_s, u"eBay US store"_s},
            {u"field_clientId"_s, u"sim-ebay-client"_s},
            {u"field_client_secret"_s, u"sim-ebay-secret"_s}});
    dialog.findChild<QPushButton *>(u"testAndSaveButton"_s)->click();
    QCOMPARE(dialog.findChild<QLabel *>(u"channelTestResult"_s)->text(),
             u"Sign in with eBay first, or enter the tokens by hand."_s);
    // Signing in without a RuName says what is missing.
    dialog.signInBox()->setUrlOpener([](const QUrl &) { return true; });
    dialog.findChild<QPushButton *>(u"signInButton"_s)->click();
    QVERIFY2(dialog.findChild<QLabel *>(u"signInStatus"_s)->text().contains(u"RuName"_s),
             qPrintable(dialog.findChild<QLabel *>(u"signInStatus"_s)->text()));
    QCOMPARE(m_secrets->size(), 0);
}

void TestAddChannelDialog::manualTokensStayAnOption()
{
    AddChannelDialog dialog(*m_setup, m_clock);
    dialog.show();
    choose(dialog,
           ChannelKind::Shopee,
           {{u"channelNameEdit"_s, u"Shopee SG"_s},
            {u"field_apiBaseUrl"_s, m_sim->baseUrl().toString() + u"/shopee"_s},
            {u"field_partnerId"_s, u"2011285"_s},
            {u"field_shopId"_s, u"123456"_s},
            {u"field_partner_key"_s, u"sim-shopee-partner-key"_s}});
    auto *manual = dialog.findChild<QCheckBox *>(u"manualTokensCheck"_s);
    QVERIFY(manual && manual->isVisible());
    manual->setChecked(true);
    auto *refresh = dialog.findChild<QLineEdit *>(u"field_refresh_token"_s);
    QVERIFY(refresh->isVisible());
    refresh->setText(u"sim-shopee-refresh-1"_s);
    QSignalSpy saved(&dialog, &AddChannelDialog::channelSaved);
    dialog.findChild<QPushButton *>(u"testAndSaveButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), 15'000);
    // The test spent the typed refresh token (Shopee rotates it); the live one was saved.
    const Channel channel = savedChannel(dialog.channelId());
    const auto stored = m_secrets->read(ConnectorFactory::secretKey(channel, u"refresh_token"_s));
    QVERIFY(stored.ok());
    QVERIFY(stored.value() != u"sim-shopee-refresh-1"_s);
    QVERIFY(m_sim->state().isRefreshTokenValid(u"shopee"_s, stored.value()));
}

void TestAddChannelDialog::channelsWithoutSignInHideTheBox()
{
    AddChannelDialog dialog(*m_setup, m_clock);
    dialog.show();
    choose(dialog, ChannelKind::Facebook, {});
    QVERIFY(!dialog.findChild<QWidget *>(u"signInBox"_s)->isVisible());
    QVERIFY(!dialog.findChild<QCheckBox *>(u"manualTokensCheck"_s)->isVisible());
    QVERIFY(dialog.findChild<QLineEdit *>(u"field_page_token"_s)->isVisible());
    choose(dialog, ChannelKind::Email, {});
    QVERIFY(!dialog.findChild<QWidget *>(u"signInBox"_s)->isVisible());
    QVERIFY(dialog.findChild<QLineEdit *>(u"field_imap_password"_s)->isVisible());
}

QTEST_MAIN(TestAddChannelDialog)
#include "TestAddChannelDialog.moc"
