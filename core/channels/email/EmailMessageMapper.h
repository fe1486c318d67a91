#pragma once

#include "core/channels/email/ParsedMail.h"
#include "core/channels/email/RelayRecognizer.h"
#include "core/domain/InboundMessage.h"

#include <QString>

namespace hd {

/// Turns a parsed mail into the pipeline's InboundMessage (pure): the dedupe key (Message-ID, else
/// the content hash), the thread (References / In-Reply-To, and for relays the relay address + order
/// id), the buyer (relay alias or sender), the order id and the attachments' metadata.
class EmailMessageMapper final
{
public:
    /// attachmentRefBase: prefix of each attachment's external ref, completed with "/;SECTION=<path>"
    /// (an RFC 5092 IMAP URL of the message, e.g. "imap:INBOX;UIDVALIDITY=7/;UID=42").
    /// fallbackSentAt: used when the Date header is missing (the IMAP INTERNALDATE), UTC ms.
    static InboundMessage map(const ParsedMail &mail,
                              qint64 channelId,
                              const QString &ownAddress = {},
                              const QString &attachmentRefBase = {},
                              qint64 fallbackSentAt = 0);
    /// The stored external id of a mail: its Message-ID, else "sha256:<hash of the raw bytes>".
    static QString externalId(const ParsedMail &mail);
    /// Thread refs in the stored form: "<id> <id> [commMgrTok:…]".
    static QString threadRefs(const ParsedMail &mail, const RelayInfo &relay);
};

} // namespace hd
