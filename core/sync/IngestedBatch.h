#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

namespace hd {

/// One message the ingest pipeline stored in a batch (duplicates are not listed). Times UTC ms.
struct IngestedMessage
{
    qint64 messageId = 0;
    qint64 conversationId = 0;
    qint64 channelId = 0;
    bool inbound = true;
    bool automated = false;       ///< an auto-reply (outbound history from an auto-responder)
    bool newConversation = false; ///< this message created its conversation
    qint64 sentAt = 0;
    qint64 agentId = 0; ///< outbound: the author, 0 when unknown
    QString status;     ///< import only: the conversation status the channel reported
    QString subject;
    QString text; ///< body text, for rule conditions
};

/// What the ingest pipeline hands the triage hook, inside its transaction, once a batch is stored and
/// every touched conversation updated: the new messages in batch order.
struct IngestedBatch
{
    QList<IngestedMessage> messages;
    qint64 nowMs = 0; ///< the pipeline's clock when the batch started
};

} // namespace hd
