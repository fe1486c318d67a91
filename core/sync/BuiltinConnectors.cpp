#include "core/sync/BuiltinConnectors.h"

#include "core/channels/ebay/EbayConnector.h"
#include "core/channels/email/EmailConnector.h"
#include "core/channels/shopee/ShopeeConnector.h"
#include "core/common/Log.h"
#include "core/security/SecretStore.h"
#include "core/sync/ConnectorFactory.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

QString trBuiltin(const char *text)
{
    return QCoreApplication::translate("hd::BuiltinConnectors", text);
}

/// A secret of the channel; `required` ones fail the build with a clear message.
Result<QString> secret(const ConnectorContext &c, const QString &name, bool required)
{
    if (!c.secrets) {
        if (!required)
            return QString();
        return Error::make(Error::Code::Unavailable, trBuiltin("No keychain is available to read the credentials."));
    }
    auto value = c.secrets->read(ConnectorFactory::secretKey(c.channel, name));
    if (value)
        return value;
    if (!required && value.error().code == Error::Code::NotFound)
        return QString();
    if (value.error().code == Error::Code::NotFound)
        return Error::make(Error::Code::NotFound,
                           trBuiltin("The channel's credentials are missing; re-authorise it."),
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
        return Error::make(Error::Code::InvalidArgument,
                           trBuiltin("The eBay channel needs its App ID and API address."));
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
                           trBuiltin("The Shopee channel needs its partner id and shop id."));
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
    auto passwords = [imapPassword = imap.value(), smtpPassword = smtp.value()](const QString &which) -> Result<QString> {
        return which == u"smtp"_s ? smtpPassword : imapPassword;
    };
    return std::unique_ptr<Connector>(std::make_unique<EmailConnector>(c.channel.id, *config, passwords, c.clock));
}

} // namespace

void registerBuiltinConnectors(ConnectorFactory &factory)
{
    // Each channel type whose connector this build has; the others show "cannot sync yet".
    factory.registerBuilder(channelKindToString(ChannelKind::Ebay), buildEbay);
    factory.registerBuilder(channelKindToString(ChannelKind::Shopee), buildShopee);
    factory.registerBuilder(channelKindToString(ChannelKind::Email), buildEmail);
}

} // namespace hd
