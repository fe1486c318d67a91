#include "core/channels/tiktok/TikTokParser.h"

#include "core/channels/PayloadNumbers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

const char *const kCtx = "hd::TikTokParser";

Error parseError(const QString &what, const QString &detail)
{
    return Error::make(Error::Code::Parse,
                       QCoreApplication::translate(kCtx, "TikTok Shop sent a reply HarborDesk cannot read."),
                       what + u": "_s + detail);
}

/// The "data" object of a successful envelope.
Result<QJsonObject> data(const QByteArray &json, const QString &what)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return parseError(what, err.errorString() + u" at "_s + QString::number(err.offset));
    const QJsonObject root = doc.object();
    if (!root.contains("code"_L1))
        return parseError(what, u"no envelope code"_s);
    if (root.value("code"_L1).toInteger() != 0)
        return Error::make(Error::Code::Unavailable,
                           QCoreApplication::translate(kCtx, "TikTok Shop refused the request: %1")
                               .arg(root.value("message"_L1).toString()),
                           what + u": code "_s + QString::number(root.value("code"_L1).toInteger()));
    if (!root.value("data"_L1).isObject())
        return parseError(what, u"no data object"_s);
    return root.value("data"_L1).toObject();
}

/// Ids arrive as strings, but be lenient with numbers.
QString idString(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return {};
}

qint64 cents(const QJsonValue &amount)
{
    const double d = amount.isString() ? amount.toString().toDouble() : amount.toDouble();
    return PayloadNumbers::minorUnits(d * 100.0);
}

} // namespace

Result<TikTokConversationsPage> TikTokParser::conversations(const QByteArray &json)
{
    auto d = data(json, u"conversations"_s);
    if (!d)
        return d.error();
    TikTokConversationsPage page;
    page.nextPageToken = d->value("next_page_token"_L1).toString();
    for (const QJsonValue &v : d->value("conversations"_L1).toArray()) {
        const QJsonObject c = v.toObject();
        TikTokConversation conv;
        conv.id = idString(c.value("id"_L1));
        if (conv.id.isEmpty())
            continue;
        for (const QJsonValue &p : c.value("participants"_L1).toArray()) {
            const QJsonObject who = p.toObject();
            if (who.value("role"_L1).toString() == "BUYER"_L1) {
                conv.buyerId = idString(who.value("user_id"_L1));
                conv.buyerImId = idString(who.value("im_user_id"_L1));
                conv.buyerName = who.value("nickname"_L1).toString();
                break;
            }
        }
        const QJsonObject latest = c.value("latest_message"_L1).toObject();
        conv.latestMessageId = idString(latest.value("id"_L1));
        conv.latestMessageAtMs = PayloadNumbers::secondsToMs(latest.value("create_time"_L1).toInteger());
        page.conversations << conv;
    }
    return page;
}

Result<TikTokMessagesPage>
TikTokParser::messages(const QByteArray &json, const TikTokConfig &config, const TikTokConversation &conversation)
{
    auto d = data(json, u"messages"_s);
    if (!d)
        return d.error();
    TikTokMessagesPage page;
    page.nextPageToken = d->value("next_page_token"_L1).toString();
    for (const QJsonValue &v : d->value("messages"_L1).toArray()) {
        const QJsonObject m = v.toObject();
        if (m.contains("is_visible"_L1) && !m.value("is_visible"_L1).toBool())
            continue;
        InboundMessage in;
        in.channelId = config.channelId;
        in.externalId = idString(m.value("id"_L1));
        if (in.externalId.isEmpty())
            continue;
        in.conversationExternalId = conversation.id;
        const QJsonObject sender = m.value("sender"_L1).toObject();
        const bool buyer = sender.value("role"_L1).toString() == "BUYER"_L1;
        in.direction = buyer ? u"inbound"_s : u"outbound"_s;
        in.customerExternalId = conversation.buyerId.isEmpty() ? conversation.buyerImId : conversation.buyerId;
        in.customerName =
            conversation.buyerName.isEmpty() && buyer ? sender.value("nickname"_L1).toString() : conversation.buyerName;
        in.sentAt = PayloadNumbers::secondsToMs(m.value("create_time"_L1).toInteger());
        const QString type = m.value("type"_L1).toString();
        // The content is a JSON document inside a string.
        const QJsonObject content = QJsonDocument::fromJson(m.value("content"_L1).toString().toUtf8()).object();
        if (type == "TEXT"_L1) {
            in.bodyText = content.value("content"_L1).toString();
        } else if (type == "ORDER_CARD"_L1) {
            in.orderExternalId = idString(content.value("order_id"_L1));
            in.bodyText = QCoreApplication::translate(kCtx, "[Order card: %1]").arg(in.orderExternalId);
        } else if (type == "PRODUCT_CARD"_L1) {
            in.bodyText =
                QCoreApplication::translate(kCtx, "[Product card: %1]").arg(idString(content.value("product_id"_L1)));
        } else if (type == "IMAGE"_L1) {
            in.bodyText = u"[image: "_s + content.value("url"_L1).toString() + u']';
        } else {
            in.bodyText =
                d->value("unsupported_msg_tips"_L1)
                    .toString(QCoreApplication::translate(kCtx, "Please check this message in Seller Center."));
        }
        page.messages << in;
    }
    std::stable_sort(page.messages.begin(), page.messages.end(), [](const InboundMessage &a, const InboundMessage &b) {
        return a.sentAt < b.sentAt;
    });
    return page;
}

Result<SendReceipt> TikTokParser::sendResponse(const QByteArray &json)
{
    auto d = data(json, u"send"_s);
    if (!d)
        return d.error();
    SendReceipt r;
    r.remoteId = idString(d->value("message_id"_L1));
    if (r.remoteId.isEmpty())
        return parseError(u"send"_s, u"no message_id"_s);
    return r;
}

QString TikTokParser::orderStatus(const QString &s)
{
    if (s == "UNPAID"_L1 || s == "ON_HOLD"_L1)
        return u"pending"_s;
    if (s == "AWAITING_SHIPMENT"_L1 || s == "AWAITING_COLLECTION"_L1 || s == "PARTIALLY_SHIPPING"_L1)
        return u"paid"_s;
    if (s == "IN_TRANSIT"_L1)
        return u"shipped"_s;
    if (s == "DELIVERED"_L1 || s == "COMPLETED"_L1)
        return u"delivered"_s;
    if (s == "CANCELLED"_L1)
        return u"cancelled"_s;
    return u"pending"_s;
}

Result<TikTokOrdersPage> TikTokParser::orders(const QByteArray &json, const TikTokConfig &config)
{
    auto d = data(json, u"orders"_s);
    if (!d)
        return d.error();
    TikTokOrdersPage page;
    page.nextPageToken = d->value("next_page_token"_L1).toString();
    page.totalCount = d->value("total_count"_L1).toInteger();
    for (const QJsonValue &v : d->value("orders"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        Order order;
        order.channelId = config.channelId;
        order.externalId = idString(o.value("id"_L1));
        if (order.externalId.isEmpty())
            continue;
        order.status = orderStatus(o.value("status"_L1).toString());
        const QJsonObject payment = o.value("payment"_L1).toObject();
        order.currency = payment.value("currency"_L1).toString();
        order.totalCents = cents(payment.value("total_amount"_L1));
        for (const QJsonValue &li : o.value("line_items"_L1).toArray()) {
            const QJsonObject it = li.toObject();
            order.items << OrderItem{it.value("seller_sku"_L1).toString(idString(it.value("sku_id"_L1))),
                                     it.value("product_name"_L1).toString(),
                                     1,
                                     cents(it.value("sale_price"_L1))};
        }
        const QJsonObject addr = o.value("recipient_address"_L1).toObject();
        order.shipToCountry = addr.value("region_code"_L1).toString();
        order.shipToPostcode = addr.value("postal_code"_L1).toString();
        order.trackingNumber = o.value("tracking_number"_L1).toString();
        order.carrier = o.value("shipping_provider"_L1).toString();
        order.orderedAt = PayloadNumbers::secondsToMs(o.value("create_time"_L1).toInteger());
        order.shippedAt = PayloadNumbers::secondsToMs(o.value("rts_time"_L1).toInteger());
        order.deliveredAt = PayloadNumbers::secondsToMs(o.value("delivery_time"_L1).toInteger());
        order.buyerExternalId = idString(o.value("user_id"_L1));
        order.buyerEmail = o.value("buyer_email"_L1).toString();
        order.buyerName = addr.value("name"_L1).toString();
        page.maxUpdateTimeS = std::max(page.maxUpdateTimeS, o.value("update_time"_L1).toInteger());
        page.orders << order;
    }
    return page;
}

Result<TikTokToken> TikTokParser::token(const QByteArray &json)
{
    auto d = data(json, u"token"_s);
    if (!d)
        return d.error();
    TikTokToken t;
    t.accessToken = d->value("access_token"_L1).toString().toUtf8();
    t.refreshToken = d->value("refresh_token"_L1).toString().toUtf8();
    // Absolute Unix seconds, not durations.
    t.accessExpiresAtMs = PayloadNumbers::secondsToMs(d->value("access_token_expire_in"_L1).toInteger());
    t.refreshExpiresAtMs = PayloadNumbers::secondsToMs(d->value("refresh_token_expire_in"_L1).toInteger());
    if (t.accessToken.isEmpty())
        return parseError(u"token"_s, u"no access_token"_s);
    return t;
}

std::optional<ChannelFailure> TikTokParser::failure(int httpStatus, const QByteArray &body, qint64 retryAfterMs)
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const qint64 code = root.value("code"_L1).toInteger(-1);
    const bool okStatus = httpStatus >= 200 && httpStatus < 300;
    if (okStatus && code == 0)
        return std::nullopt;
    ChannelFailure f;
    f.detail = u"HTTP %1, TikTok code %2: %3 (request %4)"_s.arg(httpStatus)
                   .arg(code)
                   .arg(root.value("message"_L1).toString(), root.value("request_id"_L1).toString());
    if (httpStatus == 429) {
        f.kind = ChannelFailure::Kind::RateLimited;
        f.retryAfterMs = retryAfterMs;
        f.message =
            QCoreApplication::translate(kCtx, "TikTok Shop is throttling requests; HarborDesk will retry later.");
    } else if (httpStatus >= 500 || httpStatus == 0 || (okStatus && code == -1)) {
        f.kind = ChannelFailure::Kind::Transient;
        f.message = QCoreApplication::translate(kCtx, "TikTok Shop is temporarily unavailable; HarborDesk will retry.");
    } else if (httpStatus == 401 || code == 105001 || code == 105002 || code == 105005) {
        f.kind = ChannelFailure::Kind::Auth;
        f.message = QCoreApplication::translate(kCtx, "The TikTok Shop authorisation expired; reconnect the shop.");
    } else {
        f.kind = ChannelFailure::Kind::Permanent;
        f.message = QCoreApplication::translate(kCtx, "TikTok Shop refused the request: %1")
                        .arg(root.value("message"_L1).toString(QString::number(httpStatus)));
    }
    return f;
}

} // namespace hd
