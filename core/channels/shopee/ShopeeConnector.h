#pragma once

#include "core/channels/Connector.h"
#include "core/channels/shopee/ShopeeAuth.h"
#include "core/channels/shopee/ShopeeConfig.h"
#include "core/channels/shopee/ShopeeParser.h"

#include <memory>

namespace hd {

class ChannelHttp;
class Clock;

/// Shopee through SellerChat and the order API, every call signed (ShopeeAuth). Each fetch() is
/// one API page: a page of conversations walked from now backwards to the watermark, with the new
/// messages of each (newest first, page by page), or a page of orders updated since the last scan
/// (windows of at most 15 days). send() looks at the conversation's latest messages first and
/// reports alreadySent when the same text from the shop already follows the buyer's last message.
class ShopeeConnector final : public Connector
{
    Q_OBJECT
public:
    ShopeeConnector(ShopeeConfig config,
                    qint64 channelId,
                    ChannelHttp *http,
                    const Clock &clock,
                    QObject *parent = nullptr);
    ~ShopeeConnector() override;

    ChannelKind kind() const override { return ChannelKind::Shopee; }
    void fetch(const QString &cursor, FetchCallback done) override;
    void send(const OutboundReply &reply, SendCallback done) override;
    void testConnection(CheckCallback done) override;

    const ShopeeConfig &config() const { return m_config; }
    ShopeeAuth &auth() { return *m_auth; }

Q_SIGNALS:
    void tokensRefreshed(const QString &accessToken, qint64 expiresAtMs, const QString &refreshToken);

private:
    struct FetchJob;
    using JsonCallback = std::function<void(Result<QByteArray>, std::optional<ChannelFailure>)>;
    using MessagesCallback = std::function<void(Result<QList<ShopeeMessage>>, std::optional<ChannelFailure>)>;

    /// Sends signed, then checks Shopee's envelope (an "error" on HTTP 200 is a failure too).
    void call(const ChannelHttpRequest &request, JsonCallback done);
    void fetchConversations(const std::shared_ptr<FetchJob> &job);
    void fetchNextConversation(const std::shared_ptr<FetchJob> &job);
    void fetchOrders(const std::shared_ptr<FetchJob> &job);
    void fetchOrderDetails(const std::shared_ptr<FetchJob> &job, QStringList sns, std::function<void()> then);
    /// One page of one conversation's messages, checked to belong to it (no retry).
    void messagesPage(const QString &conversationId,
                      const QString &offset,
                      std::function<void(Result<ShopeeMessagePage>, std::optional<ChannelFailure>)> done);
    /// From `offset` back to `stopBeforeSec`, each page read with ReadRetry.
    void messagesBack(const QString &conversationId,
                      qint64 stopBeforeSec,
                      QString offset,
                      std::shared_ptr<QList<ShopeeMessage>> acc,
                      int pagesLeft,
                      MessagesCallback done);
    void deliver(const OutboundReply &reply, qint64 toId, SendCallback done);

    ShopeeConfig m_config;
    qint64 m_channelId = 0;
    ChannelHttp *m_http = nullptr;
    const Clock &m_clock;
    std::unique_ptr<ShopeeAuth> m_auth;
};

} // namespace hd
