#pragma once

#include "core/workflow/rules/RuleAction.h"
#include "core/workflow/rules/RuleEvent.h"

#include <QString>
#include <QtGlobal>

namespace hd {

/// Who asked for a change. Stored as "rule", "agent", "system".
enum class ActionOrigin { Rule, Agent, System };

inline QString actionOriginToString(ActionOrigin o)
{
    using namespace Qt::StringLiterals;
    switch (o) {
    case ActionOrigin::Rule: return u"rule"_s;
    case ActionOrigin::Agent: return u"agent"_s;
    case ActionOrigin::System: break;
    }
    return u"system"_s;
}

/// An action the rules engine wants applied to the conversation, and which rule wants it. The caller
/// applies it; any event that applying it raises must be reported with trigger() so that rules do not
/// re-trigger rules.
struct PlannedAction
{
    RuleAction action;
    qint64 ruleId = 0;
    QString ruleName;
    int rulePosition = 0;
    ActionOrigin origin = ActionOrigin::Rule; ///< always Rule when planned by RulesEngine

    bool isFromRule() const { return origin == ActionOrigin::Rule; }
    /// The trigger to report for an event caused by applying this action (causedByRule when from a rule).
    RuleTrigger trigger(RuleEvent event) const
    {
        return isFromRule() ? RuleTrigger::fromRuleAction(event, ruleId) : RuleTrigger(event);
    }
};

} // namespace hd
