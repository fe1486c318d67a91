#include "core/channels/amazon/AmazonOrdersApi.h"

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

const char *const kCtx = "hd::AmazonOrdersApi";

Error parseError(const QString &what, const QString &detail)
{
    return Error::make(Error::Code::Parse,
                       QCoreApplication::translate(kCtx, "Amazon sent a reply HarborDesk cannot read."),
                       what + u": "_s + detail);
}

Result<QJsonObject> object(const QByteArray &json, const QString &what)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return parseError(what, err.errorString() + u" at "_s + QString::number(err.offset));
    if (!doc.isObject())
        return parseError(what, u"not a JSON object"_s);
    return doc.object();
}

qint64 isoMs(const QJsonValue &v)
{
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

qint64 money(const QJsonObject &m)
{
    return PayloadNumbers::minorUnits(m.value("Amount"_L1).toString().toDouble() * 100.0);
}

QUrl join(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString p = url.path();
    if (p.endsWith(u'/'))
        p.chop(1);
    url.setPath(p + path);
    return url;
}

} // namespace

ChannelHttpRequest
AmazonOrdersApi::tokenRequest(const AmazonConfig &c, const QByteArray &clientSecret, const QByteArray &refreshToken)
{
    ChannelHttpRequest r;
    r.method = "POST";
    r.url = c.tokenUrl;
    r.service = u"Amazon"_s;
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"refresh_token"_s);
    form.addQueryItem(u"refresh_token"_s, QString::fromUtf8(QUrl::toPercentEncoding(QString::fromUtf8(refreshToken))));
    form.addQueryItem(u"client_id"_s, QString::fromUtf8(QUrl::toPercentEncoding(c.clientId)));
    form.addQueryItem(u"client_secret"_s, QString::fromUtf8(QUrl::toPercentEncoding(QString::fromUtf8(clientSecret))));
    r.body = form.query(QUrl::FullyEncoded).toUtf8();
    r.setHeader("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8");
    r.setHeader("Accept", "application/json");
    return r;
}

Result<AmazonToken> AmazonOrdersApi::parseToken(const QByteArray &json, qint64 nowMs)
{
    auto root = object(json, u"token"_s);
    if (!root)
        return root.error();
    AmazonToken t;
    t.accessToken = root->value("access_token"_L1).toString().toUtf8();
    t.refreshToken = root->value("refresh_token"_L1).toString().toUtf8();
    const qint64 expiresIn = root->value("expires_in"_L1).toInteger(3600);
    t.expiresAtMs = nowMs + PayloadNumbers::durationMs(expiresIn);
    if (t.accessToken.isEmpty())
        return parseError(u"token"_s, root->value("error_description"_L1).toString(u"no access_token"_s));
    return t;
}

ChannelHttpRequest
AmazonOrdersApi::getOrders(const AmazonConfig &c, const QDateTime &lastUpdatedAfter, const QString &nextToken)
{
    ChannelHttpRequest r;
    r.url = join(c.apiBaseUrl, u"/orders/v0/orders"_s);
    r.service = u"Amazon"_s;
    QUrlQuery q;
    q.addQueryItem(u"MarketplaceIds"_s, c.marketplaceIds.join(u','));
    q.addQueryItem(u"LastUpdatedAfter"_s, lastUpdatedAfter.toUTC().toString(Qt::ISODate));
    q.addQueryItem(u"MaxResultsPerPage"_s, QString::number(c.pageSize));
    if (!nextToken.isEmpty())
        q.addQueryItem(u"NextToken"_s, QString::fromUtf8(QUrl::toPercentEncoding(nextToken)));
    r.url.setQuery(q);
    r.setHeader("Accept", "application/json");
    return r;
}

QString AmazonOrdersApi::orderStatus(const QString &s)
{
    if (s == "Unshipped"_L1 || s == "PartiallyShipped"_L1)
        return u"paid"_s;
    if (s == "Shipped"_L1 || s == "InvoiceUnconfirmed"_L1)
        return u"shipped"_s;
    if (s == "Canceled"_L1 || s == "Unfulfillable"_L1)
        return u"cancelled"_s;
    return u"pending"_s; // Pending, PendingAvailability
}

Result<AmazonOrdersPage> AmazonOrdersApi::parseOrders(const QByteArray &json, const AmazonConfig &c)
{
    auto root = object(json, u"orders"_s);
    if (!root)
        return root.error();
    if (root->contains("errors"_L1)) {
        const QJsonObject e = root->value("errors"_L1).toArray().first().toObject();
        return Error::make(
            Error::Code::Unavailable,
            QCoreApplication::translate(kCtx, "Amazon refused the request: %1").arg(e.value("message"_L1).toString()),
            e.value("code"_L1).toString() + u": "_s + e.value("details"_L1).toString());
    }
    const QJsonObject payload = root->value("payload"_L1).toObject();
    if (!payload.value("Orders"_L1).isArray())
        return parseError(u"orders"_s, u"no payload.Orders array"_s);
    AmazonOrdersPage page;
    page.nextToken = payload.value("NextToken"_L1).toString();
    page.lastUpdatedBefore = payload.value("LastUpdatedBefore"_L1).toString();
    for (const QJsonValue &v : payload.value("Orders"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        Order order;
        order.channelId = c.channelId;
        order.externalId = o.value("AmazonOrderId"_L1).toString();
        if (order.externalId.isEmpty())
            continue;
        order.status = orderStatus(o.value("OrderStatus"_L1).toString());
        const QJsonObject total = o.value("OrderTotal"_L1).toObject();
        order.currency = total.value("CurrencyCode"_L1).toString();
        order.totalCents = money(total);
        order.orderedAt = isoMs(o.value("PurchaseDate"_L1));
        if (order.status == "shipped"_L1)
            order.shippedAt = isoMs(o.value("LastUpdateDate"_L1));
        const QJsonObject addr = o.value("ShippingAddress"_L1).toObject();
        order.shipToCountry = addr.value("CountryCode"_L1).toString();
        order.shipToPostcode = addr.value("PostalCode"_L1).toString();
        const QJsonObject buyer = o.value("BuyerInfo"_L1).toObject();
        order.buyerEmail = buyer.value("BuyerEmail"_L1).toString();
        order.buyerName = buyer.value("BuyerName"_L1).toString(addr.value("Name"_L1).toString());
        order.buyerExternalId = order.buyerEmail; // the relay alias is Amazon's stable buyer handle
        page.maxUpdatedAtMs = std::max(page.maxUpdatedAtMs, isoMs(o.value("LastUpdateDate"_L1)));
        page.orders << order;
    }
    return page;
}

bool AmazonOrdersApi::isAuthFailure(const ChannelHttpResponse &response)
{
    if (response.status == 401)
        return true;
    if (response.status != 403)
        return false;
    const QJsonArray errors = QJsonDocument::fromJson(response.body).object().value("errors"_L1).toArray();
    for (const QJsonValue &e : errors) {
        const QString code = e.toObject().value("code"_L1).toString();
        if (code == "Unauthorized"_L1 || code == "InvalidInput"_L1 || code == "Unauthenticated"_L1)
            return true;
    }
    return errors.isEmpty();
}

qint64 AmazonOrdersApi::rateLimitWaitMs(const QByteArray &rateLimitHeader)
{
    bool ok = false;
    const double rate = rateLimitHeader.trimmed().toDouble(&ok);
    if (!ok || rate <= 0.0)
        return 60'000;
    return qint64(std::ceil(1000.0 / rate));
}

} // namespace hd
