#pragma once

#include "core/common/Result.h"
#include "core/domain/Channel.h"
#include "core/domain/InboundMessage.h"
#include "core/domain/Order.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <functional>
#include <optional>

namespace hd {

/// One page a connector fetched: the messages, and the cursor that covers them. The sync engine
/// hands both to the ingest pipeline so the cursor commits in the same transaction as the messages.
struct FetchedPage {
    QList<InboundMessage> messages;
    QList<Order> orders;        ///< orders the page fetched for linking
    QString cursor;             ///< opaque; the next fetch starts after it
    bool hasMore = false;       ///< true while a backfill has further pages right now
    qint64 progressDone = 0;    ///< for long backfills: items done / total, when the API says
    qint64 progressTotal = 0;
};

/// A reply the outbox hands to a connector.
struct OutboundReply {
    qint64 messageId = 0;
    qint64 channelId = 0;
    QString idempotencyKey;          ///< stable across retries and restarts
    QString conversationExternalId;  ///< the API conversation / e-mail thread
    QString inReplyToExternalId;     ///< the buyer message answered (e-mail Message-ID, API msg id)
    QString threadRefs;              ///< e-mail References chain, space separated
    QString recipientAddress;        ///< e-mail / relay address, PSID, buyer user name
    QString recipientName;
    QString subject;
    QString bodyText;
    QString orderExternalId;
    QString tag;                     ///< e.g. Meta HUMAN_AGENT
};

/// What a send did.
struct SendReceipt {
    QString remoteId;       ///< the channel's id for the delivered message
    bool alreadySent = false; ///< found on the channel by its idempotency key; not sent again
};

/// Why a call failed, so the engine knows whether and when to retry.
struct ChannelFailure {
    enum class Kind {
        Transient,   ///< 5xx, timeout, truncated or malformed body: retry with backoff
        RateLimited, ///< 429 or the API's own signal; retryAfterMs says when
        Auth,        ///< token expired and could not be refreshed: needs re-authorisation
        Permanent,   ///< 4xx the channel will never accept (too long, window closed, ...)
    };
    Kind kind = Kind::Transient;
    qint64 retryAfterMs = 0; ///< 0: the engine chooses (exponential backoff with jitter)
    QString message;         ///< for the agent, plain words
    QString detail;          ///< for the log; never a secret
};

/// A channel account: a request builder and a response parser (pure, fixture-tested) behind a thin
/// I/O layer. Connectors are asynchronous and live on the sync thread; each call reports once
/// through its callback, on that thread.
class Connector : public QObject {
    Q_OBJECT
public:
    using FetchCallback = std::function<void(Result<FetchedPage> page, std::optional<ChannelFailure> failure)>;
    using SendCallback = std::function<void(Result<SendReceipt> receipt, std::optional<ChannelFailure> failure)>;
    using CheckCallback = std::function<void(Status ok, std::optional<ChannelFailure> failure)>;

    explicit Connector(QObject *parent = nullptr) : QObject(parent) {}
    ~Connector() override = default;

    virtual ChannelKind kind() const = 0;
    /// Fetches the page after cursor (empty: start, or the configured backfill window).
    virtual void fetch(const QString &cursor, FetchCallback done) = 0;
    /// Delivers one reply. Where the API allows, first checks whether a message with this
    /// idempotency key is already on the channel (a crash after sending) and reports alreadySent.
    virtual void send(const OutboundReply &reply, SendCallback done) = 0;
    /// Tests credentials and reachability (the Add channel dialog calls it before saving).
    virtual void testConnection(CheckCallback done) = 0;
    /// Suggested wait between polls when up to date, in ms.
    virtual qint64 pollIntervalMs() const { return 60'000; }
};

} // namespace hd
