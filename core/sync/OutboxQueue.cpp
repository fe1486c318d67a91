#include "core/sync/OutboxQueue.h"

#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace hd {
using namespace Qt::StringLiterals;

namespace {
QString placeholders(qsizetype n)
{
    QStringList marks;
    marks.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        marks << u"?"_s;
    return marks.join(u", "_s);
}

Error busy(const QSqlDatabase &db)
{
    return Error::make(Error::Code::Database,
                       QCoreApplication::translate("hd::OutboxQueue", "The workspace is busy; try again."),
                       db.lastError().text());
}
} // namespace

Result<std::optional<OutboxItem>> OutboxQueue::claimNext(const QList<qint64> &channelIds, qint64 staleBeforeMs) const
{
    if (channelIds.isEmpty())
        return std::optional<OutboxItem>{};
    const qint64 now = m_clock.nowMs();
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return busy(db);
    QSqlQuery q(db);
    QString sql = u"SELECT id, message_id, channel_id, attempts, state FROM outbox WHERE channel_id IN ("_s
        + placeholders(channelIds.size())
        + u") AND ((state IN ('pending', 'retry') AND next_attempt_at <= ?)"
          " OR (state = 'sending' AND sending_started_at < ?)) ORDER BY next_attempt_at, id LIMIT 1"_s;
    // Team mode: a row another desktop holds is skipped, not waited for.
    if (m_db.dialect().isPostgres())
        sql += u" FOR UPDATE SKIP LOCKED"_s;
    q.prepare(sql);
    for (qint64 id : channelIds)
        q.addBindValue(sqlValue(id));
    q.addBindValue(sqlValue(now));
    q.addBindValue(sqlValue(staleBeforeMs));
    if (!q.exec())
        return databaseError(q, u"outbox claim"_s);
    if (!q.next())
        return std::optional<OutboxItem>{};
    OutboxItem item;
    item.outboxId = q.value(0).toLongLong();
    item.messageId = q.value(1).toLongLong();
    item.channelId = q.value(2).toLongLong();
    item.attempts = q.value(3).toInt() + 1;
    item.resumed = q.value(4).toString() == "sending"_L1;
    q.finish();

    auto reply = buildReply(item.messageId);
    if (!reply)
        return reply.error();
    item.reply = std::move(reply).value();
    {
        QSqlQuery c(db);
        c.prepare(u"SELECT conversation_id FROM messages WHERE id = ?"_s);
        c.addBindValue(sqlValue(item.messageId));
        if (!c.exec() || !c.next())
            return databaseError(c, u"outbox message"_s);
        item.conversationId = c.value(0).toLongLong();
    }
    item.reply.channelId = item.channelId;

    q.prepare(
        u"UPDATE outbox SET state = 'sending', sending_started_at = ?, attempts = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(sqlValue(now));
    q.addBindValue(sqlValue(item.attempts));
    q.addBindValue(sqlValue(now));
    q.addBindValue(sqlValue(item.outboxId));
    if (!q.exec())
        return databaseError(q, u"outbox mark sending"_s);
    if (auto s = tx.commit(); !s)
        return s.error();
    return std::optional<OutboxItem>(std::move(item));
}

Result<OutboundReply> OutboxQueue::buildReply(qint64 messageId) const
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(u"SELECT m.conversation_id, m.subject, m.body_text, m.translated_text, c.external_id, c.customer_id,"
              " COALESCE(o.external_id, ''), COALESCE(cu.display_name, ''), COALESCE(cu.email, ''), o2.idempotency_key,"
              " m.channel_id FROM messages m JOIN conversations c ON c.id = m.conversation_id"
              " LEFT JOIN orders o ON o.id = c.order_id LEFT JOIN customers cu ON cu.id = c.customer_id"
              " JOIN outbox o2 ON o2.message_id = m.id WHERE m.id = ?"_s);
    q.addBindValue(sqlValue(messageId));
    if (!q.exec())
        return databaseError(q, u"outbox reply"_s);
    if (!q.next())
        return Error::make(Error::Code::NotFound,
                           QCoreApplication::translate("hd::OutboxQueue", "The reply no longer exists."),
                           u"outbox message %1 missing"_s.arg(messageId));
    OutboundReply r;
    r.messageId = messageId;
    const qint64 conversationId = q.value(0).toLongLong();
    r.subject = q.value(1).toString();
    const QString translated = q.value(3).toString();
    // The buyer receives the text in their language when the agent's reply was translated.
    r.bodyText = translated.isEmpty() ? q.value(2).toString() : translated;
    r.conversationExternalId = q.value(4).toString();
    const qint64 customerId = q.value(5).toLongLong();
    r.orderExternalId = q.value(6).toString();
    r.recipientName = q.value(7).toString();
    const QString customerEmail = q.value(8).toString();
    r.idempotencyKey = q.value(9).toString();
    const qint64 channelId = q.value(10).toLongLong();
    r.channelId = channelId;
    q.finish();

    // The buyer message answered: the newest inbound one (threading headers, relay address).
    q.prepare(u"SELECT external_id, sender_address, thread_refs FROM messages WHERE conversation_id = ?"
              " AND direction = 'inbound' ORDER BY sent_at DESC, id DESC LIMIT 1"_s);
    q.addBindValue(sqlValue(conversationId));
    if (!q.exec())
        return databaseError(q, u"outbox reply thread"_s);
    QString senderAddress;
    if (q.next()) {
        r.inReplyToExternalId = q.value(0).toString();
        senderAddress = q.value(1).toString();
        r.threadRefs = QString(q.value(2).toString() + u' ' + r.inReplyToExternalId).trimmed();
    }
    q.finish();
    QString identity;
    q.prepare(
        u"SELECT external_id FROM customer_identities WHERE customer_id = ? AND channel_id = ? ORDER BY id LIMIT 1"_s);
    q.addBindValue(sqlValue(customerId));
    q.addBindValue(sqlValue(channelId));
    if (q.exec() && q.next())
        identity = q.value(0).toString();
    r.recipientAddress = !senderAddress.isEmpty() ? senderAddress : !identity.isEmpty() ? identity : customerEmail;
    return r;
}

Status OutboxQueue::markSent(const OutboxItem &item, const QString &remoteId) const
{
    const qint64 now = m_clock.nowMs();
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return busy(db);
    QSqlQuery q(db);
    q.prepare(u"UPDATE outbox SET state = 'sent', remote_id = ?, last_error = '', updated_at = ? WHERE id = ?"_s);
    q.addBindValue(sqlValue(remoteId));
    q.addBindValue(sqlValue(now));
    q.addBindValue(sqlValue(item.outboxId));
    if (!q.exec())
        return databaseError(q, u"outbox sent"_s);
    q.prepare(u"UPDATE messages SET status = 'sent', error = '' WHERE id = ?"_s);
    q.addBindValue(sqlValue(item.messageId));
    if (!q.exec())
        return databaseError(q, u"message sent"_s);
    // The message takes the channel's id, so when a later fetch returns our own reply as history the
    // ingest dedupe recognises it instead of storing it twice.
    if (!remoteId.isEmpty()) {
        q.prepare(u"UPDATE messages SET external_id = ? WHERE id = ? AND NOT EXISTS"
                  " (SELECT 1 FROM messages WHERE channel_id = ? AND external_id = ?)"_s);
        q.addBindValue(sqlValue(remoteId));
        q.addBindValue(sqlValue(item.messageId));
        q.addBindValue(sqlValue(item.channelId));
        q.addBindValue(sqlValue(remoteId));
        if (!q.exec())
            return databaseError(q, u"message remote id"_s);
    }
    return tx.commit();
}

Status OutboxQueue::markRetry(const OutboxItem &item, qint64 nextAttemptAt, const QString &reason) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE outbox SET state = 'retry', next_attempt_at = ?, last_error = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(sqlValue(nextAttemptAt));
    q.addBindValue(sqlValue(reason.left(500)));
    q.addBindValue(sqlValue(m_clock.nowMs()));
    q.addBindValue(sqlValue(item.outboxId));
    if (!q.exec())
        return databaseError(q, u"outbox retry"_s);
    return {};
}

Status OutboxQueue::markFailed(const OutboxItem &item, const QString &reason) const
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return busy(db);
    QSqlQuery q(db);
    q.prepare(u"UPDATE outbox SET state = 'failed', last_error = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(sqlValue(reason.left(500)));
    q.addBindValue(sqlValue(m_clock.nowMs()));
    q.addBindValue(sqlValue(item.outboxId));
    if (!q.exec())
        return databaseError(q, u"outbox failed"_s);
    q.prepare(u"UPDATE messages SET status = 'failed', error = ? WHERE id = ?"_s);
    q.addBindValue(sqlValue(reason.left(500)));
    q.addBindValue(sqlValue(item.messageId));
    if (!q.exec())
        return databaseError(q, u"message failed"_s);
    return tx.commit();
}

Status OutboxQueue::retry(qint64 messageId) const
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return busy(db);
    QSqlQuery q(db);
    q.prepare(u"UPDATE outbox SET state = 'pending', attempts = 0, next_attempt_at = 0, updated_at = ?"
              " WHERE message_id = ? AND state = 'failed'"_s);
    q.addBindValue(sqlValue(m_clock.nowMs()));
    q.addBindValue(sqlValue(messageId));
    if (!q.exec())
        return databaseError(q, u"outbox retry"_s);
    if (q.numRowsAffected() != 1)
        return Error::make(Error::Code::Conflict,
                           QCoreApplication::translate("hd::OutboxQueue", "This reply is not waiting for a retry."),
                           u"no failed outbox row for message %1"_s.arg(messageId));
    q.prepare(u"UPDATE messages SET status = 'queued', error = '' WHERE id = ?"_s);
    q.addBindValue(sqlValue(messageId));
    if (!q.exec())
        return databaseError(q, u"message retry"_s);
    return tx.commit();
}

Result<qint64> OutboxQueue::nextDueAt(const QList<qint64> &channelIds) const
{
    if (channelIds.isEmpty())
        return qint64(-1);
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT MIN(next_attempt_at) FROM outbox WHERE state IN ('pending', 'retry') AND channel_id IN ("_s
              + placeholders(channelIds.size()) + u")"_s);
    for (qint64 id : channelIds)
        q.addBindValue(sqlValue(id));
    if (!q.exec())
        return databaseError(q, u"outbox due"_s);
    return q.next() && !q.value(0).isNull() ? q.value(0).toLongLong() : qint64(-1);
}

Result<OutboxCounts> OutboxQueue::counts() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT state, COUNT(*) FROM outbox GROUP BY state"_s))
        return databaseError(q, u"outbox counts"_s);
    OutboxCounts c;
    while (q.next()) {
        const QString state = q.value(0).toString();
        const qint64 n = q.value(1).toLongLong();
        if (state == "pending"_L1 || state == "retry"_L1)
            c.pending += n;
        else if (state == "sending"_L1)
            c.sending += n;
        else if (state == "sent"_L1)
            c.sent += n;
        else if (state == "failed"_L1)
            c.failed += n;
    }
    return c;
}

} // namespace hd
