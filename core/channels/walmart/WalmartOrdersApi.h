#pragma once

#include "core/channels/ChannelHttp.h"
#include "core/domain/Order.h"

#include <QDateTime>
#include <QUrl>

namespace hd {

/// Settings of one Walmart Marketplace seller (non-secret; client id and secret are in the keychain).
struct WalmartConfig
{
    qint64 channelId = 0;
    QUrl apiBaseUrl = QUrl(QStringLiteral("https://marketplace.walmartapis.com"));
    int pageSize = 100;
};

struct WalmartToken
{
    QByteArray accessToken;
    qint64 expiresAtMs = 0;
};

struct WalmartOrdersPage
{
    QList<Order> orders;
    QString nextCursor; ///< list.meta.nextCursor: a query string ("?limit=…&hasMoreElements=true&…")
    qint64 totalCount = 0;
    qint64 maxOrderDateMs = 0;
};

/// Walmart Marketplace Orders API v3 (reference/channels.md §2.5): pure request builders and
/// parsers. Order::externalId is customerOrderId, the number the buyer sees.
class WalmartOrdersApi final
{
public:
    /// POST /v3/token, Basic auth, form grant_type=client_credentials.
    static ChannelHttpRequest tokenRequest(const WalmartConfig &c,
                                           const QByteArray &clientId,
                                           const QByteArray &clientSecret,
                                           const QByteArray &correlationId);
    /// {"access_token":…,"token_type":"Bearer","expires_in":900}
    static Result<WalmartToken> parseToken(const QByteArray &json, qint64 nowMs);
    /// GET /v3/orders?createdStartDate=…&limit=… or /v3/orders{nextCursor}. The caller adds the
    /// WM_SEC.ACCESS_TOKEN header; WM_QOS.CORRELATION_ID is unique per call.
    static ChannelHttpRequest orders(const WalmartConfig &c,
                                     const QDateTime &createdStartDate,
                                     const QString &nextCursor,
                                     const QByteArray &correlationId);
    static Result<WalmartOrdersPage> parseOrders(const QByteArray &json, const WalmartConfig &c);
    /// The status of the order's lines → the platform-neutral status (the least advanced line wins).
    static QString orderStatus(const QStringList &lineStatuses);
};

} // namespace hd
