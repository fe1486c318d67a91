#pragma once

#include "core/channels/Connector.h"
#include "core/channels/tiktok/TikTokRequests.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace hd {

struct TikTokConversation
{
    QString id;
    QString buyerId;   ///< the BUYER participant's user_id
    QString buyerImId; ///< the BUYER participant's im_user_id (the sender id in messages)
    QString buyerName;
    qint64 latestMessageAtMs = 0;
    QString latestMessageId;
};

struct TikTokConversationsPage
{
    QList<TikTokConversation> conversations;
    QString nextPageToken; ///< empty on the last page
};

struct TikTokMessagesPage
{
    QList<InboundMessage> messages; ///< oldest first
    QString nextPageToken;
};

struct TikTokOrdersPage
{
    QList<Order> orders;
    QString nextPageToken;
    qint64 totalCount = 0;
    qint64 maxUpdateTimeS = 0; ///< newest update_time on the page, Unix s (the next watermark)
};

struct TikTokToken
{
    QByteArray accessToken;
    qint64 accessExpiresAtMs = 0; ///< the API gives absolute Unix seconds
    QByteArray refreshToken;
    qint64 refreshExpiresAtMs = 0;
};

/// Parses TikTok Shop responses (pure). Every response is the envelope
/// {"code":0,"message":"Success","request_id":…,"data":{…}}; a non-zero code is mapped by failure().
class TikTokParser final
{
public:
    static Result<TikTokConversationsPage> conversations(const QByteArray &json);
    /// Message content is a JSON document encoded as a string: TEXT {"content":…}, IMAGE {"url":…},
    /// ORDER_CARD {"order_id":…} (sets orderExternalId), PRODUCT_CARD, … Invisible messages are skipped.
    static Result<TikTokMessagesPage>
    messages(const QByteArray &json, const TikTokConfig &config, const TikTokConversation &conversation);
    static Result<SendReceipt> sendResponse(const QByteArray &json);
    static Result<TikTokOrdersPage> orders(const QByteArray &json, const TikTokConfig &config);
    static Result<TikTokToken> token(const QByteArray &json);
    /// The failure of a response: HTTP 429 → RateLimited, 5xx → Transient, 401 or an auth code
    /// (105001/105002/105005: invalid or expired access token) → Auth, other non-zero codes → Permanent.
    /// nullopt when status is 2xx and the envelope code is 0.
    static std::optional<ChannelFailure> failure(int httpStatus, const QByteArray &body, qint64 retryAfterMs = 0);
    /// TikTok order status → the platform-neutral status of Order.
    static QString orderStatus(const QString &tiktokStatus);
};

} // namespace hd
