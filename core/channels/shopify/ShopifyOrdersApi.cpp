#include "core/channels/shopify/ShopifyOrdersApi.h"

#include "core/channels/PayloadNumbers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

const char *const kCtx = "hd::ShopifyOrdersApi";

Error parseError(const QString &detail)
{
    return Error::make(Error::Code::Parse,
                       QCoreApplication::translate(kCtx, "Shopify sent a reply HarborDesk cannot read."),
                       u"orders: "_s + detail);
}

qint64 cents(const QJsonValue &v)
{
    return PayloadNumbers::minorUnits((v.isString() ? v.toString().toDouble() : v.toDouble()) * 100.0);
}

qint64 isoMs(const QJsonValue &v)
{
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

ChannelHttpRequest base(const ShopifyConfig &c, const QString &resource)
{
    ChannelHttpRequest r;
    r.service = u"Shopify"_s;
    r.url = c.shopUrl;
    QString p = r.url.path();
    if (p.endsWith(u'/'))
        p.chop(1);
    r.url.setPath(p + u"/admin/api/"_s + c.apiVersion + u'/' + resource);
    r.setHeader("Accept", "application/json");
    return r;
}

} // namespace

ChannelHttpRequest
ShopifyOrdersApi::orders(const ShopifyConfig &c, const QDateTime &updatedAtMin, const QString &pageInfo)
{
    ChannelHttpRequest r = base(c, u"orders.json"_s);
    QUrlQuery q;
    q.addQueryItem(u"limit"_s, QString::number(c.pageSize));
    if (pageInfo.isEmpty()) {
        q.addQueryItem(u"status"_s, u"any"_s);
        q.addQueryItem(u"updated_at_min"_s, updatedAtMin.toUTC().toString(Qt::ISODate));
        q.addQueryItem(u"order"_s, u"updated_at%20asc"_s);
    } else {
        q.addQueryItem(u"page_info"_s, QString::fromUtf8(QUrl::toPercentEncoding(pageInfo)));
    }
    r.url.setQuery(q);
    return r;
}

ChannelHttpRequest ShopifyOrdersApi::shop(const ShopifyConfig &c)
{
    return base(c, u"shop.json"_s);
}

QString ShopifyOrdersApi::nextPageInfo(const QByteArray &linkHeader)
{
    // Link: <https://…/orders.json?limit=250&page_info=abc>; rel="next", <…>; rel="previous"
    static const QRegularExpression link(u"<([^>]*)>\\s*;\\s*rel=\"?([a-z]+)\"?"_s);
    auto it = link.globalMatch(QString::fromUtf8(linkHeader));
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.captured(2) == "next"_L1)
            return QUrlQuery(QUrl(m.captured(1))).queryItemValue(u"page_info"_s, QUrl::FullyDecoded);
    }
    return {};
}

QString ShopifyOrdersApi::orderStatus(const QString &financial, const QString &fulfillment, bool cancelled)
{
    if (cancelled || financial == "voided"_L1)
        return u"cancelled"_s;
    if (financial == "refunded"_L1 || financial == "partially_refunded"_L1)
        return u"refunded"_s;
    if (fulfillment == "fulfilled"_L1 || fulfillment == "partial"_L1)
        return u"shipped"_s;
    if (financial == "paid"_L1 || financial == "partially_paid"_L1)
        return u"paid"_s;
    return u"pending"_s;
}

Result<ShopifyOrdersPage>
ShopifyOrdersApi::parseOrders(const QByteArray &json, const QByteArray &linkHeader, const ShopifyConfig &c)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return parseError(err.errorString() + u" at "_s + QString::number(err.offset));
    const QJsonObject root = doc.object();
    if (!root.value("orders"_L1).isArray())
        return parseError(u"no orders array"_s);
    ShopifyOrdersPage page;
    page.nextPageInfo = nextPageInfo(linkHeader);
    for (const QJsonValue &v : root.value("orders"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        Order order;
        order.channelId = c.channelId;
        order.externalId = o.value("name"_L1).toString();
        if (order.externalId.isEmpty())
            order.externalId = u"#"_s + QString::number(o.value("order_number"_L1).toInteger());
        if (order.externalId == "#0"_L1)
            continue;
        order.status = orderStatus(o.value("financial_status"_L1).toString(),
                                   o.value("fulfillment_status"_L1).toString(),
                                   !o.value("cancelled_at"_L1).isNull() && !o.value("cancelled_at"_L1).isUndefined());
        order.currency = o.value("currency"_L1).toString();
        order.totalCents = cents(o.value("total_price"_L1));
        for (const QJsonValue &li : o.value("line_items"_L1).toArray()) {
            const QJsonObject it = li.toObject();
            order.items << OrderItem{it.value("sku"_L1).toString(),
                                     it.value("title"_L1).toString(),
                                     it.value("quantity"_L1).toInt(1),
                                     cents(it.value("price"_L1))};
        }
        const QJsonArray fulfillments = o.value("fulfillments"_L1).toArray();
        if (!fulfillments.isEmpty()) {
            const QJsonObject f = fulfillments.last().toObject();
            order.carrier = f.value("tracking_company"_L1).toString();
            order.trackingNumber = f.value("tracking_number"_L1).toString();
            order.shippedAt = isoMs(f.value("created_at"_L1));
        }
        const QJsonObject addr = o.value("shipping_address"_L1).toObject();
        order.shipToCountry = addr.value("country_code"_L1).toString();
        order.shipToPostcode = addr.value("zip"_L1).toString();
        order.orderedAt = isoMs(o.value("created_at"_L1));
        const QJsonObject customer = o.value("customer"_L1).toObject();
        order.buyerEmail = o.value("email"_L1).toString(customer.value("email"_L1).toString());
        const qint64 customerId = customer.value("id"_L1).toInteger();
        order.buyerExternalId = customerId ? QString::number(customerId) : QString();
        order.buyerName =
            QString(customer.value("first_name"_L1).toString() + u' ' + customer.value("last_name"_L1).toString())
                .trimmed();
        if (order.buyerName.isEmpty())
            order.buyerName = addr.value("name"_L1).toString();
        page.maxUpdatedAtMs = std::max(page.maxUpdatedAtMs, isoMs(o.value("updated_at"_L1)));
        page.orders << order;
    }
    return page;
}

} // namespace hd
