#pragma once

#include "core/channels/ChannelHttp.h"
#include "core/channels/Connector.h"
#include "core/channels/shopify/ShopifyOrdersApi.h"

#include <memory>

namespace hd {

class Clock;

/// Shopify Admin REST orders for order linking (fetch only; store buyers write by e-mail).
/// Polls orders updated since the watermark and follows the Link header's page_info. Cursor JSON
/// {"w": watermark ms, "pi": page_info, "h": newest updated_at seen}. The Admin API token of a
/// custom app does not expire: a 401 means it was revoked (Auth).
class ShopifyOrdersConnector final : public Connector
{
    Q_OBJECT
public:
    ShopifyOrdersConnector(ShopifyConfig config,
                           QByteArray accessToken,
                           ChannelHttp &http,
                           const Clock &clock,
                           QObject *parent = nullptr);
    ~ShopifyOrdersConnector() override;

    ChannelKind kind() const override { return ChannelKind::Shopify; }
    void fetch(const QString &cursor, FetchCallback done) override;
    void send(const OutboundReply &reply, SendCallback done) override;
    void testConnection(CheckCallback done) override;
    void setBackfillMs(qint64 ms) { m_backfillMs = ms; }

private:
    class Auth;
    ShopifyConfig m_config;
    ChannelHttp &m_http;
    const Clock &m_clock;
    std::unique_ptr<Auth> m_auth;
    qint64 m_backfillMs = 30LL * 24 * 3600 * 1000;
};

} // namespace hd
