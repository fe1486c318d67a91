#pragma once

#include "core/channels/Connector.h"
#include "core/common/Result.h"
#include "core/domain/InboundMessage.h"
#include "core/domain/Order.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hd {

struct ShopeeConversation
{
    QString conversationId;
    qint64 toId = 0; ///< the buyer's user id
    QString toName;
    qint64 lastMessageNano = 0; ///< Unix nanoseconds
    int unreadCount = 0;
};

struct ShopeeConversationPage
{
    QList<ShopeeConversation> conversations;
    bool more = false;
    qint64 nextTimestampNano = 0;
};

struct ShopeeMessage
{
    QString messageId;
    QString conversationId;
    QString type;
    qint64 fromId = 0;
    qint64 fromShopId = 0;
    qint64 toId = 0;
    QString text;          ///< text, or a readable stand-in for images, items, orders, stickers
    QString orderSn;       ///< source_content / content order_sn, when the message is about an order
    qint64 createdSec = 0; ///< Unix seconds
};

struct ShopeeMessagePage
{
    QList<ShopeeMessage> messages;
    bool more = false;
    QString nextOffset;
};

struct ShopeeOrderListPage
{
    QStringList orderSns;
    bool more = false;
    QString nextCursor;
};

struct ShopeeToken
{
    QString accessToken;
    QString refreshToken;
    qint64 expireInSec = 0;
};

/// Parses Shopee v2 payloads (pure, fixture-tested, fuzzed). Shopee wraps answers in
/// {request_id, error, message, response}; a non-empty "error" is a failure even on HTTP 200.
/// IDs arrive as strings or 64-bit numbers: both are read exactly, as strings.
class ShopeeParser final
{
public:
    /// The failure an envelope reports (error_rate_limit/error_busy → RateLimited, error_server /
    /// error_inner → Transient, token errors → Auth, others → Permanent); nullopt when error is empty.
    static std::optional<ChannelFailure> envelopeFailure(const QByteArray &json);
    /// True for the error codes that mean "access token expired or invalid".
    static bool isTokenError(const QString &error);

    static Result<ShopeeConversationPage> conversationList(const QByteArray &json);
    static Result<ShopeeConversation> oneConversation(const QByteArray &json);
    static Result<ShopeeMessagePage> messages(const QByteArray &json);
    /// send_message: the new message's id.
    static Result<QString> sentMessageId(const QByteArray &json);
    static Result<ShopeeOrderListPage> orderList(const QByteArray &json);
    static Result<QList<Order>> orderDetail(const QByteArray &json);
    static Result<ShopeeToken> token(const QByteArray &json);

    static InboundMessage
    toInbound(const ShopeeMessage &m, const ShopeeConversation &conversation, qint64 shopId, qint64 channelId);
    /// Shopee's decimal money (89.9) in minor units of the currency.
    static qint64 amountToMinor(double amount, const QString &currency);
    /// Shopee order_status → HarborDesk's platform-neutral status.
    static QString orderStatus(const QString &shopeeStatus);
};

} // namespace hd
