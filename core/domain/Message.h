#pragma once

#include <QString>
#include <QtGlobal>

namespace hd {

enum class MessageDirection { Inbound, Outbound, Note };
QString messageDirectionToString(MessageDirection d);
MessageDirection messageDirectionFromString(const QString &s, bool *ok = nullptr);

/// Delivery state of a message. Inbound messages are Received; replies go Queued -> Sent | Failed.
enum class MessageStatus { Received, Queued, Sent, Failed };
QString messageStatusToString(MessageStatus s);
MessageStatus messageStatusFromString(const QString &s, bool *ok = nullptr);

/// One message in a conversation. Times are UTC ms.
struct Message {
    qint64 id = 0;
    qint64 conversationId = 0;
    qint64 channelId = 0;
    QString externalId;
    MessageDirection direction = MessageDirection::Inbound;
    MessageStatus status = MessageStatus::Received;
    qint64 authorAgentId = 0;  ///< for outbound messages and notes
    QString senderName;
    QString senderAddress;
    QString subject;
    QString bodyText;
    QString bodyHtml;          ///< untrusted; sanitise before display
    QString language;
    QString translatedText;    ///< for outbound: the text in the buyer's language, as sent
    QString agentText;         ///< for a translated reply: what the agent wrote, in agentLanguage
    QString agentLanguage;
    QString translationProvider; ///< the engine that translated agentText into bodyText ("apertium")
    QString error;             ///< why a send failed
    qint64 sentAt = 0;
    qint64 createdAt = 0;
};

} // namespace hd
