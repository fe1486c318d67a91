#include "core/storage/CustomerRepository.h"

#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

const QString kOrderColumns = u"id, channel_id, external_id, COALESCE(customer_id, 0), status, currency, total_cents,"
                              " items_json, carrier, tracking_number, ship_to_country, ship_to_postcode, ordered_at,"
                              " shipped_at, delivered_at"_s;

Order readOrder(const QSqlQuery &q)
{
    Order o;
    o.id = q.value(0).toLongLong();
    o.channelId = q.value(1).toLongLong();
    o.externalId = q.value(2).toString();
    o.customerId = q.value(3).toLongLong();
    o.status = q.value(4).toString();
    o.currency = q.value(5).toString();
    o.totalCents = q.value(6).toLongLong();
    const QJsonArray items = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).array();
    for (const QJsonValue &v : items) {
        const QJsonObject it = v.toObject();
        o.items << OrderItem{it.value("sku"_L1).toString(), it.value("title"_L1).toString(),
                             it.value("quantity"_L1).toInt(1), it.value("unit_price_cents"_L1).toInteger()};
    }
    o.carrier = q.value(8).toString();
    o.trackingNumber = q.value(9).toString();
    o.shipToCountry = q.value(10).toString();
    o.shipToPostcode = q.value(11).toString();
    o.orderedAt = q.value(12).toLongLong();
    o.shippedAt = q.value(13).toLongLong();
    o.deliveredAt = q.value(14).toLongLong();
    return o;
}

} // namespace

Result<Customer> CustomerRepository::byId(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, display_name, email, phone, country, language, postcode, created_at, COALESCE(merged_into, 0)"
              " FROM customers WHERE id = ?"_s);
    q.addBindValue(sqlValue(id));
    if (!q.exec())
        return databaseError(q, u"customer"_s);
    if (!q.next())
        return Error::make(Error::Code::NotFound,
                           QCoreApplication::translate("hd::CustomerRepository", "The buyer no longer exists."));
    Customer c;
    c.id = q.value(0).toLongLong();
    c.displayName = q.value(1).toString();
    c.email = q.value(2).toString();
    c.phone = q.value(3).toString();
    c.country = q.value(4).toString();
    c.language = q.value(5).toString();
    c.postcode = q.value(6).toString();
    c.createdAt = q.value(7).toLongLong();
    c.mergedInto = q.value(8).toLongLong();
    return c;
}

Result<QList<CustomerIdentity>> CustomerRepository::identities(qint64 customerId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, customer_id, channel_id, external_id, display_name FROM customer_identities"
              " WHERE customer_id = ? ORDER BY id"_s);
    q.addBindValue(sqlValue(customerId));
    if (!q.exec())
        return databaseError(q, u"identities"_s);
    QList<CustomerIdentity> out;
    while (q.next())
        out << CustomerIdentity{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                                q.value(3).toString(), q.value(4).toString()};
    return out;
}

Result<std::optional<Order>> CustomerRepository::order(qint64 orderId) const
{
    if (orderId <= 0)
        return std::optional<Order>{};
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kOrderColumns + u" FROM orders WHERE id = ?"_s);
    q.addBindValue(sqlValue(orderId));
    if (!q.exec())
        return databaseError(q, u"order"_s);
    if (!q.next())
        return std::optional<Order>{};
    return std::optional<Order>(readOrder(q));
}

Result<QList<Order>> CustomerRepository::ordersOf(qint64 customerId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kOrderColumns + u" FROM orders WHERE customer_id = ? ORDER BY ordered_at DESC LIMIT 100"_s);
    q.addBindValue(sqlValue(customerId));
    if (!q.exec())
        return databaseError(q, u"orders"_s);
    QList<Order> out;
    while (q.next())
        out << readOrder(q);
    return out;
}

} // namespace hd
