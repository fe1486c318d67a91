#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/domain/Agent.h"
#include "core/workflow/routing/RoutingCandidate.h"
#include "core/workflow/routing/RoutingPolicy.h"
#include "core/workflow/rules/PlannedAction.h"
#include "core/workflow/triage/SlaClockRepository.h"
#include "core/workflow/triage/TriageConversation.h"
#include "core/workflow/triage/TriageRecords.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace hd {

class Database;
class TemplateLibrary;

/// Applies the actions RulesEngine planned to one conversation, with SQL on the caller's open transaction:
/// tags, priority, status and snooze, assignment through Router (agent, team, round robin, least loaded, last
/// agent) recorded with its reason in `assignments`, internal notes, template auto-replies (an automated
/// outbound message with its outbox row), notifications, the SLA policy and "no response needed".
///
/// Changes it makes are never reported back to the rules engine (rules do not re-trigger rules); the SLA
/// events they cause are handed back in Outcome for the caller's clock step.
class RuleActionApplier final
{
public:
    struct Outcome
    {
        QList<StoredSlaEvent> slaEvents;
        QList<TriageNotification> notifications;
        QStringList notes; ///< why an action did nothing ("auto-reply not sent: missing order.id")
    };

    RuleActionApplier(const Database &db, const Clock &clock);
    ~RuleActionApplier();

    /// allowReplies: false for history (a message older than a day): template replies are not sent.
    Status apply(const PlannedAction &planned,
                 TriageConversation &conversation,
                 qint64 nowMs,
                 bool allowReplies,
                 Outcome &outcome);
    /// Drops agents, templates and routing load (after edits, and at the start of each batch for the load).
    void reload();
    /// Agents and their open load are re-read (lazily, only when an assignment runs) once per batch.
    void startBatch()
    {
        m_openCounts.reset();
        m_agents.reset();
        m_teams.clear();
    }

    /// Records one assignment row (also used for agent-made assignments).
    Status recordAssignment(qint64 conversationId,
                            qint64 agentId,
                            const QString &strategy,
                            const QString &reason,
                            qint64 nowMs) const;

private:
    Status ensureAgents();
    Status ensureOpenCounts();
    Status assign(const PlannedAction &planned, TriageConversation &conversation, qint64 nowMs, Outcome &outcome);
    Status setAssignee(TriageConversation &conversation,
                       qint64 agentId,
                       const QString &strategy,
                       const QString &reason,
                       qint64 nowMs);
    Status setTag(TriageConversation &conversation, const QString &tag, bool add);
    Status setStatus(TriageConversation &conversation,
                     ConversationStatus status,
                     qint64 snoozedUntil,
                     qint64 nowMs,
                     Outcome &outcome);
    Status reply(const PlannedAction &planned, TriageConversation &conversation, qint64 nowMs, Outcome &outcome);
    Status note(const TriageConversation &conversation, const QString &text, qint64 nowMs);
    Status exec(const QString &sql, const QVariantList &binds, const QString &what) const;
    qint64 lastAgentFor(qint64 customerId) const;

    const Database &m_db;
    const Clock &m_clock;
    std::optional<QList<RoutingCandidate>> m_agents;
    QHash<qint64, QStringList> m_teams; ///< agent id -> teams (lower case)
    std::optional<QHash<qint64, int>> m_openCounts;
    std::unique_ptr<TemplateLibrary> m_templates;
    RoutingPolicy m_policy;
};

} // namespace hd
