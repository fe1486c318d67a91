#include "core/channels/ebay/EbayParser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

Error parseError(const QString &detail)
{
    return Error::make(Error::Code::Parse,
                       QCoreApplication::translate("hd::EbayParser", "eBay sent an answer we could not read."),
                       u"eBay: "_s + detail);
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

// eBay ids are strings; accept numbers too (never lose digits: integers come back exact).
QString idString(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return {};
}

EbayPaging paging(const QJsonObject &o)
{
    EbayPaging p;
    p.href = o.value(u"href"_s).toString();
    p.limit = o.value(u"limit"_s).toInt();
    p.offset = o.value(u"offset"_s).toInt();
    p.total = o.value(u"total"_s).toInteger();
    const QJsonValue next = o.value(u"next"_s);
    p.hasNext = next.isString() && !next.toString().isEmpty();
    return p;
}

Result<EbayMessage> message(const QJsonObject &m, const QString &where)
{
    EbayMessage e;
    e.messageId = idString(m.value(u"messageId"_s));
    if (e.messageId.isEmpty())
        return parseError(where + u": message without messageId"_s);
    e.body = m.value(u"messageBody"_s).toString();
    e.subject = m.value(u"subject"_s).toString();
    e.sender = m.contains(u"senderUsername"_s) ? m.value(u"senderUsername"_s).toString()
                                               : m.value(u"senderUserName"_s).toString();
    e.recipient = m.contains(u"recipientUsername"_s) ? m.value(u"recipientUsername"_s).toString()
                                                     : m.value(u"recipientUserName"_s).toString();
    e.createdAt = EbayParser::parseTime(m.value(u"createdDate"_s).toString());
    if (e.createdAt < 0)
        return parseError(where + u": message %1 has no readable createdDate"_s.arg(e.messageId));
    e.read = m.value(u"readStatus"_s).toBool();
    return e;
}

QString orderStatus(const QJsonObject &o)
{
    const QString cancel = o.value(u"cancelStatus"_s).toObject().value(u"cancelState"_s).toString();
    if (cancel == u"CANCELED"_s)
        return u"cancelled"_s;
    const QString pay = o.value(u"orderPaymentStatus"_s).toString();
    if (pay == u"FULLY_REFUNDED"_s)
        return u"refunded"_s;
    if (pay == u"PENDING"_s || pay == u"FAILED"_s)
        return u"pending"_s;
    const QString ful = o.value(u"orderFulfillmentStatus"_s).toString();
    if (ful == u"FULFILLED"_s)
        return u"shipped"_s;
    return u"paid"_s;
}

} // namespace

qint64 EbayParser::parseTime(const QString &iso)
{
    if (iso.isEmpty())
        return -1;
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : -1;
}

qint64 EbayParser::moneyToMinor(const QString &value, const QString &currency, bool *ok)
{
    // ISO 4217 currencies without minor units that eBay sites use.
    static const QStringList zeroDecimal = {u"JPY"_s, u"KRW"_s, u"VND"_s, u"CLP"_s, u"ISK"_s, u"HUF"_s};
    const int digits = zeroDecimal.contains(currency.toUpper()) ? 0 : 2;
    QString v = value.trimmed();
    bool negative = v.startsWith(u'-');
    if (negative)
        v = v.mid(1);
    const QStringList parts = v.split(u'.');
    bool good = parts.size() <= 2 && !parts.value(0).isEmpty();
    qint64 whole = good ? parts.value(0).toLongLong(&good) : 0;
    QString frac = parts.value(1);
    if (good && frac.size() > digits)
        frac = frac.left(digits); // eBay never sends more digits than the currency has
    while (frac.size() < digits)
        frac += u'0';
    qint64 minor = 0;
    if (good && !frac.isEmpty())
        minor = frac.toLongLong(&good);
    if (ok)
        *ok = good;
    if (!good)
        return 0;
    qint64 scale = digits == 2 ? 100 : 1;
    const qint64 total = whole * scale + minor;
    return negative ? -total : total;
}

Result<EbayConversationsPage> EbayParser::conversations(const QByteArray &json)
{
    const Result<QJsonObject> root = object(json);
    if (!root)
        return root.error();
    const QJsonObject &o = root.value();
    if (!o.value(u"conversations"_s).isArray() && o.contains(u"conversations"_s))
        return parseError(u"conversations is not an array"_s);
    EbayConversationsPage page;
    page.paging = paging(o);
    for (const QJsonValue &v : o.value(u"conversations"_s).toArray()) {
        if (!v.isObject())
            return parseError(u"conversations[] holds a non-object"_s);
        const QJsonObject c = v.toObject();
        EbayConversation conv;
        conv.conversationId = idString(c.value(u"conversationId"_s));
        if (conv.conversationId.isEmpty())
            return parseError(u"conversation without conversationId"_s);
        conv.title = c.value(u"conversationTitle"_s).toString();
        conv.status = c.value(u"conversationStatus"_s).toString();
        conv.referenceId = idString(c.value(u"referenceId"_s));
        conv.referenceType = c.value(u"referenceType"_s).toString();
        conv.unreadCount = c.value(u"unreadCount"_s).toInt();
        if (c.value(u"latestMessage"_s).isObject()) {
            Result<EbayMessage> latest = message(c.value(u"latestMessage"_s).toObject(), u"latestMessage"_s);
            if (latest)
                conv.latest = latest.value();
        }
        page.conversations.append(conv);
    }
    return page;
}

Result<EbayMessagesPage> EbayParser::messages(const QByteArray &json)
{
    const Result<QJsonObject> root = object(json);
    if (!root)
        return root.error();
    const QJsonObject &o = root.value();
    if (!o.value(u"messages"_s).isArray())
        return parseError(u"getConversation answer without a messages array"_s);
    EbayMessagesPage page;
    page.paging = paging(o);
    page.title = o.value(u"conversationTitle"_s).toString();
    for (const QJsonValue &v : o.value(u"messages"_s).toArray()) {
        if (!v.isObject())
            return parseError(u"messages[] holds a non-object"_s);
        Result<EbayMessage> m = message(v.toObject(), u"messages[]"_s);
        if (!m)
            return m.error();
        page.messages.append(m.value());
    }
    return page;
}

Result<EbayMessage> EbayParser::sentMessage(const QByteArray &json)
{
    const Result<QJsonObject> root = object(json);
    if (!root)
        return root.error();
    return message(root.value(), u"send_message"_s);
}

Result<EbayOrdersPage> EbayParser::orders(const QByteArray &json)
{
    const Result<QJsonObject> root = object(json);
    if (!root)
        return root.error();
    const QJsonObject &o = root.value();
    EbayOrdersPage page;
    page.paging = paging(o);
    for (const QJsonValue &v : o.value(u"orders"_s).toArray()) {
        const QJsonObject j = v.toObject();
        Order order;
        order.externalId = idString(j.value(u"orderId"_s));
        if (order.externalId.isEmpty())
            return parseError(u"order without orderId"_s);
        order.status = orderStatus(j);
        const QJsonObject total = j.value(u"pricingSummary"_s).toObject().value(u"total"_s).toObject();
        order.currency = total.value(u"currency"_s).toString();
        bool ok = true;
        order.totalCents = moneyToMinor(total.value(u"value"_s).toString(), order.currency, &ok);
        if (!ok && total.contains(u"value"_s))
            return parseError(u"order %1 has an unreadable total"_s.arg(order.externalId));
        for (const QJsonValue &li : j.value(u"lineItems"_s).toArray()) {
            const QJsonObject l = li.toObject();
            OrderItem item;
            item.sku = l.value(u"sku"_s).toString();
            item.title = l.value(u"title"_s).toString();
            item.quantity = qMax(1, l.value(u"quantity"_s).toInt(1));
            const QJsonObject cost = l.value(u"lineItemCost"_s).toObject();
            item.unitPriceCents =
                moneyToMinor(cost.value(u"value"_s).toString(), cost.value(u"currency"_s).toString(order.currency))
                / item.quantity;
            order.items.append(item);
        }
        const QJsonObject address = j.value(u"fulfillmentStartInstructions"_s)
                                        .toArray()
                                        .at(0)
                                        .toObject()
                                        .value(u"shippingStep"_s)
                                        .toObject()
                                        .value(u"shipTo"_s)
                                        .toObject()
                                        .value(u"contactAddress"_s)
                                        .toObject();
        order.shipToCountry = address.value(u"countryCode"_s).toString();
        order.shipToPostcode = address.value(u"postalCode"_s).toString();
        order.orderedAt = qMax<qint64>(0, parseTime(j.value(u"creationDate"_s).toString()));
        page.newestModifiedAt = qMax(page.newestModifiedAt, parseTime(j.value(u"lastModifiedDate"_s).toString()));
        page.orders.append(order);
    }
    return page;
}

Result<EbayToken> EbayParser::token(const QByteArray &json)
{
    const Result<QJsonObject> root = object(json);
    if (!root)
        return root.error();
    EbayToken t;
    t.accessToken = root->value(u"access_token"_s).toString();
    if (t.accessToken.isEmpty())
        return parseError(u"token answer without access_token"_s);
    t.expiresInSec = root->value(u"expires_in"_s).toInteger(7200);
    t.refreshToken = root->value(u"refresh_token"_s).toString();
    return t;
}

QString EbayParser::errorSummary(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    const QJsonObject e = o.value(u"errors"_s).toArray().at(0).toObject();
    if (!e.isEmpty())
        return e.value(u"message"_s).toString() + u" (errorId "_s + QString::number(e.value(u"errorId"_s).toInteger())
            + u')';
    if (o.contains(u"error_description"_s))
        return o.value(u"error"_s).toString() + u": "_s + o.value(u"error_description"_s).toString();
    return {};
}

InboundMessage EbayParser::toInbound(const EbayMessage &m,
                                     const QString &conversationId,
                                     const QString &title,
                                     const QString &seller,
                                     qint64 channelId)
{
    InboundMessage in;
    in.channelId = channelId;
    in.externalId = m.messageId;
    in.conversationExternalId = conversationId;
    const bool outbound = !seller.isEmpty() && m.sender.compare(seller, Qt::CaseInsensitive) == 0;
    in.direction = outbound ? u"outbound"_s : u"inbound"_s;
    in.customerExternalId = outbound ? m.recipient : m.sender;
    in.customerName = in.customerExternalId;
    in.subject = !title.isEmpty() ? title : m.subject;
    in.bodyText = m.body;
    in.sentAt = m.createdAt;
    return in;
}

} // namespace hd
