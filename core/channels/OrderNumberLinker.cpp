#include "core/channels/OrderNumberLinker.h"

#include "core/storage/Database.h"

#include <QSqlError>
#include <QVariant>

namespace hd {
using namespace Qt::StringLiterals;

OrderNumberLinker::OrderNumberLinker(QSqlDatabase db)
    : m_find(db)
    , m_claim(db)
    , m_attach(db)
{
    m_find.setForwardOnly(true);
    m_prepared = m_find.prepare(u"SELECT id, COALESCE(customer_id, 0) FROM orders WHERE external_id = ?"
                                " ORDER BY CASE WHEN channel_id = ? THEN 0 ELSE 1 END, id LIMIT 1"_s)
        && m_claim.prepare(u"UPDATE orders SET customer_id = ? WHERE id = ? AND customer_id IS NULL"_s)
        && m_attach.prepare(u"UPDATE conversations SET order_id = ? WHERE id = ? AND order_id IS NULL"_s);
    if (!m_prepared)
        m_prepareError = db.lastError().text();
}

Result<OrderNumberLink> OrderNumberLinker::link(ChannelKind channel,
                                                qint64 channelId,
                                                const QString &subject,
                                                const QString &body,
                                                qint64 customerId)
{
    if (!m_prepared)
        return Error::make(Error::Code::Database, QString(), u"order linker: "_s + m_prepareError);
    OrderNumberLink found;
    const auto matches = OrderNumber::find(subject + u'\n' + body, OrderNumber::platformOf(channel));
    for (const OrderNumberMatch &m : matches) {
        m_find.addBindValue(sqlValue(m.number));
        m_find.addBindValue(sqlValue(channelId));
        if (!m_find.exec())
            return databaseError(m_find, u"order link"_s);
        if (m_find.next()) {
            found.orderId = m_find.value(0).toLongLong();
            found.orderCustomerId = m_find.value(1).toLongLong();
            found.number = m.number;
        }
        m_find.finish();
        if (found.orderId != 0)
            break;
    }
    if (found.orderId != 0 && found.orderCustomerId == 0 && customerId > 0) {
        m_claim.addBindValue(sqlValue(customerId));
        m_claim.addBindValue(sqlValue(found.orderId));
        if (!m_claim.exec())
            return databaseError(m_claim, u"order link"_s);
        found.orderCustomerId = customerId;
    }
    return found;
}

Status OrderNumberLinker::attach(qint64 conversationId, qint64 orderId)
{
    if (!m_prepared)
        return Error::make(Error::Code::Database, QString(), u"order linker: "_s + m_prepareError);
    if (conversationId <= 0 || orderId <= 0)
        return {};
    m_attach.addBindValue(sqlValue(orderId));
    m_attach.addBindValue(sqlValue(conversationId));
    if (!m_attach.exec())
        return databaseError(m_attach, u"order link"_s);
    return {};
}

} // namespace hd
