#include "app/sim/routes/EtsyRoutes.h"

#include "app/sim/SimServer.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hd::sim {

namespace {

const QString kChannel = u"etsy"_s;
constexpr qint64 kMinTimestampS = 946684800; // 2000-01-01, the smallest value Etsy accepts
constexpr int kPerSecond = 10;

SimResponse etsyError(int status, const QString &error, const QString &description = {})
{
    QJsonObject body{{u"error"_s, error}};
    if (!description.isEmpty())
        body.insert(u"error_description"_s, description);
    return SimResponse::json(status, body);
}

QJsonObject &section(SimServer &server)
{
    return server.state().section(kChannel);
}

QJsonObject auth(SimServer &server)
{
    return section(server).value(u"auth"_s).toObject();
}

/// The numeric user id Etsy puts in front of its tokens ("12345678.xxxx").
QString userId(SimServer &server)
{
    return QString::number(section(server).value(u"userId"_s).toInteger(12345678));
}

/// Checks x-api-key and the Bearer token; counts the request against the daily quota.
std::optional<SimResponse> checkAccess(SimServer &server, const SimRequest &req)
{
    const QString key = QString::fromUtf8(req.header("x-api-key"));
    const QString keystring = auth(server).value(u"keystring"_s).toString();
    // Newer apps may send "keystring:shared_secret" (reference §5.3): only the keystring is compared.
    if (key.isEmpty() || key.section(u':', 0, 0) != keystring)
        return etsyError(403, u"Invalid API key"_s);
    const QByteArray authorization = req.header("Authorization");
    if (!authorization.startsWith("Bearer "))
        return etsyError(401, u"invalid_token"_s, u"Missing Authorization: Bearer header"_s);
    if (!server.state().isAccessTokenValid(kChannel, QString::fromUtf8(authorization.mid(7))))
        return etsyError(401, u"invalid_token"_s, u"access token is expired or invalid"_s);
    QJsonObject &s = section(server);
    s.insert(u"_requestsToday"_s, s.value(u"_requestsToday"_s).toInteger() + 1);
    return std::nullopt;
}

void addRateHeaders(SimServer &server, SimResponse &r)
{
    const QJsonObject &s = section(server);
    const qint64 perDay = s.value(u"dailyLimit"_s).toInteger(10000);
    r.setHeader("x-limit-per-second", QByteArray::number(kPerSecond));
    r.setHeader("x-remaining-this-second", QByteArray::number(kPerSecond - 1));
    r.setHeader("x-limit-per-day", QByteArray::number(perDay));
    r.setHeader("x-remaining-today",
                QByteArray::number(std::max<qint64>(0, perDay - s.value(u"_requestsToday"_s).toInteger())));
}

SimResponse ok(SimServer &server, const QJsonObject &body)
{
    SimResponse r = SimResponse::json(body);
    addRateHeaders(server, r);
    return r;
}

qint64 updated(const QJsonObject &r)
{
    return r.value(u"updated_timestamp"_s).toInteger(r.value(u"update_timestamp"_s).toInteger());
}

qint64 created(const QJsonObject &r)
{
    return r.value(u"created_timestamp"_s).toInteger(r.value(u"create_timestamp"_s).toInteger());
}

SimResponse token(SimServer &server, const SimRequest &req)
{
    const QUrlQuery form(QString::fromUtf8(req.body));
    auto value = [&form](const QString &k) { return form.queryItemValue(k, QUrl::FullyDecoded); };
    if (value(u"client_id"_s) != auth(server).value(u"keystring"_s).toString())
        return etsyError(401, u"invalid_client"_s, u"client_id is not a known API keystring"_s);
    if (value(u"grant_type"_s) != "refresh_token"_L1)
        return etsyError(400, u"unsupported_grant_type"_s);
    if (!server.state().isRefreshTokenValid(kChannel, value(u"refresh_token"_s)))
        return etsyError(400, u"invalid_grant"_s, u"refresh_token is invalid or expired"_s);
    QString refresh;
    const QString access = server.state().refreshTokens(kChannel, true, &refresh);
    const qint64 ttlMs = server.state().accessTtlMs(kChannel);
    // Etsy prefixes both tokens with the numeric user id.
    const QString prefixedAccess = userId(server) + u'.' + access;
    const QString prefixedRefresh = userId(server) + u'.' + refresh;
    server.state().setTokens(kChannel, prefixedAccess, prefixedRefresh, ttlMs > 0 ? ttlMs : 3'600'000);
    return SimResponse::json(QJsonObject{{u"access_token"_s, prefixedAccess},
                                         {u"token_type"_s, u"Bearer"_s},
                                         {u"expires_in"_s, ttlMs > 0 ? ttlMs / 1000 : 3600},
                                         {u"refresh_token"_s, prefixedRefresh}});
}

std::optional<SimResponse> checkShop(SimServer &server, const SimRequest &req)
{
    if (req.params.value(u"shop_id"_s) != section(server).value(u"shopId"_s).toVariant().toString())
        return etsyError(404, u"Could not find a Shop with shop_id = "_s + req.params.value(u"shop_id"_s));
    return std::nullopt;
}

/// Reads an optional Unix-seconds filter; false (with the error answer) when it is out of range.
bool timeFilter(const SimRequest &req, const QString &name, qint64 *out, std::optional<SimResponse> *error)
{
    if (!req.hasQuery(name))
        return true;
    bool valid = false;
    const qint64 v = req.queryValue(name).toLongLong(&valid);
    if (!valid || v < kMinTimestampS) {
        *error = etsyError(400, u"%1 must be an integer >= %2"_s.arg(name).arg(kMinTimestampS));
        return false;
    }
    *out = v;
    return true;
}

SimResponse receipts(SimServer &server, const SimRequest &req)
{
    if (auto e = checkAccess(server, req))
        return *e;
    if (auto e = checkShop(server, req))
        return *e;
    bool valid = true;
    const int limit = req.hasQuery(u"limit"_s) ? req.queryValue(u"limit"_s).toInt(&valid) : 25;
    if (!valid || limit < 1 || limit > 100)
        return etsyError(400, u"Expected int <= 100 and >= 1 for limit"_s);
    const qint64 offset = req.hasQuery(u"offset"_s) ? req.queryValue(u"offset"_s).toLongLong(&valid) : 0;
    if (!valid || offset < 0)
        return etsyError(400, u"Expected int >= 0 for offset"_s);
    qint64 minCreated = 0, maxCreated = 0, minModified = 0, maxModified = 0;
    std::optional<SimResponse> error;
    if (!timeFilter(req, u"min_created"_s, &minCreated, &error)
        || !timeFilter(req, u"max_created"_s, &maxCreated, &error)
        || !timeFilter(req, u"min_last_modified"_s, &minModified, &error)
        || !timeFilter(req, u"max_last_modified"_s, &maxModified, &error))
        return *error;
    const QString sortOn = req.hasQuery(u"sort_on"_s) ? req.queryValue(u"sort_on"_s) : u"created"_s;
    if (sortOn != "created"_L1 && sortOn != "updated"_L1 && sortOn != "receipt_id"_L1)
        return etsyError(400, u"sort_on must be one of created, updated, receipt_id"_s);
    const QString order = req.hasQuery(u"sort_order"_s) ? req.queryValue(u"sort_order"_s) : u"desc"_s;
    static const QStringList ascending{u"asc"_s, u"ascending"_s, u"up"_s};
    static const QStringList descending{u"desc"_s, u"descending"_s, u"down"_s};
    if (!ascending.contains(order) && !descending.contains(order))
        return etsyError(400, u"sort_order must be one of asc, ascending, desc, descending, up, down"_s);
    auto flag = [&req](const QString &name) -> std::optional<bool> {
        if (!req.hasQuery(name))
            return std::nullopt;
        return req.queryValue(name) == "true"_L1;
    };
    const std::optional<bool> wasPaid = flag(u"was_paid"_s);
    const std::optional<bool> wasShipped = flag(u"was_shipped"_s);

    QList<QJsonObject> list;
    for (const QJsonValue &v : section(server).value(u"receipts"_s).toArray()) {
        const QJsonObject r = v.toObject();
        if ((minCreated && created(r) < minCreated) || (maxCreated && created(r) > maxCreated)
            || (minModified && updated(r) < minModified) || (maxModified && updated(r) > maxModified)
            || (wasPaid && r.value(u"is_paid"_s).toBool() != *wasPaid)
            || (wasShipped && r.value(u"is_shipped"_s).toBool() != *wasShipped))
            continue;
        list << r;
    }
    auto key = [&sortOn](const QJsonObject &r) {
        return sortOn == "updated"_L1 ? updated(r)
            : sortOn == "created"_L1  ? created(r)
                                      : r.value(u"receipt_id"_s).toInteger();
    };
    const bool asc = ascending.contains(order);
    std::stable_sort(list.begin(), list.end(), [&](const QJsonObject &a, const QJsonObject &b) {
        const qint64 ka = key(a), kb = key(b);
        if (ka != kb)
            return asc ? ka < kb : ka > kb;
        return asc ? a.value(u"receipt_id"_s).toInteger() < b.value(u"receipt_id"_s).toInteger()
                   : a.value(u"receipt_id"_s).toInteger() > b.value(u"receipt_id"_s).toInteger();
    });
    QJsonArray page;
    for (qint64 i = offset; i < list.size() && page.size() < limit; ++i)
        page.append(list.at(qsizetype(i)));
    return ok(server, QJsonObject{{u"count"_s, qint64(list.size())}, {u"results"_s, page}});
}

SimResponse receipt(SimServer &server, const SimRequest &req)
{
    if (auto e = checkAccess(server, req))
        return *e;
    if (auto e = checkShop(server, req))
        return *e;
    const qint64 id = req.params.value(u"receipt_id"_s).toLongLong();
    for (const QJsonValue &v : section(server).value(u"receipts"_s).toArray())
        if (v.toObject().value(u"receipt_id"_s).toInteger() == id)
            return ok(server, v.toObject());
    return etsyError(404, u"Could not find a receipt with receipt_id = "_s + req.params.value(u"receipt_id"_s));
}

SimResponse shop(SimServer &server, const SimRequest &req)
{
    if (auto e = checkAccess(server, req))
        return *e;
    if (auto e = checkShop(server, req))
        return *e;
    const QJsonObject &s = section(server);
    return ok(server,
              QJsonObject{{u"shop_id"_s, s.value(u"shopId"_s).toInteger()},
                          {u"user_id"_s, s.value(u"userId"_s).toInteger(12345678)},
                          {u"shop_name"_s, s.value(u"shopName"_s).toString(u"HarborCrafts"_s)},
                          {u"currency_code"_s, s.value(u"currency"_s).toString(u"USD"_s)}});
}

Result<QJsonObject> inject(SimServer &server, const QJsonObject &in)
{
    // Etsy has no messages API: a buyer message (the live feed's draws) has nowhere to go here, and
    // refusing it keeps the feed drawing until a channel that can show it.
    if (!in.value(u"text"_s).toString().isEmpty())
        return Error::make(Error::Code::InvalidArgument,
                           u"Etsy has no messages API; inject a receipt (receiptId, status, ...) instead"_s);
    const qint64 nowS = server.state().nowMs() / 1000;
    QJsonObject &s = section(server);
    QJsonArray list = s.value(u"receipts"_s).toArray();
    // "orderId" too: the live feed and /_sim/inject name orders that way for every channel.
    const QJsonValue given = in.contains(u"receiptId"_s) ? in.value(u"receiptId"_s) : in.value(u"orderId"_s);
    const qint64 id =
        given.isUndefined() ? server.state().nextId(3'100'000'000).toLongLong() : given.toVariant().toLongLong();
    if (id <= 0)
        return Error::make(Error::Code::InvalidArgument, u"receiptId (or orderId) must be a positive integer"_s);
    qsizetype at = -1;
    for (qsizetype i = 0; i < list.size(); ++i)
        if (list.at(i).toObject().value(u"receipt_id"_s).toInteger() == id)
            at = i;
    QJsonObject r = at >= 0 ? list.at(at).toObject()
                            : QJsonObject{{u"receipt_id"_s, id},
                                          {u"receipt_type"_s, 0},
                                          {u"seller_user_id"_s, s.value(u"userId"_s).toInteger(12345678)},
                                          {u"buyer_user_id"_s, 900000000 + (id % 100000)},
                                          {u"status"_s, u"Paid"_s},
                                          {u"is_paid"_s, true},
                                          {u"is_shipped"_s, false},
                                          {u"create_timestamp"_s, nowS},
                                          {u"created_timestamp"_s, nowS},
                                          {u"transactions"_s, QJsonArray{}},
                                          {u"shipments"_s, QJsonArray{}}};
    if (in.contains(u"status"_s))
        r.insert(u"status"_s, in.value(u"status"_s).toString());
    if (in.contains(u"isShipped"_s))
        r.insert(u"is_shipped"_s, in.value(u"isShipped"_s).toBool());
    if (in.contains(u"buyerEmail"_s))
        r.insert(u"buyer_email"_s, in.value(u"buyerEmail"_s).toString());
    if (in.contains(u"name"_s) || in.contains(u"buyer"_s))
        r.insert(u"name"_s, in.value(u"name"_s).toString(in.value(u"buyer"_s).toString()));
    if (in.contains(u"message"_s)) // the checkout note
        r.insert(u"message_from_buyer"_s, in.value(u"message"_s).toString());
    if (in.contains(u"total"_s) || at < 0) {
        const qint64 cents = qint64(in.value(u"total"_s).toDouble(24.5) * 100 + 0.5);
        r.insert(u"grandtotal"_s,
                 QJsonObject{{u"amount"_s, cents},
                             {u"divisor"_s, 100},
                             {u"currency_code"_s, in.value(u"currency"_s).toString(u"USD"_s)}});
    }
    r.insert(u"update_timestamp"_s, nowS);
    r.insert(u"updated_timestamp"_s, nowS);
    if (at >= 0)
        list.replace(at, r);
    else
        list.append(r);
    s.insert(u"receipts"_s, list);
    return QJsonObject{{u"channel"_s, kChannel}, {u"receiptId"_s, id}};
}

} // namespace

void installEtsyRoutes(SimServer &server)
{
    SimServer *s = &server;
    server.addRoute(u"etsy.token"_s, "POST", u"/etsy/v3/public/oauth/token"_s, [s](const SimRequest &r) {
        return token(*s, r);
    });
    server.addRoute(u"etsy.getShopReceipts"_s,
                    "GET",
                    u"/etsy/v3/application/shops/{shop_id}/receipts"_s,
                    [s](const SimRequest &r) { return receipts(*s, r); });
    server.addRoute(u"etsy.getShopReceipt"_s,
                    "GET",
                    u"/etsy/v3/application/shops/{shop_id}/receipts/{receipt_id}"_s,
                    [s](const SimRequest &r) { return receipt(*s, r); });
    server.addRoute(u"etsy.getShop"_s, "GET", u"/etsy/v3/application/shops/{shop_id}"_s, [s](const SimRequest &r) {
        return shop(*s, r);
    });
    server.addInjector(kChannel, [s](const QJsonObject &in) { return inject(*s, in); });
}

} // namespace hd::sim
