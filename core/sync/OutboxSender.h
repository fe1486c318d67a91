#pragma once

#include "core/common/Clock.h"
#include "core/sync/Backoff.h"
#include "core/sync/OutboxQueue.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

namespace hd {

class Connector;
class Database;

/// Delivers queued replies through their channel's connector, one at a time, on the thread it
/// lives on (the sync thread). Marks a row 'sending' in its own transaction before calling the
/// connector; a row left 'sending' by a crash is resolved by calling send() again with the same
/// idempotency key, which the connector answers with alreadySent when the channel has it. Transient
/// failures retry with backoff; permanent ones mark the message failed with the reason.
class OutboxSender final : public QObject
{
    Q_OBJECT
public:
    using ConnectorLookup = std::function<Connector *(qint64 channelId)>;

    struct Options
    {
        Backoff::Policy backoff{2'000, 10 * 60'000, 24 * 3'600'000};
        int maxAttempts = 10;           ///< transient failures in a row before the reply is marked failed
        qint64 pollIntervalMs = 5'000;  ///< look for new replies at least this often
        qint64 sendTimeoutMs = 120'000; ///< a connector that never answers counts as a transient failure
        qint64 leaseMs = 5 * 60'000;    ///< PostgreSQL: a 'sending' row older than this belongs to a dead process
        quint32 seed = 0;               ///< jitter seed (0: random)
    };

    OutboxSender(const Database &db,
                 const Clock &clock,
                 ConnectorLookup connectors,
                 Options options,
                 QObject *parent = nullptr);
    ~OutboxSender() override;

    /// The channels whose replies may go out now (their connector exists and is authorised).
    void setActiveChannels(const QList<qint64> &channelIds);
    void start();
    void stop();
    bool isRunning() const { return m_running; }
    bool isSending() const { return m_inFlight; }
    /// Looks for due replies now (after a reply was queued).
    void wake();

    const OutboxQueue &queue() const { return m_queue; }

Q_SIGNALS:
    void messageSent(qint64 messageId, qint64 conversationId, bool wasAlreadyOnChannel);
    void messageFailed(qint64 messageId, qint64 conversationId, const QString &reason);
    void retryScheduled(qint64 messageId, qint64 atMs, const QString &reason);
    /// Nothing is due right now.
    void idle();
    void errorOccurred(const QString &message);

private:
    void processNext();
    void onSendFinished(quint64 generation,
                        const OutboxItem &item,
                        const Result<SendReceipt> &receipt,
                        const std::optional<ChannelFailure> &failure);
    void scheduleIn(qint64 ms);

    const Database &m_db;
    const Clock &m_clock;
    ConnectorLookup m_connectors;
    Options m_options;
    OutboxQueue m_queue;
    Backoff m_backoff;
    QList<qint64> m_channels;
    QTimer m_timer;
    QTimer m_watchdog;
    qint64 m_startedAt = 0;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_inFlight = false;
};

} // namespace hd
