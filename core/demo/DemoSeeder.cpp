#include "core/demo/DemoSeeder.h"

#include "core/demo/AnalyticsSeeder.h"

#include "core/domain/Agent.h"
#include "core/domain/Channel.h"
#include "core/storage/Database.h"
#include "core/storage/DirectoryRepository.h"
#include "core/sync/IngestPipeline.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace hd {
using namespace Qt::StringLiterals;

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("hd::DemoSeeder", s);
}
QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}
} // namespace

QByteArray DemoSeeder::bundledJson()
{
    QFile f(u":/demo/demo_workspace.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

Result<SeedReport> DemoSeeder::seed(const QByteArray &json)
{
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (doc.isNull() || !doc.isObject())
        return Error::make(Error::Code::Parse, tr("The demo workspace file is not valid JSON."), perr.errorString());
    const QJsonObject root = doc.object();
    {
        QSqlQuery q(m_db.connection());
        if (q.exec(u"SELECT COUNT(*) FROM conversations"_s) && q.next() && q.value(0).toLongLong() > 0)
            return Error::make(Error::Code::Conflict, tr("This workspace already has conversations; the demo is only "
                                                         "seeded into an empty workspace."));
    }
    SeedReport report;
    DirectoryRepository directory(m_db);
    for (const QJsonValue &v : root.value("agents"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        Agent a;
        a.name = o.value("name"_L1).toString();
        a.email = o.value("email"_L1).toString();
        a.role = agentRoleFromString(o.value("role"_L1).toString());
        a.languages = strings(o.value("languages"_L1));
        a.skills = strings(o.value("skills"_L1));
        a.capacity = o.value("capacity"_L1).toInt(20);
        a.timeZone = o.value("timezone"_L1).toString(u"UTC"_s);
        a.teams = normalizedTeams(strings(o.value("teams"_L1)));
        if (auto r = directory.addAgent(a); !r)
            return r.error();
        ++report.agents;
    }
    const qint64 now = m_clock.nowMs();
    QHash<QString, qint64> channelIds;
    for (const QJsonValue &v : root.value("channels"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        Channel c;
        bool ok = false;
        c.kind = channelKindFromString(o.value("kind"_L1).toString(), &ok);
        if (!ok)
            return Error::make(Error::Code::Parse, tr("Unknown channel kind in the demo: %1").arg(o.value("kind"_L1).toString()));
        c.name = o.value("name"_L1).toString();
        c.marketplace = o.value("marketplace"_L1).toString();
        c.createdAt = now - 90LL * 24 * 3600 * 1000;
        auto id = directory.addChannel(c);
        if (!id)
            return id.error();
        channelIds.insert(o.value("key"_L1).toString(), id.value());
        ++report.channels;
    }
    for (const QJsonValue &v : root.value("tags"_L1).toArray())
        if (auto r = directory.ensureTag(v.toString()); !r)
            return r.error();

    QHash<QString, QJsonObject> customers;
    for (const QJsonValue &v : root.value("customers"_L1).toArray())
        customers.insert(v.toObject().value("key"_L1).toString(), v.toObject());

    auto minutesAgo = [now](const QJsonValue &v) -> qint64 {
        return v.isNull() || v.isUndefined() ? 0 : now - qint64(v.toDouble()) * 60 * 1000;
    };

    QList<InboundMessage> batch;
    for (const QJsonValue &cv : root.value("conversations"_L1).toArray()) {
        const QJsonObject c = cv.toObject();
        const qint64 channelId = channelIds.value(c.value("channel"_L1).toString(), 0);
        if (channelId == 0)
            return Error::make(Error::Code::Parse, tr("Unknown channel in the demo: %1").arg(c.value("channel"_L1).toString()));
        const QJsonObject cust = customers.value(c.value("customer"_L1).toString());
        std::optional<Order> order;
        const QJsonObject oj = c.value("order"_L1).toObject();
        if (!oj.isEmpty()) {
            Order o;
            o.externalId = oj.value("external_id"_L1).toString();
            o.status = oj.value("status"_L1).toString();
            o.currency = oj.value("currency"_L1).toString();
            o.totalCents = oj.value("total_cents"_L1).toInteger();
            for (const QJsonValue &iv : oj.value("items"_L1).toArray()) {
                const QJsonObject it = iv.toObject();
                o.items << OrderItem{it.value("sku"_L1).toString(), it.value("title"_L1).toString(),
                                     it.value("quantity"_L1).toInt(1), it.value("unit_price_cents"_L1).toInteger()};
            }
            o.carrier = oj.value("carrier"_L1).toString();
            o.trackingNumber = oj.value("tracking_number"_L1).toString();
            o.shipToCountry = oj.value("ship_to_country"_L1).toString();
            o.shipToPostcode = oj.value("ship_to_postcode"_L1).toString();
            o.orderedAt = minutesAgo(oj.value("ordered_minutes_ago"_L1));
            o.shippedAt = minutesAgo(oj.value("shipped_minutes_ago"_L1));
            o.deliveredAt = minutesAgo(oj.value("delivered_minutes_ago"_L1));
            order = o;
        }
        const QString convExt = c.value("external_id"_L1).toString();
        const QString status = c.value("status"_L1).toString(u"open"_s);
        const QString assignee = c.value("assignee"_L1).toString();
        int index = 0;
        for (const QJsonValue &mv : c.value("messages"_L1).toArray()) {
            const QJsonObject m = mv.toObject();
            const QString direction = m.value("direction"_L1).toString();
            InboundMessage in;
            in.channelId = channelId;
            in.externalId = convExt + u"#"_s + QString::number(index++);
            in.conversationExternalId = convExt;
            in.direction = direction == "inbound"_L1 ? u"inbound"_s : u"outbound"_s;
            in.customerExternalId = c.value("customer_handle"_L1).toString();
            in.customerName = cust.value("name"_L1).toString();
            in.customerEmail = cust.value("email"_L1).toString();
            in.customerCountry = cust.value("country"_L1).toString();
            in.customerLanguage = cust.value("language"_L1).toString();
            in.subject = c.value("subject"_L1).toString();
            in.bodyText = m.value("body"_L1).toString();
            // The pipeline detects the language, as it does for live messages.
            in.orderExternalId = order ? order->externalId : QString();
            in.order = order;
            in.tags = strings(c.value("tags"_L1));
            in.assigneeEmail = direction == "inbound"_L1 ? assignee : m.value("author"_L1).toString(assignee);
            in.status = status;
            in.sentAt = minutesAgo(m.value("minutes_ago"_L1));
            if (direction == "note"_L1) {
                // Notes are not channel history; they are written as an agent would, after the import.
                continue;
            }
            batch << in;
            ++report.messages;
        }
        ++report.conversations;
    }
    auto r = m_ingest.ingest(batch);
    if (!r)
        return r.error();

    // Internal notes and assignees that the ingest does not carry.
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    for (const QJsonValue &cv : root.value("conversations"_L1).toArray()) {
        const QJsonObject c = cv.toObject();
        const qint64 channelId = channelIds.value(c.value("channel"_L1).toString(), 0);
        const QString convExt = c.value("external_id"_L1).toString();
        int index = 0;
        for (const QJsonValue &mv : c.value("messages"_L1).toArray()) {
            const QJsonObject m = mv.toObject();
            const int i = index++;
            if (m.value("direction"_L1).toString() != "note"_L1)
                continue;
            q.prepare(u"INSERT INTO messages(conversation_id, channel_id, external_id, direction, status, author_agent_id,"
                      " sender_name, body_text, sent_at, created_at)"
                      " SELECT c.id, c.channel_id, ?, 'note', 'sent', a.id, COALESCE(a.name, ''), ?, ?, ?"
                      " FROM conversations c LEFT JOIN agents a ON a.email = ? WHERE c.channel_id = ? AND c.external_id = ?"_s);
            q.addBindValue(sqlValue(QString(convExt + u"#"_s + QString::number(i))));
            q.addBindValue(sqlValue(m.value("body"_L1).toString()));
            q.addBindValue(sqlValue(minutesAgo(m.value("minutes_ago"_L1))));
            q.addBindValue(sqlValue(now));
            q.addBindValue(sqlValue(m.value("author"_L1).toString()));
            q.addBindValue(sqlValue(channelId));
            q.addBindValue(sqlValue(convExt));
            if (!q.exec())
                return databaseError(q, u"demo note"_s);
            q.prepare(u"UPDATE conversations SET message_count = message_count + 1 WHERE channel_id = ? AND external_id = ?"_s);
            q.addBindValue(sqlValue(channelId));
            q.addBindValue(sqlValue(convExt));
            if (!q.exec())
                return databaseError(q, u"demo note"_s);
            ++report.messages;
        }
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    if (auto s = m_ingest.rebuildIndex(); !s)
        return s.error();
    // CSAT answers and agents' focused time, so the analytics dashboard is not empty.
    if (auto extras = AnalyticsSeeder::seed(m_db, m_clock.nowMs()); !extras)
        return extras.error();
    return report;
}

} // namespace hd
