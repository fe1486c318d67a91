#include "core/sync/IngestPipeline.h"

#include "core/channels/OrderNumberLinker.h"
#include "core/common/Log.h"
#include "core/storage/Database.h"
#include "core/storage/SearchText.h"
#include "core/workflow/sla/SlaPolicy.h"

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

// Caches of ids resolved in earlier batches; bounded so a million-message import stays small.
constexpr int kMaxCacheEntries = 200000;

QString key(qint64 channelId, const QString &externalId)
{
    return QString::number(channelId) + u'\x1f' + externalId;
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

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

/// E-mail threading: the conversation of the newest stored message this one references
/// (In-Reply-To / References in InboundMessage::threadRefs), with its order number; {0, ""} if none.
Result<std::pair<qint64, QString>>
threadedConversation(const QSqlDatabase &db, qint64 channelId, const QString &threadRefs)
{
    QStringList ids;
    for (const QString &token : threadRefs.split(u' ', Qt::SkipEmptyParts))
        if (token.size() > 2 && token.startsWith(u'<') && token.endsWith(u'>'))
            ids << token.mid(1, token.size() - 2);
    if (ids.size() > 40) // the root and the most recent ids are what matter
        ids = ids.mid(0, 1) + ids.mid(ids.size() - 39);
    if (ids.isEmpty())
        return std::pair<qint64, QString>{0, QString()};
    QStringList marks;
    for (qsizetype i = 0; i < ids.size(); ++i)
        marks << u"?"_s;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT m.conversation_id, COALESCE(o.external_id, '') FROM messages m"
              " JOIN conversations c ON c.id = m.conversation_id LEFT JOIN orders o ON o.id = c.order_id"
              " WHERE m.channel_id = ? AND m.external_id IN ("_s
              + marks.join(u", "_s) + u") ORDER BY m.id DESC LIMIT 1"_s);
    q.addBindValue(sqlValue(channelId));
    for (const QString &id : std::as_const(ids))
        q.addBindValue(sqlValue(id));
    if (!q.exec())
        return databaseError(q, u"ingest thread"_s);
    if (!q.next())
        return std::pair<qint64, QString>{0, QString()};
    return std::pair<qint64, QString>{q.value(0).toLongLong(), q.value(1).toString()};
}

/// A relay mail (Amazon, eBay, Walmart) names an order the platform's own channel stores.
Result<qint64> relayOrder(const QSqlDatabase &db, const QString &platform, const QString &orderNumber)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT o.id FROM orders o JOIN channels ch ON ch.id = o.channel_id"
              " WHERE o.external_id = ? AND ch.kind = ? ORDER BY o.id LIMIT 1"_s);
    q.addBindValue(sqlValue(orderNumber));
    q.addBindValue(sqlValue(platform));
    if (!q.exec())
        return databaseError(q, u"ingest relay order"_s);
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

/// Attachment metadata; the content stays on the channel (external_ref) and is fetched on demand.
Status insertAttachments(const QSqlDatabase &db, qint64 messageId, const QList<InboundAttachment> &attachments)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO attachments(message_id, filename, mime_type, size_bytes, external_ref, content_sha256)"
              " VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (const InboundAttachment &a : attachments) {
        q.addBindValue(sqlValue(messageId));
        q.addBindValue(sqlValue(a.filename));
        q.addBindValue(sqlValue(a.mimeType.isEmpty() ? u"application/octet-stream"_s : a.mimeType));
        q.addBindValue(sqlValue(a.sizeBytes));
        q.addBindValue(sqlValue(a.externalRef));
        q.addBindValue(sqlValue(a.contentSha256));
        if (!q.exec())
            return databaseError(q, u"ingest attachment"_s);
    }
    return {};
}

/// What one batch changed on one conversation, applied with a single UPDATE at the end.
struct ConversationDelta
{
    qint64 lastAt = 0;
    qint64 lastInboundAt = 0;
    qint64 firstResponseAt = 0;
    int added = 0;
    int unreadSinceReply = 0;
    bool replied = false;
    qint64 waitingSince = 0; ///< first buyer message after the batch's last reply; 0 if none
    QString snippet;
    QString language;
    QString intent;
    QString sentiment;
    QString status;
};

} // namespace

struct IngestPipeline::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : findIdentity(db)
        , findCustomerByEmail(db)
        , insertCustomer(db)
        , insertIdentity(db)
        , findOrder(db)
        , insertOrder(db)
        , findConversation(db)
        , insertConversation(db)
        , insertMessage(db)
        , updateConversation(db)
        , ftsInsert(db)
        , upsertCursor(db)
        , insertTag(db)
        , linkTag(db)
        , adoptOwnReply(db)
    {
    }
    QSqlQuery findIdentity, findCustomerByEmail, insertCustomer, insertIdentity, findOrder, insertOrder,
        findConversation, insertConversation, insertMessage, updateConversation, ftsInsert, upsertCursor, insertTag,
        linkTag, adoptOwnReply;
    QHash<QString, qint64> customers;                        // channel|identity -> customer id
    QHash<qint64, QString> customerNames;                    // customer id -> display name (for the index)
    QHash<QString, qint64> orders;                           // channel|order number -> order id
    QHash<QString, qint64> conversations;                    // channel|conversation external id -> id
    QHash<qint64, QString> conversationOrder;                // conversation id -> order number (for the index)
    QHash<qint64, qint64> conversationChannel;               // conversation id -> channel id (for the SLA clock)
    QHash<qint64, std::pair<ChannelKind, QString>> channels; // channel id -> kind, marketplace
    std::unique_ptr<OrderNumberLinker> orderLinker;          // order numbers mentioned in text (created on first use)
};

qint64 IngestPipeline::responseDueAt(qint64 conversationId, qint64 waitingSinceMs) const
{
    const qint64 channelId = m_st->conversationChannel.value(conversationId, 0);
    const auto channel = m_st->channels.value(channelId, {ChannelKind::Email, QString()});
    static const QList<SlaPolicy> presets = SlaPolicy::marketplacePresets();
    const QList<SlaPolicy> policies = SlaPolicy::selectFor(presets, channel.first, channel.second, {});
    for (const SlaPolicy &p : policies) {
        const qint64 target = p.targetMs(SlaTarget::NextResponse) > 0 ? p.targetMs(SlaTarget::NextResponse)
                                                                      : p.targetMs(SlaTarget::FirstResponse);
        if (target > 0)
            return p.clockCalendar().addBusinessTime(waitingSinceMs, target);
    }
    // Channels with no marketplace rule (e-mail, Shopify, chat): the company's default of 24 h.
    constexpr qint64 kDefaultResponseMs = 24LL * 3600 * 1000;
    return waitingSinceMs + kDefaultResponseMs;
}

IngestPipeline::IngestPipeline(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

IngestPipeline::~IngestPipeline() = default;

QString IngestPipeline::indexText(const QString &subject,
                                  const QString &body,
                                  const QString &customerName,
                                  const QString &orderNumber)
{
    return SearchText::normalize(subject + u'\n' + body + u'\n' + customerName + u'\n' + orderNumber);
}

Status IngestPipeline::prepare()
{
    if (m_st)
        return {};
    const QSqlDatabase db = m_db.connection();
    auto st = std::make_unique<Statements>(db);
    const SqlDialect &d = m_db.dialect();
    const QList<std::pair<QSqlQuery *, QString>> sql{
        {&st->findIdentity,
         u"SELECT ci.customer_id, cu.display_name FROM customer_identities ci"
         " JOIN customers cu ON cu.id = ci.customer_id WHERE ci.channel_id = ? AND ci.external_id = ?"_s},
        {&st->findCustomerByEmail,
         u"SELECT id, display_name FROM customers WHERE email = ? AND merged_into IS NULL"
         " ORDER BY id LIMIT 1"_s},
        {&st->insertCustomer,
         u"INSERT INTO customers(display_name, email, country, language, postcode, created_at)"
         " VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s},
        {&st->insertIdentity,
         u"INSERT INTO customer_identities(customer_id, channel_id, external_id, display_name)"
         " VALUES (?, ?, ?, ?) ON CONFLICT(channel_id, external_id) DO NOTHING"_s},
        {&st->findOrder, u"SELECT id FROM orders WHERE channel_id = ? AND external_id = ?"_s},
        {&st->insertOrder,
         u"INSERT INTO orders(channel_id, external_id, customer_id, status, currency, total_cents,"
         " items_json, carrier, tracking_number, ship_to_country, ship_to_postcode, ordered_at,"
         " shipped_at, delivered_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
         " RETURNING id"_s},
        {&st->findConversation,
         u"SELECT c.id, COALESCE(o.external_id, '') FROM conversations c LEFT JOIN orders o"
         " ON o.id = c.order_id WHERE c.channel_id = ? AND c.external_id = ?"_s},
        {&st->insertConversation,
         u"INSERT INTO conversations(channel_id, external_id, customer_id, order_id, subject,"
         " status, assignee_id, language, tags, created_at, updated_at)"
         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s},
        {&st->insertMessage,
         u"INSERT INTO messages(conversation_id, channel_id, external_id, direction, status,"
         " author_agent_id, sender_name, sender_address, subject, body_text, body_html, language,"
         " intent, sentiment, sent_at, created_at, automated, thread_refs)"
         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
         " ON CONFLICT(channel_id, external_id) DO NOTHING RETURNING id"_s},
        // Our own reply read back from the channel before the outbox learnt its remote id (the send's
        // answer was lost or unreadable): the local row ("out:<key>", sending or sent) takes the id
        // instead of a second copy being stored.
        {&st->adoptOwnReply,
         u"UPDATE messages SET external_id = ? WHERE id = (SELECT id FROM messages"
         " WHERE conversation_id = ? AND channel_id = ? AND direction = 'outbound'"
         " AND status IN ('sending', 'sent') AND external_id LIKE 'out:%'"
         " AND (body_text = ? OR translated_text = ?)"
         " ORDER BY id LIMIT 1) AND NOT EXISTS (SELECT 1 FROM messages WHERE channel_id = ?"
         " AND external_id = ?)"_s},
        {&st->updateConversation,
         u"UPDATE conversations SET"
         " snippet = CASE WHEN ? >= last_message_at THEN ? ELSE snippet END,"
         " last_message_at = "_s
             + d.greatest(u"last_message_at"_s, u"?"_s)
             + u","
               " last_inbound_at = "_s
             + d.greatest(u"last_inbound_at"_s, u"?"_s)
             + u","
               " first_response_at = CASE WHEN first_response_at = 0 THEN ? ELSE first_response_at END,"
               " message_count = message_count + ?,"
               " unread_count = CASE WHEN ? = 1 THEN ? ELSE unread_count + ? END,"
               " language = CASE WHEN ? <> '' THEN ? ELSE language END,"
               " intent = CASE WHEN ? <> '' THEN ? ELSE intent END,"
               " sentiment = CASE WHEN ? <> '' THEN ? ELSE sentiment END,"
               " status = CASE WHEN ? <> '' THEN ? ELSE status END,"
               " sla_due_at = CASE WHEN ? = 1 THEN ? WHEN sla_due_at = 0 THEN ? ELSE sla_due_at END,"
               " updated_at = ?, version = version + 1 WHERE id = ?"_s},
        {&st->ftsInsert, d.ftsInsert()},
        {&st->upsertCursor,
         u"INSERT INTO sync_cursors(channel_id, name, value, updated_at) VALUES (?, ?, ?, ?)"
         " ON CONFLICT(channel_id, name) DO UPDATE SET value = excluded.value,"
         " updated_at = excluded.updated_at"_s},
        {&st->insertTag,
         u"INSERT INTO tags(name) VALUES (?) ON CONFLICT(name) DO UPDATE SET name = excluded.name RETURNING id"_s},
        {&st->linkTag,
         u"INSERT INTO conversation_tags(conversation_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING"_s},
    };
    for (const auto &[query, text] : sql) {
        query->setForwardOnly(true);
        if (!query->prepare(text))
            return databaseError(*query, u"ingest prepare"_s);
    }
    QSqlQuery channels(db);
    if (channels.exec(u"SELECT id, kind, marketplace FROM channels"_s))
        while (channels.next())
            st->channels.insert(channels.value(0).toLongLong(),
                                {channelKindFromString(channels.value(1).toString()), channels.value(2).toString()});
    m_st = std::move(st);

    QSqlQuery agents(db);
    if (agents.exec(u"SELECT id, email FROM agents"_s))
        while (agents.next())
            m_agentByEmail.insert(agents.value(1).toString(), agents.value(0).toLongLong());
    return {};
}

Result<IngestReport> IngestPipeline::ingest(const QList<InboundMessage> &batch, const std::optional<SyncCursor> &cursor)
{
    if (auto s = prepare(); !s)
        return s.error();
    Statements &st = *m_st;
    if (st.customers.size() > kMaxCacheEntries || st.conversations.size() > kMaxCacheEntries) {
        st.customers.clear();
        st.customerNames.clear();
        st.orders.clear();
        st.conversations.clear();
        st.conversationOrder.clear();
        st.conversationChannel.clear();
    }
    // Ids created in a batch that rolls back must not survive in the caches.
    auto dropCaches = [&st]() {
        st.conversationChannel.clear();
        st.customers.clear();
        st.customerNames.clear();
        st.orders.clear();
        st.conversations.clear();
        st.conversationOrder.clear();
    };

    IngestReport report;
    report.received = int(batch.size());
    const qint64 now = m_clock.nowMs();
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return Error::make(Error::Code::Database,
                           QCoreApplication::translate("hd::IngestPipeline", "The workspace is busy; try again."),
                           db.lastError().text());

    QHash<qint64, ConversationDelta> deltas;
    IngestedBatch stored;
    stored.nowMs = now;
    for (const InboundMessage &msg : batch) {
        if (msg.externalId.isEmpty() || msg.channelId <= 0) {
            log::warn("ingest", u"dropped a message with no channel or external id"_s);
            continue;
        }
        const bool inbound = msg.direction != "outbound"_L1;
        if (!st.channels.contains(msg.channelId)) {
            QSqlQuery ch(db);
            ch.prepare(u"SELECT kind, marketplace FROM channels WHERE id = ?"_s);
            ch.addBindValue(msg.channelId);
            if (ch.exec() && ch.next())
                st.channels.insert(msg.channelId,
                                   {channelKindFromString(ch.value(0).toString()), ch.value(1).toString()});
        }

        // 1. The buyer: identity on this channel, else same e-mail elsewhere, else a new profile.
        const QString customerKey =
            key(msg.channelId, msg.customerExternalId.isEmpty() ? msg.customerEmail : msg.customerExternalId);
        qint64 customerId = st.customers.value(customerKey, 0);
        if (customerId == 0) {
            const QString identity = msg.customerExternalId.isEmpty() ? msg.customerEmail : msg.customerExternalId;
            st.findIdentity.addBindValue(sqlValue(msg.channelId));
            st.findIdentity.addBindValue(sqlValue(identity));
            if (!st.findIdentity.exec()) {
                dropCaches();
                return databaseError(st.findIdentity, u"ingest identity"_s);
            }
            if (st.findIdentity.next()) {
                customerId = st.findIdentity.value(0).toLongLong();
                st.customerNames.insert(customerId, st.findIdentity.value(1).toString());
            }
            st.findIdentity.finish();
            if (customerId == 0 && !msg.customerEmail.isEmpty()) {
                st.findCustomerByEmail.addBindValue(sqlValue(msg.customerEmail));
                if (st.findCustomerByEmail.exec() && st.findCustomerByEmail.next()) {
                    customerId = st.findCustomerByEmail.value(0).toLongLong();
                    st.customerNames.insert(customerId, st.findCustomerByEmail.value(1).toString());
                }
                st.findCustomerByEmail.finish();
            }
            if (customerId == 0) {
                QSqlQuery &q = st.insertCustomer;
                q.addBindValue(sqlValue(msg.customerName));
                q.addBindValue(sqlValue(msg.customerEmail));
                q.addBindValue(sqlValue(msg.customerCountry));
                q.addBindValue(sqlValue(msg.customerLanguage));
                q.addBindValue(sqlValue(msg.order ? msg.order->shipToPostcode : QString()));
                q.addBindValue(sqlValue(msg.sentAt ? msg.sentAt : now));
                if (!q.exec() || !q.next()) {
                    dropCaches();
                    return databaseError(q, u"ingest customer"_s);
                }
                customerId = q.value(0).toLongLong();
                q.finish();
                st.customerNames.insert(customerId, msg.customerName);
                ++report.customersCreated;
            }
            if (!identity.isEmpty()) {
                QSqlQuery &q = st.insertIdentity;
                q.addBindValue(sqlValue(customerId));
                q.addBindValue(sqlValue(msg.channelId));
                q.addBindValue(sqlValue(identity));
                q.addBindValue(sqlValue(msg.customerName));
                if (!q.exec()) {
                    dropCaches();
                    return databaseError(q, u"ingest identity"_s);
                }
            }
            st.customers.insert(customerKey, customerId);
        }

        // 2. The order, when the channel names one.
        qint64 orderId = 0;
        if (!msg.orderExternalId.isEmpty()) {
            const QString orderKey = key(msg.channelId, msg.orderExternalId);
            orderId = st.orders.value(orderKey, 0);
            if (orderId == 0) {
                st.findOrder.addBindValue(sqlValue(msg.channelId));
                st.findOrder.addBindValue(sqlValue(msg.orderExternalId));
                if (!st.findOrder.exec()) {
                    dropCaches();
                    return databaseError(st.findOrder, u"ingest order"_s);
                }
                if (st.findOrder.next())
                    orderId = st.findOrder.value(0).toLongLong();
                st.findOrder.finish();
                if (orderId == 0 && !msg.relayPlatform.isEmpty()) {
                    auto relay = relayOrder(db, msg.relayPlatform, msg.orderExternalId);
                    if (!relay) {
                        dropCaches();
                        return relay.error();
                    }
                    orderId = *relay;
                }
                if (orderId == 0 && msg.order) {
                    const Order &o = *msg.order;
                    QSqlQuery &q = st.insertOrder;
                    for (const QVariant &v : {QVariant(msg.channelId),
                                              QVariant(msg.orderExternalId),
                                              QVariant(customerId),
                                              QVariant(o.status.isEmpty() ? u"paid"_s : o.status),
                                              QVariant(o.currency.isEmpty() ? u"USD"_s : o.currency),
                                              QVariant(o.totalCents),
                                              QVariant(itemsJson(o)),
                                              QVariant(o.carrier),
                                              QVariant(o.trackingNumber),
                                              QVariant(o.shipToCountry),
                                              QVariant(o.shipToPostcode),
                                              QVariant(o.orderedAt),
                                              QVariant(o.shippedAt),
                                              QVariant(o.deliveredAt),
                                              QVariant(now)})
                        q.addBindValue(sqlValue(v));
                    if (!q.exec() || !q.next()) {
                        dropCaches();
                        return databaseError(q, u"ingest order"_s);
                    }
                    orderId = q.value(0).toLongLong();
                    q.finish();
                }
                if (orderId > 0)
                    st.orders.insert(orderKey, orderId);
            }
        }
        // 2b. No order named: an order number in the text links the stored order and its buyer.
        QString mentionedOrder;
        if (orderId == 0 && msg.orderExternalId.isEmpty() && inbound) {
            if (!st.orderLinker)
                st.orderLinker = std::make_unique<OrderNumberLinker>(db);
            auto link = st.orderLinker->link(st.channels.value(msg.channelId).first,
                                             msg.channelId,
                                             msg.subject,
                                             msg.bodyText,
                                             customerId);
            if (!link) {
                dropCaches();
                return link.error();
            }
            orderId = link->orderId;
            mentionedOrder = link->number;
        }

        // 3. The conversation: the channel's thread id.
        const QString convExt = msg.conversationExternalId.isEmpty() ? msg.externalId : msg.conversationExternalId;
        const QString convKey = key(msg.channelId, convExt);
        qint64 conversationId = st.conversations.value(convKey, 0);
        bool conversationCreated = false;
        // E-mail: a reply joins the conversation of any stored message it references.
        if (conversationId == 0 && !msg.threadRefs.isEmpty()) {
            auto threaded = threadedConversation(db, msg.channelId, msg.threadRefs);
            if (!threaded) {
                dropCaches();
                return threaded.error();
            }
            if (threaded->first > 0) {
                conversationId = threaded->first;
                st.conversationOrder.insert(conversationId, threaded->second);
                st.conversations.insert(convKey, conversationId);
                st.conversationChannel.insert(conversationId, msg.channelId);
            }
        }
        if (conversationId == 0) {
            st.findConversation.addBindValue(sqlValue(msg.channelId));
            st.findConversation.addBindValue(sqlValue(convExt));
            if (!st.findConversation.exec()) {
                dropCaches();
                return databaseError(st.findConversation, u"ingest conversation"_s);
            }
            if (st.findConversation.next()) {
                conversationId = st.findConversation.value(0).toLongLong();
                st.conversationOrder.insert(conversationId, st.findConversation.value(1).toString());
            }
            st.findConversation.finish();
            if (conversationId == 0) {
                QSqlQuery &q = st.insertConversation;
                q.addBindValue(sqlValue(msg.channelId));
                q.addBindValue(sqlValue(convExt));
                q.addBindValue(sqlValue(customerId));
                q.addBindValue(sqlValue(nullableId(orderId)));
                q.addBindValue(sqlValue(msg.subject));
                q.addBindValue(sqlValue(msg.status.isEmpty() ? u"open"_s : msg.status));
                q.addBindValue(sqlValue(nullableId(m_agentByEmail.value(msg.assigneeEmail, 0))));
                q.addBindValue(sqlValue(msg.language.isEmpty() ? msg.customerLanguage : msg.language));
                q.addBindValue(sqlValue(msg.tags.join(u',')));
                q.addBindValue(sqlValue(msg.sentAt ? msg.sentAt : now));
                q.addBindValue(sqlValue(now));
                if (!q.exec() || !q.next()) {
                    dropCaches();
                    return databaseError(q, u"ingest conversation"_s);
                }
                conversationId = q.value(0).toLongLong();
                q.finish();
                st.conversationOrder.insert(conversationId, msg.orderExternalId);
                ++report.conversationsCreated;
                conversationCreated = true;
                if (!msg.relayPlatform.isEmpty()) { // shown as "Amazon · DE" instead of the mailbox
                    QSqlQuery relay(db);
                    relay.prepare(u"UPDATE conversations SET relay_kind = ?, relay_marketplace = ? WHERE id = ?"_s);
                    relay.addBindValue(sqlValue(msg.relayPlatform));
                    relay.addBindValue(sqlValue(msg.relayMarketplace));
                    relay.addBindValue(sqlValue(conversationId));
                    if (!relay.exec()) {
                        dropCaches();
                        return databaseError(relay, u"ingest relay"_s);
                    }
                }
                for (const QString &tag : msg.tags) {
                    qint64 tagId = m_tagIds.value(tag, 0);
                    if (tagId == 0) {
                        st.insertTag.addBindValue(sqlValue(tag));
                        if (!st.insertTag.exec() || !st.insertTag.next()) {
                            dropCaches();
                            return databaseError(st.insertTag, u"ingest tag"_s);
                        }
                        tagId = st.insertTag.value(0).toLongLong();
                        st.insertTag.finish();
                        m_tagIds.insert(tag, tagId);
                    }
                    st.linkTag.addBindValue(sqlValue(conversationId));
                    st.linkTag.addBindValue(sqlValue(tagId));
                    if (!st.linkTag.exec()) {
                        dropCaches();
                        return databaseError(st.linkTag, u"ingest tag"_s);
                    }
                }
            }
            st.conversations.insert(convKey, conversationId);
            st.conversationChannel.insert(conversationId, msg.channelId);
        }
        if (!mentionedOrder.isEmpty()) { // a conversation that had no order gets the one mentioned
            if (auto s = st.orderLinker->attach(conversationId, orderId); !s) {
                dropCaches();
                return s.error();
            }
            if (st.conversationOrder.value(conversationId).isEmpty())
                st.conversationOrder.insert(conversationId, mentionedOrder);
        }

        // 4. Language, intent and sentiment, falling back to what we know of the buyer.
        MessageAnalysis analysis{msg.language, {}, {}};
        if (inbound && m_analyzer)
            analysis = m_analyzer(msg, msg.language.isEmpty() ? msg.customerLanguage : msg.language);

        // 5. The message itself; a known (channel, external id) is a duplicate and changes nothing.
        if (!inbound) {
            QSqlQuery &a = st.adoptOwnReply;
            a.addBindValue(sqlValue(msg.externalId));
            a.addBindValue(sqlValue(conversationId));
            a.addBindValue(sqlValue(msg.channelId));
            a.addBindValue(sqlValue(msg.bodyText));
            a.addBindValue(sqlValue(msg.bodyText));
            a.addBindValue(sqlValue(msg.channelId));
            a.addBindValue(sqlValue(msg.externalId));
            if (!a.exec()) {
                dropCaches();
                return databaseError(a, u"ingest own reply"_s);
            }
            if (a.numRowsAffected() > 0) {
                ++report.duplicates;
                continue;
            }
        }
        const qint64 sentAt = msg.sentAt ? msg.sentAt : now;
        QSqlQuery &q = st.insertMessage;
        q.addBindValue(sqlValue(conversationId));
        q.addBindValue(sqlValue(msg.channelId));
        q.addBindValue(sqlValue(msg.externalId));
        q.addBindValue(sqlValue(inbound ? u"inbound"_s : u"outbound"_s));
        q.addBindValue(sqlValue(inbound ? u"received"_s : u"sent"_s));
        q.addBindValue(sqlValue(nullableId(inbound ? 0 : m_agentByEmail.value(msg.assigneeEmail, 0))));
        q.addBindValue(sqlValue(inbound ? msg.customerName : QString()));
        q.addBindValue(sqlValue(inbound ? msg.customerEmail : QString()));
        q.addBindValue(sqlValue(msg.subject));
        q.addBindValue(sqlValue(msg.bodyText));
        q.addBindValue(sqlValue(msg.bodyHtml));
        q.addBindValue(sqlValue(analysis.language));
        q.addBindValue(sqlValue(analysis.intent));
        q.addBindValue(sqlValue(analysis.sentiment));
        q.addBindValue(sqlValue(sentAt));
        q.addBindValue(sqlValue(now));
        q.addBindValue(sqlValue(msg.automated && !inbound ? 1 : 0));
        q.addBindValue(sqlValue(msg.threadRefs));
        if (!q.exec()) {
            dropCaches();
            return databaseError(q, u"ingest message"_s);
        }
        if (!q.next()) {
            ++report.duplicates;
            continue;
        }
        const qint64 messageId = q.value(0).toLongLong();
        q.finish();
        ++report.inserted;
        if (!msg.attachments.isEmpty()) {
            if (auto s = insertAttachments(db, messageId, msg.attachments); !s) {
                dropCaches();
                return s.error();
            }
        }

        if (m_indexMode == IndexMode::Immediate) {
            st.ftsInsert.bindValue(u":id"_s, sqlValue(messageId));
            st.ftsInsert.bindValue(u":text"_s,
                                   sqlValue(indexText(msg.subject,
                                                      msg.bodyText,
                                                      st.customerNames.value(customerId),
                                                      st.conversationOrder.value(conversationId))));
            if (!st.ftsInsert.exec()) {
                dropCaches();
                return databaseError(st.ftsInsert, u"ingest index"_s);
            }
        }

        if (m_triage)
            stored.messages << IngestedMessage{messageId,
                                               conversationId,
                                               msg.channelId,
                                               inbound,
                                               msg.automated && !inbound,
                                               conversationCreated,
                                               sentAt,
                                               inbound ? 0 : m_agentByEmail.value(msg.assigneeEmail, 0),
                                               msg.status,
                                               msg.subject,
                                               msg.bodyText};

        ConversationDelta &delta = deltas[conversationId];
        ++delta.added;
        if (sentAt >= delta.lastAt) {
            delta.lastAt = sentAt;
            delta.snippet = msg.bodyText.simplified().left(160);
        }
        if (inbound) {
            delta.lastInboundAt = std::max(delta.lastInboundAt, sentAt);
            ++delta.unreadSinceReply;
            if (delta.waitingSince == 0)
                delta.waitingSince = sentAt;
            if (!analysis.language.isEmpty())
                delta.language = analysis.language;
            if (!analysis.intent.isEmpty())
                delta.intent = analysis.intent;
            if (!analysis.sentiment.isEmpty())
                delta.sentiment = analysis.sentiment;
            // A buyer writing again reopens the conversation, unless an import says otherwise.
            delta.status = msg.status.isEmpty() ? u"open"_s : msg.status;
        } else {
            delta.replied = true;
            delta.unreadSinceReply = 0;
            delta.waitingSince = 0;
            if (delta.firstResponseAt == 0)
                delta.firstResponseAt = sentAt;
            if (!msg.status.isEmpty())
                delta.status = msg.status;
        }
    }

    // 6. One update per conversation touched.
    for (auto it = deltas.cbegin(); it != deltas.cend(); ++it) {
        const ConversationDelta &d = it.value();
        QSqlQuery &q = st.updateConversation;
        const int unread = d.status == "resolved"_L1 ? 0 : d.unreadSinceReply;
        // The response clock: due from the first unanswered buyer message; stopped by a reply, and
        // not running while the conversation waits on the buyer or is resolved.
        const bool clockStopped = d.status == "resolved"_L1 || d.status == "pending"_L1;
        const qint64 due = clockStopped || d.waitingSince == 0 ? 0 : responseDueAt(it.key(), d.waitingSince);
        const bool overwriteDue = d.replied || clockStopped;
        for (const QVariant &v : {QVariant(d.lastAt),
                                  QVariant(d.snippet),
                                  QVariant(d.lastAt),
                                  QVariant(d.lastInboundAt),
                                  QVariant(d.firstResponseAt),
                                  QVariant(d.added),
                                  QVariant((d.replied || d.status == "resolved"_L1) ? 1 : 0),
                                  QVariant(unread),
                                  QVariant(unread),
                                  QVariant(d.language),
                                  QVariant(d.language),
                                  QVariant(d.intent),
                                  QVariant(d.intent),
                                  QVariant(d.sentiment),
                                  QVariant(d.sentiment),
                                  QVariant(d.status),
                                  QVariant(d.status),
                                  QVariant(overwriteDue ? 1 : 0),
                                  QVariant(due),
                                  QVariant(due),
                                  QVariant(now),
                                  QVariant(it.key())})
            q.addBindValue(sqlValue(v));
        if (!q.exec()) {
            dropCaches();
            return databaseError(q, u"ingest conversation update"_s);
        }
        report.conversationIds << it.key();
    }

    // Rules, SLA clocks, reporting events and priority, in the same transaction.
    if (m_triage && !stored.messages.isEmpty()) {
        if (auto s = m_triage(stored); !s) {
            dropCaches();
            return s.error();
        }
    }

    // 7. The cursor moves in the same transaction as the messages it covers.
    if (cursor) {
        QSqlQuery &q = st.upsertCursor;
        q.addBindValue(sqlValue(cursor->channelId));
        q.addBindValue(sqlValue(cursor->name));
        q.addBindValue(sqlValue(cursor->value));
        q.addBindValue(sqlValue(now));
        if (!q.exec()) {
            dropCaches();
            return databaseError(q, u"ingest cursor"_s);
        }
    }
    if (auto s = tx.commit(); !s) {
        dropCaches();
        return s.error();
    }
    return report;
}

Status IngestPipeline::rebuildIndex()
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    // 'delete-all' is how a contentless FTS5 table is emptied.
    if (!q.exec(m_db.dialect().isSqlite() ? u"INSERT INTO message_fts(message_fts) VALUES ('delete-all')"_s
                                          : u"TRUNCATE message_fts"_s))
        return databaseError(q, u"index reset"_s);
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (!read.exec(
            u"SELECT m.id, m.subject, m.body_text || ' ' || m.translated_text, cu.display_name, "
            u"COALESCE(o.external_id, '')"
            " FROM messages m JOIN conversations c ON c.id = m.conversation_id"
            " JOIN customers cu ON cu.id = c.customer_id LEFT JOIN orders o ON o.id = c.order_id ORDER BY m.id"_s))
        return databaseError(read, u"index rebuild"_s);
    QSqlQuery ins(db);
    ins.prepare(m_db.dialect().ftsInsert());
    while (read.next()) {
        ins.bindValue(u":id"_s, sqlValue(read.value(0)));
        ins.bindValue(u":text"_s,
                      sqlValue(indexText(read.value(1).toString(),
                                         read.value(2).toString(),
                                         read.value(3).toString(),
                                         read.value(4).toString())));
        if (!ins.exec())
            return databaseError(ins, u"index rebuild"_s);
    }
    return tx.commit();
}

} // namespace hd
