#pragma once

#include "core/channels/ChannelHttp.h"
#include "core/domain/Order.h"

#include <QUrl>

namespace hd {

/// Settings of one Etsy shop (non-secret; the OAuth tokens are in the keychain, the keystring is
/// the app's public client id).
struct EtsyConfig
{
    qint64 channelId = 0;
    QUrl apiBaseUrl = QUrl(QStringLiteral("https://openapi.etsy.com/v3/application"));
    QUrl tokenUrl = QUrl(QStringLiteral("https://api.etsy.com/v3/public/oauth/token"));
    QString keystring; ///< x-api-key / client_id
    QString shopId;
    int pageSize = 100; ///< limit, 1-100
};

struct EtsyToken
{
    QByteArray accessToken;
    QByteArray refreshToken;
    qint64 expiresAtMs = 0;
};

struct EtsyReceiptsPage
{
    QList<Order> orders;
    qint64 count = 0;         ///< total matching receipts (for offset paging and progress)
    qint64 maxUpdatedAtS = 0; ///< newest update_timestamp on the page, Unix s
};

/// Etsy Open API v3 shop receipts (reference/channels.md §5.3): pure request builders and parsers.
/// Order::externalId is the receipt id.
class EtsyReceiptsApi final
{
public:
    /// GET /shops/{shop_id}/receipts?min_last_modified&sort_on=created&sort_order=asc&limit&offset
    static ChannelHttpRequest receipts(const EtsyConfig &c, qint64 minLastModifiedS, qint64 offset);
    /// GET /shops/{shop_id} (connection test).
    static ChannelHttpRequest shop(const EtsyConfig &c);
    /// POST tokenUrl, form grant_type=refresh_token&client_id&refresh_token.
    static ChannelHttpRequest refreshToken(const EtsyConfig &c, const QByteArray &refreshToken);
    static Result<EtsyToken> parseToken(const QByteArray &json, qint64 nowMs);
    /// {"count":N,"results":[ShopReceipt…]}; money {"amount":1999,"divisor":100,"currency_code":"EUR"}.
    static Result<EtsyReceiptsPage> parseReceipts(const QByteArray &json, const EtsyConfig &c);
    static QString orderStatus(const QString &etsyStatus, bool isShipped);
};

} // namespace hd
