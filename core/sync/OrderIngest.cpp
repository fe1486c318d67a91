#include "core/sync/OrderIngest.h"

#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

QString itemsJson(const Order &o)
{
    QJsonArray items;
    for (const OrderItem &it : o.items)
        items.append(QJsonObject{{u"sku"_s, it.sku},
                                 {u"title"_s, it.title},
                                 {u"quantity"_s, it.quantity},
                                 {u"unit_price_cents"_s, it.unitPriceCents}});
    return QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact));
}

bool bindExec(QSqlQuery &q, const QVariantList &values)
{
    for (const QVariant &v : values)
        q.addBindValue(sqlValue(v));
    return q.exec();
}

} // namespace

Result<OrderIngestReport> OrderIngest::store(const QList<Order> &orders, const std::optional<SyncCursor> &cursor)
{
    OrderIngestReport report;
    report.received = int(orders.size());
    const qint64 now = m_clock.nowMs();
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return Error::make(Error::Code::Database,
                           QCoreApplication::translate("hd::OrderIngest", "The workspace is busy; try again."),
                           db.lastError().text());
    QSqlQuery find(db), insert(db), update(db), byIdentity(db), byEmail(db), claim(db);
    find.setForwardOnly(true);
    const bool prepared =
        find.prepare(u"SELECT id, COALESCE(customer_id, 0) FROM orders WHERE channel_id = ? AND external_id = ?"_s)
        && insert.prepare(
            u"INSERT INTO orders(channel_id, external_id, status, currency, total_cents, items_json, carrier,"
            " tracking_number, ship_to_country, ship_to_postcode, ordered_at, shipped_at, delivered_at,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s)
        && update.prepare(u"UPDATE orders SET status = ?, currency = ?, total_cents = ?, items_json = ?, carrier = ?,"
                          " tracking_number = ?, ship_to_country = ?, ship_to_postcode = ?, ordered_at = ?,"
                          " shipped_at = ?, delivered_at = ?, updated_at = ? WHERE id = ?"_s)
        && byIdentity.prepare(
            u"SELECT ci.customer_id FROM customer_identities ci JOIN customers c ON c.id = ci.customer_id"
            " WHERE ci.channel_id = ? AND ci.external_id = ? AND c.merged_into IS NULL LIMIT 1"_s)
        && byEmail.prepare(
            u"SELECT ci.customer_id FROM customer_identities ci JOIN customers c ON c.id = ci.customer_id"
            " WHERE LOWER(ci.external_id) = ? AND c.merged_into IS NULL"
            " UNION SELECT id FROM customers WHERE LOWER(email) = ? AND merged_into IS NULL LIMIT 1"_s)
        && claim.prepare(u"UPDATE orders SET customer_id = ? WHERE id = ? AND customer_id IS NULL"_s);
    if (!prepared)
        return Error::make(Error::Code::Database,
                           QCoreApplication::translate("hd::OrderIngest", "The orders could not be saved."),
                           db.lastError().text());

    for (const Order &o : orders) {
        if (o.channelId <= 0 || o.externalId.isEmpty())
            continue;
        const QVariantList fields{o.status.isEmpty() ? u"paid"_s : o.status,
                                  o.currency.isEmpty() ? u"USD"_s : o.currency,
                                  o.totalCents,
                                  itemsJson(o),
                                  o.carrier,
                                  o.trackingNumber,
                                  o.shipToCountry,
                                  o.shipToPostcode,
                                  o.orderedAt,
                                  o.shippedAt,
                                  o.deliveredAt,
                                  now};
        if (!bindExec(find, {o.channelId, o.externalId}))
            return databaseError(find, u"order ingest"_s);
        qint64 orderId = 0;
        qint64 customerId = 0;
        if (find.next()) {
            orderId = find.value(0).toLongLong();
            customerId = find.value(1).toLongLong();
        }
        find.finish();
        if (orderId == 0) {
            if (!bindExec(insert, QVariantList{o.channelId, o.externalId} + fields) || !insert.next())
                return databaseError(insert, u"order ingest"_s);
            orderId = insert.value(0).toLongLong();
            insert.finish();
            ++report.inserted;
        } else {
            if (!bindExec(update, fields + QVariantList{orderId}))
                return databaseError(update, u"order ingest"_s);
            ++report.updated;
        }
        if (customerId != 0)
            continue;
        // The buyer: their id on this channel, else their e-mail (relay alias) on any channel.
        qint64 buyer = 0;
        if (!o.buyerExternalId.isEmpty()) {
            if (!bindExec(byIdentity, {o.channelId, o.buyerExternalId}))
                return databaseError(byIdentity, u"order ingest"_s);
            if (byIdentity.next())
                buyer = byIdentity.value(0).toLongLong();
            byIdentity.finish();
        }
        if (buyer == 0 && o.buyerEmail.contains(u'@')) {
            const QString email = o.buyerEmail.trimmed().toLower();
            if (!bindExec(byEmail, {email, email}))
                return databaseError(byEmail, u"order ingest"_s);
            if (byEmail.next())
                buyer = byEmail.value(0).toLongLong();
            byEmail.finish();
        }
        if (buyer != 0) {
            if (!bindExec(claim, {buyer, orderId}))
                return databaseError(claim, u"order ingest"_s);
            ++report.linkedToBuyer;
        }
    }
    if (cursor) {
        QSqlQuery q(db);
        q.prepare(
            u"INSERT INTO sync_cursors(channel_id, name, value, updated_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(channel_id, name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"_s);
        if (!bindExec(q, {cursor->channelId, cursor->name, cursor->value, now}))
            return databaseError(q, u"order ingest cursor"_s);
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return report;
}

} // namespace hd
