#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace hd {

/// What makes the rules engine run. Stored as stable strings (see ruleEventToString).
enum class RuleEvent {
    ConversationCreated, ///< "conversation_created": the first message of a new conversation arrived
    MessageReceived,     ///< "message_received": a buyer message arrived (also for the first one)
    MessageSent,         ///< "message_sent": a reply left (agent or template)
    StatusChanged,       ///< "status_changed": open / pending / resolved changed
    SlaWarning,          ///< "sla_warning": an SLA target is about to be missed
    SlaBreached,         ///< "sla_breached": an SLA target was missed
    OrderUpdated,        ///< "order_updated": the linked order changed (status, tracking, refund)
    Schedule,            ///< "schedule": periodic pass over open conversations (time-based rules)
};

QString ruleEventToString(RuleEvent event);
RuleEvent ruleEventFromString(const QString &s, bool *ok = nullptr);
/// Every event's stable string, in declaration order (for editors and validation messages).
QStringList ruleEventNames();
/// "message received", for people.
QString ruleEventDisplayName(RuleEvent event);

/// One occurrence of an event handed to RulesEngine::run().
///
/// Loop guard: a change made by applying a rule's PlannedAction (origin Rule) must be reported with
/// causedByRule = true. RulesEngine::run() then plans nothing, so rules never re-trigger rules (as in
/// Chatwoot's performed_by check). Use fromRuleAction() when reporting such a change.
struct RuleTrigger
{
    RuleEvent event = RuleEvent::MessageReceived;
    bool causedByRule = false; ///< the change being reported was made by a rule
    qint64 causingRuleId = 0;  ///< which rule, for the explanation; 0 when unknown or not rule-made

    RuleTrigger() = default;
    RuleTrigger(RuleEvent e)
        : event(e)
    {
    } // NOLINT(google-explicit-constructor): an event is a trigger
    /// The trigger to report for a change made while applying an action planned by rule ruleId.
    static RuleTrigger fromRuleAction(RuleEvent e, qint64 ruleId)
    {
        RuleTrigger t(e);
        t.causedByRule = true;
        t.causingRuleId = ruleId;
        return t;
    }
};

} // namespace hd
