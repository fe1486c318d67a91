#pragma once

#include "core/common/Clock.h"
#include "core/domain/Channel.h"
#include "core/sync/Backoff.h"
#include "core/sync/ChannelState.h"
#include "core/sync/ChannelStateRepository.h"
#include "core/sync/IngestPipeline.h"
#include "core/sync/OutboxSender.h"

#include <QList>
#include <QObject>

#include <functional>
#include <map>
#include <memory>

namespace hd {

class Connector;
class ConnectorFactory;
class Database;
struct FetchedPage;
struct ChannelFailure;

/// Runs every enabled channel on its own schedule, asynchronously on the thread it lives on (the
/// GUI puts it on a worker thread through SyncEngineThread; the CLI runs it on the main thread).
/// Each page a connector fetches is ingested with the channel's cursor in the same transaction,
/// so a crash never skips or repeats a committed page. Failures back off exponentially with full
/// jitter, honouring the channel's Retry-After; an Auth failure stops that channel until the user
/// re-authorises. Each channel's state is persisted in channel_state and signalled. The engine
/// also drives the OutboxSender for the channels that can send.
class SyncEngine final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        Backoff::Policy backoff{5'000, 15 * 60'000, 24 * 3'600'000};
        qint64 pollIntervalMs = 0;         ///< 0: each connector's own pollIntervalMs()
        qint64 errorRetryMs = 30 * 60'000; ///< an Error state (bad settings, rejected call) tries again after this
        int onceMaxFailures = 8;           ///< runOnce gives a channel up after this many failures in a row
        qint64 onceOutboxWaitMs = 60'000;  ///< runOnce waits for replies due within this
        bool sendReplies = true;
        quint32 seed = 0; ///< jitter seed (0: random)
        OutboxSender::Options outbox;
    };

    SyncEngine(const Database &db,
               const Clock &clock,
               ConnectorFactory &factory,
               Options options,
               QObject *parent = nullptr);
    ~SyncEngine() override;

    /// Called on the engine's thread with the engine's own ingest pipeline before its first use,
    /// to install the analyzer (language, intent) and any triage hook.
    void setPipelineSetup(std::function<void(IngestPipeline &)> setup) { m_pipelineSetup = std::move(setup); }

    /// Loads the enabled channels (all, or only `channelIds`) and syncs them forever.
    Q_INVOKABLE void start(const QList<qint64> &channelIds = {});
    /// Syncs each channel until it is up to date (or gives up), sends the replies that are due, then
    /// emits onceFinished().
    Q_INVOKABLE void runOnce(const QList<qint64> &channelIds = {});
    Q_INVOKABLE void stop();
    /// Fetches the channel now, even if it is backing off.
    Q_INVOKABLE void syncNow(qint64 channelId);
    /// The user re-authorised the channel (new tokens in the keychain): rebuild its connector, resume.
    Q_INVOKABLE void reauthorised(qint64 channelId);
    /// Picks up added, removed, enabled or disabled channels.
    Q_INVOKABLE void reloadChannels();
    /// Looks for queued replies now.
    Q_INVOKABLE void wakeOutbox();

    QList<ChannelState> states() const;
    /// The live connector of a channel (nullptr when it has none or needs re-authorisation).
    Connector *connector(qint64 channelId) const;
    OutboxSender &outbox() { return *m_outbox; }
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void channelStateChanged(const hd::ChannelState &state);
    /// A page was stored: how many new messages, and the conversations they touched.
    void messagesIngested(qint64 channelId, int inserted, const QList<qint64> &conversationIds);
    /// runOnce is done; allUpToDate is false when a channel failed or gave up.
    void onceFinished(bool allUpToDate);

private:
    struct Runner;
    void loadChannels(const QList<qint64> &only);
    void schedule(Runner &r, qint64 delayMs);
    void fetch(qint64 channelId);
    void
    onFetched(qint64 channelId, quint64 generation, Result<FetchedPage> page, std::optional<ChannelFailure> failure);
    void onFailure(Runner &r, const ChannelFailure &failure);
    void setState(Runner &r, ChannelSyncState state, const QString &detail = {});
    void finishChannelOnce(Runner &r, bool ok);
    void updateOutboxChannels();
    void checkOnceDone();
    Runner *runner(qint64 channelId) const;
    IngestPipeline &pipeline();

    const Database &m_db;
    const Clock &m_clock;
    ConnectorFactory &m_factory;
    Options m_options;
    ChannelStateRepository m_states;
    Backoff m_backoff;
    std::unique_ptr<IngestPipeline> m_pipeline;
    std::function<void(IngestPipeline &)> m_pipelineSetup;
    std::map<qint64, std::unique_ptr<Runner>> m_runners;
    QList<qint64> m_only;
    OutboxSender *m_outbox = nullptr;
    bool m_running = false;
    bool m_once = false;
    bool m_onceOk = true;
    bool m_onceFinished = false;
};

} // namespace hd
