#include "core/storage/ConversationRepository.h"

#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include <limits>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

const QString kSummaryColumns =
    u"c.id, c.channel_id, c.external_id, c.customer_id, COALESCE(c.order_id, 0), c.subject, c.status, c.priority,"
    " COALESCE(c.assignee_id, 0), c.language, c.intent, c.sentiment, c.snippet, c.unread_count, c.message_count,"
    " c.last_message_at, c.last_inbound_at, c.first_response_at, c.sla_due_at, c.created_at, c.updated_at, c.version,"
    " c.tags, CASE WHEN c.relay_kind <> '' THEN c.relay_kind ELSE ch.kind END, ch.name,"
    " CASE WHEN c.relay_kind <> '' THEN c.relay_marketplace ELSE ch.marketplace END, cu.display_name, COALESCE(a.name, ''), c.priority_score,"
    " c.priority_reason, c.no_response_needed"_s;
const QString kSummaryFrom = u" FROM conversations c JOIN channels ch ON ch.id = c.channel_id"
                             " JOIN customers cu ON cu.id = c.customer_id LEFT JOIN agents a ON a.id = c.assignee_id"_s;

ConversationSummary readSummary(const QSqlQuery &q)
{
    ConversationSummary s;
    Conversation &c = s.conversation;
    c.id = q.value(0).toLongLong();
    c.channelId = q.value(1).toLongLong();
    c.externalId = q.value(2).toString();
    c.customerId = q.value(3).toLongLong();
    c.orderId = q.value(4).toLongLong();
    c.subject = q.value(5).toString();
    c.status = conversationStatusFromString(q.value(6).toString());
    c.priority = priorityFromString(q.value(7).toString());
    c.assigneeId = q.value(8).toLongLong();
    c.language = q.value(9).toString();
    c.intent = q.value(10).toString();
    c.sentiment = q.value(11).toString();
    c.snippet = q.value(12).toString();
    c.unreadCount = q.value(13).toInt();
    c.messageCount = q.value(14).toInt();
    c.lastMessageAt = q.value(15).toLongLong();
    c.lastInboundAt = q.value(16).toLongLong();
    c.firstResponseAt = q.value(17).toLongLong();
    c.slaDueAt = q.value(18).toLongLong();
    c.createdAt = q.value(19).toLongLong();
    c.updatedAt = q.value(20).toLongLong();
    c.version = q.value(21).toInt();
    const QString tags = q.value(22).toString();
    s.tags = tags.isEmpty() ? QStringList{} : tags.split(u',', Qt::SkipEmptyParts);
    s.channelKind = channelKindFromString(q.value(23).toString());
    s.channelName = q.value(24).toString();
    s.marketplace = q.value(25).toString();
    s.customerName = q.value(26).toString();
    s.assigneeName = q.value(27).toString();
    c.priorityScore = q.value(28).toInt();
    c.priorityReason = q.value(29).toString();
    c.noResponseNeeded = q.value(30).toInt() != 0;
    return s;
}

} // namespace

Result<QList<ConversationSummary>> ConversationRepository::page(const InboxFilter &filter,
                                                                const std::optional<InboxCursor> &after,
                                                                int limit) const
{
    QStringList where;
    QVariantList binds;
    switch (filter.folder) {
    case InboxFilter::Folder::AllOpen: where << u"c.status = 'open'"_s; break;
    case InboxFilter::Folder::Mine:
        where << u"c.status <> 'resolved'"_s << u"c.assignee_id = ?"_s;
        binds << filter.agentId;
        break;
    case InboxFilter::Folder::Unassigned: where << u"c.status = 'open'"_s << u"c.assignee_id IS NULL"_s; break;
    case InboxFilter::Folder::Waiting: where << u"c.status = 'pending'"_s; break;
    case InboxFilter::Folder::Resolved: where << u"c.status = 'resolved'"_s; break;
    case InboxFilter::Folder::All: break;
    }
    if (filter.channelId > 0) {
        where << u"c.channel_id = ?"_s;
        binds << filter.channelId;
    }
    if (!filter.language.isEmpty()) {
        where << u"c.language = ?"_s;
        binds << filter.language;
    }
    if (!filter.tag.isEmpty()) {
        where << u"EXISTS (SELECT 1 FROM conversation_tags ct JOIN tags t ON t.id = ct.tag_id"
                 " WHERE ct.conversation_id = c.id AND t.name = ?)"_s;
        binds << filter.tag;
    }
    // Keyset pagination for each order; the Priority order reads the (status, priority_score,
    // last_message_at, id) index; SlaDue puts conversations without a clock (sla_due_at = 0) last.
    const QString slaKey = u"(CASE WHEN c.sla_due_at = 0 THEN 9223372036854775807 ELSE c.sla_due_at END)"_s;
    QString order;
    switch (filter.sort) {
    case InboxFilter::Sort::Newest:
        if (after) {
            where << u"(c.last_message_at, c.id) < (?, ?)"_s;
            binds << after->lastMessageAt << after->id;
        }
        order = u" ORDER BY c.last_message_at DESC, c.id DESC"_s;
        break;
    case InboxFilter::Sort::Oldest:
        if (after) {
            where << u"(c.last_message_at, c.id) > (?, ?)"_s;
            binds << after->lastMessageAt << after->id;
        }
        order = u" ORDER BY c.last_message_at ASC, c.id ASC"_s;
        break;
    case InboxFilter::Sort::Priority:
        if (after) {
            where << u"(c.priority_score, c.last_message_at, c.id) < (?, ?, ?)"_s;
            binds << after->priorityScore << after->lastMessageAt << after->id;
        }
        order = u" ORDER BY c.priority_score DESC, c.last_message_at DESC, c.id DESC"_s;
        break;
    case InboxFilter::Sort::SlaDue:
        if (after) {
            where << u"(%1, c.id) > (?, ?)"_s.arg(slaKey);
            binds << (after->slaDueAt == 0 ? std::numeric_limits<qint64>::max() : after->slaDueAt) << after->id;
        }
        order = u" ORDER BY %1 ASC, c.id ASC"_s.arg(slaKey);
        break;
    }
    QString sql = u"SELECT "_s + kSummaryColumns + kSummaryFrom;
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    sql += order;
    sql += u" LIMIT ?"_s;
    binds << limit;

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(sqlValue(b));
    if (!q.exec())
        return databaseError(q, u"inbox page"_s);
    QList<ConversationSummary> rows;
    rows.reserve(limit);
    while (q.next())
        rows << readSummary(q);
    return rows;
}

Result<ConversationSummary> ConversationRepository::summary(qint64 conversationId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kSummaryColumns + kSummaryFrom + u" WHERE c.id = ?"_s);
    q.addBindValue(sqlValue(conversationId));
    if (!q.exec())
        return databaseError(q, u"conversation"_s);
    if (!q.next())
        return Error::make(Error::Code::NotFound, QCoreApplication::translate("hd::ConversationRepository",
                                                                              "The conversation no longer exists."));
    return readSummary(q);
}

Result<Conversation> ConversationRepository::byId(qint64 conversationId) const
{
    auto s = summary(conversationId);
    if (!s)
        return s.error();
    return s.value().conversation;
}

Result<QList<ConversationSummary>> ConversationRepository::forCustomer(qint64 customerId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kSummaryColumns + kSummaryFrom
              + u" WHERE c.customer_id = ? ORDER BY c.last_message_at DESC, c.id DESC LIMIT 200"_s);
    q.addBindValue(sqlValue(customerId));
    if (!q.exec())
        return databaseError(q, u"customer conversations"_s);
    QList<ConversationSummary> rows;
    while (q.next())
        rows << readSummary(q);
    return rows;
}

Result<InboxCounts> ConversationRepository::counts(qint64 agentId) const
{
    InboxCounts counts;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Open conversations per channel from a covering index; the other folders are index range counts.
    // Nothing here reads the table itself, so a workspace of 250,000 conversations counts in ~0.1 s.
    q.prepare(u"SELECT channel_id, COUNT(*), SUM(CASE WHEN unread_count > 0 THEN 1 ELSE 0 END),"
              " SUM(CASE WHEN assignee_id IS NULL THEN 1 ELSE 0 END) FROM conversations WHERE status = 'open'"
              " GROUP BY channel_id"_s);
    if (!q.exec())
        return databaseError(q, u"inbox counts"_s);
    while (q.next()) {
        const qint64 channel = q.value(0).toLongLong();
        const int n = q.value(1).toInt();
        const int unread = q.value(2).toInt();
        counts.allOpen += n;
        counts.unreadOpen += unread;
        counts.unassigned += q.value(3).toInt();
        counts.openByChannel[channel] += n;
        counts.unreadByChannel[channel] += unread;
    }
    q.finish();
    if (!q.exec(u"SELECT (SELECT COUNT(*) FROM conversations WHERE status = 'pending'),"
                " (SELECT COUNT(*) FROM conversations WHERE status = 'resolved')"_s)
        || !q.next())
        return databaseError(q, u"inbox counts"_s);
    counts.waiting = q.value(0).toInt();
    counts.resolved = q.value(1).toInt();
    q.finish();
    if (agentId > 0) {
        q.prepare(u"SELECT COUNT(*) FROM conversations WHERE assignee_id = ? AND status <> 'resolved'"_s);
        q.addBindValue(sqlValue(agentId));
        if (!q.exec() || !q.next())
            return databaseError(q, u"inbox counts"_s);
        counts.mine = q.value(0).toInt();
    }
    return counts;
}

Status ConversationRepository::setStatus(qint64 conversationId, ConversationStatus status, qint64 actorAgentId) const
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    std::optional<ConversationStatus> before;
    if (m_statusHook) {
        q.prepare(u"SELECT status FROM conversations WHERE id = ?"_s);
        q.addBindValue(sqlValue(conversationId));
        if (q.exec() && q.next())
            before = conversationStatusFromString(q.value(0).toString());
        q.finish();
    }
    // Waiting on the buyer or resolved: no response clock runs.
    q.prepare(u"UPDATE conversations SET status = ?, updated_at = ?, version = version + 1,"
              " sla_due_at = CASE WHEN ? = 'open' THEN sla_due_at ELSE 0 END WHERE id = ?"_s);
    q.addBindValue(sqlValue(conversationStatusToString(status)));
    q.addBindValue(sqlValue(m_clock.nowMs()));
    q.addBindValue(sqlValue(conversationStatusToString(status)));
    q.addBindValue(sqlValue(conversationId));
    if (!q.exec())
        return databaseError(q, u"status"_s);
    if (auto s = audit(actorAgentId, u"conversation.status"_s, conversationId, conversationStatusToString(status)); !s)
        return s;
    if (m_statusHook && before && *before != status) {
        if (auto s = m_statusHook(conversationId, *before, status, actorAgentId); !s)
            return s;
    }
    return tx.commit();
}

Status ConversationRepository::assign(qint64 conversationId, qint64 agentId, qint64 actorAgentId) const
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(u"UPDATE conversations SET assignee_id = ?, updated_at = ?, version = version + 1 WHERE id = ?"_s);
    q.addBindValue(sqlValue(agentId > 0 ? QVariant(agentId) : QVariant(QMetaType::fromType<qint64>())));
    q.addBindValue(sqlValue(m_clock.nowMs()));
    q.addBindValue(sqlValue(conversationId));
    if (!q.exec())
        return databaseError(q, u"assign"_s);
    // The assignment log (shown in the conversation's triage panel) records hand-made changes too.
    q.prepare(u"INSERT INTO assignments(conversation_id, agent_id, strategy, reason, assigned_at)"
              " VALUES (?, ?, 'manual', COALESCE((SELECT name FROM agents WHERE id = ?), ''), ?)"_s);
    q.addBindValue(sqlValue(conversationId));
    q.addBindValue(sqlValue(agentId > 0 ? agentId : 0));
    q.addBindValue(sqlValue(actorAgentId));
    q.addBindValue(sqlValue(m_clock.nowMs()));
    if (!q.exec())
        return databaseError(q, u"assignment log"_s);
    if (auto s = audit(actorAgentId, u"conversation.assign"_s, conversationId, QString::number(agentId)); !s)
        return s;
    return tx.commit();
}

Status ConversationRepository::setPriority(qint64 conversationId, Priority priority, qint64 actorAgentId) const
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(u"UPDATE conversations SET priority = ?, updated_at = ?, version = version + 1 WHERE id = ?"_s);
    q.addBindValue(sqlValue(priorityToString(priority)));
    q.addBindValue(sqlValue(m_clock.nowMs()));
    q.addBindValue(sqlValue(conversationId));
    if (!q.exec())
        return databaseError(q, u"priority"_s);
    if (auto s = audit(actorAgentId, u"conversation.priority"_s, conversationId, priorityToString(priority)); !s)
        return s;
    return tx.commit();
}

Status ConversationRepository::addTag(qint64 conversationId, const QString &tag, qint64 actorAgentId) const
{
    const QString name = tag.trimmed().toLower().replace(u',', u'-');
    if (name.isEmpty())
        return Error::make(Error::Code::InvalidArgument,
                           QCoreApplication::translate("hd::ConversationRepository", "A tag needs a name."));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO tags(name) VALUES (?) ON CONFLICT(name) DO NOTHING"_s);
    q.addBindValue(sqlValue(name));
    if (!q.exec())
        return databaseError(q, u"tag"_s);
    q.prepare(u"INSERT INTO conversation_tags(conversation_id, tag_id) SELECT ?, id FROM tags WHERE name = ?"
              " ON CONFLICT DO NOTHING"_s);
    q.addBindValue(sqlValue(conversationId));
    q.addBindValue(sqlValue(name));
    if (!q.exec())
        return databaseError(q, u"tag"_s);
    if (auto s = updateTagsColumn(conversationId); !s)
        return s;
    if (auto s = audit(actorAgentId, u"conversation.tag"_s, conversationId, name); !s)
        return s;
    return tx.commit();
}

Status ConversationRepository::removeTag(qint64 conversationId, const QString &tag, qint64 actorAgentId) const
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(u"DELETE FROM conversation_tags WHERE conversation_id = ? AND tag_id IN (SELECT id FROM tags WHERE name = ?)"_s);
    q.addBindValue(sqlValue(conversationId));
    q.addBindValue(sqlValue(tag));
    if (!q.exec())
        return databaseError(q, u"untag"_s);
    if (auto s = updateTagsColumn(conversationId); !s)
        return s;
    if (auto s = audit(actorAgentId, u"conversation.untag"_s, conversationId, tag); !s)
        return s;
    return tx.commit();
}

Status ConversationRepository::markRead(qint64 conversationId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE conversations SET unread_count = 0 WHERE id = ? AND unread_count <> 0"_s);
    q.addBindValue(sqlValue(conversationId));
    if (!q.exec())
        return databaseError(q, u"mark read"_s);
    return {};
}

Status ConversationRepository::updateTagsColumn(qint64 conversationId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT t.name FROM conversation_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.conversation_id = ?"
              " ORDER BY t.name"_s);
    q.addBindValue(sqlValue(conversationId));
    if (!q.exec())
        return databaseError(q, u"tags"_s);
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    q.prepare(u"UPDATE conversations SET tags = ?, updated_at = ?, version = version + 1 WHERE id = ?"_s);
    q.addBindValue(sqlValue(names.join(u',')));
    q.addBindValue(sqlValue(m_clock.nowMs()));
    q.addBindValue(sqlValue(conversationId));
    if (!q.exec())
        return databaseError(q, u"tags"_s);
    return {};
}

Status ConversationRepository::audit(qint64 actorAgentId, const QString &action, qint64 conversationId,
                                     const QString &detail) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO audit_log(at, actor, action, entity, entity_id, detail_json) VALUES (?, ?, ?, 'conversation', ?, ?)"_s);
    q.addBindValue(sqlValue(m_clock.nowMs()));
    q.addBindValue(sqlValue(actorAgentId > 0 ? u"agent:%1"_s.arg(actorAgentId) : u"system"_s));
    q.addBindValue(sqlValue(action));
    q.addBindValue(sqlValue(conversationId));
    q.addBindValue(sqlValue(QString::fromUtf8(QJsonDocument(QJsonObject{{u"value"_s, detail}}).toJson(QJsonDocument::Compact))));
    if (!q.exec())
        return databaseError(q, u"audit"_s);
    return {};
}

} // namespace hd
