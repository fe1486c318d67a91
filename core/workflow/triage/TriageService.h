#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/domain/Conversation.h"
#include "core/workflow/rules/Rule.h"
#include "core/workflow/rules/RuleDryRun.h"
#include "core/workflow/rules/RuleEvent.h"
#include "core/workflow/rules/RuleRepository.h"
#include "core/workflow/triage/CorrectionStore.h"
#include "core/workflow/triage/TriageRecords.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace hd {

class Database;
class CorrectionStore;
class ReportingEventRepository;
class SlaClockRepository;
struct IngestedBatch;
struct TriageConversation;

/// Triage after ingest and around agent actions: runs the rules engine on events, applies its actions
/// (tags, priority, status, assignment through Router, snooze, notes, template auto-replies, SLA policy,
/// "no response needed"), keeps the SLA clocks (table sla_clocks, conversations.sla_due_at = earliest running
/// deadline), writes reporting events (ReportingEventKind.h) and the priority score with its reason.
///
/// Rule-made changes never re-trigger rules (RuleTrigger::causedByRule). Rules and SLA policies are loaded
/// once and cached; call reload() after editing them outside this service (the rules CRUD here reloads).
///
/// Threading: use from one thread at a time (the writer thread; the ingest pipeline's thread). Queries use the
/// calling thread's connection.
class TriageService final
{
public:
    TriageService(const Database &db, const Clock &clock);
    ~TriageService();
    TriageService(const TriageService &) = delete;
    TriageService &operator=(const TriageService &) = delete;

    // ---- Hooks (called inside the caller's open transaction; they never open one) ----

    /// IngestPipeline::setTriage(): rules, actions, SLA clocks, reporting events, priority for one batch.
    Status onIngested(const IngestedBatch &batch);
    /// MessageRepository::addReply(): an agent (or automated) reply was queued at atMs.
    Status onReplyQueued(qint64 conversationId, qint64 messageId, qint64 agentId, qint64 atMs, bool automated);
    /// ConversationRepository::setStatus(): resolve, reopen, pending; rules run on status_changed.
    Status onStatusChanged(qint64 conversationId, ConversationStatus from, ConversationStatus to, qint64 agentId);
    /// SlaMonitor: a target of this conversation nears (SlaWarning) or passed (SlaBreached) its deadline; runs
    /// the rules for that event and refreshes clocks and priority. Opens its own transaction.
    Status onSlaAlert(qint64 conversationId, RuleEvent event);
    /// The agent marks the conversation "no response needed" (Amazon's button of that name): its response
    /// clocks stop, marketplace response rates exclude the buyer messages it covers, and the unread count
    /// clears. A later buyer message needs an answer again. Opens its own transaction; a conversation
    /// already marked is left as it is.
    Status markNoResponseNeeded(qint64 conversationId, qint64 agentId);
    /// Receives rule "notify" actions (desktop notifications). Called on the triage thread.
    using Notifier = std::function<void(const TriageNotification &notification)>;
    void setNotifier(Notifier notifier);

    // ---- Queries for the UI and the CLI ----

    /// Rules that fired on this conversation, oldest first.
    Result<QList<RuleFiringRecord>> ruleFirings(qint64 conversationId) const;
    /// Assignment log of this conversation, oldest first.
    Result<QList<AssignmentRecord>> assignments(qint64 conversationId) const;
    /// Every SLA target instance of this conversation (both clocks), oldest first.
    Result<QList<SlaClockRecord>> slaClocks(qint64 conversationId) const;
    /// Open (running, or breached and unfulfilled) targets whose deadline falls before now + hours, most
    /// urgent first, with the conversation facts filled; overdue ones included.
    Result<QList<SlaClockRecord>> atRisk(double hours, int limit = 500) const;
    /// Per marketplace account with a platform rule (Amazon, Walmart, Etsy, Shopee, TikTok Shop): the rate with
    /// the platform's counting rule and the forecast; horizonMs is how far ahead "at risk" looks.
    Result<QList<ResponseRateRecord>> responseRates(qint64 horizonMs = 2 * 3'600'000) const;

    /// The agent corrects the intent or sentiment of a message: message and conversation updated, the
    /// correction kept (classifier_corrections) and used for later similar messages (CorrectionStore).
    /// field: "intent" | "sentiment"; value must be a label of the taxonomy.
    Result<CorrectionRecord> correct(qint64 messageId, const QString &field, const QString &value, qint64 agentId);
    /// The corrections store the analyzer consults (shared; thread-safe reads).
    CorrectionStore &corrections();

    // ---- Rules ----

    const RuleRepository &rules() const { return m_rules; }
    Result<qint64> addRule(const Rule &rule);
    Status updateRule(const Rule &rule);
    Status removeRule(qint64 id);
    Status setRuleEnabled(qint64 id, bool enabled);
    /// "On the last `days` days this rule would have fired on N conversations", with the list: the rule's
    /// condition evaluated on one snapshot per occurrence of its event in the period.
    Result<RuleDryRunResult> dryRun(const Rule &rule, int days = 30) const;

    /// SLA clock rows (for SlaMonitor).
    const SlaClockRepository &slaClockRepository() const;
    /// Reporting events (for tests and the conversation view).
    const ReportingEventRepository &reportingEvents() const;

    /// Drops cached rules, SLA policies and agents (after editing them elsewhere).
    void reload();

private:
    /// The conversation as rules see it now (caches loaded on first use).
    Result<TriageConversation> triageConversation(qint64 conversationId, qint64 nowMs) const;

    struct Impl;
    const Database &m_db;
    const Clock &m_clock;
    std::unique_ptr<Impl> d;
    RuleRepository m_rules;
};

} // namespace hd
