#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/domain/Message.h"

#include <QList>

#include <functional>

namespace hd {

class Database;

/// Reads a thread and stores what agents write. A reply is stored with its outbox entry in one
/// transaction, so a crash can neither lose it nor send it twice.
class MessageRepository final {
public:
    MessageRepository(const Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    /// The whole thread, oldest first (threads are short; the inbox never calls this for lists).
    Result<QList<Message>> forConversation(qint64 conversationId) const;
    Result<Message> byId(qint64 messageId) const;

    /// Queues a reply: the outbound message (status queued) and its outbox entry, atomically.
    /// `translatedText` is what the buyer will receive when it differs from `text`.
    Result<Message> addReply(qint64 conversationId, qint64 agentId, const QString &text,
                             const QString &translatedText = {}, const QString &language = {}) const;
    /// A reply the agent wrote in their own language, machine-translated for the buyer.
    struct TranslatedReply {
        QString buyerText;     ///< what the buyer receives (body_text)
        QString buyerLanguage; ///< (language)
        QString agentText;     ///< what the agent wrote (agent_text)
        QString agentLanguage;
        QString provider;      ///< translation engine id (translation_provider)
    };
    /// Queues a translated reply like addReply(): body_text is the buyer's text; the agent's own
    /// text, its language and the engine are stored beside it.
    Result<Message> addTranslatedReply(qint64 conversationId, qint64 agentId, const TranslatedReply &reply) const;
    /// Run inside the reply's transaction once it is stored (triage: SLA clocks, reporting events,
    /// message_sent rules); a failure rolls the reply back.
    using ReplyHook = std::function<Status(const Message &reply)>;
    void setReplyHook(ReplyHook hook) { m_replyHook = std::move(hook); }
    /// Adds an internal note, never sent to the buyer.
    Result<Message> addNote(qint64 conversationId, qint64 agentId, const QString &text) const;

private:
    Result<Message> addAgentMessage(qint64 conversationId, qint64 agentId, const QString &text,
                                    const QString &translatedText, const QString &language, bool isNote,
                                    const TranslatedReply *original = nullptr) const;
    const Database &m_db;
    const Clock &m_clock;
    ReplyHook m_replyHook;
};

} // namespace hd
