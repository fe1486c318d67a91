#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace hd {
class SyntheticGenerator;
}

namespace hd::sim {

class SimServer;

/// `harbordesk-sim --live RATE`: new buyer messages arrive over time, drawn from the demo's
/// multilingual vocabulary (SyntheticGenerator), and are injected into whichever channels the
/// server has an injector for. RATE is messages per minute.
class SimLiveFeed final : public QObject
{
    Q_OBJECT
public:
    SimLiveFeed(SimServer &server, double perMinute, quint64 seed, QObject *parent = nullptr);
    ~SimLiveFeed() override;

    void start();
    void stop() { m_timer.stop(); }
    int injectedCount() const { return m_injected; }
    /// Injects one message now; false when the generator found no channel to put it in.
    bool injectOne();

private:
    SimServer &m_server;
    QTimer m_timer;
    std::unique_ptr<SyntheticGenerator> m_generator;
    QHash<qint64, QString> m_channelOfId; ///< generator channel id → injector channel name
    int m_injected = 0;
};

} // namespace hd::sim
