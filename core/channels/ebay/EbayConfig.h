#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>
#include <QtGlobal>

namespace hd {

/// Settings of one eBay account. The secrets (client secret, tokens) come from the keychain when
/// the connector is built and are never stored with the channel's non-secret settings.
struct EbayConfig
{
    /// API host: https://api.ebay.com (sandbox https://api.sandbox.ebay.com; the simulator
    /// http://127.0.0.1:<port>/ebay). Message, Fulfillment and token paths hang off it.
    QUrl apiBaseUrl = QUrl(QStringLiteral("https://api.ebay.com"));
    QString clientId;
    QString clientSecret;   ///< secret
    QString refreshToken;   ///< secret
    QString accessToken;    ///< secret; may be empty (the first call refreshes)
    QString sellerUsername; ///< our user name: messages from it are outbound history
    QStringList scopes = {QStringLiteral("https://api.ebay.com/oauth/api_scope/commerce.message"),
                          QStringLiteral("https://api.ebay.com/oauth/api_scope/sell.fulfillment.readonly")};
    int conversationPageSize = 25; ///< getConversations limit (max 50)
    int messagePageSize = 50;      ///< getConversation limit (max 50)
    int orderPageSize = 100;       ///< getOrders limit (max 200)
    int backfillDays = 30;         ///< how far back the first sync reaches
    bool fetchOrders = true;
};

} // namespace hd
