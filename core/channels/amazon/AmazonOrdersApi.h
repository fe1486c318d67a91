#pragma once

#include "core/channels/ChannelHttp.h"
#include "core/domain/Order.h"

#include <QDateTime>
#include <QStringList>
#include <QUrl>

namespace hd {

/// Settings of one Amazon seller account (non-secret; the LWA client secret and refresh token are
/// in the keychain).
struct AmazonConfig
{
    qint64 channelId = 0;
    QUrl apiBaseUrl = QUrl(QStringLiteral("https://sellingpartnerapi-eu.amazon.com")); ///< regional host
    QUrl tokenUrl = QUrl(QStringLiteral("https://api.amazon.com/auth/o2/token"));
    QString clientId;           ///< LWA client id (not secret)
    QStringList marketplaceIds; ///< e.g. A1PA6795UKMFR9 (DE)
    int pageSize = 100;         ///< MaxResultsPerPage, 1-100
};

/// An LWA access token and when it stops working (UTC ms).
struct AmazonToken
{
    QByteArray accessToken;
    qint64 expiresAtMs = 0;
    QByteArray refreshToken; ///< set when LWA rotates it
};

struct AmazonOrdersPage
{
    QList<Order> orders;
    QString nextToken;         ///< empty on the last page
    QString lastUpdatedBefore; ///< the API's own upper bound for this query, ISO 8601
    qint64 maxUpdatedAtMs = 0; ///< newest LastUpdateDate on the page (the next watermark)
};

/// SP-API Orders v0 (reference/channels.md §2.1-2.2): pure request builders and parsers.
class AmazonOrdersApi final
{
public:
    /// POST tokenUrl, form grant_type=refresh_token&refresh_token&client_id&client_secret.
    static ChannelHttpRequest
    tokenRequest(const AmazonConfig &c, const QByteArray &clientSecret, const QByteArray &refreshToken);
    /// {"access_token":"Atza|…","token_type":"bearer","expires_in":3600}
    static Result<AmazonToken> parseToken(const QByteArray &json, qint64 nowMs);
    /// GET /orders/v0/orders?MarketplaceIds&LastUpdatedAfter&MaxResultsPerPage[&NextToken]: the same
    /// filters are resent with NextToken (the safe reading of Amazon's conflicting docs).
    static ChannelHttpRequest
    getOrders(const AmazonConfig &c, const QDateTime &lastUpdatedAfter, const QString &nextToken = {});
    /// {"payload":{"Orders":[…],"NextToken":…,"LastUpdatedBefore":…}}; errors {"errors":[…]}.
    static Result<AmazonOrdersPage> parseOrders(const QByteArray &json, const AmazonConfig &c);
    /// Amazon OrderStatus → the platform-neutral Order status.
    static QString orderStatus(const QString &amazonStatus);
    /// SP-API failures by status: 403 Unauthorized / 401 → Auth, 429 QuotaExceeded → RateLimited
    /// (no Retry-After: the wait follows x-amzn-RateLimit-Limit, 1 / rate seconds), 5xx → Transient.
    static bool isAuthFailure(const ChannelHttpResponse &response);
    /// The wait 429 implies: 1 / x-amzn-RateLimit-Limit seconds, or 60 s (getOrders' 0.0167 req/s).
    static qint64 rateLimitWaitMs(const QByteArray &rateLimitHeader);
};

} // namespace hd
