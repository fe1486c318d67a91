#include "bench/BareSqliteIngest.h"

#include "bench/BenchUtil.h"
#include "core/storage/Migrations.h"
#include "core/storage/SqlDialect.h"
#include "core/sync/IngestPipeline.h"

#include <QFile>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace hd::bench {
using namespace Qt::StringLiterals;

namespace {

constexpr std::size_t kMaxCacheEntries = 200000; // as IngestPipeline

std::u16string key(qint64 channelId, const QString &externalId)
{
    std::u16string k = QString::number(channelId).toStdU16String();
    k += u'\x1f';
    k.append(reinterpret_cast<const char16_t *>(externalId.utf16()), std::size_t(externalId.size()));
    return k;
}

// Text is bound as UTF-16 straight from the QString (as Qt's own driver does); the caller keeps
// the string alive until the statement is reset.
void bindText(sqlite3_stmt *s, int i, const QString &v)
{
    sqlite3_bind_text16(s, i, v.utf16(), int(v.size() * 2), SQLITE_STATIC);
}

void bindId(sqlite3_stmt *s, int i, qint64 id)
{
    if (id > 0)
        sqlite3_bind_int64(s, i, id);
    else
        sqlite3_bind_null(s, i);
}

QString columnText(sqlite3_stmt *s, int i)
{
    const void *p = sqlite3_column_text16(s, i);
    return p ? QString(reinterpret_cast<const QChar *>(p), sqlite3_column_bytes16(s, i) / 2) : QString();
}

QString jsonEscape(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        out += c;
    }
    return out;
}

// The same compact JSON IngestPipeline writes with QJsonDocument (keys in QJsonObject's order).
QString itemsJson(const Order &o)
{
    QString out = u"["_s;
    for (qsizetype i = 0; i < o.items.size(); ++i) {
        const OrderItem &it = o.items.at(i);
        if (i)
            out += u',';
        out += u"{\"quantity\":"_s + QString::number(it.quantity) + u",\"sku\":\""_s + jsonEscape(it.sku)
            + u"\",\"title\":\""_s + jsonEscape(it.title) + u"\",\"unit_price_cents\":"_s
            + QString::number(it.unitPriceCents) + u'}';
    }
    return out + u']';
}

struct Delta
{
    qint64 lastAt = 0, lastInboundAt = 0, firstResponseAt = 0, waitingSince = 0;
    int added = 0, unreadSinceReply = 0;
    bool replied = false;
    QString snippet, language, status;
};

} // namespace

BareSqliteIngest::BareSqliteIngest(QString path)
    : m_path(std::move(path))
{
}

BareSqliteIngest::~BareSqliteIngest()
{
    for (sqlite3_stmt *s : {m_findIdentity,
                            m_findCustomerByEmail,
                            m_insertCustomer,
                            m_insertIdentity,
                            m_findOrder,
                            m_insertOrder,
                            m_findConversation,
                            m_insertConversation,
                            m_insertMessage,
                            m_updateConversation,
                            m_ftsInsert,
                            m_insertTag,
                            m_linkTag,
                            m_begin,
                            m_commit,
                            m_rollback})
        sqlite3_finalize(s);
    if (m_db)
        sqlite3_close(m_db);
}

QString BareSqliteIngest::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : u"not open"_s;
}

bool BareSqliteIngest::exec(const char *sql, QString *error)
{
    char *msg = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &msg) != SQLITE_OK) {
        *error = QString::fromUtf8(msg ? msg : "?") + u" in: "_s + QString::fromUtf8(sql).left(120);
        sqlite3_free(msg);
        return false;
    }
    return true;
}

bool BareSqliteIngest::open(QString *error)
{
    QFile::remove(m_path);
    QFile::remove(m_path + u"-wal"_s);
    QFile::remove(m_path + u"-shm"_s);
    if (sqlite3_open(QFile::encodeName(m_path).constData(), &m_db) != SQLITE_OK) {
        *error = lastError();
        return false;
    }
    sqlite3_busy_timeout(m_db, 10000);
    // What Database::configure() sets.
    for (const char *p : {"PRAGMA journal_mode=WAL",
                          "PRAGMA synchronous=NORMAL",
                          "PRAGMA foreign_keys=ON",
                          "PRAGMA cache_size=-65536",
                          "PRAGMA temp_store=MEMORY"})
        if (!exec(p, error))
            return false;
    // The exact schema the application migrates to, indexes and FTS table included.
    const SqlDialect dialect(SqlDialect::Kind::Sqlite);
    if (!exec("BEGIN", error))
        return false;
    for (const Migrations::Step &step : Migrations::steps(dialect))
        for (const QString &ddl : step.statements)
            if (!exec(dialect.schema(ddl).toUtf8().constData(), error))
                return false;
    if (!exec("COMMIT", error))
        return false;
    return prepareAll(error);
}

bool BareSqliteIngest::prepareAll(QString *error)
{
    const SqlDialect d(SqlDialect::Kind::Sqlite);
    // The statements of IngestPipeline::prepare(), with the FTS insert bound by position.
    const QList<std::tuple<sqlite3_stmt **, QString, QString>> sql{
        {&m_findIdentity,
         u"find_identity"_s,
         u"SELECT ci.customer_id, cu.display_name FROM customer_identities ci"
         " JOIN customers cu ON cu.id = ci.customer_id WHERE ci.channel_id = ? AND ci.external_id = ?"_s},
        {&m_findCustomerByEmail,
         u"find_customer_by_email"_s,
         u"SELECT id, display_name FROM customers WHERE email = ? AND merged_into IS NULL"
         " ORDER BY id LIMIT 1"_s},
        {&m_insertCustomer,
         u"insert_customer"_s,
         u"INSERT INTO customers(display_name, email, country, language, postcode, created_at)"
         " VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s},
        {&m_insertIdentity,
         u"insert_identity"_s,
         u"INSERT INTO customer_identities(customer_id, channel_id, external_id, display_name)"
         " VALUES (?, ?, ?, ?) ON CONFLICT(channel_id, external_id) DO NOTHING"_s},
        {&m_findOrder, u"find_order"_s, u"SELECT id FROM orders WHERE channel_id = ? AND external_id = ?"_s},
        {&m_insertOrder,
         u"insert_order"_s,
         u"INSERT INTO orders(channel_id, external_id, customer_id, status, currency, total_cents,"
         " items_json, carrier, tracking_number, ship_to_country, ship_to_postcode, ordered_at,"
         " shipped_at, delivered_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
         " RETURNING id"_s},
        {&m_findConversation,
         u"find_conversation"_s,
         u"SELECT c.id, COALESCE(o.external_id, '') FROM conversations c LEFT JOIN orders o"
         " ON o.id = c.order_id WHERE c.channel_id = ? AND c.external_id = ?"_s},
        {&m_insertConversation,
         u"insert_conversation"_s,
         u"INSERT INTO conversations(channel_id, external_id, customer_id, order_id, subject,"
         " status, assignee_id, language, tags, created_at, updated_at)"
         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s},
        {&m_insertMessage,
         u"insert_message"_s,
         u"INSERT INTO messages(conversation_id, channel_id, external_id, direction, status,"
         " author_agent_id, sender_name, sender_address, subject, body_text, body_html, language,"
         " intent, sentiment, sent_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
         " ON CONFLICT(channel_id, external_id) DO NOTHING RETURNING id"_s},
        {&m_updateConversation,
         u"update_conversation"_s,
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
        {&m_ftsInsert, u"fts_insert"_s, u"INSERT INTO message_fts(rowid, body) VALUES (?, ?)"_s},
        {&m_insertTag,
         u"insert_tag"_s,
         u"INSERT INTO tags(name) VALUES (?) ON CONFLICT(name) DO UPDATE SET name = excluded.name RETURNING id"_s},
        {&m_linkTag,
         u"link_tag"_s,
         u"INSERT INTO conversation_tags(conversation_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING"_s},
        {&m_begin, u"begin"_s, u"BEGIN"_s},
        {&m_commit, u"commit"_s, u"COMMIT"_s},
        {&m_rollback, u"rollback"_s, u"ROLLBACK"_s},
    };
    for (const auto &[stmt, name, text] : sql) {
        const QByteArray utf8 = text.toUtf8();
        if (sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, stmt, nullptr)
            != SQLITE_OK) {
            *error = lastError() + u" in: "_s + text.left(120);
            return false;
        }
        m_names.emplace(*stmt, name);
    }
    return true;
}

int BareSqliteIngest::step(sqlite3_stmt *s)
{
    if (!m_profiling)
        return sqlite3_step(s);
    const double start = threadCpuMs();
    const int rc = sqlite3_step(s);
    Cost &c = m_costs[s];
    ++c.calls;
    c.ms += threadCpuMs() - start;
    return rc;
}

QJsonObject BareSqliteIngest::rowCounts(const QString &path)
{
    QJsonObject out;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        for (const char *table :
             {"customers", "customer_identities", "orders", "conversations", "messages", "tags", "conversation_tags"}) {
            sqlite3_stmt *q = nullptr;
            const QByteArray sql = "SELECT COUNT(*) FROM " + QByteArray(table);
            if (sqlite3_prepare_v2(db, sql.constData(), -1, &q, nullptr) == SQLITE_OK && sqlite3_step(q) == SQLITE_ROW)
                out.insert(QString::fromLatin1(table), sqlite3_column_int64(q, 0));
            sqlite3_finalize(q);
        }
    }
    sqlite3_close(db);
    return out;
}

QJsonObject BareSqliteIngest::profile() const
{
    QJsonObject o;
    const auto entry = [](const Cost &c) { return QJsonObject{{u"calls"_s, c.calls}, {u"ms"_s, std::round(c.ms)}}; };
    for (const auto &[stmt, cost] : m_costs)
        o.insert(m_names.count(stmt) ? m_names.at(stmt) : u"?"_s, entry(cost));
    o.insert(u"index_text"_s, entry(m_indexTextCost));
    return o;
}

bool BareSqliteIngest::addDirectory(const QList<Channel> &channels,
                                    const QList<Agent> &agents,
                                    QList<qint64> *channelIds,
                                    QString *error)
{
    sqlite3_stmt *ch = nullptr, *ag = nullptr;
    sqlite3_prepare_v2(m_db,
                       "INSERT INTO channels(kind, name, marketplace, config_json, enabled, created_at)"
                       " VALUES (?, ?, ?, ?, 1, ?) RETURNING id",
                       -1,
                       &ch,
                       nullptr);
    sqlite3_prepare_v2(m_db,
                       "INSERT INTO agents(name, email, role, languages, skills, capacity, time_zone, active)"
                       " VALUES (?, ?, 'agent', ?, '', 20, 'UTC', 1) RETURNING id",
                       -1,
                       &ag,
                       nullptr);
    bool ok = ch && ag;
    for (const Channel &c : channels) {
        if (!ok)
            break;
        const QString kind = channelKindToString(c.kind);
        bindText(ch, 1, kind);
        bindText(ch, 2, c.name);
        bindText(ch, 3, c.marketplace);
        bindText(ch, 4, c.configJson);
        sqlite3_bind_int64(ch, 5, c.createdAt);
        ok = sqlite3_step(ch) == SQLITE_ROW;
        if (ok)
            *channelIds << sqlite3_column_int64(ch, 0);
        sqlite3_reset(ch);
    }
    for (const Agent &a : agents) {
        if (!ok)
            break;
        const QString languages = a.languages.join(u',');
        bindText(ag, 1, a.name);
        bindText(ag, 2, a.email);
        bindText(ag, 3, languages);
        ok = sqlite3_step(ag) == SQLITE_ROW;
        if (ok)
            m_agents.emplace(a.email.toStdU16String(), sqlite3_column_int64(ag, 0));
        sqlite3_reset(ag);
    }
    if (!ok)
        *error = lastError();
    sqlite3_finalize(ch);
    sqlite3_finalize(ag);
    return ok;
}

bool BareSqliteIngest::ingest(const QList<InboundMessage> &batch, qint64 now, int *inserted, QString *error)
{
    if (m_customers.size() > kMaxCacheEntries || m_conversations.size() > kMaxCacheEntries) {
        m_customers.clear();
        m_customerNames.clear();
        m_orders.clear();
        m_conversations.clear();
        m_conversationOrder.clear();
    }
    const auto fail = [&](sqlite3_stmt *s) {
        *error = lastError();
        if (s)
            sqlite3_reset(s);
        step(m_rollback);
        sqlite3_reset(m_rollback);
        m_customers.clear();
        m_customerNames.clear();
        m_orders.clear();
        m_conversations.clear();
        m_conversationOrder.clear();
        return false;
    };
    // Statements run to completion and are reset at once, as QSqlQuery::finish() does.
    const auto done = [](sqlite3_stmt *s) {
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
    };
    if (step(m_begin) != SQLITE_DONE)
        return fail(m_begin);
    sqlite3_reset(m_begin);

    static const QString kInbound = u"inbound"_s, kOutbound = u"outbound"_s, kReceived = u"received"_s,
                         kSent = u"sent"_s, kOpen = u"open"_s, kPaid = u"paid"_s, kUsd = u"USD"_s, kEmpty = u""_s;
    std::unordered_map<qint64, Delta> deltas;
    int count = 0;
    for (const InboundMessage &msg : batch) {
        if (msg.externalId.isEmpty() || msg.channelId <= 0)
            continue;
        const bool inbound = msg.direction != "outbound"_L1;

        // 1. The buyer.
        const QString &identity = msg.customerExternalId.isEmpty() ? msg.customerEmail : msg.customerExternalId;
        const std::u16string customerKey = key(msg.channelId, identity);
        qint64 customerId = 0;
        if (auto it = m_customers.find(customerKey); it != m_customers.end())
            customerId = it->second;
        if (customerId == 0) {
            sqlite3_bind_int64(m_findIdentity, 1, msg.channelId);
            bindText(m_findIdentity, 2, identity);
            int rc = step(m_findIdentity);
            if (rc == SQLITE_ROW) {
                customerId = sqlite3_column_int64(m_findIdentity, 0);
                m_customerNames[customerId] = columnText(m_findIdentity, 1);
            } else if (rc != SQLITE_DONE) {
                return fail(m_findIdentity);
            }
            done(m_findIdentity);
            if (customerId == 0 && !msg.customerEmail.isEmpty()) {
                bindText(m_findCustomerByEmail, 1, msg.customerEmail);
                if (step(m_findCustomerByEmail) == SQLITE_ROW) {
                    customerId = sqlite3_column_int64(m_findCustomerByEmail, 0);
                    m_customerNames[customerId] = columnText(m_findCustomerByEmail, 1);
                }
                done(m_findCustomerByEmail);
            }
            if (customerId == 0) {
                const QString postcode = msg.order ? msg.order->shipToPostcode : QString();
                bindText(m_insertCustomer, 1, msg.customerName);
                bindText(m_insertCustomer, 2, msg.customerEmail);
                bindText(m_insertCustomer, 3, msg.customerCountry);
                bindText(m_insertCustomer, 4, msg.customerLanguage);
                bindText(m_insertCustomer, 5, postcode);
                sqlite3_bind_int64(m_insertCustomer, 6, msg.sentAt ? msg.sentAt : now);
                if (step(m_insertCustomer) != SQLITE_ROW)
                    return fail(m_insertCustomer);
                customerId = sqlite3_column_int64(m_insertCustomer, 0);
                done(m_insertCustomer);
                m_customerNames[customerId] = msg.customerName;
            }
            if (!identity.isEmpty()) {
                sqlite3_bind_int64(m_insertIdentity, 1, customerId);
                sqlite3_bind_int64(m_insertIdentity, 2, msg.channelId);
                bindText(m_insertIdentity, 3, identity);
                bindText(m_insertIdentity, 4, msg.customerName);
                if (step(m_insertIdentity) != SQLITE_DONE)
                    return fail(m_insertIdentity);
                done(m_insertIdentity);
            }
            m_customers.emplace(customerKey, customerId);
        }

        // 2. The order.
        qint64 orderId = 0;
        if (!msg.orderExternalId.isEmpty()) {
            const std::u16string orderKey = key(msg.channelId, msg.orderExternalId);
            if (auto it = m_orders.find(orderKey); it != m_orders.end())
                orderId = it->second;
            if (orderId == 0) {
                sqlite3_bind_int64(m_findOrder, 1, msg.channelId);
                bindText(m_findOrder, 2, msg.orderExternalId);
                if (step(m_findOrder) == SQLITE_ROW)
                    orderId = sqlite3_column_int64(m_findOrder, 0);
                done(m_findOrder);
                if (orderId == 0 && msg.order) {
                    const Order &o = *msg.order;
                    const QString items = itemsJson(o);
                    sqlite3_stmt *s = m_insertOrder;
                    sqlite3_bind_int64(s, 1, msg.channelId);
                    bindText(s, 2, msg.orderExternalId);
                    sqlite3_bind_int64(s, 3, customerId);
                    bindText(s, 4, o.status.isEmpty() ? kPaid : o.status);
                    bindText(s, 5, o.currency.isEmpty() ? kUsd : o.currency);
                    sqlite3_bind_int64(s, 6, o.totalCents);
                    bindText(s, 7, items);
                    bindText(s, 8, o.carrier);
                    bindText(s, 9, o.trackingNumber);
                    bindText(s, 10, o.shipToCountry);
                    bindText(s, 11, o.shipToPostcode);
                    sqlite3_bind_int64(s, 12, o.orderedAt);
                    sqlite3_bind_int64(s, 13, o.shippedAt);
                    sqlite3_bind_int64(s, 14, o.deliveredAt);
                    sqlite3_bind_int64(s, 15, now);
                    if (step(s) != SQLITE_ROW)
                        return fail(s);
                    orderId = sqlite3_column_int64(s, 0);
                    done(s);
                }
                if (orderId > 0)
                    m_orders.emplace(orderKey, orderId);
            }
        }

        // 3. The conversation.
        const QString &convExt = msg.conversationExternalId.isEmpty() ? msg.externalId : msg.conversationExternalId;
        const std::u16string convKey = key(msg.channelId, convExt);
        qint64 conversationId = 0;
        if (auto it = m_conversations.find(convKey); it != m_conversations.end())
            conversationId = it->second;
        if (conversationId == 0) {
            sqlite3_bind_int64(m_findConversation, 1, msg.channelId);
            bindText(m_findConversation, 2, convExt);
            if (step(m_findConversation) == SQLITE_ROW) {
                conversationId = sqlite3_column_int64(m_findConversation, 0);
                m_conversationOrder[conversationId] = columnText(m_findConversation, 1);
            }
            done(m_findConversation);
            if (conversationId == 0) {
                sqlite3_stmt *s = m_insertConversation;
                const QString tags = msg.tags.join(u',');
                qint64 assignee = 0;
                if (auto it = m_agents.find(msg.assigneeEmail.toStdU16String()); it != m_agents.end())
                    assignee = it->second;
                sqlite3_bind_int64(s, 1, msg.channelId);
                bindText(s, 2, convExt);
                sqlite3_bind_int64(s, 3, customerId);
                bindId(s, 4, orderId);
                bindText(s, 5, msg.subject);
                bindText(s, 6, msg.status.isEmpty() ? kOpen : msg.status);
                bindId(s, 7, assignee);
                bindText(s, 8, msg.language.isEmpty() ? msg.customerLanguage : msg.language);
                bindText(s, 9, tags);
                sqlite3_bind_int64(s, 10, msg.sentAt ? msg.sentAt : now);
                sqlite3_bind_int64(s, 11, now);
                if (step(s) != SQLITE_ROW)
                    return fail(s);
                conversationId = sqlite3_column_int64(s, 0);
                done(s);
                m_conversationOrder[conversationId] = msg.orderExternalId;
                for (const QString &tag : msg.tags) {
                    const std::u16string tagKey = tag.toStdU16String();
                    qint64 tagId = 0;
                    if (auto it = m_tags.find(tagKey); it != m_tags.end())
                        tagId = it->second;
                    if (tagId == 0) {
                        bindText(m_insertTag, 1, tag);
                        if (step(m_insertTag) != SQLITE_ROW)
                            return fail(m_insertTag);
                        tagId = sqlite3_column_int64(m_insertTag, 0);
                        done(m_insertTag);
                        m_tags.emplace(tagKey, tagId);
                    }
                    sqlite3_bind_int64(m_linkTag, 1, conversationId);
                    sqlite3_bind_int64(m_linkTag, 2, tagId);
                    if (step(m_linkTag) != SQLITE_DONE)
                        return fail(m_linkTag);
                    done(m_linkTag);
                }
            }
            m_conversations.emplace(convKey, conversationId);
        }

        // 4. The message (no analysis step: the bare program has none).
        const qint64 sentAt = msg.sentAt ? msg.sentAt : now;
        qint64 author = 0;
        if (!inbound)
            if (auto it = m_agents.find(msg.assigneeEmail.toStdU16String()); it != m_agents.end())
                author = it->second;
        sqlite3_stmt *s = m_insertMessage;
        sqlite3_bind_int64(s, 1, conversationId);
        sqlite3_bind_int64(s, 2, msg.channelId);
        bindText(s, 3, msg.externalId);
        bindText(s, 4, inbound ? kInbound : kOutbound);
        bindText(s, 5, inbound ? kReceived : kSent);
        bindId(s, 6, author);
        bindText(s, 7, inbound ? msg.customerName : kEmpty);
        bindText(s, 8, inbound ? msg.customerEmail : kEmpty);
        bindText(s, 9, msg.subject);
        bindText(s, 10, msg.bodyText);
        bindText(s, 11, msg.bodyHtml);
        bindText(s, 12, msg.language);
        bindText(s, 13, kEmpty);
        bindText(s, 14, kEmpty);
        sqlite3_bind_int64(s, 15, sentAt);
        sqlite3_bind_int64(s, 16, now);
        const int rc = step(s);
        if (rc == SQLITE_DONE) { // a duplicate
            done(s);
            continue;
        }
        if (rc != SQLITE_ROW)
            return fail(s);
        const qint64 messageId = sqlite3_column_int64(s, 0);
        done(s);
        ++count;

        // 5. The full-text index: the same normalised text, contentless FTS5.
        const double textStart = m_profiling ? threadCpuMs() : 0.0;
        const QString text = IngestPipeline::indexText(msg.subject,
                                                       msg.bodyText,
                                                       m_customerNames[customerId],
                                                       m_conversationOrder[conversationId]);
        if (m_profiling) {
            ++m_indexTextCost.calls;
            m_indexTextCost.ms += threadCpuMs() - textStart;
        }
        sqlite3_bind_int64(m_ftsInsert, 1, messageId);
        bindText(m_ftsInsert, 2, text);
        if (step(m_ftsInsert) != SQLITE_DONE)
            return fail(m_ftsInsert);
        done(m_ftsInsert);

        Delta &d = deltas[conversationId];
        ++d.added;
        if (sentAt >= d.lastAt) {
            d.lastAt = sentAt;
            d.snippet = msg.bodyText.simplified().left(160);
        }
        if (inbound) {
            d.lastInboundAt = std::max(d.lastInboundAt, sentAt);
            ++d.unreadSinceReply;
            if (d.waitingSince == 0)
                d.waitingSince = sentAt;
            if (!msg.language.isEmpty())
                d.language = msg.language;
            d.status = msg.status.isEmpty() ? kOpen : msg.status;
        } else {
            d.replied = true;
            d.unreadSinceReply = 0;
            d.waitingSince = 0;
            if (d.firstResponseAt == 0)
                d.firstResponseAt = sentAt;
            if (!msg.status.isEmpty())
                d.status = msg.status;
        }
    }

    // 6. One update per conversation touched.
    for (const auto &[id, d] : deltas) {
        sqlite3_stmt *s = m_updateConversation;
        const bool resolved = d.status == "resolved"_L1;
        const int unread = resolved ? 0 : d.unreadSinceReply;
        sqlite3_bind_int64(s, 1, d.lastAt);
        bindText(s, 2, d.snippet);
        sqlite3_bind_int64(s, 3, d.lastAt);
        sqlite3_bind_int64(s, 4, d.lastInboundAt);
        sqlite3_bind_int64(s, 5, d.firstResponseAt);
        sqlite3_bind_int(s, 6, d.added);
        sqlite3_bind_int(s, 7, (d.replied || resolved) ? 1 : 0);
        sqlite3_bind_int(s, 8, unread);
        sqlite3_bind_int(s, 9, unread);
        bindText(s, 10, d.language);
        bindText(s, 11, d.language);
        bindText(s, 12, kEmpty);
        bindText(s, 13, kEmpty);
        bindText(s, 14, kEmpty);
        bindText(s, 15, kEmpty);
        bindText(s, 16, d.status);
        bindText(s, 17, d.status);
        // The response clock as IngestPipeline keeps it; the due time itself is a flat 24 h here
        // (the business-hours arithmetic is application logic, not storage).
        const bool clockStopped = resolved || d.status == "pending"_L1;
        const qint64 due = clockStopped || d.waitingSince == 0 ? 0 : d.waitingSince + 24LL * 3600 * 1000;
        sqlite3_bind_int(s, 18, (d.replied || clockStopped) ? 1 : 0);
        sqlite3_bind_int64(s, 19, due);
        sqlite3_bind_int64(s, 20, due);
        sqlite3_bind_int64(s, 21, now);
        sqlite3_bind_int64(s, 22, id);
        if (step(s) != SQLITE_DONE)
            return fail(s);
        done(s);
    }
    if (step(m_commit) != SQLITE_DONE)
        return fail(m_commit);
    sqlite3_reset(m_commit);
    *inserted = count;
    return true;
}

} // namespace hd::bench
