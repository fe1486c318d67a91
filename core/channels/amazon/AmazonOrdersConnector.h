#pragma once

#include "core/channels/ChannelHttp.h"
#include "core/channels/Connector.h"
#include "core/channels/amazon/AmazonOrdersApi.h"

#include <memory>

namespace hd {

class Clock;

/// Amazon SP-API Orders for order linking (fetch only; buyers are answered by e-mail relay).
/// Polls getOrders with LastUpdatedAfter = watermark - 5 min (Amazon's data lags ~2 min) and walks
/// NextToken with the same filters. Cursor JSON {"w": watermark ms, "s": LastUpdatedAfter of the
/// walk, "n": NextToken, "h": newest LastUpdateDate seen}. The LWA access token is refreshed
/// before it expires and once more on 401/403 Unauthorized.
class AmazonOrdersConnector final : public Connector
{
    Q_OBJECT
public:
    AmazonOrdersConnector(AmazonConfig config,
                          QByteArray clientSecret,
                          QByteArray refreshToken,
                          ChannelHttp &http,
                          const Clock &clock,
                          QObject *parent = nullptr);
    ~AmazonOrdersConnector() override;

    ChannelKind kind() const override { return ChannelKind::Amazon; }
    void fetch(const QString &cursor, FetchCallback done) override;
    void send(const OutboundReply &reply, SendCallback done) override;
    void testConnection(CheckCallback done) override;
    qint64 pollIntervalMs() const override { return 120'000; } // getOrders: 0.0167 req/s, burst 20

    /// How far back the first sync reads, in ms (default 30 days).
    void setBackfillMs(qint64 ms) { m_backfillMs = ms; }

Q_SIGNALS:
    /// LWA rotated the refresh token; the owner writes it to the SecretStore.
    void refreshTokenRotated(const QByteArray &refreshToken);

private:
    class Auth;
    AmazonConfig m_config;
    ChannelHttp &m_http;
    const Clock &m_clock;
    std::unique_ptr<Auth> m_auth;
    qint64 m_backfillMs = 30LL * 24 * 3600 * 1000;
};

} // namespace hd
