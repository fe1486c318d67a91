#pragma once

#include "core/common/Result.h"
#include "core/domain/Conversation.h"

#include <QJsonObject>
#include <QString>
#include <QtGlobal>

namespace hd {

/// One thing a rule does when it fires. A flat value type: only the members that belong to `type` are
/// meaningful (see the JSON shape of each type below). The engine only plans actions; whoever applies them
/// resolves assignment modes through Router, renders templates, and so on.
///
/// JSON (an element of rules.actions_json):
///   {"type": "assign", "mode": "agent", "agent_id": 12}
///   {"type": "assign", "mode": "team" | "round_robin" | "least_loaded", "team": "EU"}  (team optional for
///        round_robin / least_loaded: empty = everyone)
///   {"type": "assign", "mode": "last_agent"}        the agent who last helped this buyer
///   {"type": "assign", "mode": "unassign"}
///   {"type": "add_tag" | "remove_tag", "tag": "vip"}
///   {"type": "set_priority", "priority": "urgent"}
///   {"type": "set_status", "status": "resolved"}
///   {"type": "snooze", "minutes": 120}
///   {"type": "reply_template", "template_id": 5}
///   {"type": "add_note", "text": "Check the photos before refunding"}
///   {"type": "notify", "target": "assignee" | "team" | "agent" | "everyone", "agent_id": 12, "team": "EU",
///        "text": "Chargeback threat"}   (desktop notification)
///   {"type": "apply_sla", "policy_id": 3}
///   {"type": "no_response_needed"}
struct RuleAction
{
    enum class Type {
        Assign,
        AddTag,
        RemoveTag,
        SetPriority,
        SetStatus,
        Snooze,
        ReplyTemplate,
        AddNote,
        Notify,
        ApplySla,
        NoResponseNeeded,
    };
    enum class AssignMode { Agent, Team, RoundRobin, LeastLoaded, LastAgent, Unassign };

    Type type = Type::AddTag;
    AssignMode assignMode = AssignMode::Agent;
    qint64 agentId = 0; ///< Assign/Agent, Notify/agent
    QString team;       ///< Assign/Team, RoundRobin, LeastLoaded (pool), Notify/team
    QString tag;        ///< AddTag, RemoveTag
    Priority priority = Priority::Normal;
    ConversationStatus status = ConversationStatus::Open;
    int snoozeMinutes = 0;
    qint64 templateId = 0;
    QString text;         ///< AddNote body, Notify message
    QString notifyTarget; ///< assignee, team, agent, everyone
    qint64 slaPolicyId = 0;

    static RuleAction assignAgent(qint64 agentId);
    static RuleAction assign(AssignMode mode, const QString &team = {});
    static RuleAction addTag(const QString &tag);
    static RuleAction removeTag(const QString &tag);
    static RuleAction setPriority(Priority p);
    static RuleAction setStatus(ConversationStatus s);
    static RuleAction snooze(int minutes);
    static RuleAction replyTemplate(qint64 templateId);
    static RuleAction addNote(const QString &text);
    static RuleAction notify(const QString &target, const QString &text, qint64 agentId = 0, const QString &team = {});
    static RuleAction applySla(qint64 policyId);
    static RuleAction noResponseNeeded();

    /// Actions that set the same single-valued property conflict; the engine keeps the first planned (see
    /// RulesEngine). Returns "assignee", "priority", "status" (set_status and snooze), "reply"
    /// (reply_template and no_response_needed), "sla", "tag:<lower-case tag>" (add and remove of one tag),
    /// or an empty string for actions that accumulate (notes, notifications).
    QString conflictKey() const;

    /// "assign to agent #12", "add tag \"vip\"", "set priority to urgent", ...
    QString describe() const;

    QJsonObject toJson() const;
    /// Parses one action; errors say which key is missing or wrong ("add_tag needs a non-empty \"tag\"").
    static Result<RuleAction> fromJson(const QJsonObject &json);

    friend bool operator==(const RuleAction &a, const RuleAction &b) { return a.toJson() == b.toJson(); }
};

QString ruleActionTypeToString(RuleAction::Type type);
RuleAction::Type ruleActionTypeFromString(const QString &s, bool *ok = nullptr);
QString assignModeToString(RuleAction::AssignMode mode);
RuleAction::AssignMode assignModeFromString(const QString &s, bool *ok = nullptr);

} // namespace hd
