#pragma once

#include "core/domain/Channel.h"

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace hd {

enum class ConversationStatus { Open, Pending, Resolved };
QString conversationStatusToString(ConversationStatus s);
ConversationStatus conversationStatusFromString(const QString &s, bool *ok = nullptr);

enum class Priority { Low, Normal, High, Urgent };
QString priorityToString(Priority p);
Priority priorityFromString(const QString &s, bool *ok = nullptr);

/// One thread with one buyer on one channel. Times are UTC ms since the epoch.
struct Conversation {
    qint64 id = 0;
    qint64 channelId = 0;
    QString externalId;
    qint64 customerId = 0;
    qint64 orderId = 0;  ///< 0 when not about an order
    QString subject;
    ConversationStatus status = ConversationStatus::Open;
    Priority priority = Priority::Normal;
    qint64 assigneeId = 0; ///< 0 = unassigned
    QString language;      ///< ISO 639-1 of the buyer
    QString intent;
    QString sentiment;
    QString snippet;       ///< first line of the newest message, for the list
    int unreadCount = 0;
    int messageCount = 0;
    qint64 lastMessageAt = 0;
    qint64 lastInboundAt = 0;
    qint64 firstResponseAt = 0;
    qint64 slaDueAt = 0;   ///< 0 = no SLA clock running
    int priorityScore = 0; ///< 0..100, PriorityScorer; the inbox sorts by it by default
    QString priorityReason; ///< why it scored so: "+35 chargeback or legal threat; +30 SLA due in 40 min"
    bool noResponseNeeded = false; ///< the agent (or a rule) said no reply is needed; a new buyer message clears it
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    int version = 1;       ///< optimistic locking between agents
};

/// One row of the inbox list: the conversation plus the names the list shows.
struct ConversationSummary {
    Conversation conversation;
    ChannelKind channelKind = ChannelKind::Email;
    QString channelName;
    QString marketplace;
    QString customerName;
    QString assigneeName;
    QStringList tags;
};

} // namespace hd
