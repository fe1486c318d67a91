#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/domain/Conversation.h"
#include "core/storage/InboxQuery.h"

#include <QHash>
#include <QList>

#include <functional>

namespace hd {

class Database;

/// Counts shown beside the navigation entries.
struct InboxCounts {
    int allOpen = 0, mine = 0, unassigned = 0, waiting = 0, resolved = 0;
    int unreadOpen = 0;                 ///< open conversations with unread buyer messages
    QHash<qint64, int> openByChannel;   ///< channel id -> open conversations
    QHash<qint64, int> unreadByChannel; ///< channel id -> open conversations with unread messages
};

/// Reads and changes conversations. Pages are keyset-paginated: never OFFSET, never the whole table.
class ConversationRepository final {
public:
    ConversationRepository(const Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    /// Up to `limit` rows of the inbox after `after` (or from the top).
    Result<QList<ConversationSummary>> page(const InboxFilter &filter, const std::optional<InboxCursor> &after,
                                            int limit) const;
    Result<ConversationSummary> summary(qint64 conversationId) const;
    Result<Conversation> byId(qint64 conversationId) const;
    /// Every conversation of this buyer, on every channel, newest first.
    Result<QList<ConversationSummary>> forCustomer(qint64 customerId) const;
    Result<InboxCounts> counts(qint64 agentId) const;

    Status setStatus(qint64 conversationId, ConversationStatus status, qint64 actorAgentId) const;
    /// Run inside setStatus()'s transaction when the status really changes (triage: SLA clocks, reporting
    /// events for resolve / reopen, status_changed rules); a failure rolls the change back.
    using StatusHook = std::function<Status(qint64 conversationId, ConversationStatus from, ConversationStatus to,
                                            qint64 actorAgentId)>;
    void setStatusHook(StatusHook hook) { m_statusHook = std::move(hook); }
    Status assign(qint64 conversationId, qint64 agentId, qint64 actorAgentId) const; ///< agentId 0 unassigns
    Status setPriority(qint64 conversationId, Priority priority, qint64 actorAgentId) const;
    Status addTag(qint64 conversationId, const QString &tag, qint64 actorAgentId) const;
    Status removeTag(qint64 conversationId, const QString &tag, qint64 actorAgentId) const;
    Status markRead(qint64 conversationId) const;

private:
    Status updateTagsColumn(qint64 conversationId) const;
    Status audit(qint64 actorAgentId, const QString &action, qint64 conversationId, const QString &detail) const;

    const Database &m_db;
    const Clock &m_clock;
    StatusHook m_statusHook;
};

} // namespace hd
