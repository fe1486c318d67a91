#pragma once

#include "core/channels/email/ImapClient.h"
#include "core/channels/email/SmtpSender.h"
#include "core/common/Result.h"

#include <QString>

namespace hd {

/// The non-secret settings of an e-mail channel, kept in Channel::configJson. Passwords live in the
/// SecretStore under secretKey(channelId, "imap" | "smtp").
struct EmailConfig
{
    ImapEndpoint imap; ///< password left empty here
    SmtpEndpoint smtp; ///< password left empty here
    QString mailbox = QStringLiteral("INBOX");
    QString sentMailbox = QStringLiteral("Sent"); ///< empty: no sent copy, no idempotency check
    bool appendToSent = true;                     ///< false for servers that file sent mail themselves (Gmail)
    QString address;                              ///< the seller's address: From of replies, "from us" on sync
    QString displayName;
    int pageSize = 50;                           ///< messages per fetch
    qint64 maxMessageBytes = 32LL * 1024 * 1024; ///< larger messages are cut (partial fetch)
    qint64 pollIntervalMs = 60'000;

    /// Reads and validates the JSON settings: {"imapHost", "imapPort", "imapSecurity": "tls" |
    /// "starttls" | "none", "imapUser", "mailbox", "sentMailbox", "appendToSent", "smtpHost",
    /// "smtpPort", "smtpSecurity", "smtpUser", "address", "displayName", "pageSize",
    /// "maxMessageBytes", "pollIntervalMs"}.
    static Result<EmailConfig> fromJson(const QString &json);
    QString toJson() const;
    /// Where the SecretStore keeps this channel's passwords ("channels/email/<id>/imap_password").
    static QString secretKey(qint64 channelId, const QString &which);
};

} // namespace hd
