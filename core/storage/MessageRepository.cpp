#include "core/storage/MessageRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqlDialect.h"
#include "core/sync/IngestPipeline.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

const QString kColumns = u"id, conversation_id, channel_id, external_id, direction, status, COALESCE(author_agent_id, 0),"
                         " sender_name, sender_address, subject, body_text, body_html, language, translated_text, error,"
                         " sent_at, created_at, agent_text, agent_language, translation_provider"_s;

Message readMessage(const QSqlQuery &q)
{
    Message m;
    m.id = q.value(0).toLongLong();
    m.conversationId = q.value(1).toLongLong();
    m.channelId = q.value(2).toLongLong();
    m.externalId = q.value(3).toString();
    m.direction = messageDirectionFromString(q.value(4).toString());
    m.status = messageStatusFromString(q.value(5).toString());
    m.authorAgentId = q.value(6).toLongLong();
    m.senderName = q.value(7).toString();
    m.senderAddress = q.value(8).toString();
    m.subject = q.value(9).toString();
    m.bodyText = q.value(10).toString();
    m.bodyHtml = q.value(11).toString();
    m.language = q.value(12).toString();
    m.translatedText = q.value(13).toString();
    m.error = q.value(14).toString();
    m.sentAt = q.value(15).toLongLong();
    m.createdAt = q.value(16).toLongLong();
    m.agentText = q.value(17).toString();
    m.agentLanguage = q.value(18).toString();
    m.translationProvider = q.value(19).toString();
    return m;
}

QString snippetOf(const QString &text)
{
    return text.simplified().left(160);
}

} // namespace

Result<QList<Message>> MessageRepository::forConversation(qint64 conversationId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kColumns + u" FROM messages WHERE conversation_id = ? ORDER BY sent_at, id"_s);
    q.addBindValue(sqlValue(conversationId));
    if (!q.exec())
        return databaseError(q, u"thread"_s);
    QList<Message> out;
    while (q.next())
        out << readMessage(q);
    return out;
}

Result<Message> MessageRepository::byId(qint64 messageId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kColumns + u" FROM messages WHERE id = ?"_s);
    q.addBindValue(sqlValue(messageId));
    if (!q.exec())
        return databaseError(q, u"message"_s);
    if (!q.next())
        return Error::make(Error::Code::NotFound,
                           QCoreApplication::translate("hd::MessageRepository", "The message no longer exists."));
    return readMessage(q);
}

Result<Message> MessageRepository::addReply(qint64 conversationId, qint64 agentId, const QString &text,
                                            const QString &translatedText, const QString &language) const
{
    return addAgentMessage(conversationId, agentId, text, translatedText, language, false);
}

Result<Message> MessageRepository::addTranslatedReply(qint64 conversationId, qint64 agentId,
                                                      const TranslatedReply &reply) const
{
    if (reply.agentText.trimmed().isEmpty())
        return Error::make(Error::Code::InvalidArgument,
                           QCoreApplication::translate("hd::MessageRepository", "The message is empty."));
    return addAgentMessage(conversationId, agentId, reply.buyerText, {}, reply.buyerLanguage, false, &reply);
}

Result<Message> MessageRepository::addNote(qint64 conversationId, qint64 agentId, const QString &text) const
{
    return addAgentMessage(conversationId, agentId, text, {}, {}, true);
}

Result<Message> MessageRepository::addAgentMessage(qint64 conversationId, qint64 agentId, const QString &text,
                                                   const QString &translatedText, const QString &language,
                                                   bool isNote, const TranslatedReply *original) const
{
    if (text.trimmed().isEmpty())
        return Error::make(Error::Code::InvalidArgument,
                           QCoreApplication::translate("hd::MessageRepository", "The message is empty."));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(u"SELECT c.channel_id, COALESCE(a.name, ''), c.first_response_at, c.subject FROM conversations c"
              " LEFT JOIN agents a ON a.id = ? WHERE c.id = ?"_s);
    q.addBindValue(sqlValue(agentId));
    q.addBindValue(sqlValue(conversationId));
    if (!q.exec())
        return databaseError(q, u"reply"_s);
    if (!q.next())
        return Error::make(Error::Code::NotFound,
                           QCoreApplication::translate("hd::MessageRepository", "The conversation no longer exists."));
    const qint64 channelId = q.value(0).toLongLong();
    const QString agentName = q.value(1).toString();
    const qint64 firstResponseAt = q.value(2).toLongLong();
    const QString subject = q.value(3).toString();
    q.finish();

    const qint64 now = m_clock.nowMs();
    // Local messages get a local external id; the channel's own id is recorded when it is sent.
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Message m;
    m.conversationId = conversationId;
    m.channelId = channelId;
    m.externalId = (isNote ? u"note:"_s : u"out:"_s) + key;
    m.direction = isNote ? MessageDirection::Note : MessageDirection::Outbound;
    m.status = isNote ? MessageStatus::Sent : MessageStatus::Queued;
    m.authorAgentId = agentId;
    m.senderName = agentName;
    m.subject = isNote || subject.isEmpty() ? QString() : (subject.startsWith("Re:"_L1) ? subject : u"Re: "_s + subject);
    m.bodyText = text;
    m.language = language;
    m.translatedText = translatedText;
    if (original) {
        m.agentText = original->agentText;
        m.agentLanguage = original->agentLanguage;
        m.translationProvider = original->provider;
    }
    m.sentAt = now;
    m.createdAt = now;

    q.prepare(u"INSERT INTO messages(conversation_id, channel_id, external_id, direction, status, author_agent_id,"
              " sender_name, subject, body_text, language, translated_text, sent_at, created_at, agent_text, agent_language,"
              " translation_provider) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    q.addBindValue(sqlValue(conversationId));
    q.addBindValue(sqlValue(channelId));
    q.addBindValue(sqlValue(m.externalId));
    q.addBindValue(sqlValue(messageDirectionToString(m.direction)));
    q.addBindValue(sqlValue(messageStatusToString(m.status)));
    q.addBindValue(sqlValue(agentId > 0 ? QVariant(agentId) : QVariant(QMetaType::fromType<qint64>())));
    q.addBindValue(sqlValue(agentName));
    q.addBindValue(sqlValue(m.subject));
    q.addBindValue(sqlValue(text));
    q.addBindValue(sqlValue(language));
    q.addBindValue(sqlValue(translatedText));
    q.addBindValue(sqlValue(now));
    q.addBindValue(sqlValue(now));
    q.addBindValue(sqlValue(m.agentText));
    q.addBindValue(sqlValue(m.agentLanguage));
    q.addBindValue(sqlValue(m.translationProvider));
    if (!q.exec() || !q.next())
        return databaseError(q, u"reply"_s);
    m.id = q.value(0).toLongLong();
    q.finish();

    if (!isNote) {
        q.prepare(u"INSERT INTO outbox(message_id, channel_id, idempotency_key, state, created_at, updated_at)"
                  " VALUES (?, ?, ?, 'pending', ?, ?)"_s);
        q.addBindValue(sqlValue(m.id));
        q.addBindValue(sqlValue(channelId));
        q.addBindValue(sqlValue(key));
        q.addBindValue(sqlValue(now));
        q.addBindValue(sqlValue(now));
        if (!q.exec())
            return databaseError(q, u"outbox"_s);
        // A reply answers the buyer: it sets the first response time once and marks the thread read.
        q.prepare(u"UPDATE conversations SET last_message_at = ?, message_count = message_count + 1, snippet = ?,"
                  " unread_count = 0, sla_due_at = 0, first_response_at = CASE WHEN first_response_at = 0 THEN ? ELSE first_response_at END,"
                  " updated_at = ?, version = version + 1 WHERE id = ?"_s);
        q.addBindValue(sqlValue(now));
        q.addBindValue(sqlValue(snippetOf(translatedText.isEmpty() ? text : translatedText)));
        q.addBindValue(sqlValue(firstResponseAt == 0 ? now : firstResponseAt));
        q.addBindValue(sqlValue(now));
        q.addBindValue(sqlValue(conversationId));
    } else {
        q.prepare(u"UPDATE conversations SET message_count = message_count + 1, updated_at = ?, version = version + 1"
                  " WHERE id = ?"_s);
        q.addBindValue(sqlValue(now));
        q.addBindValue(sqlValue(conversationId));
    }
    if (!q.exec())
        return databaseError(q, u"conversation update"_s);

    q.prepare(m_db.dialect().ftsInsert());
    q.bindValue(u":id"_s, sqlValue(m.id));
    q.bindValue(u":text"_s, sqlValue(IngestPipeline::indexText(m.subject, text + u' ' + translatedText + u' ' + m.agentText, agentName, {})));
    if (!q.exec())
        return databaseError(q, u"index"_s);
    if (!isNote && m_replyHook) {
        if (auto s = m_replyHook(m); !s)
            return s.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return m;
}

} // namespace hd
