#pragma once

#include "core/domain/Channel.h"
#include "core/domain/Conversation.h"
#include "core/domain/Message.h"
#include "core/domain/Order.h"

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QtGlobal>

#include <functional>
#include <optional>

namespace hd {

/// A plain snapshot of everything rule conditions, the priority scorer and the dry run look at, taken
/// by the caller (ingest pipeline, scheduler, dry run loader) at the moment of an event. No I/O, no
/// pointers into storage: copy it freely across threads (businessHoursAt must then be thread-safe).
///
/// Times are UTC ms since the epoch; money is in minor units (cents) of the order's currency.
/// Field names and types are listed in RuleField.
struct RuleContext
{
    qint64 conversationId = 0;
    qint64 nowMs = 0; ///< the moment the snapshot describes (UTC ms)

    // Where the conversation came from.
    ChannelKind channelKind = ChannelKind::Email;
    qint64 channelId = 0;
    QString marketplace; ///< site code of the channel account: "US", "DE"
    QString region;      ///< buyer's country (ISO 3166-1 alpha-2): ship-to country, else the customer's

    // The conversation and its latest message.
    QString language; ///< ISO 639-1
    QString subject;
    QString text; ///< latest message body (plain text)
    MessageDirection direction = MessageDirection::Inbound;
    QString intent;    ///< classifier label: refund, chargeback_or_legal, ...
    QString sentiment; ///< negative / neutral / positive
    ConversationStatus status = ConversationStatus::Open;
    Priority priority = Priority::Normal;
    qint64 assigneeId = 0;  ///< 0 = unassigned
    qint64 lastAgentId = 0; ///< agent who last replied to this buyer (any conversation); 0 = none
    QStringList tags;
    qint64 createdAt = 0;
    qint64 lastInboundAt = 0; ///< 0 = the buyer never wrote

    // Order and customer.
    QString orderStatus;                   ///< empty = no linked order
    std::optional<qint64> orderTotalCents; ///< nullopt = no linked order
    QString orderCurrency;
    int customerOrderCount = 0;
    qint64 customerLifetimeValueCents = 0;
    int repeatContacts7d = 0; ///< earlier contacts by this buyer in the 7 days before nowMs
    bool vip = false;

    // Clocks.
    std::optional<qint64> slaMsLeft; ///< to the next SLA due time; negative = overdue; nullopt = no clock
    /// Precomputed "is now within business hours"; when unset, businessHoursAt(nowMs) is asked; when
    /// neither is set the answer is false.
    std::optional<bool> inBusinessHours;
    std::function<bool(qint64 utcMs)> businessHoursAt;

    /// The value of a RuleField for conditions: QString (Text; Priority as its stable name), double
    /// (Number), bool (Bool), QStringList (Tags), qint64 (AgentId, 0 = none). An invalid QVariant means
    /// "no value" (no order, no SLA clock). Unknown names give an invalid QVariant.
    QVariant value(const QString &field) const;
    bool isBusinessHours() const;

    /// Fills the conversation, channel and tag fields from an inbox row; slaMsLeft from slaDueAt
    /// (unless resolved); text from the snippet (replace it with the full latest message when known).
    static RuleContext fromSummary(const ConversationSummary &summary, qint64 nowMs);
    /// Fills the order fields, and region from the ship-to country when region is empty.
    void setOrder(const Order &order);
};

} // namespace hd
