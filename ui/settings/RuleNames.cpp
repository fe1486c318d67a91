#include "ui/settings/RuleNames.h"

namespace hd {
using namespace Qt::StringLiterals;

QString RuleNames::event(RuleEvent event)
{
    switch (event) {
    case RuleEvent::ConversationCreated: return tr("Conversation created");
    case RuleEvent::MessageReceived: return tr("Message received");
    case RuleEvent::MessageSent: return tr("Message sent");
    case RuleEvent::StatusChanged: return tr("Status changed");
    case RuleEvent::SlaWarning: return tr("SLA warning");
    case RuleEvent::SlaBreached: return tr("SLA breached");
    case RuleEvent::OrderUpdated: return tr("Order updated");
    case RuleEvent::Schedule: return tr("On a schedule");
    }
    return ruleEventToString(event);
}

QString RuleNames::field(const QString &name)
{
    if (name == u"channel")
        return tr("Channel");
    if (name == u"marketplace")
        return tr("Marketplace");
    if (name == u"region")
        return tr("Buyer's country");
    if (name == u"language")
        return tr("Language");
    if (name == u"subject")
        return tr("Subject");
    if (name == u"text")
        return tr("Message text");
    if (name == u"direction")
        return tr("Message direction");
    if (name == u"intent")
        return tr("Intent");
    if (name == u"sentiment")
        return tr("Sentiment");
    if (name == u"status")
        return tr("Status");
    if (name == u"priority")
        return tr("Priority");
    if (name == u"assignee")
        return tr("Assignee");
    if (name == u"tags")
        return tr("Tags");
    if (name == u"order_status")
        return tr("Order status");
    if (name == u"order_value")
        return tr("Order value");
    if (name == u"customer_order_count")
        return tr("Customer's order count");
    if (name == u"customer_lifetime_value")
        return tr("Customer lifetime value");
    if (name == u"repeat_contacts_7d")
        return tr("Repeat contacts in 7 days");
    if (name == u"vip")
        return tr("VIP customer");
    if (name == u"sla_minutes_left")
        return tr("SLA minutes left");
    if (name == u"business_hours")
        return tr("Within business hours");
    if (name == u"minutes_since_last_inbound")
        return tr("Minutes since the buyer wrote");
    return name;
}

QString RuleNames::op(ConditionOperator op)
{
    switch (op) {
    case ConditionOperator::Eq: return tr("is");
    case ConditionOperator::Ne: return tr("is not");
    case ConditionOperator::In: return tr("is one of");
    case ConditionOperator::NotIn: return tr("is none of");
    case ConditionOperator::Contains: return tr("contains");
    case ConditionOperator::NotContains: return tr("does not contain");
    case ConditionOperator::Matches: return tr("matches pattern");
    case ConditionOperator::Gt: return tr("is more than");
    case ConditionOperator::Lt: return tr("is less than");
    case ConditionOperator::Gte: return tr("is at least");
    case ConditionOperator::Lte: return tr("is at most");
    case ConditionOperator::IsEmpty: return tr("is empty");
    }
    return conditionOperatorToString(op);
}

QString RuleNames::actionType(RuleAction::Type type)
{
    switch (type) {
    case RuleAction::Type::Assign: return tr("Assign");
    case RuleAction::Type::AddTag: return tr("Add tag");
    case RuleAction::Type::RemoveTag: return tr("Remove tag");
    case RuleAction::Type::SetPriority: return tr("Set priority");
    case RuleAction::Type::SetStatus: return tr("Set status");
    case RuleAction::Type::Snooze: return tr("Snooze");
    case RuleAction::Type::ReplyTemplate: return tr("Reply with a template");
    case RuleAction::Type::AddNote: return tr("Add an internal note");
    case RuleAction::Type::Notify: return tr("Desktop notification");
    case RuleAction::Type::ApplySla: return tr("Apply an SLA policy");
    case RuleAction::Type::NoResponseNeeded: return tr("Mark \"no response needed\"");
    }
    return ruleActionTypeToString(type);
}

QString RuleNames::assignMode(RuleAction::AssignMode mode)
{
    switch (mode) {
    case RuleAction::AssignMode::Agent: return tr("to an agent");
    case RuleAction::AssignMode::Team: return tr("to a team");
    case RuleAction::AssignMode::RoundRobin: return tr("round robin");
    case RuleAction::AssignMode::LeastLoaded: return tr("least loaded");
    case RuleAction::AssignMode::LastAgent: return tr("to the last agent who helped this buyer");
    case RuleAction::AssignMode::Unassign: return tr("unassign");
    }
    return assignModeToString(mode);
}

QString RuleNames::notifyTarget(const QString &target)
{
    if (target == u"assignee")
        return tr("the assignee");
    if (target == u"team")
        return tr("a team");
    if (target == u"agent")
        return tr("an agent");
    if (target == u"everyone")
        return tr("everyone");
    return target;
}

QString RuleNames::allOf()
{
    return tr("ALL of (AND)");
}

QString RuleNames::anyOf()
{
    return tr("ANY of (OR)");
}

QString RuleNames::notOf()
{
    return tr("NOT");
}

} // namespace hd
