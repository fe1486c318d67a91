#pragma once

#include "core/channels/ChannelHttp.h"
#include "core/channels/shopee/ShopeeConfig.h"

#include <functional>

namespace hd {

class Clock;

/// Signs every Shopee shop-API call (ShopeeSigner, with the current timestamp) and refreshes the
/// shop's access token when Shopee says it is invalid; Shopee rotates the refresh token too, so
/// both new tokens are handed to the owner for the keychain.
class ShopeeAuth final : public ChannelAuth
{
public:
    using RefreshedCallback =
        std::function<void(const QString &accessToken, qint64 expiresAtMs, const QString &refreshToken)>;

    ShopeeAuth(ShopeeConfig &config, ChannelHttp &http, const Clock &clock);

    void apply(ChannelHttpRequest &request) const override;
    bool isAuthFailure(const ChannelHttpResponse &response) const override;
    bool needsRefresh() const override;
    void refresh(QObject *context, std::function<void(std::optional<ChannelFailure>)> done) override;

    void setRefreshedCallback(RefreshedCallback cb) { m_onRefreshed = std::move(cb); }
    void setExpiresAtMs(qint64 ms) { m_expiresAt = ms; }

private:
    ShopeeConfig &m_config;
    ChannelHttp &m_http;
    const Clock &m_clock;
    qint64 m_expiresAt = 0;
    RefreshedCallback m_onRefreshed;
};

} // namespace hd
