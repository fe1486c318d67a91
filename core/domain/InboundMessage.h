#pragma once

#include "core/domain/Order.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>

namespace hd {

/// An attachment's metadata; the content stays on the channel and is fetched on demand.
struct InboundAttachment {
    QString filename;
    QString mimeType;
    qint64 sizeBytes = 0;
    QString externalRef;   ///< where the connector fetches the content (e.g. an IMAP URL with part)
    QString contentSha256; ///< hex, when the content was seen at sync time
};

/// A message as a connector or importer hands it to the ingest pipeline, before it has any ids.
struct InboundMessage {
    qint64 channelId = 0;
    QString externalId;             ///< unique within the channel; the dedupe key
    QString conversationExternalId; ///< API conversation id, or e-mail thread root
    QString direction = QStringLiteral("inbound"); ///< inbound | outbound (history from the channel)
    QString customerExternalId;     ///< the buyer's identity on this channel
    QString customerName;
    QString customerEmail;
    QString customerCountry;
    QString customerLanguage;
    QString subject;
    QString bodyText;
    QString bodyHtml;
    QString language;               ///< empty: the pipeline detects it
    QString orderExternalId;        ///< when the channel says which order it is about
    std::optional<Order> order;     ///< order details, when known
    QStringList tags;
    QString assigneeEmail;          ///< demo/import only: who owns the conversation
    QString status;                 ///< demo/import only: open | pending | resolved
    qint64 sentAt = 0;              ///< UTC ms
    bool automated = false;         ///< outbound history sent by an auto-responder, not a person
    /// E-mail threading: the References / In-Reply-To ids as "<id> <id>", plus relay tokens such as
    /// "[commMgrTok:...]". The pipeline threads a message into the conversation of any referenced
    /// message it already stores (messages.external_id = Message-ID without brackets).
    QString threadRefs;
    /// When the mail came through a marketplace relay: the platform ("amazon", a channelKindToString
    /// value) and its marketplace ("DE"), so the conversation shows "Amazon · DE".
    QString relayPlatform;
    QString relayMarketplace;
    QList<InboundAttachment> attachments;
};

} // namespace hd
