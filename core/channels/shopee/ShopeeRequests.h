#pragma once

#include "core/channels/ChannelHttp.h"
#include "core/channels/shopee/ShopeeConfig.h"

#include <QStringList>

namespace hd {

/// Builds Shopee v2 requests (pure). Shop-API requests come back unsigned: ShopeeAuth adds
/// partner_id, timestamp, access_token, shop_id and sign when it sends them, so a refreshed token
/// gets a fresh signature. apiPath() recovers the signed path from a built request.
class ShopeeRequests final
{
public:
    static ChannelHttpRequest conversationList(const ShopeeConfig &config, qint64 olderThanNano);
    static ChannelHttpRequest oneConversation(const ShopeeConfig &config, const QString &conversationId);
    static ChannelHttpRequest
    messages(const ShopeeConfig &config, const QString &conversationId, const QString &offset);
    static ChannelHttpRequest sendText(const ShopeeConfig &config, qint64 toId, const QString &text);
    static ChannelHttpRequest
    orderList(const ShopeeConfig &config, qint64 fromSec, qint64 toSec, const QString &cursor);
    static ChannelHttpRequest orderDetail(const ShopeeConfig &config, const QStringList &orderSns);
    /// POST /api/v2/auth/access_token/get, signed as a public API (needs the timestamp).
    static ChannelHttpRequest refreshToken(const ShopeeConfig &config, qint64 timestampSec);

    /// The path Shopee signs ("/api/v2/sellerchat/get_message") of a request built here.
    static QString apiPath(const ShopeeConfig &config, const ChannelHttpRequest &request);
    static constexpr int kMaxTextLength = 1000;
    static constexpr qint64 kMaxOrderWindowSec = 15 * 86400;
};

} // namespace hd
