#include "core/sync/OutboxSender.h"

#include "core/channels/Connector.h"
#include "core/channels/meta/MessagingWindow.h"
#include "core/common/Log.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace hd {
using namespace Qt::StringLiterals;

namespace {
constexpr const char *kArea = "sync.outbox";

/// Meta's messaging window for a conversation: from the buyer's last message (last_inbound_at).
Result<MessagingWindowState> messagingWindow(const Database &db, qint64 conversationId, qint64 nowMs)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT last_inbound_at FROM conversations WHERE id = ?"_s);
    q.addBindValue(sqlValue(conversationId));
    if (!q.exec() || !q.next())
        return Error::make(
            Error::Code::Database,
            QCoreApplication::translate("hd::OutboxSender", "The conversation of the reply could not be read."),
            u"messaging window of conversation %1: %2"_s.arg(conversationId).arg(q.lastError().text()));
    return MessagingWindow::at(q.value(0).toLongLong(), nowMs);
}
} // namespace

OutboxSender::OutboxSender(const Database &db,
                           const Clock &clock,
                           ConnectorLookup connectors,
                           Options options,
                           QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_connectors(std::move(connectors))
    , m_options(options)
    , m_queue(db, clock)
    , m_backoff(options.backoff, options.seed)
{
    // Parented so that moveToThread() takes the timers along with the sender.
    m_timer.setParent(this);
    m_watchdog.setParent(this);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OutboxSender::processNext);
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, [this]() {
        // The connector never answered: forget that call (a late answer is ignored) and retry; the
        // retry asks the channel by idempotency key, so a send that did go out is not repeated.
        if (!m_inFlight)
            return;
        ++m_generation;
        m_inFlight = false;
        log::warn(kArea, u"a send timed out after %1 ms; it will be retried"_s.arg(m_options.sendTimeoutMs));
        processNext();
    });
}

OutboxSender::~OutboxSender() = default;

void OutboxSender::setActiveChannels(const QList<qint64> &channelIds)
{
    m_channels = channelIds;
    if (m_running && !m_inFlight)
        scheduleIn(0);
}

void OutboxSender::start()
{
    if (m_running)
        return;
    m_running = true;
    m_startedAt = m_clock.nowMs();
    scheduleIn(0);
}

void OutboxSender::stop()
{
    m_running = false;
    m_timer.stop();
    m_watchdog.stop();
    ++m_generation; // an answer still on its way is ignored; the row stays 'sending' and resumes later
    m_inFlight = false;
}

void OutboxSender::wake()
{
    if (m_running && !m_inFlight)
        scheduleIn(0);
}

void OutboxSender::scheduleIn(qint64 ms)
{
    m_timer.start(int(std::clamp<qint64>(ms, 0, m_options.pollIntervalMs)));
}

void OutboxSender::processNext()
{
    if (!m_running || m_inFlight)
        return;
    const qint64 now = m_clock.nowMs();
    // A row left 'sending' belongs to a process that died: on SQLite, any process before this one
    // started (one writer); in team mode, one whose lease ran out.
    const qint64 staleBefore =
        m_db.dialect().isSqlite() ? std::max(m_startedAt, now - m_options.leaseMs) : now - m_options.leaseMs;
    auto claimed = m_queue.claimNext(m_channels, staleBefore);
    if (!claimed) {
        log::error(kArea, claimed.error().detail);
        Q_EMIT errorOccurred(claimed.error().message);
        scheduleIn(m_options.pollIntervalMs);
        return;
    }
    if (!claimed.value()) {
        const auto due = m_queue.nextDueAt(m_channels);
        const qint64 wait = due && due.value() >= 0 ? std::max<qint64>(due.value() - now, 0) : m_options.pollIntervalMs;
        scheduleIn(std::max<qint64>(wait, 1));
        Q_EMIT idle();
        return;
    }
    OutboxItem item = *claimed.value();
    Connector *connector = m_connectors ? m_connectors(item.channelId) : nullptr;
    if (!connector) {
        const QString reason = QCoreApplication::translate("hd::OutboxSender", "The channel is not connected.");
        if (auto s = m_queue.markRetry(item, now + m_options.pollIntervalMs, reason); !s)
            log::error(kArea, s.error().detail);
        scheduleIn(0);
        return;
    }
    if (connector->kind() == ChannelKind::Facebook || connector->kind() == ChannelKind::Instagram) {
        // Meta: RESPONSE within 24 h of the buyer's last message, HUMAN_AGENT up to 7 days, then
        // nothing. A resumed row still goes to the connector, which first looks for it on the channel.
        auto window = messagingWindow(m_db, item.conversationId, now);
        if (!window) {
            log::error(kArea, window.error().detail);
            if (auto s = m_queue.markRetry(item, now + m_options.pollIntervalMs, window.error().message); !s)
                log::error(kArea, s.error().detail);
            scheduleIn(m_options.pollIntervalMs);
            return;
        }
        if (!window->canReply() && !item.resumed) {
            const QString reason = MessagingWindow::describe(*window);
            log::warn(kArea, u"reply %1 not sent: Meta's messaging window is closed"_s.arg(item.messageId));
            if (auto s = m_queue.markFailed(item, reason); !s) {
                log::error(kArea, s.error().detail);
                Q_EMIT errorOccurred(s.error().message);
            } else {
                Q_EMIT messageFailed(item.messageId, item.conversationId, reason);
            }
            scheduleIn(0);
            return;
        }
        item.reply.tag = window->tag();
    }
    m_inFlight = true;
    const quint64 generation = ++m_generation;
    if (item.resumed)
        log::info(kArea, u"resuming reply %1 left in sending; the channel is asked first"_s.arg(item.messageId));
    m_watchdog.start(int(std::min<qint64>(m_options.sendTimeoutMs, std::numeric_limits<int>::max())));
    QPointer<OutboxSender> self(this);
    connector->send(item.reply,
                    [self, generation, item](Result<SendReceipt> receipt, std::optional<ChannelFailure> failure) {
                        if (self)
                            self->onSendFinished(generation, item, receipt, failure);
                    });
}

void OutboxSender::onSendFinished(quint64 generation,
                                  const OutboxItem &item,
                                  const Result<SendReceipt> &receipt,
                                  const std::optional<ChannelFailure> &failure)
{
    if (generation != m_generation)
        return; // stopped or timed out meanwhile; the row resumes later
    m_watchdog.stop();
    m_inFlight = false;
    const qint64 now = m_clock.nowMs();
    if (receipt && !failure) {
        if (auto s = m_queue.markSent(item, receipt->remoteId); !s) {
            // The channel has it; the row stays 'sending' and the next pass finds it alreadySent.
            log::error(kArea, s.error().detail);
            Q_EMIT errorOccurred(s.error().message);
            scheduleIn(m_options.pollIntervalMs);
            return;
        }
        Q_EMIT messageSent(item.messageId, item.conversationId, receipt->alreadySent);
        scheduleIn(0);
        return;
    }
    ChannelFailure f = failure.value_or(ChannelFailure{});
    if (!failure && !receipt) {
        f.kind = ChannelFailure::Kind::Transient;
        f.message = receipt.error().message;
        f.detail = receipt.error().detail;
    }
    if (f.message.isEmpty())
        f.message = QCoreApplication::translate("hd::OutboxSender", "The channel did not accept the reply.");
    log::warn(kArea, u"reply %1 attempt %2: %3 (%4)"_s.arg(item.messageId).arg(item.attempts).arg(f.message, f.detail));

    Status stored;
    const bool permanent = f.kind == ChannelFailure::Kind::Permanent
        || (f.kind == ChannelFailure::Kind::Transient && item.attempts >= m_options.maxAttempts);
    if (permanent) {
        stored = m_queue.markFailed(item, f.message);
        if (stored)
            Q_EMIT messageFailed(item.messageId, item.conversationId, f.message);
    } else {
        // An expired token waits for re-authorisation at the longest step; a rate limit as told.
        const qint64 delay = f.kind == ChannelFailure::Kind::Auth ? m_options.backoff.capMs
                                                                  : m_backoff.delayMs(item.attempts, f.retryAfterMs);
        stored = m_queue.markRetry(item, now + delay, f.message);
        if (stored)
            Q_EMIT retryScheduled(item.messageId, now + delay, f.message);
    }
    if (!stored) {
        log::error(kArea, stored.error().detail);
        Q_EMIT errorOccurred(stored.error().message);
    }
    scheduleIn(0);
}

} // namespace hd
