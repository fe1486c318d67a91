#include "core/sync/SyncEngine.h"

#include "core/channels/Connector.h"
#include "core/common/Log.h"
#include "core/storage/Database.h"
#include "core/storage/DirectoryRepository.h"
#include "core/sync/ConnectorFactory.h"
#include "core/sync/OrderIngest.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace hd {
using namespace Qt::StringLiterals;

namespace {
constexpr const char *kArea = "sync";

/// A row with no settings at all (imported history, the demo) has nothing to connect to.
bool isUnconfigured(const Channel &c)
{
    const QJsonDocument doc = QJsonDocument::fromJson(c.configJson.toUtf8());
    return !doc.isObject() || doc.object().isEmpty();
}
} // namespace

struct SyncEngine::Runner
{
    Channel channel;
    std::unique_ptr<Connector> connector;
    QTimer *timer = nullptr;
    ChannelState state;
    quint64 generation = 0;
    bool fetching = false;
    bool locked = false;
    bool onceDone = false;
};

SyncEngine::SyncEngine(const Database &db,
                       const Clock &clock,
                       ConnectorFactory &factory,
                       Options options,
                       QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_factory(factory)
    , m_options(options)
    , m_states(db)
    , m_backoff(options.backoff, options.seed)
{
    qRegisterMetaType<hd::ChannelState>();
    m_outbox = new OutboxSender(
        db,
        clock,
        [this](qint64 id) { return connector(id); },
        options.outbox,
        this);
    connect(m_outbox, &OutboxSender::idle, this, &SyncEngine::checkOnceDone);
}

SyncEngine::~SyncEngine()
{
    stop();
}

SyncEngine::Runner *SyncEngine::runner(qint64 channelId) const
{
    const auto it = m_runners.find(channelId);
    return it == m_runners.end() ? nullptr : it->second.get();
}

Connector *SyncEngine::connector(qint64 channelId) const
{
    Runner *r = runner(channelId);
    if (!r || r->state.state == ChannelSyncState::NeedsReauth)
        return nullptr;
    return r->connector.get();
}

QList<ChannelState> SyncEngine::states() const
{
    QList<ChannelState> out;
    for (const auto &[id, r] : m_runners)
        out << r->state;
    return out;
}

IngestPipeline &SyncEngine::pipeline()
{
    if (!m_pipeline) {
        // Created on the engine's thread: its prepared statements live on this thread's connection.
        m_pipeline = std::make_unique<IngestPipeline>(m_db, m_clock);
        if (m_pipelineSetup)
            m_pipelineSetup(*m_pipeline);
    }
    return *m_pipeline;
}

void SyncEngine::start(const QList<qint64> &channelIds)
{
    m_once = false;
    m_running = true;
    m_only = channelIds;
    loadChannels(channelIds);
    if (m_options.sendReplies)
        m_outbox->start();
}

void SyncEngine::runOnce(const QList<qint64> &channelIds)
{
    m_once = true;
    m_onceOk = true;
    m_onceFinished = false;
    m_running = true;
    m_only = channelIds;
    loadChannels(channelIds);
    if (m_options.sendReplies)
        m_outbox->start();
    checkOnceDone();
}

void SyncEngine::stop()
{
    if (!m_running && m_runners.empty())
        return;
    m_running = false;
    m_outbox->stop();
    for (auto &[id, r] : m_runners) {
        r->timer->stop();
        ++r->generation; // answers still on their way are ignored
        r->fetching = false;
        if (r->locked)
            m_states.unlockChannel(id);
        r->locked = false;
        // A fetch cut short is not "syncing" any more; up to date and backing off (with its time)
        // stay as they were, and the next start resumes from them.
        if (r->state.state == ChannelSyncState::Syncing)
            setState(*r, ChannelSyncState::Idle);
    }
    m_runners.clear();
}

void SyncEngine::reloadChannels()
{
    if (!m_running)
        return;
    loadChannels(m_only);
}

void SyncEngine::loadChannels(const QList<qint64> &only)
{
    auto channels = DirectoryRepository(m_db).channels();
    if (!channels) {
        log::error(kArea, channels.error().detail);
        return;
    }
    auto stored = m_states.all();
    QSet<qint64> wanted;
    for (const Channel &c : std::as_const(channels.value())) {
        if (!c.enabled || (!only.isEmpty() && !only.contains(c.id)))
            continue;
        wanted.insert(c.id);
        if (Runner *existing = runner(c.id)) {
            existing->channel = c;
            continue;
        }
        auto r = std::make_unique<Runner>();
        r->channel = c;
        r->state = stored ? stored->value(c.id) : ChannelState{};
        r->state.channelId = c.id;
        r->timer = new QTimer(this);
        r->timer->setSingleShot(true);
        const qint64 id = c.id;
        connect(r->timer, &QTimer::timeout, this, [this, id]() { fetch(id); });
        Runner &ref = *r;
        m_runners.emplace(c.id, std::move(r));
        if (isUnconfigured(c)) {
            // Imported or demo history with no connection settings: nothing to fetch, nothing wrong.
            ref.state.state = ChannelSyncState::Idle;
            ref.state.detail = QCoreApplication::translate("hd::SyncEngine",
                                                           "Not connected: this channel has no connection settings.");
            ref.state.nextAttemptAt = 0;
            Q_EMIT channelStateChanged(ref.state);
            ref.onceDone = true;
            continue;
        }
        if (ref.state.state == ChannelSyncState::NeedsReauth) {
            // Stays stopped until the user re-authorises; say so again for the views.
            Q_EMIT channelStateChanged(ref.state);
            ref.onceDone = true;
            continue;
        }
        // Resume a backoff that outlived the process; anything else starts now.
        const qint64 wait = ref.state.state == ChannelSyncState::BackingOff && !m_once
            ? std::max<qint64>(0, ref.state.nextAttemptAt - m_clock.nowMs())
            : 0;
        schedule(ref, wait);
    }
    for (auto it = m_runners.begin(); it != m_runners.end();) {
        if (!wanted.contains(it->first)) {
            it->second->timer->stop();
            it->second->timer->deleteLater();
            if (it->second->locked)
                m_states.unlockChannel(it->first);
            it = m_runners.erase(it);
        } else {
            ++it;
        }
    }
    updateOutboxChannels();
}

void SyncEngine::schedule(Runner &r, qint64 delayMs)
{
    const qint64 clamped = std::clamp<qint64>(delayMs, 0, std::numeric_limits<int>::max());
    r.timer->start(int(clamped));
}

void SyncEngine::syncNow(qint64 channelId)
{
    Runner *r = runner(channelId);
    if (!r || r->fetching || r->state.state == ChannelSyncState::NeedsReauth)
        return;
    schedule(*r, 0);
}

void SyncEngine::reauthorised(qint64 channelId)
{
    Runner *r = runner(channelId);
    if (!r) {
        reloadChannels();
        return;
    }
    ++r->generation;
    r->fetching = false;
    r->connector.reset(); // rebuilt with the new credentials
    r->state.consecutiveFailures = 0;
    setState(*r, ChannelSyncState::Idle);
    r->onceDone = false;
    schedule(*r, 0);
    updateOutboxChannels();
}

void SyncEngine::wakeOutbox()
{
    m_outbox->wake();
}

void SyncEngine::setState(Runner &r, ChannelSyncState state, const QString &detail)
{
    r.state.state = state;
    r.state.detail = detail;
    r.state.updatedAt = m_clock.nowMs();
    if (auto s = m_states.save(r.state); !s)
        log::error(kArea, s.error().detail);
    Q_EMIT channelStateChanged(r.state);
}

void SyncEngine::updateOutboxChannels()
{
    QList<qint64> ready;
    for (const auto &[id, r] : m_runners)
        if (r->state.state != ChannelSyncState::NeedsReauth && r->state.state != ChannelSyncState::Error
            && !isUnconfigured(r->channel))
            ready << id;
    m_outbox->setActiveChannels(ready);
}

void SyncEngine::fetch(qint64 channelId)
{
    Runner *r = runner(channelId);
    if (!r || !m_running || r->fetching)
        return;
    const qint64 now = m_clock.nowMs();
    if (!r->connector) {
        auto built = m_factory.create(r->channel);
        if (!built) {
            log::warn(kArea,
                      u"channel %1: %2"_s.arg(channelId).arg(built.error().detail.isEmpty() ? built.error().message
                                                                                            : built.error().detail));
            r->state.nextAttemptAt = now + m_options.errorRetryMs;
            setState(*r, ChannelSyncState::Error, built.error().message);
            updateOutboxChannels();
            finishChannelOnce(*r, false);
            schedule(*r, m_options.errorRetryMs);
            return;
        }
        r->connector = std::move(built).value();
        updateOutboxChannels();
    }
    if (!r->locked) {
        // Team mode: one desktop syncs a channel; the others show what it stores.
        auto locked = m_states.tryLockChannel(channelId);
        if (!locked || !locked.value()) {
            const qint64 wait =
                m_options.pollIntervalMs > 0 ? m_options.pollIntervalMs : r->connector->pollIntervalMs();
            r->state.nextAttemptAt = now + wait;
            setState(*r,
                     ChannelSyncState::Idle,
                     QCoreApplication::translate("hd::SyncEngine", "Synced by another HarborDesk on this workspace."));
            finishChannelOnce(*r, true);
            schedule(*r, wait);
            return;
        }
        r->locked = true;
    }
    auto cursor = m_states.cursor(channelId);
    if (!cursor) {
        log::error(kArea, cursor.error().detail);
        onFailure(*r,
                  ChannelFailure{ChannelFailure::Kind::Transient, 0, cursor.error().message, cursor.error().detail});
        return;
    }
    r->fetching = true;
    r->state.nextAttemptAt = 0;
    setState(*r, ChannelSyncState::Syncing);
    const quint64 generation = ++r->generation;
    QPointer<SyncEngine> self(this);
    r->connector->fetch(cursor.value(),
                        [self, channelId, generation](Result<FetchedPage> page, std::optional<ChannelFailure> failure) {
                            if (self)
                                self->onFetched(channelId, generation, std::move(page), std::move(failure));
                        });
}

void SyncEngine::onFetched(qint64 channelId,
                           quint64 generation,
                           Result<FetchedPage> page,
                           std::optional<ChannelFailure> failure)
{
    Runner *r = runner(channelId);
    if (!r || r->generation != generation)
        return;
    r->fetching = false;
    if (failure || !page) {
        ChannelFailure f = failure.value_or(ChannelFailure{});
        if (!failure) {
            f.message = page.error().message;
            f.detail = page.error().detail;
        }
        onFailure(*r, f);
        return;
    }
    FetchedPage fetched = std::move(page).value();
    QHash<QString, const Order *> orders;
    for (const Order &o : std::as_const(fetched.orders))
        orders.insert(o.externalId, &o);
    for (InboundMessage &m : fetched.messages) {
        m.channelId = channelId;
        if (!m.order && !m.orderExternalId.isEmpty())
            if (const Order *o = orders.value(m.orderExternalId))
                m.order = *o;
    }
    std::optional<SyncCursor> cursor;
    if (!fetched.cursor.isEmpty())
        cursor = SyncCursor{channelId, ChannelStateRepository::messagesCursorName(), fetched.cursor};
    if (!fetched.orders.isEmpty()) {
        // Orders first, so the messages of the page link to them; an orders-only page (order APIs)
        // commits the cursor with its orders. Upserts: a page fetched again after a crash is harmless.
        auto stored =
            OrderIngest(m_db, m_clock).store(fetched.orders, fetched.messages.isEmpty() ? cursor : std::nullopt);
        if (!stored) {
            log::error(kArea, stored.error().detail);
            onFailure(
                *r,
                ChannelFailure{ChannelFailure::Kind::Transient, 0, stored.error().message, stored.error().detail});
            return;
        }
        if (fetched.messages.isEmpty())
            cursor.reset();
    }
    auto report = fetched.messages.isEmpty() && !cursor ? Result<IngestReport>(IngestReport{})
                                                        : pipeline().ingest(fetched.messages, cursor);
    if (!report) {
        // Nothing of the page was stored (one transaction): fetch it again after a pause.
        log::error(kArea, report.error().detail);
        onFailure(*r,
                  ChannelFailure{ChannelFailure::Kind::Transient, 0, report.error().message, report.error().detail});
        return;
    }
    if (report->inserted > 0)
        Q_EMIT messagesIngested(channelId, report->inserted, report->conversationIds);

    const qint64 now = m_clock.nowMs();
    r->state.consecutiveFailures = 0;
    r->state.progressDone = fetched.progressDone;
    r->state.progressTotal = fetched.progressTotal;
    if (fetched.hasMore) {
        setState(*r, ChannelSyncState::Syncing);
        schedule(*r, 0);
        return;
    }
    const qint64 poll = m_options.pollIntervalMs > 0 ? m_options.pollIntervalMs : r->connector->pollIntervalMs();
    r->state.lastSuccessAt = now;
    r->state.nextAttemptAt = now + poll;
    setState(*r, ChannelSyncState::UpToDate);
    finishChannelOnce(*r, true);
    if (!m_once)
        schedule(*r, poll);
}

void SyncEngine::onFailure(Runner &r, const ChannelFailure &f)
{
    const qint64 now = m_clock.nowMs();
    r.fetching = false;
    ++r.state.consecutiveFailures;
    log::warn(kArea,
              u"channel %1 failed (%2 in a row): %3 %4"_s.arg(r.channel.id)
                  .arg(r.state.consecutiveFailures)
                  .arg(f.message, f.detail));
    switch (f.kind) {
    case ChannelFailure::Kind::Auth:
        // The connector already tried to refresh; only the user can fix this.
        r.state.nextAttemptAt = 0;
        r.connector.reset();
        setState(r,
                 ChannelSyncState::NeedsReauth,
                 f.message.isEmpty() ? QCoreApplication::translate("hd::SyncEngine", "Sign in to this channel again.")
                                     : f.message);
        updateOutboxChannels();
        finishChannelOnce(r, false);
        return;
    case ChannelFailure::Kind::Permanent:
        r.state.nextAttemptAt = now + m_options.errorRetryMs;
        setState(r, ChannelSyncState::Error, f.message);
        finishChannelOnce(r, false);
        if (!m_once)
            schedule(r, m_options.errorRetryMs);
        return;
    case ChannelFailure::Kind::Transient:
    case ChannelFailure::Kind::RateLimited: break;
    }
    const qint64 delay = m_backoff.delayMs(r.state.consecutiveFailures, f.retryAfterMs);
    r.state.nextAttemptAt = now + delay;
    setState(r, ChannelSyncState::BackingOff, f.message);
    if (m_once && r.state.consecutiveFailures > m_options.onceMaxFailures) {
        finishChannelOnce(r, false);
        return;
    }
    schedule(r, delay);
}

void SyncEngine::finishChannelOnce(Runner &r, bool ok)
{
    if (!m_once || r.onceDone)
        return;
    r.onceDone = true;
    r.timer->stop();
    if (!ok)
        m_onceOk = false;
    checkOnceDone();
}

void SyncEngine::checkOnceDone()
{
    if (!m_once || m_onceFinished || !m_running)
        return;
    for (const auto &[id, r] : m_runners)
        if (!r->onceDone)
            return;
    if (m_options.sendReplies) {
        if (m_outbox->isSending())
            return;
        QList<qint64> ready;
        for (const auto &[id, r] : m_runners)
            if (r->state.state != ChannelSyncState::NeedsReauth && r->state.state != ChannelSyncState::Error
                && !isUnconfigured(r->channel))
                ready << id;
        auto due = m_outbox->queue().nextDueAt(ready);
        if (due && due.value() >= 0) {
            const qint64 now = m_clock.nowMs();
            if (due.value() <= now) {
                m_outbox->wake(); // the sender reports idle again once it has sent it
                return;
            }
            if (due.value() <= now + m_options.onceOutboxWaitMs)
                return; // the sender's timer fires when it is due
        }
    }
    m_onceFinished = true;
    QTimer::singleShot(0, this, [this]() { Q_EMIT onceFinished(m_onceOk); });
}

} // namespace hd
