#pragma once

#include "core/common/Result.h"
#include "core/workflow/rules/Condition.h"
#include "core/workflow/rules/RuleAction.h"
#include "core/workflow/rules/RuleEvent.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace hd {

/// WHEN event IF condition THEN actions. Rules run in ascending position (then id); stopProcessing ends the
/// run after this rule fires (see RulesEngine).
///
/// JSON for editors and import/export:
///   {"id": 7, "name": "Chargebacks to Maria", "event": "message_received", "condition": {...},
///    "actions": [{...}], "enabled": true, "position": 1, "stopProcessing": false, "createdAt": 0}
/// Storage (table rules): event, condition_json = condition.toJson(), actions_json = actionsJson(), where
/// stopProcessing is kept as a trailing {"type": "stop_processing"} marker because the table has no column
/// for it.
struct Rule
{
    qint64 id = 0;
    QString name;
    RuleEvent event = RuleEvent::MessageReceived;
    Condition condition; ///< default: always
    QList<RuleAction> actions;
    bool enabled = true;
    int position = 0;
    bool stopProcessing = false;
    qint64 createdAt = 0; ///< UTC ms

    /// A name, a valid condition, and at least one action unless the rule only stops processing.
    Status validate() const;

    QJsonObject toJson() const;
    static Result<Rule> fromJson(const QJsonObject &json);

    /// The actions as stored in rules.actions_json, with the stop_processing marker when set.
    QJsonArray actionsJson() const;
    /// Reads actions_json into actions and stopProcessing. Errors name the index: "Action 2: ...".
    Status setActionsFromJson(const QJsonArray &json);
    Status setActionsFromJsonText(const QByteArray &text);

    friend bool operator==(const Rule &a, const Rule &b) { return a.toJson() == b.toJson(); }
};

} // namespace hd
