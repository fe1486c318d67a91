#pragma once

#include "core/channels/Connector.h"
#include "core/channels/ebay/EbayConfig.h"
#include "core/channels/ebay/EbayOAuth.h"
#include "core/channels/ebay/EbayParser.h"

#include <QPointer>

#include <memory>

namespace hd {

class ChannelHttp;
class Clock;

/// eBay through the Commerce Message API and Fulfillment orders. Each fetch() is one API page:
/// a page of conversations (newest activity first, every message of each, walked page by page),
/// or, once the conversations are done, a page of orders modified since the last scan. The cursor
/// (EbayCursor) then restarts from the newest message seen. send() first looks in the
/// conversation for the same text sent after the buyer's last message (a reply that went out
/// before a crash) and reports alreadySent instead of sending twice.
class EbayConnector final : public Connector
{
    Q_OBJECT
public:
    /// `http` may be null: the connector then owns a client. `clock` must outlive the connector.
    EbayConnector(EbayConfig config,
                  qint64 channelId,
                  ChannelHttp *http,
                  const Clock &clock,
                  QObject *parent = nullptr);
    ~EbayConnector() override;

    ChannelKind kind() const override { return ChannelKind::Ebay; }
    void fetch(const QString &cursor, FetchCallback done) override;
    void send(const OutboundReply &reply, SendCallback done) override;
    void testConnection(CheckCallback done) override;

    const EbayConfig &config() const { return m_config; }
    EbayOAuth &auth() { return *m_auth; }

Q_SIGNALS:
    /// A new access token (and maybe refresh token) to store in the keychain.
    void tokensRefreshed(const QString &accessToken, qint64 expiresAtMs, const QString &refreshToken);

private:
    struct FetchJob;
    struct SendJob;
    using MessagesCallback = std::function<void(Result<QList<EbayMessage>>, std::optional<ChannelFailure>)>;

    void fetchConversations(const std::shared_ptr<FetchJob> &job);
    void fetchNextConversation(const std::shared_ptr<FetchJob> &job);
    void fetchOrders(const std::shared_ptr<FetchJob> &job);
    /// Every message of one conversation, walking its pages.
    void allMessages(const QString &conversationId, MessagesCallback done);
    /// One page of one conversation's messages, checked to belong to it (no retry).
    void messagesPage(const QString &conversationId,
                      int offset,
                      std::function<void(Result<EbayMessagesPage>, std::optional<ChannelFailure>)> done);
    /// From `offset` on, each page read with ReadRetry.
    void messagesFrom(const QString &conversationId,
                      int offset,
                      std::shared_ptr<QList<EbayMessage>> acc,
                      int pagesLeft,
                      MessagesCallback done);
    void deliver(const OutboundReply &reply, SendCallback done);

    EbayConfig m_config;
    qint64 m_channelId = 0;
    ChannelHttp *m_http = nullptr;
    const Clock &m_clock;
    std::unique_ptr<EbayOAuth> m_auth;
};

} // namespace hd
