#pragma once

#include "core/workflow/rules/Rule.h"
#include "core/workflow/rules/RuleContext.h"
#include "core/workflow/rules/RuleEvent.h"
#include "core/workflow/rules/RuleRunResult.h"

#include <QList>

namespace hd {

/// Plans what rules do for one event on one conversation. Pure: no I/O, no clock, no state; the caller
/// applies RuleRunResult::actions (each carries origin Rule) and stores RuleRunResult::fired with the
/// conversation so the UI can show which rules fired and why.
///
/// Order: enabled rules whose event matches run in ascending position, ties by ascending id. A rule fires
/// when its condition holds; a fired rule with stopProcessing ends the run after its own actions.
///
/// Conflicts: FIRST WINS. Single-valued properties (assignee, priority, status incl. snooze, reply incl.
/// "no response needed", SLA policy, and add-vs-remove of the same tag; see RuleAction::conflictKey())
/// keep the action of the earliest rule in position order; later conflicting actions, and exact duplicates,
/// are reported in RuleRunResult::dropped. Rationale: the rule list reads top-down like a firewall table,
/// the top rule is the most specific, and stopProcessing already means "the earlier rule decides".
///
/// Loop guard: a trigger with causedByRule set (a change made by applying a rule's action) is ignored:
/// the result is empty with ignored = true. Rules therefore never re-trigger rules; report such changes
/// with PlannedAction::trigger(event) or RuleTrigger::fromRuleAction().
class RulesEngine final
{
public:
    static RuleRunResult run(const RuleTrigger &trigger, const RuleContext &context, const QList<Rule> &rules);
};

} // namespace hd
