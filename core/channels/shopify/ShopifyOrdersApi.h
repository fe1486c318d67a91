#pragma once

#include "core/channels/ChannelHttp.h"
#include "core/domain/Order.h"

#include <QDateTime>
#include <QUrl>

namespace hd {

/// Settings of one Shopify store (non-secret; the Admin API access token is in the keychain).
struct ShopifyConfig
{
    qint64 channelId = 0;
    QUrl shopUrl; ///< https://{shop}.myshopify.com (or the simulator)
    QString apiVersion = QStringLiteral("2025-01");
    int pageSize = 250; ///< max 250
};

struct ShopifyOrdersPage
{
    QList<Order> orders;
    QString nextPageInfo; ///< from the Link header's rel="next"; empty on the last page
    qint64 maxUpdatedAtMs = 0;
};

/// Shopify Admin REST orders (reference/channels.md §5.2): pure request builders and parsers.
/// Order::externalId is the order's name ("#1001"), what buyers quote.
class ShopifyOrdersApi final
{
public:
    /// GET /admin/api/{v}/orders.json?status=any&updated_at_min=…&limit=…&order=updated_at asc, or,
    /// with pageInfo, only limit and page_info (Shopify refuses other filters with page_info).
    static ChannelHttpRequest
    orders(const ShopifyConfig &c, const QDateTime &updatedAtMin, const QString &pageInfo = {});
    /// GET /admin/api/{v}/shop.json (connection test).
    static ChannelHttpRequest shop(const ShopifyConfig &c);
    static Result<ShopifyOrdersPage>
    parseOrders(const QByteArray &json, const QByteArray &linkHeader, const ShopifyConfig &c);
    /// The page_info of the rel="next" link in a Link header, or empty.
    static QString nextPageInfo(const QByteArray &linkHeader);
    /// financial_status / fulfillment_status / cancelled_at → the platform-neutral status.
    static QString orderStatus(const QString &financial, const QString &fulfillment, bool cancelled);
};

} // namespace hd
