#include "app/sim/routes/WalmartRoutes.h"

#include "app/sim/SimServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hd::sim {

namespace {

const QString kChannel = u"walmart"_s;
constexpr qint64 kWindowMs = 180LL * 24 * 3600 * 1000; // the API serves the last 180 days only
constexpr int kDefaultLimit = 100;
constexpr int kMaxLimit = 200;

SimResponse walmartError(int status, const QString &code, const QString &field, const QString &description)
{
    const QJsonObject e{{u"code"_s, code},
                        {u"field"_s, field},
                        {u"description"_s, description},
                        {u"info"_s, description},
                        {u"severity"_s, u"ERROR"_s},
                        {u"category"_s, u"DATA"_s},
                        {u"causes"_s, QJsonArray{}}};
    return SimResponse::json(status, QJsonObject{{u"errors"_s, QJsonObject{{u"error"_s, QJsonArray{e}}}}});
}

QJsonObject &section(SimServer &server)
{
    return server.state().section(kChannel);
}

/// WM_SVC.NAME and WM_QOS.CORRELATION_ID go on every call.
std::optional<SimResponse> checkHeaders(const SimRequest &req)
{
    if (req.header("WM_SVC.NAME").isEmpty())
        return walmartError(400,
                            u"INVALID_REQUEST_HEADER.GMP_GATEWAY_API"_s,
                            u"WM_SVC.NAME"_s,
                            u"WM_SVC.NAME set null or invalid"_s);
    if (req.header("WM_QOS.CORRELATION_ID").isEmpty())
        return walmartError(400,
                            u"INVALID_REQUEST_HEADER.GMP_GATEWAY_API"_s,
                            u"WM_QOS.CORRELATION_ID"_s,
                            u"WM_QOS.CORRELATION_ID set null or invalid"_s);
    return std::nullopt;
}

SimResponse withQuota(SimResponse r)
{
    // Walmart's throttling headers: tokens left in the bucket and when it refills (UTC ms).
    r.setHeader("x-current-token-count", "19");
    r.setHeader("x-next-replenish-time", "60000");
    return r;
}

SimResponse token(SimServer &server, const SimRequest &req)
{
    if (auto e = checkHeaders(req))
        return *e;
    const QJsonObject auth = section(server).value(u"auth"_s).toObject();
    const QByteArray expected = "Basic "
        + QByteArray(auth.value(u"clientId"_s).toString().toUtf8() + ':'
                     + auth.value(u"clientSecret"_s).toString().toUtf8())
              .toBase64();
    if (req.header("Authorization") != expected)
        return walmartError(401, u"UNAUTHORIZED.GMP_GATEWAY_API"_s, u"UNAUTHORIZED"_s, u"Invalid client credentials"_s);
    const QUrlQuery form(QString::fromUtf8(req.body));
    if (form.queryItemValue(u"grant_type"_s) != "client_credentials"_L1)
        return walmartError(400,
                            u"INVALID_REQUEST.GMP_GATEWAY_API"_s,
                            u"grant_type"_s,
                            u"grant_type must be client_credentials"_s);
    const qint64 ttlMs = qint64(auth.value(u"accessTtlSec"_s).toDouble(900) * 1000);
    if (server.state().accessTtlMs(kChannel) != ttlMs) // client credentials: no token until asked
        server.state().setTokens(kChannel, {}, {}, ttlMs);
    const QString access = server.state().refreshTokens(kChannel, false);
    return SimResponse::json(
        QJsonObject{{u"access_token"_s, access}, {u"token_type"_s, u"Bearer"_s}, {u"expires_in"_s, ttlMs / 1000}});
}

/// "2026-11-01", "2026-11-01T08:00:00Z", "2026-11-01T08:00:00.000Z" → UTC ms; -1 when unreadable.
qint64 date(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime(QDate::fromString(s, Qt::ISODate), QTime(0, 0), QTimeZone::utc());
    return t.isValid() ? t.toMSecsSinceEpoch() : -1;
}

SimResponse orders(SimServer &server, const SimRequest &req)
{
    if (auto e = checkHeaders(req))
        return *e;
    if (!server.state().isAccessTokenValid(kChannel, QString::fromUtf8(req.header("WM_SEC.ACCESS_TOKEN"))))
        return walmartError(401,
                            u"UNAUTHORIZED.GMP_GATEWAY_API"_s,
                            u"UNAUTHORIZED"_s,
                            u"Unauthorized token or token is expired"_s);
    bool valid = true;
    const int limit = req.hasQuery(u"limit"_s) ? req.queryValue(u"limit"_s).toInt(&valid) : kDefaultLimit;
    if (!valid || limit < 1 || limit > kMaxLimit)
        return walmartError(400,
                            u"INVALID_REQUEST_PARAM.GMP_ORDER_API"_s,
                            u"limit"_s,
                            u"limit must be between 1 and %1"_s.arg(kMaxLimit));
    const qint64 now = server.state().nowMs();
    qint64 start = now - kWindowMs;
    qint64 end = now;
    if (req.hasQuery(u"createdStartDate"_s)) {
        const qint64 s = date(req.queryValue(u"createdStartDate"_s));
        if (s < 0)
            return walmartError(400,
                                u"INVALID_REQUEST_PARAM.GMP_ORDER_API"_s,
                                u"createdStartDate"_s,
                                u"createdStartDate is not a valid date"_s);
        start = std::max(start, s);
    }
    if (req.hasQuery(u"createdEndDate"_s)) {
        end = date(req.queryValue(u"createdEndDate"_s));
        if (end < 0)
            return walmartError(400,
                                u"INVALID_REQUEST_PARAM.GMP_ORDER_API"_s,
                                u"createdEndDate"_s,
                                u"createdEndDate is not a valid date"_s);
    }
    qsizetype offset = 0;
    if (req.queryValue(u"hasMoreElements"_s) == "true"_L1) {
        offset = req.queryValue(u"soIndex"_s).toLongLong(&valid);
        if (!valid || offset < 0)
            return walmartError(400,
                                u"INVALID_REQUEST_PARAM.GMP_ORDER_API"_s,
                                u"nextCursor"_s,
                                u"nextCursor is invalid"_s);
    }
    QList<QJsonObject> list;
    for (const QJsonValue &v : section(server).value(u"orders"_s).toArray()) {
        const qint64 at = v.toObject().value(u"orderDate"_s).toInteger();
        if (at >= start && at <= end)
            list << v.toObject();
    }
    // Newest first, as Seller Center lists them; ties by purchase order id so pages are stable.
    std::stable_sort(list.begin(), list.end(), [](const QJsonObject &a, const QJsonObject &b) {
        const qint64 da = a.value(u"orderDate"_s).toInteger(), db = b.value(u"orderDate"_s).toInteger();
        if (da != db)
            return da > db;
        return a.value(u"purchaseOrderId"_s).toString() < b.value(u"purchaseOrderId"_s).toString();
    });
    QJsonArray page;
    for (qsizetype i = offset; i < list.size() && page.size() < limit; ++i)
        page.append(list.at(i));
    QJsonObject meta{{u"totalCount"_s, qint64(list.size())}, {u"limit"_s, limit}};
    if (offset + page.size() < list.size()) {
        const auto iso = [](qint64 ms) {
            return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs);
        };
        meta.insert(u"nextCursor"_s,
                    u"?limit=%1&hasMoreElements=true&soIndex=%2&poIndex=%3&partnerId=%4&sellerId=%4"
                    "&createdStartDate=%5&createdEndDate=%6"_s.arg(limit)
                        .arg(qint64(offset + page.size()))
                        .arg(list.at(offset + page.size()).value(u"purchaseOrderId"_s).toString())
                        .arg(section(server).value(u"sellerId"_s).toString(u"10001234567"_s), iso(start), iso(end)));
    }
    return withQuota(SimResponse::json(
        QJsonObject{{u"list"_s, QJsonObject{{u"meta"_s, meta}, {u"elements"_s, QJsonObject{{u"order"_s, page}}}}}}));
}

QJsonObject newOrder(SimServer &server, const QJsonObject &in, const QString &customerOrderId)
{
    const QString sku = in.value(u"sku"_s).toString(u"HD-SIM-001"_s);
    const QString total = QString::number(in.value(u"total"_s).toDouble(29.99), 'f', 2);
    const QJsonObject line{
        {u"lineNumber"_s, u"1"_s},
        {u"item"_s,
         QJsonObject{{u"productName"_s, in.value(u"product"_s).toString(u"Simulated item"_s)}, {u"sku"_s, sku}}},
        {u"charges"_s,
         QJsonObject{
             {u"charge"_s,
              QJsonArray{QJsonObject{
                  {u"chargeType"_s, u"PRODUCT"_s},
                  {u"chargeName"_s, u"ItemPrice"_s},
                  {u"chargeAmount"_s, QJsonObject{{u"currency"_s, u"USD"_s}, {u"amount"_s, total.toDouble()}}}}}}}},
        {u"orderLineQuantity"_s, QJsonObject{{u"unitOfMeasurement"_s, u"EACH"_s}, {u"amount"_s, u"1"_s}}},
        {u"statusDate"_s, server.state().nowMs()},
        {u"orderLineStatuses"_s,
         QJsonObject{
             {u"orderLineStatus"_s,
              QJsonArray{QJsonObject{
                  {u"status"_s, u"Created"_s},
                  {u"statusQuantity"_s, QJsonObject{{u"unitOfMeasurement"_s, u"EACH"_s}, {u"amount"_s, u"1"_s}}}}}}}}};
    return QJsonObject{
        {u"purchaseOrderId"_s, in.value(u"purchaseOrderId"_s).toString(server.state().nextId(1'800'000'000'000LL))},
        {u"customerOrderId"_s, customerOrderId},
        {u"customerEmailId"_s,
         in.value(u"buyerEmail"_s).toString(u"32818112E02443689A0744011F043312@relay.walmart.com"_s)},
        {u"orderDate"_s, server.state().nowMs()},
        {u"shippingInfo"_s,
         QJsonObject{
             {u"phone"_s, u"2025550100"_s},
             {u"methodCode"_s, u"Standard"_s},
             {u"postalAddress"_s,
              QJsonObject{{u"name"_s, in.value(u"name"_s).toString(in.value(u"buyer"_s).toString(u"Sam Buyer"_s))},
                          {u"address1"_s, u"1 Main St"_s},
                          {u"city"_s, u"Bentonville"_s},
                          {u"state"_s, u"AR"_s},
                          {u"postalCode"_s, u"72712"_s},
                          {u"country"_s, u"USA"_s},
                          {u"addressType"_s, u"RESIDENTIAL"_s}}}}},
        {u"orderLines"_s, QJsonObject{{u"orderLine"_s, QJsonArray{line}}}}};
}

Result<QJsonObject> inject(SimServer &server, const QJsonObject &in)
{
    // No messages API either (buyers write by e-mail): a buyer message is refused, so the live feed
    // draws again for a channel that can show it.
    if (!in.value(u"text"_s).toString().isEmpty())
        return Error::make(Error::Code::InvalidArgument,
                           u"Walmart has no messages API; inject an order (orderId, status, ...) instead"_s);
    QJsonObject &s = section(server);
    QJsonArray list = s.value(u"orders"_s).toArray();
    const QString id = in.value(u"orderId"_s).toString(server.state().nextId(2'000'000'000'000LL));
    if (id.size() != 13 || !std::all_of(id.begin(), id.end(), [](QChar c) { return c.isDigit(); }))
        return Error::make(Error::Code::InvalidArgument, u"orderId must be a 13-digit customerOrderId"_s);
    for (qsizetype i = 0; i < list.size(); ++i) {
        QJsonObject o = list.at(i).toObject();
        if (o.value(u"customerOrderId"_s).toString() != id)
            continue;
        // A status change: every line moves to the new status.
        const QString status = in.value(u"status"_s).toString(u"Acknowledged"_s);
        QJsonObject lines = o.value(u"orderLines"_s).toObject();
        QJsonArray orderLines = lines.value(u"orderLine"_s).toArray();
        for (qsizetype l = 0; l < orderLines.size(); ++l) {
            QJsonObject line = orderLines.at(l).toObject();
            QJsonObject statuses = line.value(u"orderLineStatuses"_s).toObject();
            QJsonArray st = statuses.value(u"orderLineStatus"_s).toArray();
            for (qsizetype k = 0; k < st.size(); ++k) {
                QJsonObject one = st.at(k).toObject();
                one.insert(u"status"_s, status);
                st.replace(k, one);
            }
            statuses.insert(u"orderLineStatus"_s, st);
            line.insert(u"orderLineStatuses"_s, statuses);
            line.insert(u"statusDate"_s, server.state().nowMs());
            orderLines.replace(l, line);
        }
        lines.insert(u"orderLine"_s, orderLines);
        o.insert(u"orderLines"_s, lines);
        list.replace(i, o);
        s.insert(u"orders"_s, list);
        return QJsonObject{{u"channel"_s, kChannel}, {u"orderId"_s, id}, {u"status"_s, status}};
    }
    list.append(newOrder(server, in, id));
    s.insert(u"orders"_s, list);
    return QJsonObject{{u"channel"_s, kChannel}, {u"orderId"_s, id}};
}

} // namespace

void installWalmartRoutes(SimServer &server)
{
    SimServer *s = &server;
    server.addRoute(u"walmart.token"_s, "POST", u"/walmart/v3/token"_s, [s](const SimRequest &r) {
        return token(*s, r);
    });
    server.addRoute(u"walmart.getAllOrders"_s, "GET", u"/walmart/v3/orders"_s, [s](const SimRequest &r) {
        return orders(*s, r);
    });
    server.addInjector(kChannel, [s](const QJsonObject &in) { return inject(*s, in); });
}

} // namespace hd::sim
