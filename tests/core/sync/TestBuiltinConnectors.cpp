#include "core/channels/amazon/AmazonOrdersConnector.h"
#include "core/channels/etsy/EtsyReceiptsConnector.h"
#include "core/channels/tiktok/TikTokConnector.h"
#include "core/common/Clock.h"
#include "core/security/MemorySecretStore.h"
#include "core/sync/BuiltinConnectors.h"
#include "core/sync/ConnectorFactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hd;

Q_DECLARE_METATYPE(hd::ChannelKind)

namespace {

Channel channelOf(ChannelKind kind, const QJsonObject &config)
{
    Channel c;
    c.id = 7;
    c.kind = kind;
    c.name = u"Test"_s;
    c.configJson = QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact));
    return c;
}

/// Secret names → values, stored under the channel's keychain keys.
QHash<QString, QString> secretsOf(const Channel &channel, const QStringList &names)
{
    QHash<QString, QString> out;
    for (const QString &name : names)
        out.insert(ConnectorFactory::secretKey(channel, name), u"secret-"_s + name);
    return out;
}

} // namespace

class TestBuiltinConnectors final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void buildsEachKind_data();
    void buildsEachKind();
    void missingSecretIsClear_data() { buildsEachKind_data(); }
    void missingSecretIsClear();
    void missingSettingsAreClear_data() { buildsEachKind_data(); }
    void missingSettingsAreClear();
    void refreshedTokensAreSavedBack();

private:
    FakeClock m_clock{1'700'000'000'000};
};

void TestBuiltinConnectors::buildsEachKind_data()
{
    QTest::addColumn<ChannelKind>("kind");
    QTest::addColumn<QJsonObject>("config");
    QTest::addColumn<QStringList>("secrets"); // all required
    // Keys as ui/settings/AddChannelDialog collects them.
    QTest::newRow("facebook") << ChannelKind::Facebook
                              << QJsonObject{{u"apiBaseUrl"_s, u"https://graph.facebook.com"_s},
                                             {u"pageId"_s, u"123"_s}}
                              << QStringList{u"page_token"_s};
    QTest::newRow("instagram") << ChannelKind::Instagram
                               << QJsonObject{{u"apiBaseUrl"_s, u"https://graph.facebook.com"_s},
                                              {u"pageId"_s, u"178"_s}}
                               << QStringList{u"page_token"_s};
    QTest::newRow("tiktok") << ChannelKind::TikTokShop
                            << QJsonObject{{u"apiBaseUrl"_s, u"https://open-api.tiktokglobalshop.com"_s},
                                           {u"appKey"_s, u"ak"_s},
                                           {u"shopCipher"_s, u"GCP_x"_s}}
                            << QStringList{u"app_secret"_s, u"refresh_token"_s};
    QTest::newRow("amazon") << ChannelKind::Amazon
                            << QJsonObject{{u"clientId"_s, u"amzn1.application-oa2-client.x"_s},
                                           {u"marketplaceIds"_s, u"A1PA6795UKMFR9, A13V1IB3VIYZZH"_s}}
                            << QStringList{u"client_secret"_s, u"refresh_token"_s};
    QTest::newRow("shopify") << ChannelKind::Shopify << QJsonObject{{u"shopUrl"_s, u"https://demo.myshopify.com"_s}}
                             << QStringList{u"access_token"_s};
    QTest::newRow("etsy") << ChannelKind::Etsy << QJsonObject{{u"keystring"_s, u"ks"_s}, {u"shopId"_s, 4242}}
                          << QStringList{u"refresh_token"_s};
    QTest::newRow("walmart") << ChannelKind::Walmart << QJsonObject{{u"clientId"_s, u"wm-client"_s}}
                             << QStringList{u"client_secret"_s};
    QTest::newRow("ebay") << ChannelKind::Ebay << QJsonObject{{u"clientId"_s, u"app"_s}}
                          << QStringList{u"client_secret"_s, u"refresh_token"_s};
    QTest::newRow("shopee") << ChannelKind::Shopee << QJsonObject{{u"partnerId"_s, 1}, {u"shopId"_s, 2}}
                            << QStringList{u"partner_key"_s, u"refresh_token"_s};
}

void TestBuiltinConnectors::buildsEachKind()
{
    QFETCH(ChannelKind, kind);
    QFETCH(QJsonObject, config);
    QFETCH(QStringList, secrets);
    const Channel channel = channelOf(kind, config);
    MemorySecretStore store(secretsOf(channel, secrets));
    ConnectorFactory factory(&store, m_clock);
    registerBuiltinConnectors(factory);
    QVERIFY(factory.hasBuilder(channelKindToString(kind)));
    auto connector = factory.create(channel);
    QVERIFY2(connector, qPrintable(connector ? QString() : connector.error().detail));
    QVERIFY(connector.value() != nullptr);
    QCOMPARE(connector.value()->kind(), kind);
}

void TestBuiltinConnectors::missingSecretIsClear()
{
    QFETCH(ChannelKind, kind);
    QFETCH(QJsonObject, config);
    QFETCH(QStringList, secrets);
    const Channel channel = channelOf(kind, config);
    for (const QString &missing : std::as_const(secrets)) {
        QStringList present = secrets;
        present.removeAll(missing);
        MemorySecretStore store(secretsOf(channel, present));
        ConnectorFactory factory(&store, m_clock);
        registerBuiltinConnectors(factory);
        auto connector = factory.create(channel);
        QVERIFY(!connector);
        QCOMPARE(connector.error().code, Error::Code::NotFound);
        QVERIFY2(connector.error().message.contains(u"re-authorise"_s), qPrintable(connector.error().message));
        QVERIFY2(connector.error().detail.contains(missing), qPrintable(connector.error().detail));
        QVERIFY(!connector.error().detail.contains(u"secret-"_s)); // never the secret itself
    }
    // No keychain at all.
    MemorySecretStore store(secretsOf(channel, secrets));
    ConnectorFactory factory(nullptr, m_clock);
    registerBuiltinConnectors(factory);
    auto connector = factory.create(channel);
    QVERIFY(!connector);
    QCOMPARE(connector.error().code, Error::Code::Unavailable);
}

void TestBuiltinConnectors::missingSettingsAreClear()
{
    QFETCH(ChannelKind, kind);
    QFETCH(QStringList, secrets);
    const Channel channel = channelOf(kind, QJsonObject{});
    MemorySecretStore store(secretsOf(channel, secrets));
    ConnectorFactory factory(&store, m_clock);
    registerBuiltinConnectors(factory);
    auto connector = factory.create(channel);
    QVERIFY(!connector);
    QCOMPARE(connector.error().code, Error::Code::InvalidArgument);
    QVERIFY(connector.error().message.contains(channelKindDisplayName(kind).section(u' ', 0, 0)));
}

void TestBuiltinConnectors::refreshedTokensAreSavedBack()
{
    ConnectorFactory factory(nullptr, m_clock);
    registerBuiltinConnectors(factory);
    {
        const Channel channel =
            channelOf(ChannelKind::TikTokShop, QJsonObject{{u"appKey"_s, u"ak"_s}, {u"shopCipher"_s, u"c"_s}});
        MemorySecretStore store(secretsOf(channel, {u"app_secret"_s, u"refresh_token"_s}));
        auto connector = factory.createWith(channel, &store);
        QVERIFY(connector);
        auto *tiktok = qobject_cast<TikTokConnector *>(connector.value().get());
        QVERIFY(tiktok);
        Q_EMIT tiktok->tokensRefreshed("new-access", "new-refresh", 0);
        QCOMPARE(store.read(ConnectorFactory::secretKey(channel, u"access_token"_s)).value(), u"new-access"_s);
        QCOMPARE(store.read(ConnectorFactory::secretKey(channel, u"refresh_token"_s)).value(), u"new-refresh"_s);
    }
    {
        const Channel channel =
            channelOf(ChannelKind::Etsy, QJsonObject{{u"keystring"_s, u"k"_s}, {u"shopId"_s, u"1"_s}});
        MemorySecretStore store(secretsOf(channel, {u"refresh_token"_s}));
        auto connector = factory.createWith(channel, &store);
        QVERIFY(connector);
        auto *etsy = qobject_cast<EtsyReceiptsConnector *>(connector.value().get());
        QVERIFY(etsy);
        Q_EMIT etsy->tokensRefreshed("etsy-access", "etsy-refresh", 0);
        QCOMPARE(store.read(ConnectorFactory::secretKey(channel, u"access_token"_s)).value(), u"etsy-access"_s);
        QCOMPARE(store.read(ConnectorFactory::secretKey(channel, u"refresh_token"_s)).value(), u"etsy-refresh"_s);
    }
    {
        const Channel channel =
            channelOf(ChannelKind::Amazon,
                      QJsonObject{{u"clientId"_s, u"c"_s}, {u"marketplaceIds"_s, QJsonArray{u"M"_s}}});
        MemorySecretStore store(secretsOf(channel, {u"client_secret"_s, u"refresh_token"_s}));
        auto connector = factory.createWith(channel, &store);
        QVERIFY(connector);
        auto *amazon = qobject_cast<AmazonOrdersConnector *>(connector.value().get());
        QVERIFY(amazon);
        Q_EMIT amazon->refreshTokenRotated("rotated");
        QCOMPARE(store.read(ConnectorFactory::secretKey(channel, u"refresh_token"_s)).value(), u"rotated"_s);
    }
}

QTEST_GUILESS_MAIN(TestBuiltinConnectors)
#include "TestBuiltinConnectors.moc"
