#include "core/channels/etsy/EtsyReceiptsApi.h"

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

const char *const kCtx = "hd::EtsyReceiptsApi";

Error parseError(const QString &what, const QString &detail)
{
    return Error::make(Error::Code::Parse,
                       QCoreApplication::translate(kCtx, "Etsy sent a reply HarborDesk cannot read."),
                       what + u": "_s + detail);
}

/// Etsy money: integer amount with a divisor, converted to minor units (cents).
qint64 cents(const QJsonObject &money)
{
    const double divisor = money.value("divisor"_L1).toDouble(100.0);
    if (divisor <= 0.0)
        return 0;
    return PayloadNumbers::minorUnits(money.value("amount"_L1).toDouble() * 100.0 / divisor);
}

ChannelHttpRequest base(const EtsyConfig &c, const QString &path)
{
    ChannelHttpRequest r;
    r.service = u"Etsy"_s;
    r.url = c.apiBaseUrl;
    QString p = r.url.path();
    if (p.endsWith(u'/'))
        p.chop(1);
    r.url.setPath(p + path);
    r.setHeader("x-api-key", c.keystring.toUtf8());
    r.setHeader("Accept", "application/json");
    return r;
}

} // namespace

ChannelHttpRequest EtsyReceiptsApi::receipts(const EtsyConfig &c, qint64 minLastModifiedS, qint64 offset)
{
    ChannelHttpRequest r = base(c, u"/shops/"_s + c.shopId + u"/receipts"_s);
    QUrlQuery q;
    // Etsy refuses timestamps before 2000-01-01.
    q.addQueryItem(u"min_last_modified"_s, QString::number(std::max<qint64>(946684800, minLastModifiedS)));
    // Sorted by creation, not by update: a receipt that changes during an offset walk keeps its
    // place, so it neither shifts the next page (hiding a receipt) nor is lost; new receipts
    // append at the end.
    q.addQueryItem(u"sort_on"_s, u"created"_s);
    q.addQueryItem(u"sort_order"_s, u"asc"_s);
    q.addQueryItem(u"limit"_s, QString::number(c.pageSize));
    q.addQueryItem(u"offset"_s, QString::number(offset));
    r.url.setQuery(q);
    return r;
}

ChannelHttpRequest EtsyReceiptsApi::shop(const EtsyConfig &c)
{
    return base(c, u"/shops/"_s + c.shopId);
}

ChannelHttpRequest EtsyReceiptsApi::refreshToken(const EtsyConfig &c, const QByteArray &refreshToken)
{
    ChannelHttpRequest r;
    r.service = u"Etsy"_s;
    r.method = "POST";
    r.url = c.tokenUrl;
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"refresh_token"_s);
    form.addQueryItem(u"client_id"_s, QString::fromUtf8(QUrl::toPercentEncoding(c.keystring)));
    form.addQueryItem(u"refresh_token"_s, QString::fromUtf8(QUrl::toPercentEncoding(QString::fromUtf8(refreshToken))));
    r.body = form.query(QUrl::FullyEncoded).toUtf8();
    r.setHeader("Content-Type", "application/x-www-form-urlencoded");
    return r;
}

Result<EtsyToken> EtsyReceiptsApi::parseToken(const QByteArray &json, qint64 nowMs)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    EtsyToken t;
    t.accessToken = root.value("access_token"_L1).toString().toUtf8();
    t.refreshToken = root.value("refresh_token"_L1).toString().toUtf8();
    t.expiresAtMs = nowMs + PayloadNumbers::durationMs(root.value("expires_in"_L1).toInteger(3600));
    if (t.accessToken.isEmpty())
        return parseError(u"token"_s, root.value("error"_L1).toString(u"no access_token"_s));
    return t;
}

QString EtsyReceiptsApi::orderStatus(const QString &s, bool isShipped)
{
    const QString lower = s.toLower();
    if (lower == "canceled"_L1 || lower == "cancelled"_L1)
        return u"cancelled"_s;
    if (lower == "fully refunded"_L1 || lower == "partially refunded"_L1)
        return u"refunded"_s;
    if (lower == "completed"_L1 || isShipped)
        return u"shipped"_s;
    if (lower == "paid"_L1)
        return u"paid"_s;
    return u"pending"_s; // open, payment processing
}

Result<EtsyReceiptsPage> EtsyReceiptsApi::parseReceipts(const QByteArray &json, const EtsyConfig &c)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return parseError(u"receipts"_s, err.errorString() + u" at "_s + QString::number(err.offset));
    const QJsonObject root = doc.object();
    if (!root.value("results"_L1).isArray() || !root.contains("count"_L1))
        return parseError(u"receipts"_s, u"no count/results"_s);
    EtsyReceiptsPage page;
    page.count = root.value("count"_L1).toInteger();
    for (const QJsonValue &v : root.value("results"_L1).toArray()) {
        const QJsonObject r = v.toObject();
        const qint64 id = r.value("receipt_id"_L1).toInteger();
        if (id <= 0)
            continue;
        Order o;
        o.channelId = c.channelId;
        o.externalId = QString::number(id);
        o.status = orderStatus(r.value("status"_L1).toString(), r.value("is_shipped"_L1).toBool());
        const QJsonObject total = r.value("grandtotal"_L1).toObject();
        o.currency = total.value("currency_code"_L1).toString();
        o.totalCents = cents(total);
        for (const QJsonValue &t : r.value("transactions"_L1).toArray()) {
            const QJsonObject tr = t.toObject();
            o.items << OrderItem{tr.value("sku"_L1).toString(),
                                 tr.value("title"_L1).toString(),
                                 tr.value("quantity"_L1).toInt(1),
                                 cents(tr.value("price"_L1).toObject())};
        }
        const QJsonArray shipments = r.value("shipments"_L1).toArray();
        if (!shipments.isEmpty()) {
            const QJsonObject s = shipments.last().toObject();
            o.carrier = s.value("carrier_name"_L1).toString();
            o.trackingNumber = s.value("tracking_code"_L1).toString();
            o.shippedAt = PayloadNumbers::secondsToMs(s.value("shipment_notification_timestamp"_L1).toInteger());
        }
        o.shipToCountry = r.value("country_iso"_L1).toString();
        o.shipToPostcode = r.value("zip"_L1).toString();
        o.orderedAt = PayloadNumbers::secondsToMs(
            r.value("create_timestamp"_L1).toInteger(r.value("created_timestamp"_L1).toInteger()));
        const qint64 buyer = r.value("buyer_user_id"_L1).toInteger();
        o.buyerExternalId = buyer ? QString::number(buyer) : QString();
        o.buyerEmail = r.value("buyer_email"_L1).toString();
        o.buyerName = r.value("name"_L1).toString();
        page.maxUpdatedAtS =
            std::max(page.maxUpdatedAtS,
                     r.value("update_timestamp"_L1).toInteger(r.value("updated_timestamp"_L1).toInteger()));
        page.orders << o;
    }
    return page;
}

} // namespace hd
