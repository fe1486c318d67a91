#include "core/workflow/triage/RuleActionApplier.h"

#include "core/common/Log.h"
#include "core/storage/Database.h"
#include "core/templates/PlaceholderValues.h"
#include "core/templates/TemplateLibrary.h"
#include "core/templates/TemplateRenderer.h"
#include "core/templates/TemplateRepository.h"
#include "core/workflow/routing/Router.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

// A template auto-reply goes out only for a message younger than this (UTC ms); older history gets the other
// actions but never a reply to a buyer who wrote days ago.
constexpr qint64 kReplyFreshnessMs = 24LL * 3600 * 1000;

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

RuleActionApplier::RuleActionApplier(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

RuleActionApplier::~RuleActionApplier() = default;

void RuleActionApplier::reload()
{
    m_agents.reset();
    m_teams.clear();
    m_openCounts.reset();
    m_templates.reset();
}

Status RuleActionApplier::exec(const QString &sql, const QVariantList &binds, const QString &what) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(sqlValue(b));
    if (!q.exec())
        return databaseError(q, what);
    return {};
}

Status RuleActionApplier::ensureAgents()
{
    if (m_agents)
        return {};
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, name, email, role, languages, skills, capacity, time_zone, active, teams, shift_json"
                " FROM agents ORDER BY id"_s))
        return databaseError(q, u"routing agents"_s);
    QList<RoutingCandidate> out;
    while (q.next()) {
        RoutingCandidate c;
        c.agent.id = q.value(0).toLongLong();
        c.agent.name = q.value(1).toString();
        c.agent.email = q.value(2).toString();
        c.agent.role = agentRoleFromString(q.value(3).toString());
        c.agent.languages = q.value(4).toString().split(u',', Qt::SkipEmptyParts);
        c.agent.skills = q.value(5).toString().split(u',', Qt::SkipEmptyParts);
        c.agent.capacity = q.value(6).toInt();
        c.agent.timeZone = q.value(7).toString();
        c.agent.active = q.value(8).toInt() != 0;
        c.agent.teams = teamsFromString(q.value(9).toString()); // also normalises rows written by hand
        m_teams.insert(c.agent.id, c.agent.teams);
        const QString shift = q.value(10).toString();
        if (!shift.trimmed().isEmpty()) {
            QJsonObject json = QJsonDocument::fromJson(shift.toUtf8()).object();
            if (!json.contains(u"timeZone"_s) && !c.agent.timeZone.isEmpty())
                json.insert(u"timeZone"_s, c.agent.timeZone);
            if (auto cal = BusinessCalendar::fromJson(json))
                c.shifts = cal.value();
            else
                log::warn("workflow.routing",
                          u"agent #%1: shift ignored: %2"_s.arg(c.agent.id).arg(cal.error().detail));
        }
        // Presence is not tracked in the database: an active agent counts as online.
        c.online = c.agent.active;
        out << c;
    }
    m_agents = out;
    return {};
}

Status RuleActionApplier::ensureOpenCounts()
{
    if (m_openCounts)
        return {};
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT assignee_id, COUNT(*) FROM conversations WHERE status = 'open' AND assignee_id IS NOT NULL"
                " GROUP BY assignee_id"_s))
        return databaseError(q, u"routing load"_s);
    QHash<qint64, int> counts;
    while (q.next())
        counts.insert(q.value(0).toLongLong(), q.value(1).toInt());
    m_openCounts = counts;
    return {};
}

qint64 RuleActionApplier::lastAgentFor(qint64 customerId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT m.author_agent_id FROM messages m JOIN conversations c ON c.id = m.conversation_id"
              " WHERE c.customer_id = ? AND m.direction = 'outbound' AND m.author_agent_id IS NOT NULL"
              " ORDER BY m.sent_at DESC LIMIT 1"_s);
    q.addBindValue(customerId);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

Status RuleActionApplier::recordAssignment(qint64 conversationId,
                                           qint64 agentId,
                                           const QString &strategy,
                                           const QString &reason,
                                           qint64 nowMs) const
{
    return exec(
        u"INSERT INTO assignments(conversation_id, agent_id, strategy, reason, assigned_at) VALUES (?, ?, ?, ?, ?)"_s,
        {conversationId, agentId, strategy, reason, nowMs},
        u"assignment"_s);
}

Status RuleActionApplier::setAssignee(TriageConversation &c,
                                      qint64 agentId,
                                      const QString &strategy,
                                      const QString &reason,
                                      qint64 nowMs)
{
    if (auto s = exec(u"UPDATE conversations SET assignee_id = ?, updated_at = ?, version = version + 1 WHERE id = ?"_s,
                      {nullableId(agentId), nowMs, c.id},
                      u"assign"_s);
        !s)
        return s;
    if (m_openCounts && c.context.status == ConversationStatus::Open) {
        if (c.context.assigneeId > 0)
            (*m_openCounts)[c.context.assigneeId] = std::max(0, m_openCounts->value(c.context.assigneeId) - 1);
        if (agentId > 0)
            (*m_openCounts)[agentId] += 1;
    }
    c.context.assigneeId = agentId;
    return recordAssignment(c.id, agentId, strategy, reason, nowMs);
}

Status RuleActionApplier::assign(const PlannedAction &planned, TriageConversation &c, qint64 nowMs, Outcome &outcome)
{
    const RuleAction &a = planned.action;
    const QString ruleNote = u"rule \u201c%1\u201d: "_s.arg(planned.ruleName);
    if (a.assignMode == RuleAction::AssignMode::Unassign)
        return setAssignee(c, 0, u"unassign"_s, ruleNote + u"unassigned"_s, nowMs);
    if (auto s = ensureAgents(); !s)
        return s;
    if (auto s = ensureOpenCounts(); !s)
        return s;

    RoutingRequest request;
    request.conversationId = c.id;
    request.language = c.context.language;
    request.channelKind = c.channelKind;
    request.vip = c.context.vip;
    request.nowMs = nowMs;
    request.queue = a.team.isEmpty() ? u"everyone"_s : a.team;

    QList<RoutingCandidate> pool;
    for (RoutingCandidate cand : *m_agents) {
        cand.openCount = m_openCounts->value(cand.agent.id, 0);
        if (!a.team.isEmpty() && !m_teams.value(cand.agent.id).contains(a.team.trimmed().toLower()))
            continue;
        pool << cand;
    }

    if (a.assignMode == RuleAction::AssignMode::Agent) {
        for (const RoutingCandidate &cand : std::as_const(pool)) {
            if (cand.agent.id != a.agentId)
                continue;
            const QString why = Router::unavailableReason(cand, request, m_policy);
            if (!why.isEmpty()) {
                outcome.notes << u"%1 not assigned to %2: %3"_s.arg(ruleNote, cand.agent.name, why);
                return recordAssignment(c.id,
                                        0,
                                        u"agent"_s,
                                        ruleNote + cand.agent.name + u" is unavailable: "_s + why,
                                        nowMs);
            }
            return setAssignee(c, cand.agent.id, u"agent"_s, ruleNote + u"assigned to "_s + cand.agent.name, nowMs);
        }
        outcome.notes << ruleNote + u"agent #%1 does not exist"_s.arg(a.agentId);
        return recordAssignment(c.id, 0, u"agent"_s, ruleNote + u"agent #%1 does not exist"_s.arg(a.agentId), nowMs);
    }

    RoutingPolicy policy = m_policy;
    QString strategy;
    switch (a.assignMode) {
    case RuleAction::AssignMode::RoundRobin:
        policy.strategy = RoutingStrategy::RoundRobin;
        strategy = u"round_robin"_s;
        break;
    case RuleAction::AssignMode::LastAgent:
        policy.strategy = RoutingStrategy::StickyThenLeastLoaded;
        request.lastAgentId = lastAgentFor(c.customerId);
        strategy = u"last_agent"_s;
        break;
    default: // team, least loaded
        policy.strategy = RoutingStrategy::LeastLoaded;
        strategy = a.assignMode == RuleAction::AssignMode::Team ? u"team"_s : u"least_loaded"_s;
        break;
    }
    RoundRobinState rr;
    {
        QSqlQuery q(m_db.connection());
        q.prepare(u"SELECT last_agent_id FROM routing_state WHERE queue = ?"_s);
        q.addBindValue(request.queue);
        if (q.exec() && q.next())
            rr.lastAgentId = q.value(0).toLongLong();
    }
    const RoutingDecision decision = Router::route(request, pool, policy, rr);
    if (!(decision.roundRobin == rr)) {
        if (auto s = exec(u"INSERT INTO routing_state(queue, last_agent_id) VALUES (?, ?) ON CONFLICT(queue) DO UPDATE"
                          " SET last_agent_id = excluded.last_agent_id"_s,
                          {request.queue, decision.roundRobin.lastAgentId},
                          u"routing state"_s);
            !s)
            return s;
    }
    if (!decision.isAssigned()) {
        outcome.notes << ruleNote + decision.reason;
        return recordAssignment(c.id, 0, strategy, ruleNote + decision.reason, nowMs);
    }
    return setAssignee(c,
                       decision.agentId,
                       decision.method.isEmpty() ? strategy : decision.method,
                       ruleNote + decision.reason,
                       nowMs);
}

Status RuleActionApplier::setTag(TriageConversation &c, const QString &tag, bool add)
{
    const QString name = tag.trimmed();
    QStringList &tags = c.context.tags;
    const bool has = tags.contains(name, Qt::CaseInsensitive);
    if (add == has)
        return {};
    if (add) {
        if (auto s = exec(u"INSERT INTO tags(name) VALUES (?) ON CONFLICT(name) DO NOTHING"_s, {name}, u"tag"_s); !s)
            return s;
        if (auto s = exec(u"INSERT INTO conversation_tags(conversation_id, tag_id) SELECT CAST(? AS BIGINT), id FROM "
                          u"tags WHERE name = ?"
                          " ON CONFLICT DO NOTHING"_s,
                          {c.id, name},
                          u"tag"_s);
            !s)
            return s;
        tags << name;
    } else {
        if (auto s = exec(u"DELETE FROM conversation_tags WHERE conversation_id = ? AND tag_id IN"
                          " (SELECT id FROM tags WHERE LOWER(name) = LOWER(?))"_s,
                          {c.id, name},
                          u"untag"_s);
            !s)
            return s;
        tags.removeIf([&](const QString &t) { return t.compare(name, Qt::CaseInsensitive) == 0; });
    }
    return exec(u"UPDATE conversations SET tags = ?, version = version + 1 WHERE id = ?"_s,
                {tags.join(u','), c.id},
                u"tags"_s);
}

Status RuleActionApplier::setStatus(TriageConversation &c,
                                    ConversationStatus status,
                                    qint64 snoozedUntil,
                                    qint64 nowMs,
                                    Outcome &outcome)
{
    const ConversationStatus before = c.context.status;
    if (auto s = exec(
            u"UPDATE conversations SET status = ?, snoozed_until = ?, resolved_at = CASE WHEN ? = 'resolved'"
            " THEN ? ELSE resolved_at END, updated_at = ?, version = version + 1 WHERE id = ?"_s,
            {conversationStatusToString(status), snoozedUntil, conversationStatusToString(status), nowMs, nowMs, c.id},
            u"status"_s);
        !s)
        return s;
    c.context.status = status;
    if (before == status)
        return {};
    switch (status) {
    case ConversationStatus::Pending:
        outcome.slaEvents << StoredSlaEvent{{SlaEvent::Kind::StatusPending, nowMs}};
        break;
    case ConversationStatus::Resolved: outcome.slaEvents << StoredSlaEvent{{SlaEvent::Kind::Resolved, nowMs}}; break;
    case ConversationStatus::Open:
        outcome.slaEvents << StoredSlaEvent{
            {before == ConversationStatus::Resolved ? SlaEvent::Kind::Reopened : SlaEvent::Kind::StatusOpen, nowMs}};
        break;
    }
    return {};
}

Status RuleActionApplier::note(const TriageConversation &c, const QString &text, qint64 nowMs)
{
    return exec(
        u"INSERT INTO messages(conversation_id, channel_id, external_id, direction, status, sender_name, body_text,"
        " sent_at, created_at, automated) VALUES (?, ?, ?, 'note', 'sent', ?, ?, ?, ?, 1)"_s,
        {c.id,
         c.channelId,
         QString(u"note:"_s + QUuid::createUuid().toString(QUuid::WithoutBraces)),
         QCoreApplication::translate("hd::RuleActionApplier", "Rules"),
         text,
         nowMs,
         nowMs},
        u"rule note"_s);
}

Status RuleActionApplier::reply(const PlannedAction &planned, TriageConversation &c, qint64 nowMs, Outcome &outcome)
{
    if (!m_templates) {
        auto lib = TemplateRepository(m_db, m_clock).load();
        if (!lib)
            return lib.error();
        m_templates = std::make_unique<TemplateLibrary>(std::move(lib).value());
    }
    const QString ruleNote = u"rule \u201c%1\u201d: "_s.arg(planned.ruleName);
    const TemplateVariant *variant =
        m_templates->pick(planned.action.templateId, c.context.language, channelKindToString(c.channelKind));
    if (!variant) {
        outcome.notes << ruleNote
                + u"auto-reply not sent: template #%1 has no usable variant"_s.arg(planned.action.templateId);
        return {};
    }
    PlaceholderValues values;
    values.set(u"customer.name"_s, c.customerName);
    values.set(u"customer.first_name"_s, c.customerName.section(u' ', 0, 0));
    values.set(u"order.id"_s, c.orderNumber);
    values.set(u"conversation.subject"_s, c.subject);
    values.set(u"channel.name"_s, c.channelName);
    const RenderResult rendered = TemplateRenderer::render(variant->body, values);
    if (!rendered.canSend()) {
        outcome.notes << ruleNote
                + u"auto-reply not sent: missing %1"_s.arg(
                    (rendered.missingKeys() + rendered.unknownKeys()).join(u", "_s));
        return {};
    }
    // Idempotent per rule and waiting buyer message: a retried batch queues nothing twice.
    const QString key = u"rule:%1:%2:%3"_s.arg(planned.ruleId).arg(c.id).arg(c.context.lastInboundAt);
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT 1 FROM outbox WHERE idempotency_key = ?"_s);
    q.addBindValue(key);
    if (q.exec() && q.next())
        return {};
    q.prepare(u"INSERT INTO messages(conversation_id, channel_id, external_id, direction, status, sender_name, subject,"
              " body_text, language, sent_at, created_at, automated) VALUES (?, ?, ?, 'outbound', 'queued', ?, ?, ?, "
              "?, ?, ?, 1)"
              " RETURNING id"_s);
    for (const QVariant &v : {QVariant(c.id),
                              QVariant(c.channelId),
                              QVariant(u"out:"_s + key),
                              QVariant(planned.ruleName),
                              QVariant(c.subject.isEmpty() ? QString() : u"Re: "_s + c.subject),
                              QVariant(rendered.text),
                              QVariant(variant->language),
                              QVariant(nowMs),
                              QVariant(nowMs)})
        q.addBindValue(sqlValue(v));
    if (!q.exec() || !q.next())
        return databaseError(q, u"auto-reply"_s);
    const qint64 messageId = q.value(0).toLongLong();
    q.finish();
    if (auto s = exec(u"INSERT INTO outbox(message_id, channel_id, idempotency_key, state, created_at, updated_at)"
                      " VALUES (?, ?, ?, 'pending', ?, ?)"_s,
                      {messageId, c.channelId, key, nowMs, nowMs},
                      u"auto-reply outbox"_s);
        !s)
        return s;
    if (auto s = exec(u"UPDATE conversations SET last_message_at = "_s
                          + m_db.dialect().greatest(u"last_message_at"_s, u"?"_s)
                          + u", message_count = message_count + 1, updated_at = ? WHERE id = ?"_s,
                      {nowMs, nowMs, c.id},
                      u"auto-reply"_s);
        !s)
        return s;
    outcome.slaEvents << StoredSlaEvent{{SlaEvent::Kind::AutoReply, nowMs}, messageId, 0};
    return {};
}

Status RuleActionApplier::apply(const PlannedAction &planned,
                                TriageConversation &c,
                                qint64 nowMs,
                                bool allowReplies,
                                Outcome &outcome)
{
    const RuleAction &a = planned.action;
    switch (a.type) {
    case RuleAction::Type::Assign: return assign(planned, c, nowMs, outcome);
    case RuleAction::Type::AddTag: return setTag(c, a.tag, true);
    case RuleAction::Type::RemoveTag: return setTag(c, a.tag, false);
    case RuleAction::Type::SetPriority:
        c.context.priority = a.priority;
        return exec(u"UPDATE conversations SET priority = ?, version = version + 1 WHERE id = ?"_s,
                    {priorityToString(a.priority), c.id},
                    u"priority"_s);
    case RuleAction::Type::SetStatus: return setStatus(c, a.status, 0, nowMs, outcome);
    case RuleAction::Type::Snooze:
        return setStatus(c, ConversationStatus::Pending, nowMs + qint64(a.snoozeMinutes) * 60'000, nowMs, outcome);
    case RuleAction::Type::ReplyTemplate:
        if (!allowReplies || nowMs - c.context.lastInboundAt > kReplyFreshnessMs) {
            outcome.notes << u"rule \u201c%1\u201d: auto-reply not sent to history (the buyer wrote over a day ago)"_s
                                 .arg(planned.ruleName);
            return {};
        }
        return reply(planned, c, nowMs, outcome);
    case RuleAction::Type::AddNote: return note(c, a.text, nowMs);
    case RuleAction::Type::Notify:
        outcome.notifications << TriageNotification{c.id,
                                                    a.notifyTarget,
                                                    a.notifyTarget == "assignee"_L1 ? c.context.assigneeId : a.agentId,
                                                    a.team,
                                                    a.text,
                                                    planned.ruleName};
        return {};
    case RuleAction::Type::ApplySla:
        c.slaPolicyId = a.slaPolicyId;
        return exec(u"UPDATE conversations SET sla_policy_id = ? WHERE id = ?"_s,
                    {a.slaPolicyId, c.id},
                    u"apply sla"_s);
    case RuleAction::Type::NoResponseNeeded:
        if (c.noResponseNeeded)
            return {};
        c.noResponseNeeded = true;
        outcome.slaEvents << StoredSlaEvent{{SlaEvent::Kind::NoResponseNeeded, nowMs}};
        // A new version, as TriageService::markNoResponseNeeded makes: the analytics facts of the
        // conversation (its marketplace response-rate samples) are recomputed even when the rule ran
        // on an SLA alert, with no new message.
        return exec(u"UPDATE conversations SET no_response_needed = 1, unread_count = 0, updated_at = ?,"
                    " version = version + 1 WHERE id = ?"_s,
                    {nowMs, c.id},
                    u"no response needed"_s);
    }
    return {};
}

} // namespace hd
