#include "core/channels/walmart/WalmartOrdersApi.h"

#include "core/channels/PayloadNumbers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

const char *const kCtx = "hd::WalmartOrdersApi";

Error parseError(const QString &what, const QString &detail)
{
    return Error::make(Error::Code::Parse,
                       QCoreApplication::translate(kCtx, "Walmart sent a reply HarborDesk cannot read."),
                       what + u": "_s + detail);
}

ChannelHttpRequest base(const WalmartConfig &c, const QString &path, const QByteArray &correlationId)
{
    ChannelHttpRequest r;
    r.service = u"Walmart"_s;
    r.url = c.apiBaseUrl;
    QString p = r.url.path();
    if (p.endsWith(u'/'))
        p.chop(1);
    r.url.setPath(p + path);
    r.setHeader("Accept", "application/json");
    r.setHeader("WM_SVC.NAME", "Walmart Marketplace");
    r.setHeader("WM_QOS.CORRELATION_ID", correlationId);
    return r;
}

/// Walmart JSON sometimes wraps single elements in an object instead of an array.
QJsonArray asArray(const QJsonValue &v)
{
    if (v.isArray())
        return v.toArray();
    if (v.isObject())
        return QJsonArray{v};
    return {};
}

} // namespace

ChannelHttpRequest WalmartOrdersApi::tokenRequest(const WalmartConfig &c,
                                                  const QByteArray &clientId,
                                                  const QByteArray &clientSecret,
                                                  const QByteArray &correlationId)
{
    ChannelHttpRequest r = base(c, u"/v3/token"_s, correlationId);
    r.method = "POST";
    r.body = "grant_type=client_credentials";
    r.setHeader("Content-Type", "application/x-www-form-urlencoded");
    r.setHeader("Authorization", "Basic " + QByteArray(clientId + ':' + clientSecret).toBase64());
    return r;
}

Result<WalmartToken> WalmartOrdersApi::parseToken(const QByteArray &json, qint64 nowMs)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    WalmartToken t;
    t.accessToken = root.value("access_token"_L1).toString().toUtf8();
    t.expiresAtMs = nowMs + PayloadNumbers::durationMs(root.value("expires_in"_L1).toInteger(900));
    if (t.accessToken.isEmpty())
        return parseError(u"token"_s, u"no access_token"_s);
    return t;
}

ChannelHttpRequest WalmartOrdersApi::orders(const WalmartConfig &c,
                                            const QDateTime &createdStartDate,
                                            const QString &nextCursor,
                                            const QByteArray &correlationId)
{
    ChannelHttpRequest r = base(c, u"/v3/orders"_s, correlationId);
    if (!nextCursor.isEmpty()) {
        // nextCursor is the query of the next page, as Walmart gives it.
        QString query = nextCursor;
        if (query.startsWith(u'?'))
            query.remove(0, 1);
        r.url.setQuery(query);
        return r;
    }
    QUrlQuery q;
    q.addQueryItem(u"createdStartDate"_s, createdStartDate.toUTC().toString(Qt::ISODate));
    q.addQueryItem(u"limit"_s, QString::number(c.pageSize));
    r.url.setQuery(q);
    return r;
}

QString WalmartOrdersApi::orderStatus(const QStringList &lineStatuses)
{
    if (lineStatuses.isEmpty())
        return u"pending"_s;
    // Least advanced first.
    static const QStringList rank{u"Created"_s, u"Acknowledged"_s, u"Shipped"_s, u"Delivered"_s, u"Cancelled"_s};
    static const QStringList neutral{u"pending"_s, u"paid"_s, u"shipped"_s, u"delivered"_s, u"cancelled"_s};
    qsizetype best = rank.size();
    bool allCancelled = true;
    for (const QString &s : lineStatuses) {
        if (s != "Cancelled"_L1)
            allCancelled = false;
        const qsizetype i = rank.indexOf(s);
        if (i >= 0 && i < best && s != "Cancelled"_L1)
            best = i;
    }
    if (allCancelled)
        return u"cancelled"_s;
    return best < rank.size() ? neutral.at(best) : u"pending"_s;
}

Result<WalmartOrdersPage> WalmartOrdersApi::parseOrders(const QByteArray &json, const WalmartConfig &c)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return parseError(u"orders"_s, err.errorString() + u" at "_s + QString::number(err.offset));
    const QJsonObject list = doc.object().value("list"_L1).toObject();
    if (list.isEmpty())
        return parseError(u"orders"_s, u"no list object"_s);
    WalmartOrdersPage page;
    const QJsonObject meta = list.value("meta"_L1).toObject();
    page.totalCount = meta.value("totalCount"_L1).toInteger();
    page.nextCursor = meta.value("nextCursor"_L1).toString();
    for (const QJsonValue &v : asArray(list.value("elements"_L1).toObject().value("order"_L1))) {
        const QJsonObject o = v.toObject();
        Order order;
        order.channelId = c.channelId;
        order.externalId = o.value("customerOrderId"_L1).toString(o.value("purchaseOrderId"_L1).toString());
        if (order.externalId.isEmpty())
            continue;
        order.orderedAt = o.value("orderDate"_L1).toInteger();
        const QJsonObject addr = o.value("shippingInfo"_L1).toObject().value("postalAddress"_L1).toObject();
        order.shipToCountry = addr.value("country"_L1).toString();
        if (order.shipToCountry == "USA"_L1)
            order.shipToCountry = u"US"_s;
        order.shipToPostcode = addr.value("postalCode"_L1).toString();
        order.buyerName = addr.value("name"_L1).toString();
        order.buyerEmail = o.value("customerEmailId"_L1).toString();
        order.buyerExternalId = order.buyerEmail; // the relay alias identifies the buyer
        QStringList statuses;
        for (const QJsonValue &lv : asArray(o.value("orderLines"_L1).toObject().value("orderLine"_L1))) {
            const QJsonObject line = lv.toObject();
            const QJsonObject item = line.value("item"_L1).toObject();
            const int qty = line.value("orderLineQuantity"_L1).toObject().value("amount"_L1).toString(u"1"_s).toInt();
            qint64 unit = 0;
            for (const QJsonValue &ch : asArray(line.value("charges"_L1).toObject().value("charge"_L1))) {
                const QJsonObject charge = ch.toObject();
                const QJsonObject amount = charge.value("chargeAmount"_L1).toObject();
                const qint64 cents = PayloadNumbers::minorUnits(amount.value("amount"_L1).toDouble() * 100.0);
                if (order.currency.isEmpty())
                    order.currency = amount.value("currency"_L1).toString();
                if (charge.value("chargeType"_L1).toString() == "PRODUCT"_L1)
                    unit = qty > 0 ? cents / qty : cents;
                order.totalCents += cents;
            }
            order.items << OrderItem{item.value("sku"_L1).toString(),
                                     item.value("productName"_L1).toString(),
                                     std::max(1, qty),
                                     unit};
            for (const QJsonValue &sv :
                 asArray(line.value("orderLineStatuses"_L1).toObject().value("orderLineStatus"_L1))) {
                const QJsonObject st = sv.toObject();
                statuses << st.value("status"_L1).toString();
                const QJsonObject tracking = st.value("trackingInfo"_L1).toObject();
                if (!tracking.isEmpty()) {
                    order.trackingNumber = tracking.value("trackingNumber"_L1).toString();
                    order.carrier = tracking.value("carrierName"_L1).toObject().value("carrier"_L1).toString();
                    order.shippedAt = tracking.value("shipDateTime"_L1).toInteger();
                }
            }
        }
        order.status = orderStatus(statuses);
        page.maxOrderDateMs = std::max(page.maxOrderDateMs, order.orderedAt);
        page.orders << order;
    }
    return page;
}

} // namespace hd
