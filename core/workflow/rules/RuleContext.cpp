#include "core/workflow/rules/RuleContext.h"

namespace hd {
using namespace Qt::StringLiterals;

QVariant RuleContext::value(const QString &field) const
{
    if (field == "channel"_L1)
        return channelKindToString(channelKind);
    if (field == "marketplace"_L1)
        return marketplace;
    if (field == "region"_L1)
        return region;
    if (field == "language"_L1)
        return language;
    if (field == "subject"_L1)
        return subject;
    if (field == "text"_L1)
        return text;
    if (field == "direction"_L1)
        return messageDirectionToString(direction);
    if (field == "intent"_L1)
        return intent;
    if (field == "sentiment"_L1)
        return sentiment;
    if (field == "status"_L1)
        return conversationStatusToString(status);
    if (field == "priority"_L1)
        return priorityToString(priority);
    if (field == "assignee"_L1)
        return QVariant::fromValue<qint64>(assigneeId);
    if (field == "tags"_L1)
        return tags;
    if (field == "order_status"_L1)
        return orderStatus;
    if (field == "order_value"_L1)
        return orderTotalCents ? QVariant(double(*orderTotalCents) / 100.0) : QVariant();
    if (field == "customer_order_count"_L1)
        return double(customerOrderCount);
    if (field == "customer_lifetime_value"_L1)
        return double(customerLifetimeValueCents) / 100.0;
    if (field == "repeat_contacts_7d"_L1)
        return double(repeatContacts7d);
    if (field == "vip"_L1)
        return vip;
    if (field == "sla_minutes_left"_L1)
        return slaMsLeft ? QVariant(double(*slaMsLeft) / 60000.0) : QVariant();
    if (field == "business_hours"_L1)
        return isBusinessHours();
    if (field == "minutes_since_last_inbound"_L1)
        return lastInboundAt > 0 ? QVariant(double(nowMs - lastInboundAt) / 60000.0) : QVariant();
    return {};
}

bool RuleContext::isBusinessHours() const
{
    if (inBusinessHours)
        return *inBusinessHours;
    if (businessHoursAt)
        return businessHoursAt(nowMs);
    return false;
}

RuleContext RuleContext::fromSummary(const ConversationSummary &summary, qint64 nowMs)
{
    const Conversation &c = summary.conversation;
    RuleContext ctx;
    ctx.conversationId = c.id;
    ctx.nowMs = nowMs;
    ctx.channelKind = summary.channelKind;
    ctx.channelId = c.channelId;
    ctx.marketplace = summary.marketplace;
    ctx.language = c.language;
    ctx.subject = c.subject;
    ctx.text = c.snippet;
    ctx.intent = c.intent;
    ctx.sentiment = c.sentiment;
    ctx.status = c.status;
    ctx.priority = c.priority;
    ctx.assigneeId = c.assigneeId;
    ctx.tags = summary.tags;
    ctx.createdAt = c.createdAt;
    ctx.lastInboundAt = c.lastInboundAt;
    if (c.slaDueAt > 0 && c.status != ConversationStatus::Resolved)
        ctx.slaMsLeft = c.slaDueAt - nowMs;
    return ctx;
}

void RuleContext::setOrder(const Order &order)
{
    orderStatus = order.status;
    orderTotalCents = order.totalCents;
    orderCurrency = order.currency;
    if (region.isEmpty())
        region = order.shipToCountry;
}

} // namespace hd
