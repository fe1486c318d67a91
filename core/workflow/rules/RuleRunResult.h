#pragma once

#include "core/workflow/rules/FiredRule.h"
#include "core/workflow/rules/PlannedAction.h"
#include "core/workflow/rules/RuleEvent.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace hd {

/// An action a fired rule asked for but that the engine dropped, and why (a conflicting action of an
/// earlier rule won, or the same action was already planned).
struct DroppedAction
{
    PlannedAction planned;
    QString reason;
};

/// What RulesEngine::run() decided: the actions to apply, in order, and the rules that fired and why.
struct RuleRunResult
{
    RuleEvent event = RuleEvent::MessageReceived;
    bool ignored = false; ///< the trigger was caused by a rule: nothing evaluated (loop guard)
    QString ignoredReason;
    int evaluated = 0; ///< enabled rules for this event whose condition was evaluated
    QList<PlannedAction> actions;
    QList<FiredRule> fired;
    QList<DroppedAction> dropped;
    qint64 stoppedByRuleId = 0; ///< the rule with stopProcessing that ended the run, 0 if none

    bool hasActions() const { return !actions.isEmpty(); }
    /// One line per fired rule (FiredRule::summary()), then one per dropped action; for the audit trail.
    QStringList log() const
    {
        using namespace Qt::StringLiterals;
        QStringList out;
        if (ignored)
            out << ignoredReason;
        for (const FiredRule &f : fired)
            out << f.summary();
        for (const DroppedAction &d : dropped)
            out << u"%1: dropped \"%2\": %3"_s.arg(d.planned.ruleName, d.planned.action.describe(), d.reason);
        return out;
    }
};

} // namespace hd
