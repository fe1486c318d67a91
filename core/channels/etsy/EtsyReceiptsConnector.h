#pragma once

#include "core/channels/ChannelHttp.h"
#include "core/channels/Connector.h"
#include "core/channels/etsy/EtsyReceiptsApi.h"

#include <memory>

namespace hd {

class Clock;

/// Etsy shop receipts for order linking (fetch only; Etsy has no messages API). Polls receipts
/// modified since the watermark, oldest created first (stable offsets while receipts change), with
/// offset paging. Cursor JSON {"w": watermark s, "s": min_last_modified of the walk, "o": offset,
/// "h": newest update seen, "t": walk start s, "p": first receipt of the previous page (a page
/// served twice is refused rather than skipping one)}.
/// OAuth access tokens last about an hour: refreshed before expiry and once on 401.
class EtsyReceiptsConnector final : public Connector
{
    Q_OBJECT
public:
    EtsyReceiptsConnector(EtsyConfig config,
                          QByteArray accessToken,
                          QByteArray refreshToken,
                          ChannelHttp &http,
                          const Clock &clock,
                          QObject *parent = nullptr);
    ~EtsyReceiptsConnector() override;

    ChannelKind kind() const override { return ChannelKind::Etsy; }
    void fetch(const QString &cursor, FetchCallback done) override;
    void send(const OutboundReply &reply, SendCallback done) override;
    void testConnection(CheckCallback done) override;
    void setBackfillMs(qint64 ms) { m_backfillMs = ms; }

Q_SIGNALS:
    void tokensRefreshed(const QByteArray &accessToken, const QByteArray &refreshToken, qint64 expiresAtMs);

private:
    class Auth;
    EtsyConfig m_config;
    ChannelHttp &m_http;
    const Clock &m_clock;
    std::unique_ptr<Auth> m_auth;
    qint64 m_backfillMs = 30LL * 24 * 3600 * 1000;
};

} // namespace hd
