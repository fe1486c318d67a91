#include "core/workflow/rules/RuleAction.h"

#include <array>
#include <cmath>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

struct TypeName
{
    RuleAction::Type type;
    QLatin1StringView key;
};

constexpr std::array kTypes{
    TypeName{RuleAction::Type::Assign, "assign"_L1},
    TypeName{RuleAction::Type::AddTag, "add_tag"_L1},
    TypeName{RuleAction::Type::RemoveTag, "remove_tag"_L1},
    TypeName{RuleAction::Type::SetPriority, "set_priority"_L1},
    TypeName{RuleAction::Type::SetStatus, "set_status"_L1},
    TypeName{RuleAction::Type::Snooze, "snooze"_L1},
    TypeName{RuleAction::Type::ReplyTemplate, "reply_template"_L1},
    TypeName{RuleAction::Type::AddNote, "add_note"_L1},
    TypeName{RuleAction::Type::Notify, "notify"_L1},
    TypeName{RuleAction::Type::ApplySla, "apply_sla"_L1},
    TypeName{RuleAction::Type::NoResponseNeeded, "no_response_needed"_L1},
};

struct ModeName
{
    RuleAction::AssignMode mode;
    QLatin1StringView key;
};

constexpr std::array kModes{
    ModeName{RuleAction::AssignMode::Agent, "agent"_L1},
    ModeName{RuleAction::AssignMode::Team, "team"_L1},
    ModeName{RuleAction::AssignMode::RoundRobin, "round_robin"_L1},
    ModeName{RuleAction::AssignMode::LeastLoaded, "least_loaded"_L1},
    ModeName{RuleAction::AssignMode::LastAgent, "last_agent"_L1},
    ModeName{RuleAction::AssignMode::Unassign, "unassign"_L1},
};

const QStringList kNotifyTargets{u"assignee"_s, u"team"_s, u"agent"_s, u"everyone"_s};

Error bad(const QString &what)
{
    return Error::make(Error::Code::InvalidArgument, u"Action: %1"_s.arg(what));
}

/// A positive integer id from json[key], or 0.
qint64 idValue(const QJsonObject &json, const QString &key)
{
    const double d = json.value(key).toDouble(0);
    return d > 0 && std::floor(d) == d ? qint64(d) : 0;
}

} // namespace

QString ruleActionTypeToString(RuleAction::Type type)
{
    for (const auto &t : kTypes)
        if (t.type == type)
            return QString(t.key);
    return u"add_tag"_s;
}

RuleAction::Type ruleActionTypeFromString(const QString &s, bool *ok)
{
    for (const auto &t : kTypes) {
        if (s == t.key) {
            if (ok)
                *ok = true;
            return t.type;
        }
    }
    if (ok)
        *ok = false;
    return RuleAction::Type::AddTag;
}

QString assignModeToString(RuleAction::AssignMode mode)
{
    for (const auto &m : kModes)
        if (m.mode == mode)
            return QString(m.key);
    return u"agent"_s;
}

RuleAction::AssignMode assignModeFromString(const QString &s, bool *ok)
{
    for (const auto &m : kModes) {
        if (s == m.key) {
            if (ok)
                *ok = true;
            return m.mode;
        }
    }
    if (ok)
        *ok = false;
    return RuleAction::AssignMode::Agent;
}

RuleAction RuleAction::assignAgent(qint64 agentId)
{
    RuleAction a;
    a.type = Type::Assign;
    a.assignMode = AssignMode::Agent;
    a.agentId = agentId;
    return a;
}

RuleAction RuleAction::assign(AssignMode mode, const QString &team)
{
    RuleAction a;
    a.type = Type::Assign;
    a.assignMode = mode;
    a.team = team;
    return a;
}

RuleAction RuleAction::addTag(const QString &tag)
{
    RuleAction a;
    a.type = Type::AddTag;
    a.tag = tag;
    return a;
}

RuleAction RuleAction::removeTag(const QString &tag)
{
    RuleAction a;
    a.type = Type::RemoveTag;
    a.tag = tag;
    return a;
}

RuleAction RuleAction::setPriority(Priority p)
{
    RuleAction a;
    a.type = Type::SetPriority;
    a.priority = p;
    return a;
}

RuleAction RuleAction::setStatus(ConversationStatus s)
{
    RuleAction a;
    a.type = Type::SetStatus;
    a.status = s;
    return a;
}

RuleAction RuleAction::snooze(int minutes)
{
    RuleAction a;
    a.type = Type::Snooze;
    a.snoozeMinutes = minutes;
    return a;
}

RuleAction RuleAction::replyTemplate(qint64 templateId)
{
    RuleAction a;
    a.type = Type::ReplyTemplate;
    a.templateId = templateId;
    return a;
}

RuleAction RuleAction::addNote(const QString &text)
{
    RuleAction a;
    a.type = Type::AddNote;
    a.text = text;
    return a;
}

RuleAction RuleAction::notify(const QString &target, const QString &text, qint64 agentId, const QString &team)
{
    RuleAction a;
    a.type = Type::Notify;
    a.notifyTarget = target;
    a.text = text;
    a.agentId = agentId;
    a.team = team;
    return a;
}

RuleAction RuleAction::applySla(qint64 policyId)
{
    RuleAction a;
    a.type = Type::ApplySla;
    a.slaPolicyId = policyId;
    return a;
}

RuleAction RuleAction::noResponseNeeded()
{
    RuleAction a;
    a.type = Type::NoResponseNeeded;
    return a;
}

QString RuleAction::conflictKey() const
{
    switch (type) {
    case Type::Assign: return u"assignee"_s;
    case Type::SetPriority: return u"priority"_s;
    case Type::SetStatus:
    case Type::Snooze: return u"status"_s;
    case Type::ReplyTemplate:
    case Type::NoResponseNeeded: return u"reply"_s;
    case Type::ApplySla: return u"sla"_s;
    case Type::AddTag:
    case Type::RemoveTag: return u"tag:"_s + tag.toLower();
    case Type::AddNote:
    case Type::Notify: break;
    }
    return {};
}

QString RuleAction::describe() const
{
    switch (type) {
    case Type::Assign:
        switch (assignMode) {
        case AssignMode::Agent: return u"assign to agent #%1"_s.arg(agentId);
        case AssignMode::Team: return u"assign to team %1"_s.arg(team);
        case AssignMode::RoundRobin:
            return team.isEmpty() ? u"assign by round robin"_s : u"assign by round robin in team %1"_s.arg(team);
        case AssignMode::LeastLoaded:
            return team.isEmpty() ? u"assign to the least loaded agent"_s
                                  : u"assign to the least loaded agent in team %1"_s.arg(team);
        case AssignMode::LastAgent: return u"assign to the agent who last helped this buyer"_s;
        case AssignMode::Unassign: return u"unassign"_s;
        }
        break;
    case Type::AddTag: return u"add tag \"%1\""_s.arg(tag);
    case Type::RemoveTag: return u"remove tag \"%1\""_s.arg(tag);
    case Type::SetPriority: return u"set priority to %1"_s.arg(priorityToString(priority));
    case Type::SetStatus: return u"set status to %1"_s.arg(conversationStatusToString(status));
    case Type::Snooze: return u"snooze for %1 min"_s.arg(snoozeMinutes);
    case Type::ReplyTemplate: return u"reply with template #%1"_s.arg(templateId);
    case Type::AddNote: return u"add internal note"_s;
    case Type::Notify:
        if (notifyTarget == "agent"_L1)
            return u"notify agent #%1"_s.arg(agentId);
        if (notifyTarget == "team"_L1)
            return u"notify team %1"_s.arg(team);
        return u"notify %1"_s.arg(notifyTarget);
    case Type::ApplySla: return u"apply SLA policy #%1"_s.arg(slaPolicyId);
    case Type::NoResponseNeeded: return u"mark \"no response needed\""_s;
    }
    return {};
}

QJsonObject RuleAction::toJson() const
{
    QJsonObject o{{u"type"_s, ruleActionTypeToString(type)}};
    switch (type) {
    case Type::Assign:
        o.insert(u"mode"_s, assignModeToString(assignMode));
        if (assignMode == AssignMode::Agent)
            o.insert(u"agent_id"_s, double(agentId));
        if ((assignMode == AssignMode::Team || assignMode == AssignMode::RoundRobin
             || assignMode == AssignMode::LeastLoaded)
            && !team.isEmpty())
            o.insert(u"team"_s, team);
        break;
    case Type::AddTag:
    case Type::RemoveTag: o.insert(u"tag"_s, tag); break;
    case Type::SetPriority: o.insert(u"priority"_s, priorityToString(priority)); break;
    case Type::SetStatus: o.insert(u"status"_s, conversationStatusToString(status)); break;
    case Type::Snooze: o.insert(u"minutes"_s, snoozeMinutes); break;
    case Type::ReplyTemplate: o.insert(u"template_id"_s, double(templateId)); break;
    case Type::AddNote: o.insert(u"text"_s, text); break;
    case Type::Notify:
        o.insert(u"target"_s, notifyTarget);
        o.insert(u"text"_s, text);
        if (notifyTarget == "agent"_L1)
            o.insert(u"agent_id"_s, double(agentId));
        if (notifyTarget == "team"_L1)
            o.insert(u"team"_s, team);
        break;
    case Type::ApplySla: o.insert(u"policy_id"_s, double(slaPolicyId)); break;
    case Type::NoResponseNeeded: break;
    }
    return o;
}

Result<RuleAction> RuleAction::fromJson(const QJsonObject &json)
{
    bool ok = false;
    const QString typeName = json.value(u"type"_s).toString();
    RuleAction a;
    a.type = ruleActionTypeFromString(typeName, &ok);
    if (!ok)
        return bad(u"unknown type \"%1\""_s.arg(typeName));
    switch (a.type) {
    case Type::Assign: {
        const QString mode = json.value(u"mode"_s).toString();
        a.assignMode = assignModeFromString(mode, &ok);
        if (!ok)
            return bad(u"assign has unknown mode \"%1\""_s.arg(mode));
        a.team = json.value(u"team"_s).toString().trimmed();
        if (a.assignMode == AssignMode::Agent) {
            a.agentId = idValue(json, u"agent_id"_s);
            if (a.agentId == 0)
                return bad(u"assign to an agent needs a positive \"agent_id\""_s);
        }
        if (a.assignMode == AssignMode::Team && a.team.isEmpty())
            return bad(u"assign to a team needs a non-empty \"team\""_s);
        break;
    }
    case Type::AddTag:
    case Type::RemoveTag:
        a.tag = json.value(u"tag"_s).toString().trimmed();
        if (a.tag.isEmpty())
            return bad(u"%1 needs a non-empty \"tag\""_s.arg(typeName));
        break;
    case Type::SetPriority:
        a.priority = priorityFromString(json.value(u"priority"_s).toString(), &ok);
        if (!ok)
            return bad(u"set_priority needs \"priority\": low, normal, high or urgent"_s);
        break;
    case Type::SetStatus:
        a.status = conversationStatusFromString(json.value(u"status"_s).toString(), &ok);
        if (!ok)
            return bad(u"set_status needs \"status\": open, pending or resolved"_s);
        break;
    case Type::Snooze: {
        const double m = json.value(u"minutes"_s).toDouble(0);
        if (m < 1 || m > 525600 || std::floor(m) != m)
            return bad(u"snooze needs \"minutes\" between 1 and 525600"_s);
        a.snoozeMinutes = int(m);
        break;
    }
    case Type::ReplyTemplate:
        a.templateId = idValue(json, u"template_id"_s);
        if (a.templateId == 0)
            return bad(u"reply_template needs a positive \"template_id\""_s);
        break;
    case Type::AddNote:
        a.text = json.value(u"text"_s).toString();
        if (a.text.trimmed().isEmpty())
            return bad(u"add_note needs a non-empty \"text\""_s);
        break;
    case Type::Notify:
        a.notifyTarget = json.value(u"target"_s).toString();
        if (!kNotifyTargets.contains(a.notifyTarget))
            return bad(u"notify needs \"target\": %1"_s.arg(kNotifyTargets.join(u", "_s)));
        a.text = json.value(u"text"_s).toString();
        if (a.notifyTarget == "agent"_L1) {
            a.agentId = idValue(json, u"agent_id"_s);
            if (a.agentId == 0)
                return bad(u"notify an agent needs a positive \"agent_id\""_s);
        }
        if (a.notifyTarget == "team"_L1) {
            a.team = json.value(u"team"_s).toString().trimmed();
            if (a.team.isEmpty())
                return bad(u"notify a team needs a non-empty \"team\""_s);
        }
        break;
    case Type::ApplySla:
        a.slaPolicyId = idValue(json, u"policy_id"_s);
        if (a.slaPolicyId == 0)
            return bad(u"apply_sla needs a positive \"policy_id\""_s);
        break;
    case Type::NoResponseNeeded: break;
    }
    return a;
}

} // namespace hd
