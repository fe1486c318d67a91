#pragma once

#include "core/domain/Channel.h"
#include "core/workflow/sla/ResponseRate.h"
#include "core/workflow/sla/SlaPolicy.h"
#include "core/workflow/sla/SlaTarget.h"
#include "core/workflow/sla/SlaTargetStatus.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace hd {

/// One row of rule_firings: a rule whose condition held on a conversation, and why. Times UTC ms.
struct RuleFiringRecord
{
    qint64 id = 0;
    qint64 conversationId = 0;
    qint64 ruleId = 0;
    QString ruleName;
    QString event;       ///< RuleEvent stable string ("message_received")
    QString explanation; ///< FiredRule::summary(): "VIP: tag = vip → set priority to urgent"
    QStringList actions; ///< RuleAction::describe() of each planned action
    qint64 firedAt = 0;
};

/// One row of assignments: who got the conversation and why. agentId 0 = unassigned / waiting in queue.
struct AssignmentRecord
{
    qint64 id = 0;
    qint64 conversationId = 0;
    qint64 agentId = 0;
    QString agentName;
    QString strategy; ///< "agent", "round_robin", "least_loaded", "sticky", "last_agent", "team", "unassign"
    QString reason;   ///< Router's reason, or "rule “Chargebacks” assigned agent #3"
    qint64 assignedAt = 0;
};

/// One SLA target instance of one clock (table sla_clocks), with the conversation facts the "SLA at risk"
/// view shows. Times UTC ms; dueAt 0 while paused.
struct SlaClockRecord
{
    qint64 id = 0;
    qint64 conversationId = 0;
    QString policy; ///< key: preset id ("amazon"), "company:<id>" or "company:default"
    QString policyName;
    SlaPolicy::Kind policyKind = SlaPolicy::Kind::Company;
    SlaTarget target = SlaTarget::FirstResponse;
    SlaTargetStatus::State state = SlaTargetStatus::State::Running;
    bool business = false; ///< the clock runs on a business calendar
    qint64 startedAt = 0;
    qint64 dueAt = 0;
    qint64 warningAt = 0;   ///< when the countdown turns "warning" (0 unless running)
    qint64 completedAt = 0; ///< met / stopped / fulfilled late; 0 while open
    qint64 targetMs = 0;
    bool warned = false;   ///< SlaMonitor fired the warning
    bool breached = false; ///< SlaMonitor (or a replay) saw the deadline pass

    // Conversation facts (filled by atRisk(); empty from slaClocks()).
    QString subject;
    QString customerName;
    qint64 channelId = 0;
    ChannelKind channelKind = ChannelKind::Email;
    qint64 assigneeId = 0;

    /// Time left until dueAt at nowMs (negative = overdue).
    qint64 msLeft(qint64 nowMs) const { return dueAt - nowMs; }
};

/// The response rate of one marketplace account under its platform's own rule, with the forecast.
struct ResponseRateRecord
{
    qint64 channelId = 0;
    QString channelName;
    ChannelKind channelKind = ChannelKind::Email;
    QString marketplace;
    ResponseRate::Rule rule;
    ResponseRate::Report report;
};

/// An agent's correction of a classifier label (table classifier_corrections).
struct CorrectionRecord
{
    qint64 id = 0;
    qint64 messageId = 0;
    qint64 conversationId = 0;
    QString field; ///< "intent" | "sentiment"
    QString oldValue;
    QString newValue;
    QString language;
    qint64 agentId = 0;
    qint64 createdAt = 0;
};

} // namespace hd

namespace hd {

/// A desktop notification a rule (notify action) or SlaMonitor (warning, breach) asks for.
struct TriageNotification
{
    qint64 conversationId = 0;
    QString target; ///< "assignee", "team", "agent", "everyone"
    qint64 agentId = 0;
    QString team;
    QString text;
    QString source; ///< rule name, or "SLA"
};

} // namespace hd
