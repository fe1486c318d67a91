#include "core/channels/shopee/ShopeeParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

Error parseError(const QString &detail)
{
    return Error::make(Error::Code::Parse,
                       QCoreApplication::translate("hd::ShopeeParser", "Shopee sent an answer we could not read."),
                       u"Shopee: "_s + detail);
}

Result<QJsonObject> object(const QByteArray &json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return parseError(
            u"malformed JSON at byte %1 of %2: %3"_s.arg(pe.offset).arg(json.size()).arg(pe.errorString()));
    if (!doc.isObject())
        return parseError(u"expected a JSON object"_s);
    return doc.object();
}

// The "response" object of a successful envelope.
Result<QJsonObject> response(const QByteArray &json)
{
    Result<QJsonObject> root = object(json);
    if (!root)
        return root.error();
    const QString error = root->value(u"error"_s).toString();
    if (!error.isEmpty())
        return parseError(u"error %1: %2"_s.arg(error, root->value(u"message"_s).toString()));
    if (!root->value(u"response"_s).isObject())
        return parseError(u"envelope without a response object"_s);
    return root->value(u"response"_s).toObject();
}

QString idString(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return {};
}

qint64 number(const QJsonValue &v)
{
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        return ok ? n : 0;
    }
    return v.toInteger();
}

} // namespace

bool ShopeeParser::isTokenError(const QString &error)
{
    // "invalid_acceess_token" (sic) is how Shopee has been seen spelling it; accept both.
    return error == u"invalid_access_token"_s || error == u"invalid_acceess_token"_s || error == u"error_auth"_s
        || error == u"error_token"_s;
}

std::optional<ChannelFailure> ShopeeParser::envelopeFailure(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    const QString error = o.value(u"error"_s).toString();
    if (error.isEmpty())
        return std::nullopt;
    ChannelFailure f;
    f.detail = u"Shopee error %1: %2"_s.arg(error, o.value(u"message"_s).toString());
    if (error == u"error_rate_limit"_s || error == u"error_busy"_s) {
        f.kind = ChannelFailure::Kind::RateLimited;
        f.message = QCoreApplication::translate("hd::ShopeeParser", "Shopee asks us to slow down.");
    } else if (error == u"error_server"_s || error == u"error_inner"_s || error == u"error_network"_s) {
        f.kind = ChannelFailure::Kind::Transient;
        f.message = QCoreApplication::translate("hd::ShopeeParser", "Shopee had a temporary problem.");
    } else if (isTokenError(error)) {
        f.kind = ChannelFailure::Kind::Auth;
        f.message =
            QCoreApplication::translate("hd::ShopeeParser", "Shopee no longer accepts our access; reconnect the shop.");
    } else {
        f.kind = ChannelFailure::Kind::Permanent;
        f.message = QCoreApplication::translate("hd::ShopeeParser", "Shopee refused the request: %1")
                        .arg(o.value(u"message"_s).toString().left(200));
    }
    return f;
}

Result<ShopeeConversationPage> ShopeeParser::conversationList(const QByteArray &json)
{
    const Result<QJsonObject> r = response(json);
    if (!r)
        return r.error();
    if (!r->value(u"conversations"_s).isArray())
        return parseError(u"get_conversation_list without a conversations array"_s);
    ShopeeConversationPage page;
    for (const QJsonValue &v : r->value(u"conversations"_s).toArray()) {
        const QJsonObject c = v.toObject();
        ShopeeConversation conv;
        conv.conversationId = idString(c.value(u"conversation_id"_s));
        if (conv.conversationId.isEmpty())
            return parseError(u"conversation without conversation_id"_s);
        conv.toId = number(c.value(u"to_id"_s));
        conv.toName = c.value(u"to_name"_s).toString();
        conv.lastMessageNano = number(c.value(u"last_message_timestamp"_s));
        conv.unreadCount = c.value(u"unread_count"_s).toInt();
        page.conversations.append(conv);
    }
    const QJsonObject pr = r->value(u"page_result"_s).toObject();
    page.more = pr.value(u"more"_s).toBool();
    page.nextTimestampNano = number(pr.value(u"next_cursor"_s).toObject().value(u"next_message_time_nano"_s));
    if (page.nextTimestampNano == 0 && !page.conversations.isEmpty())
        page.nextTimestampNano = page.conversations.last().lastMessageNano;
    return page;
}

Result<ShopeeConversation> ShopeeParser::oneConversation(const QByteArray &json)
{
    const Result<QJsonObject> r = response(json);
    if (!r)
        return r.error();
    ShopeeConversation conv;
    conv.conversationId = idString(r->value(u"conversation_id"_s));
    conv.toId = number(r->value(u"to_id"_s));
    conv.toName = r->value(u"to_name"_s).toString();
    conv.lastMessageNano = number(r->value(u"last_message_timestamp"_s));
    if (conv.conversationId.isEmpty() || conv.toId <= 0)
        return parseError(u"get_one_conversation without conversation_id or to_id"_s);
    return conv;
}

Result<ShopeeMessagePage> ShopeeParser::messages(const QByteArray &json)
{
    const Result<QJsonObject> r = response(json);
    if (!r)
        return r.error();
    if (!r->value(u"messages"_s).isArray())
        return parseError(u"get_message without a messages array"_s);
    ShopeeMessagePage page;
    for (const QJsonValue &v : r->value(u"messages"_s).toArray()) {
        const QJsonObject m = v.toObject();
        ShopeeMessage msg;
        msg.messageId = idString(m.value(u"message_id"_s));
        if (msg.messageId.isEmpty())
            return parseError(u"message without message_id"_s);
        msg.conversationId = idString(m.value(u"conversation_id"_s));
        msg.type = m.value(u"message_type"_s).toString();
        msg.fromId = number(m.value(u"from_id"_s));
        msg.fromShopId = number(m.value(u"from_shop_id"_s));
        msg.toId = number(m.value(u"to_id"_s));
        msg.createdSec = number(m.value(u"created_timestamp"_s));
        if (msg.createdSec <= 0)
            return parseError(u"message %1 without created_timestamp"_s.arg(msg.messageId));
        const QJsonObject content = m.value(u"content"_s).toObject();
        msg.orderSn = m.value(u"source_content"_s).toObject().value(u"order_sn"_s).toString();
        if (msg.orderSn.isEmpty())
            msg.orderSn = content.value(u"order_sn"_s).toString();
        if (msg.type == u"text"_s || msg.type.isEmpty())
            msg.text = content.value(u"text"_s).toString();
        else if (msg.type == u"image"_s)
            msg.text = u"[image] "_s + content.value(u"url"_s).toString();
        else if (msg.type == u"item"_s)
            msg.text = u"[item "_s + idString(content.value(u"item_id"_s)) + u']';
        else if (msg.type == u"order"_s)
            msg.text = u"[order "_s + content.value(u"order_sn"_s).toString() + u']';
        else
            msg.text = u"["_s + msg.type + u']';
        page.messages.append(msg);
    }
    const QJsonObject pr = r->value(u"page_result"_s).toObject();
    page.more = pr.value(u"more"_s).toBool();
    page.nextOffset = idString(pr.value(u"next_offset"_s));
    return page;
}

Result<QString> ShopeeParser::sentMessageId(const QByteArray &json)
{
    const Result<QJsonObject> r = response(json);
    if (!r)
        return r.error();
    const QString id = idString(r->value(u"message_id"_s));
    if (id.isEmpty())
        return parseError(u"send_message without message_id"_s);
    return id;
}

Result<ShopeeOrderListPage> ShopeeParser::orderList(const QByteArray &json)
{
    const Result<QJsonObject> r = response(json);
    if (!r)
        return r.error();
    ShopeeOrderListPage page;
    for (const QJsonValue &v : r->value(u"order_list"_s).toArray()) {
        const QString sn = v.toObject().value(u"order_sn"_s).toString();
        if (sn.isEmpty())
            return parseError(u"order_list entry without order_sn"_s);
        page.orderSns.append(sn);
    }
    page.more = r->value(u"more"_s).toBool();
    page.nextCursor = idString(r->value(u"next_cursor"_s));
    return page;
}

qint64 ShopeeParser::amountToMinor(double amount, const QString &currency)
{
    static const QStringList zeroDecimal = {u"IDR"_s, u"VND"_s, u"TWD"_s, u"KRW"_s, u"CLP"_s, u"JPY"_s};
    const double scale = zeroDecimal.contains(currency.toUpper()) ? 1.0 : 100.0;
    return qint64(std::llround(amount * scale));
}

QString ShopeeParser::orderStatus(const QString &s)
{
    if (s == u"UNPAID"_s)
        return u"pending"_s;
    if (s == u"READY_TO_SHIP"_s || s == u"PROCESSED"_s)
        return u"paid"_s;
    if (s == u"SHIPPED"_s || s == u"TO_CONFIRM_RECEIVE"_s)
        return u"shipped"_s;
    if (s == u"COMPLETED"_s)
        return u"delivered"_s;
    if (s == u"IN_CANCEL"_s || s == u"CANCELLED"_s)
        return u"cancelled"_s;
    if (s == u"TO_RETURN"_s)
        return u"returned"_s;
    return u"paid"_s;
}

Result<QList<Order>> ShopeeParser::orderDetail(const QByteArray &json)
{
    const Result<QJsonObject> r = response(json);
    if (!r)
        return r.error();
    QList<Order> orders;
    for (const QJsonValue &v : r->value(u"order_list"_s).toArray()) {
        const QJsonObject o = v.toObject();
        Order order;
        order.externalId = o.value(u"order_sn"_s).toString();
        if (order.externalId.isEmpty())
            return parseError(u"order without order_sn"_s);
        order.status = orderStatus(o.value(u"order_status"_s).toString());
        order.currency = o.value(u"currency"_s).toString();
        order.totalCents = amountToMinor(o.value(u"total_amount"_s).toDouble(), order.currency);
        order.orderedAt = number(o.value(u"create_time"_s)) * 1000;
        for (const QJsonValue &iv : o.value(u"item_list"_s).toArray()) {
            const QJsonObject i = iv.toObject();
            OrderItem item;
            item.sku = i.value(u"model_sku"_s).toString();
            if (item.sku.isEmpty())
                item.sku = i.value(u"item_sku"_s).toString();
            item.title = i.value(u"item_name"_s).toString();
            item.quantity = qMax(1, i.value(u"model_quantity_purchased"_s).toInt(1));
            item.unitPriceCents = amountToMinor(i.value(u"model_discounted_price"_s).toDouble(), order.currency);
            order.items.append(item);
        }
        const QJsonObject addr = o.value(u"recipient_address"_s).toObject();
        order.shipToCountry = addr.value(u"region"_s).toString(o.value(u"region"_s).toString());
        order.shipToPostcode = addr.value(u"zipcode"_s).toString();
        orders.append(order);
    }
    return orders;
}

Result<ShopeeToken> ShopeeParser::token(const QByteArray &json)
{
    const Result<QJsonObject> root = object(json);
    if (!root)
        return root.error();
    const QString error = root->value(u"error"_s).toString();
    if (!error.isEmpty())
        return parseError(u"token error %1: %2"_s.arg(error, root->value(u"message"_s).toString()));
    ShopeeToken t;
    t.accessToken = root->value(u"access_token"_s).toString();
    t.refreshToken = root->value(u"refresh_token"_s).toString();
    t.expireInSec = root->value(u"expire_in"_s).toInteger(14400);
    if (t.accessToken.isEmpty())
        return parseError(u"token answer without access_token"_s);
    return t;
}

InboundMessage
ShopeeParser::toInbound(const ShopeeMessage &m, const ShopeeConversation &conversation, qint64 shopId, qint64 channelId)
{
    InboundMessage in;
    in.channelId = channelId;
    in.externalId = m.messageId;
    in.conversationExternalId = conversation.conversationId;
    const bool outbound = shopId > 0 && m.fromShopId == shopId;
    in.direction = outbound ? u"outbound"_s : u"inbound"_s;
    in.customerExternalId = QString::number(conversation.toId > 0 ? conversation.toId : (outbound ? m.toId : m.fromId));
    in.customerName = conversation.toName;
    in.bodyText = m.text;
    in.orderExternalId = m.orderSn;
    in.sentAt = m.createdSec * 1000;
    return in;
}

} // namespace hd
