#pragma once

#include "core/channels/ChannelHttp.h"
#include "core/channels/Connector.h"
#include "core/channels/meta/MetaParser.h"
#include "core/channels/meta/MetaRequests.h"

namespace hd {

class Clock;

/// Facebook Page (Messenger) or Instagram conversations through the Graph API.
/// Fetch walks /{page-id}/conversations newest first with cursor paging (Graph has no time-based
/// paging here) and stops at the watermark of the last complete walk; the cursor is a small JSON
/// document {"w": watermark ms, "a": after cursor of a walk in progress, "h": newest seen in it}.
/// Send uses messaging_type RESPONSE, or MESSAGE_TAG with the reply's tag (HUMAN_AGENT), and first
/// looks for a Page message with the same text in the conversation (a crash after sending).
class MetaConnector final : public Connector
{
    Q_OBJECT
public:
    /// pageToken comes from the SecretStore; it is only ever put in the Authorization header.
    MetaConnector(MetaConfig config,
                  QByteArray pageToken,
                  ChannelHttp &http,
                  const Clock &clock,
                  QObject *parent = nullptr);

    ChannelKind kind() const override;
    void fetch(const QString &cursor, FetchCallback done) override;
    void send(const OutboundReply &reply, SendCallback done) override;
    void testConnection(CheckCallback done) override;
    qint64 pollIntervalMs() const override { return 30'000; }

private:
    using RawCallback = std::function<void(const ChannelHttpResponse &response, std::optional<ChannelFailure> failure)>;
    /// Sends and maps any failure through MetaParser::failure (Graph error codes live in the body).
    void call(ChannelHttpRequest request, RawCallback done);
    void deliver(const OutboundReply &reply, SendCallback done);

    MetaConfig m_config;
    QByteArray m_token;
    ChannelHttp &m_http;
    const Clock &m_clock;
};

} // namespace hd
