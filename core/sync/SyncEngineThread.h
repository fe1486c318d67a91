#pragma once

#include "core/sync/ChannelState.h"
#include "core/sync/SyncEngine.h"

#include <QHash>
#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace hd {

class ConnectorFactory;
class Database;
class SecretStore;

/// Runs a SyncEngine (and its outbox sender) on a worker thread, so fetching, parsing and ingesting
/// never block the UI thread. Lives on the caller's (UI) thread: its calls are forwarded to the
/// engine, and the engine's signals come back here queued, with the latest state of each channel
/// cached for the views.
class SyncEngineThread final : public QObject
{
    Q_OBJECT
public:
    /// `registerConnectors` is called once on the worker thread with the factory to fill.
    SyncEngineThread(const Database &db,
                     const Clock &clock,
                     SecretStore *secrets,
                     SyncEngine::Options options,
                     std::function<void(ConnectorFactory &)> registerConnectors,
                     QObject *parent = nullptr);
    ~SyncEngineThread() override;

    void setPipelineSetup(std::function<void(IngestPipeline &)> setup) { m_pipelineSetup = std::move(setup); }

    void start();
    void stop();
    bool isRunning() const { return m_thread.isRunning(); }
    void syncNow(qint64 channelId);
    void reauthorised(qint64 channelId);
    void reloadChannels();
    void wakeOutbox();

    /// The latest state of each channel the engine runs (UI thread, no database access).
    QHash<qint64, ChannelState> states() const { return m_states; }

Q_SIGNALS:
    void channelStateChanged(const hd::ChannelState &state);
    void messagesIngested(qint64 channelId, int inserted, const QList<qint64> &conversationIds);
    void messageSent(qint64 messageId, qint64 conversationId);
    void messageFailed(qint64 messageId, qint64 conversationId, const QString &reason);

private:
    template<typename F>
    void onEngine(F f);

    const Database &m_db;
    const Clock &m_clock;
    SecretStore *m_secrets;
    SyncEngine::Options m_options;
    std::function<void(ConnectorFactory &)> m_registerConnectors;
    std::function<void(IngestPipeline &)> m_pipelineSetup;
    QThread m_thread;
    QObject *m_context = nullptr;                ///< lives on the worker thread
    std::unique_ptr<ConnectorFactory> m_factory; ///< used on the worker thread only
    SyncEngine *m_engine = nullptr;              ///< owned by m_context, on the worker thread
    QHash<qint64, ChannelState> m_states;
};

} // namespace hd
