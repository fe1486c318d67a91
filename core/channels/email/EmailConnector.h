#pragma once

#include "core/channels/Connector.h"
#include "core/channels/email/EmailConfig.h"
#include "core/common/Clock.h"

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QThread>

#include <functional>

namespace hd {

/// A result and, when it failed, how the sync engine should treat the failure.
template<typename T>
struct ChannelOutcome
{
    Result<T> result;
    std::optional<ChannelFailure> failure;
};

/// The e-mail channel: IMAP sync by UID (UIDVALIDITY changes resync; the pipeline dedupes by
/// Message-ID), MIME through GMime, marketplace relay recognition, SMTP replies through libcurl with
/// a Message-ID derived from the outbox idempotency key, checked in the Sent folder before sending
/// so a crash between "sent" and "marked sent" does not send twice.
///
/// Each call runs its blocking IMAP/SMTP work on a short-lived worker thread and reports on the
/// connector's thread. The blocking cores are public statics for the CLI and tests.
class EmailConnector final : public Connector
{
    Q_OBJECT
public:
    /// Returns the password for "imap" or "smtp" (from the SecretStore; see EmailConfig::secretKey).
    /// Called on the connector's thread, once per call; never logged.
    using PasswordProvider = std::function<Result<QString>(const QString &which)>;
    using ContentCallback = std::function<void(Result<QByteArray> content)>;

    EmailConnector(qint64 channelId,
                   EmailConfig config,
                   PasswordProvider passwords,
                   const Clock &clock,
                   QObject *parent = nullptr);
    ~EmailConnector() override;

    ChannelKind kind() const override { return ChannelKind::Email; }
    void fetch(const QString &cursor, FetchCallback done) override;
    void send(const OutboundReply &reply, SendCallback done) override;
    void testConnection(CheckCallback done) override;
    qint64 pollIntervalMs() const override { return m_config.pollIntervalMs; }
    /// The content of an attachment by its external ref (from the attachments table).
    void fetchAttachment(const QString &externalRef, ContentCallback done);

    /// One page of new mail after cursor ("v1:<uidvalidity>:<last uid>"; empty: from the start).
    static ChannelOutcome<FetchedPage>
    fetchBlocking(const EmailConfig &config, qint64 channelId, const QString &cursor);
    /// Sends one reply: Sent-folder check, SMTP, sent copy.
    static ChannelOutcome<SendReceipt>
    sendBlocking(const EmailConfig &config, const OutboundReply &reply, qint64 nowMs);
    static ChannelOutcome<bool> checkBlocking(const EmailConfig &config);
    static Result<QByteArray> attachmentBlocking(const EmailConfig &config, const QString &externalRef);

    /// "imap:<mailbox>;UIDVALIDITY=<v>/;UID=<uid>" (RFC 5092 style), the base of attachment refs.
    static QString messageRef(const QString &mailbox, quint32 uidValidity, quint32 uid);
    static QString cursorString(quint32 uidValidity, quint32 lastUid);
    /// How an Error from IMAP/SMTP maps to the engine's retry decision.
    static ChannelFailure failureFor(const Error &error);

private:
    /// Runs work on a worker thread; deliver runs on this object's thread afterwards.
    void runWorker(std::function<void()> work, std::function<void()> deliver);
    /// The config with the passwords filled in, or the error of the password provider.
    Result<EmailConfig> withPasswords(bool imap, bool smtp) const;

    qint64 m_channelId = 0;
    EmailConfig m_config;
    PasswordProvider m_passwords;
    const Clock &m_clock;
    QList<QPointer<QThread>> m_workers;
};

} // namespace hd
