#include "core/sync/BuiltinConnectors.h"

#include "core/channels/ChannelHttp.h"
#include "core/channels/amazon/AmazonOrdersConnector.h"
#include "core/channels/ebay/EbayConnector.h"
#include "core/channels/email/EmailConnector.h"
#include "core/channels/etsy/EtsyReceiptsConnector.h"
#include "core/channels/meta/MetaConnector.h"
#include "core/channels/shopee/ShopeeConnector.h"
#include "core/channels/shopify/ShopifyOrdersConnector.h"
#include "core/channels/tiktok/TikTokConnector.h"
#include "core/channels/walmart/WalmartOrdersConnector.h"
#include "core/common/Log.h"
#include "core/security/SecretStore.h"
#include "core/sync/ConnectorFactory.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

/// A secret of the channel; `required` ones fail the build with a clear message.
Result<QString> secret(const ConnectorContext &c, const QString &name, bool required)
{
    if (!c.secrets) {
        if (!required)
            return QString();
        return Error::make(
            Error::Code::Unavailable,
            QCoreApplication::translate("hd::BuiltinConnectors", "No keychain is available to read the credentials."));
    }
    auto value = c.secrets->read(ConnectorFactory::secretKey(c.channel, name));
    if (value)
        return value;
    if (!required && value.error().code == Error::Code::NotFound)
        return QString();
    if (value.error().code == Error::Code::NotFound)
        return Error::make(Error::Code::NotFound,
                           QCoreApplication::translate("hd::BuiltinConnectors",
                                                       "The channel's credentials are missing; re-authorise it."),
                           u"secret '%1' of channel %2 not found"_s.arg(name).arg(c.channel.id));
    return value.error();
}

/// Stores tokens a connector refreshed (Shopee rotates the refresh token each time), so the next
/// start uses them. Only the keychain ever sees them.
template<typename C>
void keepRefreshedTokens(C *connector, const ConnectorContext &c)
{
    SecretStore *store = c.secrets;
    if (!store)
        return;
    const Channel channel = c.channel;
    QObject::connect(connector,
                     &C::tokensRefreshed,
                     connector,
                     [store, channel](const QString &access, qint64, const QString &refresh) {
                         (void)store->write(ConnectorFactory::secretKey(channel, u"access_token"_s), access);
                         if (!refresh.isEmpty())
                             (void)store->write(ConnectorFactory::secretKey(channel, u"refresh_token"_s), refresh);
                     });
}

QUrl baseUrl(const QJsonObject &config, const QUrl &fallback)
{
    const QString url = config.value(u"apiBaseUrl"_s).toString();
    return url.isEmpty() ? fallback : QUrl(url);
}

Result<std::unique_ptr<Connector>> buildEbay(const ConnectorContext &c)
{
    EbayConfig config;
    config.apiBaseUrl = baseUrl(c.config, config.apiBaseUrl);
    config.clientId = c.config.value(u"clientId"_s).toString();
    config.sellerUsername = c.config.value(u"sellerUsername"_s).toString();
    if (c.config.contains(u"backfillDays"_s))
        config.backfillDays = c.config.value(u"backfillDays"_s).toInt(config.backfillDays);
    if (config.clientId.isEmpty() || !config.apiBaseUrl.isValid())
        return Error::make(
            Error::Code::InvalidArgument,
            QCoreApplication::translate("hd::BuiltinConnectors", "The eBay channel needs its App ID and API address."));
    auto clientSecret = secret(c, u"client_secret"_s, true);
    if (!clientSecret)
        return clientSecret.error();
    auto refresh = secret(c, u"refresh_token"_s, true);
    if (!refresh)
        return refresh.error();
    auto access = secret(c, u"access_token"_s, false);
    if (!access)
        return access.error();
    config.clientSecret = clientSecret.value();
    config.refreshToken = refresh.value();
    config.accessToken = access.value();
    auto connector = std::make_unique<EbayConnector>(config, c.channel.id, nullptr, c.clock);
    keepRefreshedTokens(connector.get(), c);
    return std::unique_ptr<Connector>(std::move(connector));
}

Result<std::unique_ptr<Connector>> buildShopee(const ConnectorContext &c)
{
    ShopeeConfig config;
    config.apiBaseUrl = baseUrl(c.config, config.apiBaseUrl);
    config.partnerId = c.config.value(u"partnerId"_s).toVariant().toLongLong();
    config.shopId = c.config.value(u"shopId"_s).toVariant().toLongLong();
    if (config.partnerId <= 0 || config.shopId <= 0 || !config.apiBaseUrl.isValid())
        return Error::make(Error::Code::InvalidArgument,
                           QCoreApplication::translate("hd::BuiltinConnectors",
                                                       "The Shopee channel needs its partner id and shop id."));
    auto key = secret(c, u"partner_key"_s, true);
    if (!key)
        return key.error();
    auto refresh = secret(c, u"refresh_token"_s, true);
    if (!refresh)
        return refresh.error();
    auto access = secret(c, u"access_token"_s, false);
    if (!access)
        return access.error();
    config.partnerKey = key.value();
    config.refreshToken = refresh.value();
    config.accessToken = access.value();
    auto connector = std::make_unique<ShopeeConnector>(config, c.channel.id, nullptr, c.clock);
    keepRefreshedTokens(connector.get(), c);
    return std::unique_ptr<Connector>(std::move(connector));
}

/// E-mail (IMAP + SMTP): settings from config_json (EmailConfig), passwords from the keychain
/// ("channels/email/<id>/imap_password", "smtp_password" when the SMTP server needs a login).
Result<std::unique_ptr<Connector>> buildEmail(const ConnectorContext &c)
{
    auto config = EmailConfig::fromJson(QString::fromUtf8(QJsonDocument(c.config).toJson(QJsonDocument::Compact)));
    if (!config)
        return config.error();
    auto imap = secret(c, u"imap_password"_s, true);
    if (!imap)
        return imap.error();
    auto smtp = secret(c, u"smtp_password"_s, !config->smtp.user.isEmpty());
    if (!smtp)
        return smtp.error();
    auto passwords = [imapPassword = imap.value(),
                      smtpPassword = smtp.value()](const QString &which) -> Result<QString> {
        return which == u"smtp"_s ? smtpPassword : imapPassword;
    };
    return std::unique_ptr<Connector>(std::make_unique<EmailConnector>(c.channel.id, *config, passwords, c.clock));
}

/// Writes one refreshed secret back to the keychain (never logged).
void saveSecret(SecretStore *store, const Channel &channel, const QString &name, const QByteArray &value)
{
    if (store && !value.isEmpty())
        (void)store->write(ConnectorFactory::secretKey(channel, name), QString::fromUtf8(value));
}

/// For connectors whose tokensRefreshed(access, refresh, expiry) rotates both tokens (TikTok Shop,
/// Etsy): both are written back so the next start uses them.
template<typename C>
void keepRotatedTokens(C *connector, const ConnectorContext &c)
{
    QObject::connect(
        connector,
        &C::tokensRefreshed,
        connector,
        [store = c.secrets, channel = c.channel](const QByteArray &access, const QByteArray &refresh, qint64) {
            saveSecret(store, channel, u"access_token"_s, access);
            saveSecret(store, channel, u"refresh_token"_s, refresh);
        });
}

/// Every REST connector talks through a ChannelHttp; each built connector owns its own (a child,
/// so it lives on the connector's thread and dies after the connector's destructor ran).
template<typename C, typename... Args>
std::unique_ptr<C> withHttp(const ConnectorContext &c, Args &&...args)
{
    auto *http = new ChannelHttp(&c.clock);
    auto connector = std::make_unique<C>(std::forward<Args>(args)..., *http, c.clock);
    http->setParent(connector.get());
    return connector;
}

void applyBackfill(const ConnectorContext &c, auto *connector)
{
    if (c.config.contains(u"backfillDays"_s))
        connector->setBackfillMs(qint64(c.config.value(u"backfillDays"_s).toInt(30)) * 24 * 3600 * 1000);
}

/// Facebook Page / Instagram (Graph API): config {apiBaseUrl, pageId[, apiVersion]}, secret
/// "page_token". The platform follows the channel's kind.
Result<std::unique_ptr<Connector>> buildMeta(const ConnectorContext &c)
{
    MetaConfig config;
    config.channelId = c.channel.id;
    config.graphBaseUrl = baseUrl(c.config, config.graphBaseUrl);
    config.pageId = c.config.value(u"pageId"_s).toString();
    if (c.config.contains(u"apiVersion"_s))
        config.apiVersion = c.config.value(u"apiVersion"_s).toString();
    config.platform = c.channel.kind == ChannelKind::Instagram ? u"instagram"_s : u"messenger"_s;
    if (config.pageId.isEmpty() || !config.graphBaseUrl.isValid())
        return Error::make(
            Error::Code::InvalidArgument,
            c.channel.kind == ChannelKind::Instagram
                ? QCoreApplication::translate("hd::BuiltinConnectors",
                                              "The Instagram channel needs its account id and API address.")
                : QCoreApplication::translate("hd::BuiltinConnectors",
                                              "The Facebook channel needs its Page id and API address."));
    auto token = secret(c, u"page_token"_s, true);
    if (!token)
        return token.error();
    return std::unique_ptr<Connector>(withHttp<MetaConnector>(c, config, token->toUtf8()));
}

/// TikTok Shop: config {apiBaseUrl, authBaseUrl, appKey, shopCipher}, secrets "app_secret",
/// "refresh_token" and (after the first refresh) "access_token".
Result<std::unique_ptr<Connector>> buildTikTok(const ConnectorContext &c)
{
    TikTokConfig config;
    config.channelId = c.channel.id;
    config.apiBaseUrl = baseUrl(c.config, config.apiBaseUrl);
    if (const QString auth = c.config.value(u"authBaseUrl"_s).toString(); !auth.isEmpty())
        config.authBaseUrl = QUrl(auth);
    config.appKey = c.config.value(u"appKey"_s).toString();
    config.shopCipher = c.config.value(u"shopCipher"_s).toString();
    if (config.appKey.isEmpty() || config.shopCipher.isEmpty() || !config.apiBaseUrl.isValid())
        return Error::make(Error::Code::InvalidArgument,
                           QCoreApplication::translate("hd::BuiltinConnectors",
                                                       "The TikTok Shop channel needs its app key and shop cipher."));
    auto appSecret = secret(c, u"app_secret"_s, true);
    if (!appSecret)
        return appSecret.error();
    auto refresh = secret(c, u"refresh_token"_s, true);
    if (!refresh)
        return refresh.error();
    auto access = secret(c, u"access_token"_s, false);
    if (!access)
        return access.error();
    TikTokSecrets secrets{appSecret->toUtf8(), access->toUtf8(), refresh->toUtf8()};
    auto connector = withHttp<TikTokConnector>(c, config, secrets);
    keepRotatedTokens(connector.get(), c);
    return std::unique_ptr<Connector>(std::move(connector));
}

/// Amazon SP-API orders: config {apiBaseUrl, tokenUrl, clientId, marketplaceIds (array or
/// comma-separated)}, secrets "client_secret", "refresh_token" (LWA may rotate it).
Result<std::unique_ptr<Connector>> buildAmazon(const ConnectorContext &c)
{
    AmazonConfig config;
    config.channelId = c.channel.id;
    config.apiBaseUrl = baseUrl(c.config, config.apiBaseUrl);
    if (const QString token = c.config.value(u"tokenUrl"_s).toString(); !token.isEmpty())
        config.tokenUrl = QUrl(token);
    config.clientId = c.config.value(u"clientId"_s).toString();
    const QJsonValue ids = c.config.value(u"marketplaceIds"_s);
    if (ids.isArray()) {
        for (const QJsonValue &v : ids.toArray())
            if (!v.toString().trimmed().isEmpty())
                config.marketplaceIds.append(v.toString().trimmed());
    } else {
        for (const QString &id : ids.toString().split(u',', Qt::SkipEmptyParts))
            if (!id.trimmed().isEmpty())
                config.marketplaceIds.append(id.trimmed());
    }
    if (config.clientId.isEmpty() || config.marketplaceIds.isEmpty() || !config.apiBaseUrl.isValid())
        return Error::make(
            Error::Code::InvalidArgument,
            QCoreApplication::translate("hd::BuiltinConnectors",
                                        "The Amazon channel needs its LWA client id and marketplace ids."));
    auto clientSecret = secret(c, u"client_secret"_s, true);
    if (!clientSecret)
        return clientSecret.error();
    auto refresh = secret(c, u"refresh_token"_s, true);
    if (!refresh)
        return refresh.error();
    auto connector = withHttp<AmazonOrdersConnector>(c, config, clientSecret->toUtf8(), refresh->toUtf8());
    applyBackfill(c, connector.get());
    QObject::connect(connector.get(),
                     &AmazonOrdersConnector::refreshTokenRotated,
                     connector.get(),
                     [store = c.secrets, channel = c.channel](const QByteArray &refresh) {
                         saveSecret(store, channel, u"refresh_token"_s, refresh);
                     });
    return std::unique_ptr<Connector>(std::move(connector));
}

/// Shopify Admin API orders: config {shopUrl[, apiVersion]}, secret "access_token" (custom app
/// tokens do not expire).
Result<std::unique_ptr<Connector>> buildShopify(const ConnectorContext &c)
{
    ShopifyConfig config;
    config.channelId = c.channel.id;
    config.shopUrl = QUrl(c.config.value(u"shopUrl"_s).toString());
    if (c.config.contains(u"apiVersion"_s))
        config.apiVersion = c.config.value(u"apiVersion"_s).toString();
    if (config.shopUrl.isEmpty() || !config.shopUrl.isValid())
        return Error::make(
            Error::Code::InvalidArgument,
            QCoreApplication::translate("hd::BuiltinConnectors", "The Shopify channel needs its shop address."));
    auto token = secret(c, u"access_token"_s, true);
    if (!token)
        return token.error();
    auto connector = withHttp<ShopifyOrdersConnector>(c, config, token->toUtf8());
    applyBackfill(c, connector.get());
    return std::unique_ptr<Connector>(std::move(connector));
}

/// Etsy receipts: config {apiBaseUrl, tokenUrl, keystring, shopId}, secrets "refresh_token" and
/// "access_token" (refreshed hourly and saved back).
Result<std::unique_ptr<Connector>> buildEtsy(const ConnectorContext &c)
{
    EtsyConfig config;
    config.channelId = c.channel.id;
    config.apiBaseUrl = baseUrl(c.config, config.apiBaseUrl);
    if (const QString token = c.config.value(u"tokenUrl"_s).toString(); !token.isEmpty())
        config.tokenUrl = QUrl(token);
    config.keystring = c.config.value(u"keystring"_s).toString();
    config.shopId = c.config.value(u"shopId"_s).toVariant().toString();
    if (config.keystring.isEmpty() || config.shopId.isEmpty() || !config.apiBaseUrl.isValid())
        return Error::make(
            Error::Code::InvalidArgument,
            QCoreApplication::translate("hd::BuiltinConnectors", "The Etsy channel needs its keystring and shop id."));
    auto refresh = secret(c, u"refresh_token"_s, true);
    if (!refresh)
        return refresh.error();
    auto access = secret(c, u"access_token"_s, false);
    if (!access)
        return access.error();
    auto connector = withHttp<EtsyReceiptsConnector>(c, config, access->toUtf8(), refresh->toUtf8());
    applyBackfill(c, connector.get());
    keepRotatedTokens(connector.get(), c);
    return std::unique_ptr<Connector>(std::move(connector));
}

/// Walmart Marketplace orders: config {apiBaseUrl, clientId}, secret "client_secret" (client
/// credentials; the short-lived token is never stored).
Result<std::unique_ptr<Connector>> buildWalmart(const ConnectorContext &c)
{
    WalmartConfig config;
    config.channelId = c.channel.id;
    config.apiBaseUrl = baseUrl(c.config, config.apiBaseUrl);
    const QString clientId = c.config.value(u"clientId"_s).toString();
    if (clientId.isEmpty() || !config.apiBaseUrl.isValid())
        return Error::make(
            Error::Code::InvalidArgument,
            QCoreApplication::translate("hd::BuiltinConnectors", "The Walmart channel needs its client id."));
    auto clientSecret = secret(c, u"client_secret"_s, true);
    if (!clientSecret)
        return clientSecret.error();
    auto connector = withHttp<WalmartOrdersConnector>(c, config, clientId.toUtf8(), clientSecret->toUtf8());
    applyBackfill(c, connector.get());
    return std::unique_ptr<Connector>(std::move(connector));
}

} // namespace

void registerBuiltinConnectors(ConnectorFactory &factory)
{
    // Each channel type whose connector this build has; the others show "cannot sync yet".
    factory.registerBuilder(channelKindToString(ChannelKind::Ebay), buildEbay);
    factory.registerBuilder(channelKindToString(ChannelKind::Shopee), buildShopee);
    factory.registerBuilder(channelKindToString(ChannelKind::Email), buildEmail);
    factory.registerBuilder(channelKindToString(ChannelKind::Facebook), buildMeta);
    factory.registerBuilder(channelKindToString(ChannelKind::Instagram), buildMeta);
    factory.registerBuilder(channelKindToString(ChannelKind::TikTokShop), buildTikTok);
    factory.registerBuilder(channelKindToString(ChannelKind::Amazon), buildAmazon);
    factory.registerBuilder(channelKindToString(ChannelKind::Shopify), buildShopify);
    factory.registerBuilder(channelKindToString(ChannelKind::Etsy), buildEtsy);
    factory.registerBuilder(channelKindToString(ChannelKind::Walmart), buildWalmart);
}

} // namespace hd
