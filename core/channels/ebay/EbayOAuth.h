#pragma once

#include "core/channels/ChannelHttp.h"
#include "core/channels/ebay/EbayConfig.h"

#include <functional>

namespace hd {

class Clock;

/// eBay user-token handling: puts "Authorization: Bearer <token>" on requests and, when the token
/// is missing, about to expire or refused (401), gets a new one with the refresh-token grant
/// (Basic client credentials). A refused refresh token means the seller must reconnect (Auth).
class EbayOAuth final : public ChannelAuth
{
public:
    using RefreshedCallback =
        std::function<void(const QString &accessToken, qint64 expiresAtMs, const QString &refreshToken)>;

    EbayOAuth(EbayConfig &config, ChannelHttp &http, const Clock &clock);

    void apply(ChannelHttpRequest &request) const override;
    bool needsRefresh() const override;
    void refresh(QObject *context, std::function<void(std::optional<ChannelFailure>)> done) override;

    /// Called after each successful refresh, so the owner can put the new token in the keychain.
    void setRefreshedCallback(RefreshedCallback cb) { m_onRefreshed = std::move(cb); }
    qint64 expiresAtMs() const { return m_expiresAt; }
    void setExpiresAtMs(qint64 ms) { m_expiresAt = ms; }

private:
    EbayConfig &m_config;
    ChannelHttp &m_http;
    const Clock &m_clock;
    qint64 m_expiresAt = 0; ///< UTC ms; 0 = unknown (trust the token until eBay refuses it)
    RefreshedCallback m_onRefreshed;
};

} // namespace hd
