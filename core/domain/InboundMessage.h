#pragma once

#include "core/domain/Order.h"

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>

namespace hd {

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
};

} // namespace hd
