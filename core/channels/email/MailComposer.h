#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace hd {

struct OutboundReply;

/// An e-mail to send, with its threading headers.
struct OutgoingMail
{
    QString fromAddress;
    QString fromName;
    QString toAddress;
    QString toName;
    QString subject;
    QString bodyText;
    QString messageId;      ///< without brackets
    QString inReplyTo;      ///< without brackets; empty for a new thread
    QStringList references; ///< without brackets, oldest first
    qint64 dateMs = 0;      ///< UTC ms
};

/// Builds outgoing mail with GMime (pure). Replies get "Re: " once, In-Reply-To and References per
/// RFC 5322 3.6.4, a Message-ID derived from the outbox idempotency key (so the sender can find a
/// reply it already sent after a crash), and the Amazon "[commMgrTok:…]" token kept in the body.
class MailComposer final
{
public:
    /// "Re: " + subject, without stacking ("RE: x", "Re: Re: x" and "AW: x" become "Re: x").
    static QString replySubject(const QString &subject);
    /// "hd-<first 32 hex of sha256(key)>@domain": the same key always gives the same id.
    static QString messageIdForKey(const QString &idempotencyKey, const QString &domain);
    /// The reply for an outbox entry, from the account's address.
    static OutgoingMail
    forReply(const OutboundReply &reply, const QString &fromAddress, const QString &fromName, qint64 nowMs);
    /// RFC 5322 bytes with CRLF line ends: UTF-8 text/plain, quoted-printable, RFC 2047 headers.
    static QByteArray compose(const OutgoingMail &mail);
};

} // namespace hd
