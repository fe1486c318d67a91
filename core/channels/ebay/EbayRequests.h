#pragma once

#include "core/channels/ChannelHttp.h"
#include "core/channels/ebay/EbayConfig.h"

#include <QString>
#include <QtGlobal>

namespace hd {

/// Builds eBay REST requests (pure): Commerce Message API, Fulfillment getOrders and the OAuth
/// refresh-token grant, exactly as reference/channels.md §1 gives them. The bearer token is not
/// added here: EbayOAuth applies it, so a refreshed token is used on a retry.
class EbayRequests final
{
public:
    /// GET /commerce/message/v1/conversation?conversation_type=FROM_MEMBERS&limit&offset[&start_time]
    static ChannelHttpRequest conversations(const EbayConfig &config, int offset, qint64 startTimeMs = -1);
    /// GET /commerce/message/v1/conversation/{id}?conversation_type=FROM_MEMBERS&limit&offset
    static ChannelHttpRequest conversationMessages(const EbayConfig &config, const QString &conversationId, int offset);
    /// POST /commerce/message/v1/send_message {conversationId | otherPartyUsername, messageText}
    static ChannelHttpRequest sendMessage(const EbayConfig &config,
                                          const QString &conversationId,
                                          const QString &otherPartyUsername,
                                          const QString &text);
    /// GET /sell/fulfillment/v1/order?filter=lastmodifieddate:[since..]&limit&offset
    static ChannelHttpRequest orders(const EbayConfig &config, qint64 modifiedSinceMs, int offset);
    /// POST /identity/v1/oauth2/token, Basic client credentials, grant_type=refresh_token.
    static ChannelHttpRequest refreshToken(const EbayConfig &config);

    /// eBay's timestamp format: 2026-05-01T10:15:00.000Z.
    static QString isoTime(qint64 ms);
    /// Longest messageText eBay accepts.
    static constexpr int kMaxMessageLength = 2000;
};

} // namespace hd
