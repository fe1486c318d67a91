#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace hd {

/// One attachment of a parsed mail: metadata only; the content is fetched again on demand.
struct MailAttachment
{
    QString filename;
    QString mimeType;
    qint64 sizeBytes = 0;  ///< decoded size
    QString partPath;      ///< MIME part path ("2", "1.3"), as MimeMessageParser::attachmentContent takes it
    QString contentId;     ///< for inline images (cid:)
    QString contentSha256; ///< hex
    bool isInline = false;
};

/// What MimeMessageParser extracts from one RFC 5322 message. All text is UTF-8 decoded.
struct ParsedMail
{
    QString messageId;      ///< without angle brackets; empty when the mail has none
    QStringList inReplyTo;  ///< ids without brackets
    QStringList references; ///< ids without brackets, oldest first
    QString fromName;
    QString fromAddress;
    QString replyToAddress;
    QStringList toAddresses;
    QString subject;
    QString bodyText;  ///< the plain part, or text derived from the HTML part
    QString bodyHtml;  ///< the HTML part as sent; sanitised only for display
    qint64 dateMs = 0; ///< UTC ms from the Date header; 0 when missing or invalid
    QList<MailAttachment> attachments;
    QStringList warnings;   ///< what was wrong with the mail and how it was read anyway
    bool truncated = false; ///< the mail or a body was cut to the configured bounds
    QString contentHash;    ///< sha256 hex of the raw bytes: the dedupe key when there is no Message-ID

    /// The ids this mail answers: References then In-Reply-To, without duplicates.
    QStringList threadIds() const
    {
        QStringList ids = references;
        for (const QString &id : inReplyTo)
            if (!ids.contains(id))
                ids << id;
        return ids;
    }
};

} // namespace hd
