#include "core/workflow/rules/RuleField.h"

#include "core/domain/Channel.h"

namespace hd {
namespace {
using namespace Qt::StringLiterals;

QList<RuleField> buildCatalogue()
{
    using T = RuleField::Type;
    QStringList channels;
    for (ChannelKind k : {ChannelKind::Email,
                          ChannelKind::Amazon,
                          ChannelKind::Ebay,
                          ChannelKind::Etsy,
                          ChannelKind::Walmart,
                          ChannelKind::Shopify,
                          ChannelKind::Shopee,
                          ChannelKind::AliExpress,
                          ChannelKind::TikTokShop,
                          ChannelKind::Facebook,
                          ChannelKind::Instagram})
        channels << channelKindToString(k);
    const QStringList priorities{u"low"_s, u"normal"_s, u"high"_s, u"urgent"_s};
    return {
        {u"channel"_s, T::Text, u"channel"_s, 0, channels},
        {u"marketplace"_s, T::Text, u"marketplace"_s, 0, {}},
        {u"region"_s, T::Text, u"region"_s, 0, {}},
        {u"language"_s, T::Text, u"language"_s, 0, {}},
        {u"subject"_s, T::Text, u"subject"_s, 0, {}},
        {u"text"_s, T::Text, u"message text"_s, 0, {}},
        {u"direction"_s, T::Text, u"message direction"_s, 0, {u"inbound"_s, u"outbound"_s, u"note"_s}},
        {u"intent"_s, T::Text, u"intent"_s, 0, {}},
        {u"sentiment"_s, T::Text, u"sentiment"_s, 0, {u"negative"_s, u"neutral"_s, u"positive"_s}},
        {u"status"_s, T::Text, u"status"_s, 0, {u"open"_s, u"pending"_s, u"resolved"_s}},
        {u"priority"_s, T::Priority, u"priority"_s, 0, priorities},
        {u"assignee"_s, T::AgentId, u"assignee"_s, 0, {}},
        {u"tags"_s, T::Tags, u"tags"_s, 0, {}},
        {u"order_status"_s,
         T::Text,
         u"order status"_s,
         0,
         {u"pending"_s, u"paid"_s, u"shipped"_s, u"delivered"_s, u"cancelled"_s, u"refunded"_s, u"returned"_s}},
        {u"order_value"_s, T::Number, u"order value"_s, 2, {}},
        {u"customer_order_count"_s, T::Number, u"customer order count"_s, 0, {}},
        {u"customer_lifetime_value"_s, T::Number, u"customer lifetime value"_s, 2, {}},
        {u"repeat_contacts_7d"_s, T::Number, u"repeat contacts in 7 days"_s, 0, {}},
        {u"vip"_s, T::Bool, u"VIP customer"_s, 0, {}},
        {u"sla_minutes_left"_s, T::Number, u"SLA minutes left"_s, 0, {}},
        {u"business_hours"_s, T::Bool, u"business hours"_s, 0, {}},
        {u"minutes_since_last_inbound"_s, T::Number, u"minutes since the buyer wrote"_s, 0, {}},
    };
}
} // namespace

QList<ConditionOperator> RuleField::operators() const
{
    using O = ConditionOperator;
    switch (type) {
    case Type::Text: return {O::Eq, O::Ne, O::In, O::NotIn, O::Contains, O::NotContains, O::Matches, O::IsEmpty};
    case Type::Number: return {O::Eq, O::Ne, O::Gt, O::Lt, O::Gte, O::Lte, O::In, O::NotIn, O::IsEmpty};
    case Type::Bool: return {O::Eq, O::Ne};
    case Type::Tags: return {O::Contains, O::NotContains, O::In, O::NotIn, O::IsEmpty};
    case Type::AgentId: return {O::Eq, O::Ne, O::In, O::NotIn, O::IsEmpty};
    case Type::Priority: return {O::Eq, O::Ne, O::Gt, O::Lt, O::Gte, O::Lte, O::In, O::NotIn};
    }
    return {};
}

const QList<RuleField> &RuleField::all()
{
    static const QList<RuleField> catalogue = buildCatalogue();
    return catalogue;
}

const RuleField *RuleField::find(const QString &name)
{
    for (const RuleField &f : all())
        if (f.name == name)
            return &f;
    return nullptr;
}

QString ruleFieldTypeToString(RuleField::Type type)
{
    switch (type) {
    case RuleField::Type::Text: return u"text"_s;
    case RuleField::Type::Number: return u"number"_s;
    case RuleField::Type::Bool: return u"bool"_s;
    case RuleField::Type::Tags: return u"tags"_s;
    case RuleField::Type::AgentId: return u"agent_id"_s;
    case RuleField::Type::Priority: return u"priority"_s;
    }
    return u"text"_s;
}

} // namespace hd
