#include "core/workflow/rules/RulesEngine.h"

#include <QHash>

#include <algorithm>

namespace hd {
using namespace Qt::StringLiterals;

RuleRunResult RulesEngine::run(const RuleTrigger &trigger, const RuleContext &context, const QList<Rule> &rules)
{
    RuleRunResult result;
    result.event = trigger.event;
    if (trigger.causedByRule) {
        result.ignored = true;
        result.ignoredReason = trigger.causingRuleId > 0
            ? u"%1 caused by rule #%2 is ignored: rules do not re-trigger rules"_s.arg(
                ruleEventDisplayName(trigger.event),
                QString::number(trigger.causingRuleId))
            : u"%1 caused by a rule is ignored: rules do not re-trigger rules"_s.arg(
                ruleEventDisplayName(trigger.event));
        return result;
    }

    QList<const Rule *> ordered;
    for (const Rule &r : rules)
        if (r.enabled && r.event == trigger.event)
            ordered << &r;
    std::stable_sort(ordered.begin(), ordered.end(), [](const Rule *a, const Rule *b) {
        return a->position != b->position ? a->position < b->position : a->id < b->id;
    });

    QHash<QString, qsizetype> claimed; // conflict key -> index in result.actions of the action holding it
    QList<QJsonObject> plannedJson;    // for exact-duplicate detection of accumulating actions
    for (const Rule *rule : ordered) {
        ++result.evaluated;
        QStringList explanation;
        if (!evaluate(rule->condition, context, &explanation))
            continue;
        FiredRule fired{rule->id, rule->name, rule->position, explanation, {}, rule->stopProcessing};
        for (const RuleAction &action : rule->actions) {
            PlannedAction planned{action, rule->id, rule->name, rule->position, ActionOrigin::Rule};
            fired.actions << action.describe();
            const QString key = action.conflictKey();
            const QJsonObject json = action.toJson();
            if (!key.isEmpty() && claimed.contains(key)) {
                const PlannedAction *winner = &result.actions.at(claimed.value(key));
                const QString reason = winner->action == action
                    ? u"already planned by \"%1\""_s.arg(winner->ruleName)
                    : u"\"%1\" (position %2) already planned \"%3\"; the first rule wins"_s.arg(
                        winner->ruleName,
                        QString::number(winner->rulePosition),
                        winner->action.describe());
                result.dropped << DroppedAction{planned, reason};
                continue;
            }
            if (key.isEmpty() && plannedJson.contains(json)) {
                result.dropped << DroppedAction{planned, u"the same action is already planned"_s};
                continue;
            }
            result.actions << planned;
            plannedJson << json;
            if (!key.isEmpty())
                claimed.insert(key, result.actions.size() - 1);
        }
        result.fired << fired;
        if (rule->stopProcessing) {
            result.stoppedByRuleId = rule->id;
            break;
        }
    }
    return result;
}

} // namespace hd
