#include "core/sync/SyncEngineThread.h"

#include "core/sync/ConnectorFactory.h"

#include <QMetaObject>

namespace hd {
using namespace Qt::StringLiterals;

SyncEngineThread::SyncEngineThread(const Database &db,
                                   const Clock &clock,
                                   SecretStore *secrets,
                                   SyncEngine::Options options,
                                   std::function<void(ConnectorFactory &)> registerConnectors,
                                   QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_secrets(secrets)
    , m_options(options)
    , m_registerConnectors(std::move(registerConnectors))
{
    qRegisterMetaType<hd::ChannelState>();
    m_thread.setObjectName(u"sync"_s);
}

SyncEngineThread::~SyncEngineThread()
{
    stop();
}

template<typename F>
void SyncEngineThread::onEngine(F f)
{
    if (!m_context)
        return;
    QMetaObject::invokeMethod(m_context, [this, f]() {
        if (m_engine)
            f(*m_engine);
    });
}

void SyncEngineThread::start()
{
    if (m_thread.isRunning())
        return;
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    // The engine, its connectors and timers are deleted on their own thread as it finishes.
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    // Everything the engine owns (connectors, their network managers, its database connection)
    // is created on the worker thread.
    QMetaObject::invokeMethod(m_context, [this]() {
        m_factory = std::make_unique<ConnectorFactory>(m_secrets, m_clock);
        if (m_registerConnectors)
            m_registerConnectors(*m_factory);
        m_engine = new SyncEngine(m_db, m_clock, *m_factory, m_options, m_context);
        if (m_pipelineSetup)
            m_engine->setPipelineSetup(m_pipelineSetup);
        connect(
            m_engine,
            &SyncEngine::channelStateChanged,
            this,
            [this](const ChannelState &s) {
                m_states.insert(s.channelId, s);
                Q_EMIT channelStateChanged(s);
            },
            Qt::QueuedConnection);
        connect(m_engine,
                &SyncEngine::messagesIngested,
                this,
                &SyncEngineThread::messagesIngested,
                Qt::QueuedConnection);
        connect(
            &m_engine->outbox(),
            &OutboxSender::messageSent,
            this,
            [this](qint64 messageId, qint64 conversationId, bool) { Q_EMIT messageSent(messageId, conversationId); },
            Qt::QueuedConnection);
        connect(&m_engine->outbox(),
                &OutboxSender::messageFailed,
                this,
                &SyncEngineThread::messageFailed,
                Qt::QueuedConnection);
        m_engine->start();
    });
}

void SyncEngineThread::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(m_context, [this]() {
        if (m_engine)
            m_engine->stop();
        m_engine = nullptr;
        QThread::currentThread()->quit();
    });
    m_thread.wait();
    m_context = nullptr;
    m_factory.reset();
}

void SyncEngineThread::syncNow(qint64 channelId)
{
    onEngine([channelId](SyncEngine &e) { e.syncNow(channelId); });
}

void SyncEngineThread::reauthorised(qint64 channelId)
{
    onEngine([channelId](SyncEngine &e) { e.reauthorised(channelId); });
}

void SyncEngineThread::reloadChannels()
{
    onEngine([](SyncEngine &e) { e.reloadChannels(); });
}

void SyncEngineThread::wakeOutbox()
{
    onEngine([](SyncEngine &e) { e.wakeOutbox(); });
}

} // namespace hd
