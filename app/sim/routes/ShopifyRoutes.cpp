#include "app/sim/routes/ShopifyRoutes.h"

#include "app/sim/SimServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hd::sim {

namespace {

const QString kChannel = u"shopify"_s;

qint64 iso(const QString &s)
{
    const QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : -1;
}

SimResponse shopifyError(int status, const QJsonValue &errors)
{
    SimResponse r = SimResponse::json(status, QJsonObject{{u"errors"_s, errors}});
    r.setHeader("X-Shopify-Shop-Api-Call-Limit", "1/40");
    return r;
}

std::optional<SimResponse> checkToken(SimServer &server, const SimRequest &req)
{
    if (!server.state().isAccessTokenValid(kChannel, QString::fromUtf8(req.header("X-Shopify-Access-Token"))))
        return shopifyError(401, u"[API] Invalid API key or access token (unrecognized login or wrong password)"_s);
    return std::nullopt;
}

/// page_info is base64 of "<updated_at_min ms>:<offset>", opaque to the client.
QString pageInfo(qint64 since, qsizetype offset)
{
    return QString::fromLatin1(QByteArray(QByteArray::number(since) + ':' + QByteArray::number(qint64(offset)))
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

SimResponse orders(SimServer &server, const SimRequest &req)
{
    if (auto e = checkToken(server, req))
        return *e;
    bool ok = true;
    const int limit = req.hasQuery(u"limit"_s) ? req.queryValue(u"limit"_s).toInt(&ok) : 50;
    if (!ok || limit < 1 || limit > 250)
        return shopifyError(400, QJsonObject{{u"limit"_s, QJsonArray{u"must be between 1 and 250"_s}}});
    qint64 since = 0;
    qsizetype offset = 0;
    if (req.hasQuery(u"page_info"_s)) {
        for (const QString &k : {u"status"_s, u"updated_at_min"_s, u"order"_s})
            if (req.hasQuery(k))
                return shopifyError(
                    400,
                    QJsonObject{{u"page_info"_s, QJsonArray{u"only limit and fields may be sent with page_info"_s}}});
        const QList<QByteArray> parts =
            QByteArray::fromBase64(req.queryValue(u"page_info"_s).toLatin1(), QByteArray::Base64UrlEncoding).split(':');
        if (parts.size() != 2)
            return shopifyError(400, QJsonObject{{u"page_info"_s, QJsonArray{u"is invalid"_s}}});
        since = parts.at(0).toLongLong();
        offset = parts.at(1).toLongLong();
    } else if (req.hasQuery(u"updated_at_min"_s)) {
        since = iso(req.queryValue(u"updated_at_min"_s));
        if (since < 0)
            return shopifyError(400, QJsonObject{{u"updated_at_min"_s, QJsonArray{u"is invalid"_s}}});
    }
    QList<QJsonObject> list;
    for (const QJsonValue &v : server.state().section(kChannel).value(u"orders"_s).toArray())
        if (iso(v.toObject().value(u"updated_at"_s).toString()) >= since)
            list << v.toObject();
    std::stable_sort(list.begin(), list.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return iso(a.value(u"updated_at"_s).toString()) < iso(b.value(u"updated_at"_s).toString());
    });
    QJsonArray page;
    for (qsizetype i = offset; i < list.size() && page.size() < limit; ++i)
        page.append(list.at(i));
    SimResponse r = SimResponse::json(QJsonObject{{u"orders"_s, page}});
    QUrl url = server.baseUrl();
    url.setPath(req.path);
    QStringList links;
    if (offset + page.size() < list.size()) {
        url.setQuery(u"limit=%1&page_info=%2"_s.arg(limit).arg(pageInfo(since, offset + page.size())));
        links << u"<%1>; rel=\"next\""_s.arg(url.toString(QUrl::FullyEncoded));
    }
    if (offset > 0) {
        url.setQuery(
            u"limit=%1&page_info=%2"_s.arg(limit).arg(pageInfo(since, std::max<qsizetype>(0, offset - limit))));
        links << u"<%1>; rel=\"previous\""_s.arg(url.toString(QUrl::FullyEncoded));
    }
    if (!links.isEmpty())
        r.setHeader("Link", links.join(u", "_s).toUtf8());
    r.setHeader("X-Shopify-Shop-Api-Call-Limit", "1/40");
    return r;
}

SimResponse shop(SimServer &server, const SimRequest &req)
{
    if (auto e = checkToken(server, req))
        return *e;
    return SimResponse::json(QJsonObject{
        {u"shop"_s,
         QJsonObject{{u"id"_s, 548380009},
                     {u"name"_s, server.state().section(kChannel).value(u"shop"_s).toString(u"harbor"_s)}}}});
}

} // namespace

void installShopifyRoutes(SimServer &server)
{
    SimServer *s = &server;
    server.addRoute(u"shopify.orders"_s,
                    "GET",
                    u"/shopify/{shop}/admin/api/{version}/orders.json"_s,
                    [s](const SimRequest &r) { return orders(*s, r); });
    server.addRoute(u"shopify.shop"_s,
                    "GET",
                    u"/shopify/{shop}/admin/api/{version}/shop.json"_s,
                    [s](const SimRequest &r) { return shop(*s, r); });
}

} // namespace hd::sim
