#pragma once

#include "core/channels/Connector.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"

#include <QList>

#include <optional>

namespace hd {

class Database;

/// One outbox row the sender claimed, with the reply built from its message and conversation.
struct OutboxItem
{
    qint64 outboxId = 0;
    qint64 messageId = 0;
    qint64 conversationId = 0;
    qint64 channelId = 0;
    int attempts = 0;     ///< including this one
    bool resumed = false; ///< was left in 'sending' by a process that stopped (crash): ask the channel first
    OutboundReply reply;
};

/// Outbox rows by state, for the status bar and the reliability tests.
struct OutboxCounts
{
    qint64 pending = 0; ///< pending + retry
    qint64 sending = 0;
    qint64 sent = 0;
    qint64 failed = 0;
};

/// The outbox table's state machine: pending | retry -> sending -> sent | retry | failed.
/// Every transition is its own transaction, and 'sending' is written BEFORE the connector is
/// called, so after a crash a row in 'sending' means "maybe delivered: ask the channel".
/// On PostgreSQL rows are handed out with SELECT ... FOR UPDATE SKIP LOCKED, so several desktops
/// share one outbox without sending a row twice.
class OutboxQueue final
{
public:
    OutboxQueue(const Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    /// Claims the next due row of one of `channelIds` and marks it 'sending' (attempts + 1).
    /// A row already in 'sending' is claimed again only when it started before `staleBeforeMs`
    /// (its sender died). Nothing due: an empty optional.
    Result<std::optional<OutboxItem>> claimNext(const QList<qint64> &channelIds, qint64 staleBeforeMs) const;
    /// Delivered: outbox 'sent' with the channel's id, message status 'sent'.
    Status markSent(const OutboxItem &item, const QString &remoteId) const;
    /// A transient failure: back to 'retry' at `nextAttemptAt` (UTC ms) with the reason.
    Status markRetry(const OutboxItem &item, qint64 nextAttemptAt, const QString &reason) const;
    /// A permanent failure: outbox 'failed', message status 'failed' with the reason the agent sees.
    Status markFailed(const OutboxItem &item, const QString &reason) const;
    /// The agent pressed Retry on a failed reply: queue it again now.
    Status retry(qint64 messageId) const;

    /// Earliest next_attempt_at of a waiting row of these channels (UTC ms; -1: none waiting).
    Result<qint64> nextDueAt(const QList<qint64> &channelIds) const;
    Result<OutboxCounts> counts() const;

private:
    Result<OutboundReply> buildReply(qint64 messageId) const;

    const Database &m_db;
    const Clock &m_clock;
};

} // namespace hd
