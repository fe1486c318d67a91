#include "app/sim/routes/AmazonOrdersRoutes.h"

#include "app/sim/SimServer.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hd::sim {

namespace {

const QString kChannel = u"amazon"_s;

SimResponse amazonError(int status, const QString &code, const QString &message, const QString &details = {})
{
    QJsonObject e{{u"code"_s, code}, {u"message"_s, message}};
    if (!details.isEmpty())
        e.insert(u"details"_s, details);
    SimResponse r = SimResponse::json(status, QJsonObject{{u"errors"_s, QJsonArray{e}}});
    r.setHeader("x-amzn-RequestId", "sim-request");
    return r;
}

qint64 iso(const QString &s)
{
    const QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : -1;
}

SimResponse token(SimServer &server, const SimRequest &req)
{
    const QJsonObject a = server.state().section(kChannel).value(u"auth"_s).toObject();
    const QUrlQuery form(QString::fromUtf8(req.body));
    auto value = [&form](const QString &k) { return form.queryItemValue(k, QUrl::FullyDecoded); };
    if (value(u"client_id"_s) != a.value(u"clientId"_s).toString()
        || value(u"client_secret"_s) != a.value(u"clientSecret"_s).toString())
        return SimResponse::json(401,
                                 QJsonObject{{u"error"_s, u"invalid_client"_s},
                                             {u"error_description"_s, u"Client authentication failed"_s}});
    if (value(u"grant_type"_s) != "refresh_token"_L1)
        return SimResponse::json(400, QJsonObject{{u"error"_s, u"unsupported_grant_type"_s}});
    if (!server.state().isRefreshTokenValid(kChannel, value(u"refresh_token"_s)))
        return SimResponse::json(
            400,
            QJsonObject{{u"error"_s, u"invalid_grant"_s},
                        {u"error_description"_s, u"The request has an invalid grant parameter : refresh_token"_s}});
    const QString access = server.state().refreshTokens(kChannel, false);
    const qint64 ttl = server.state().accessTtlMs(kChannel);
    return SimResponse::json(QJsonObject{{u"access_token"_s, access},
                                         {u"token_type"_s, u"bearer"_s},
                                         {u"expires_in"_s, ttl > 0 ? ttl / 1000 : 3600},
                                         {u"refresh_token"_s, server.state().refreshToken(kChannel)}});
}

SimResponse orders(SimServer &server, const SimRequest &req)
{
    if (!server.state().isAccessTokenValid(kChannel, QString::fromUtf8(req.header("x-amz-access-token"))))
        return amazonError(403,
                           u"Unauthorized"_s,
                           u"Access to requested resource is denied."_s,
                           u"The access token you provided has expired."_s);
    if (req.queryValue(u"MarketplaceIds"_s).isEmpty())
        return amazonError(400, u"InvalidInput"_s, u"Missing required 'MarketplaceIds'."_s);
    const bool created = req.hasQuery(u"CreatedAfter"_s);
    const bool updated = req.hasQuery(u"LastUpdatedAfter"_s);
    if (created == updated)
        return amazonError(400, u"InvalidInput"_s, u"Exactly one of CreatedAfter or LastUpdatedAfter is required."_s);
    const qint64 after = iso(req.queryValue(created ? u"CreatedAfter"_s : u"LastUpdatedAfter"_s));
    if (after < 0)
        return amazonError(400, u"InvalidInput"_s, u"Invalid date in CreatedAfter/LastUpdatedAfter."_s);
    const int pageSize =
        std::clamp(req.hasQuery(u"MaxResultsPerPage"_s) ? req.queryValue(u"MaxResultsPerPage"_s).toInt() : 100, 1, 100);
    QList<QJsonObject> list;
    for (const QJsonValue &v : server.state().section(kChannel).value(u"orders"_s).toArray()) {
        const QJsonObject o = v.toObject();
        if (iso(o.value(created ? u"PurchaseDate"_s : u"LastUpdateDate"_s).toString()) >= after)
            list << o;
    }
    std::stable_sort(list.begin(), list.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return iso(a.value(u"LastUpdateDate"_s).toString()) < iso(b.value(u"LastUpdateDate"_s).toString());
    });
    qsizetype start = 0;
    if (req.hasQuery(u"NextToken"_s)) {
        bool ok = false;
        start = QByteArray::fromBase64(req.queryValue(u"NextToken"_s).toLatin1()).toLongLong(&ok);
        if (!ok || start < 0 || start > list.size())
            return amazonError(400, u"InvalidInput"_s, u"Invalid NextToken."_s);
    }
    QJsonArray page;
    for (qsizetype i = start; i < list.size() && page.size() < pageSize; ++i)
        page.append(list.at(i));
    const qsizetype end = start + page.size();
    QJsonObject payload{
        {u"Orders"_s, page},
        {created ? u"CreatedBefore"_s : u"LastUpdatedBefore"_s,
         QDateTime::fromMSecsSinceEpoch(server.state().nowMs() - 120'000, Qt::UTC).toString(Qt::ISODate)}};
    // Base64 (may end in '='): the client must percent-encode it.
    if (end < list.size())
        payload.insert(u"NextToken"_s, QString::fromLatin1(QByteArray::number(qint64(end)).toBase64()));
    SimResponse r = SimResponse::json(QJsonObject{{u"payload"_s, payload}});
    r.setHeader("x-amzn-RequestId", "sim-request");
    r.setHeader("x-amzn-RateLimit-Limit", "0.0167");
    return r;
}

Result<QJsonObject> inject(SimServer &server, const QJsonObject &in)
{
    // An order appears (or changes): {"orderId", "status", "total", "currency", "buyerEmail"}.
    const QString id = in.value(u"orderId"_s).toString();
    if (id.isEmpty())
        return Error::make(Error::Code::InvalidArgument, u"orderId is required"_s);
    QJsonObject &section = server.state().section(kChannel);
    QJsonArray orders = section.value(u"orders"_s).toArray();
    const QString now = QDateTime::fromMSecsSinceEpoch(server.state().nowMs(), Qt::UTC).toString(Qt::ISODate);
    QJsonObject o{{u"AmazonOrderId"_s, id},
                  {u"PurchaseDate"_s, now},
                  {u"LastUpdateDate"_s, now},
                  {u"OrderStatus"_s, in.value(u"status"_s).toString(u"Unshipped"_s)},
                  {u"OrderTotal"_s,
                   QJsonObject{{u"CurrencyCode"_s, in.value(u"currency"_s).toString(u"USD"_s)},
                               {u"Amount"_s, in.value(u"total"_s).toString(u"19.99"_s)}}},
                  {u"MarketplaceId"_s, u"ATVPDKIKX0DER"_s}};
    if (in.contains(u"buyerEmail"_s))
        o.insert(u"BuyerInfo"_s, QJsonObject{{u"BuyerEmail"_s, in.value(u"buyerEmail"_s)}});
    for (qsizetype i = 0; i < orders.size(); ++i) {
        if (orders.at(i).toObject().value(u"AmazonOrderId"_s).toString() == id) {
            QJsonObject old = orders.at(i).toObject();
            o.insert(u"PurchaseDate"_s, old.value(u"PurchaseDate"_s));
            orders.replace(i, o);
            section.insert(u"orders"_s, orders);
            return QJsonObject{{u"channel"_s, kChannel}, {u"orderId"_s, id}};
        }
    }
    orders.append(o);
    section.insert(u"orders"_s, orders);
    return QJsonObject{{u"channel"_s, kChannel}, {u"orderId"_s, id}};
}

} // namespace

void installAmazonOrdersRoutes(SimServer &server)
{
    SimServer *s = &server;
    server.addRoute(u"amazon.token"_s, "POST", u"/amazon/auth/o2/token"_s, [s](const SimRequest &r) {
        return token(*s, r);
    });
    server.addRoute(u"amazon.getOrders"_s, "GET", u"/amazon/orders/v0/orders"_s, [s](const SimRequest &r) {
        return orders(*s, r);
    });
    server.addInjector(kChannel, [s](const QJsonObject &in) { return inject(*s, in); });
}

} // namespace hd::sim
