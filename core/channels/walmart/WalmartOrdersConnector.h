#pragma once

#include "core/channels/ChannelHttp.h"
#include "core/channels/Connector.h"
#include "core/channels/walmart/WalmartOrdersApi.h"

#include <memory>

namespace hd {

class Clock;

/// Walmart Marketplace orders for order linking (fetch only; Walmart buyers write by e-mail).
/// Polls orders created since the watermark (minus a day: status changes of recent orders are read
/// again) and follows list.meta.nextCursor. Cursor JSON {"w": watermark ms, "nc": nextCursor,
/// "h": newest orderDate seen}. The client-credentials token (~15 min) is fetched before it
/// expires and again on 401.
class WalmartOrdersConnector final : public Connector
{
    Q_OBJECT
public:
    WalmartOrdersConnector(WalmartConfig config,
                           QByteArray clientId,
                           QByteArray clientSecret,
                           ChannelHttp &http,
                           const Clock &clock,
                           QObject *parent = nullptr);
    ~WalmartOrdersConnector() override;

    ChannelKind kind() const override { return ChannelKind::Walmart; }
    void fetch(const QString &cursor, FetchCallback done) override;
    void send(const OutboundReply &reply, SendCallback done) override;
    void testConnection(CheckCallback done) override;
    void setBackfillMs(qint64 ms) { m_backfillMs = ms; }

private:
    class Auth;
    QByteArray correlationId();

    WalmartConfig m_config;
    ChannelHttp &m_http;
    const Clock &m_clock;
    std::unique_ptr<Auth> m_auth;
    qint64 m_backfillMs = 30LL * 24 * 3600 * 1000;
};

} // namespace hd
