#pragma once

#include "core/channels/ChannelHttp.h"
#include "core/channels/Connector.h"
#include "core/channels/tiktok/TikTokParser.h"
#include "core/channels/tiktok/TikTokRequests.h"

namespace hd {

class Clock;

/// The secrets a TikTok Shop connector needs (from the SecretStore; never logged or stored).
struct TikTokSecrets
{
    QByteArray appSecret;
    QByteArray accessToken;
    QByteArray refreshToken;
};

/// TikTok Shop customer service and orders. Each fetch does one step of a cycle: a page of
/// conversations (and the newest messages of every conversation updated since the watermark),
/// then pages of orders updated since the order watermark. The cursor is JSON:
/// {"p":"conv"|"orders","ct":page token,"w":message watermark ms,"h":newest seen,"ot":order page
/// token,"ow":order watermark s,"oh":newest order update seen}. An expired access token is
/// refreshed once (tokensRefreshed() lets the owner store the new pair) before Auth is reported.
class TikTokConnector final : public Connector
{
    Q_OBJECT
public:
    TikTokConnector(TikTokConfig config,
                    TikTokSecrets secrets,
                    ChannelHttp &http,
                    const Clock &clock,
                    QObject *parent = nullptr);

    ChannelKind kind() const override { return ChannelKind::TikTokShop; }
    void fetch(const QString &cursor, FetchCallback done) override;
    void send(const OutboundReply &reply, SendCallback done) override;
    void testConnection(CheckCallback done) override;

Q_SIGNALS:
    /// New tokens after a refresh; expiry in UTC ms. The owner writes them to the SecretStore.
    void tokensRefreshed(const QByteArray &accessToken, const QByteArray &refreshToken, qint64 accessExpiresAtMs);

private:
    using Builder = std::function<TikTokRequest(qint64 timestampS)>;
    using RawCallback = std::function<void(const QByteArray &body, std::optional<ChannelFailure> failure)>;
    /// Signs (fresh timestamp), sends, maps failures; on an auth failure refreshes once and retries.
    void call(const Builder &build, RawCallback done, bool retried = false);
    void refresh(std::function<void(std::optional<ChannelFailure>)> done);
    void
    raw(const TikTokRequest &request,
        bool authorized,
        std::function<void(int status, const QByteArray &body, const QByteArray &retryAfter, bool transportOk)> done);
    using MessagesCallback = std::function<void(Result<TikTokMessagesPage>, std::optional<ChannelFailure>)>;
    /// The newest messages of one conversation, read with ReadRetry.
    void readMessages(const TikTokConversation &conv, MessagesCallback done);
    void fetchOrders(QJsonObject state, FetchCallback done);

    TikTokConfig m_config;
    TikTokSecrets m_secrets;
    ChannelHttp &m_http;
    const Clock &m_clock;
};

} // namespace hd
