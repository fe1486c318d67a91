#include "core/storage/migrations/MigrationSteps.h"

namespace hd::migrations {
using namespace Qt::StringLiterals;

QStringList triageSchema()
{
    return {
        // Which rule fired on which conversation, on which event, and why (shown in the conversation).
        u"CREATE TABLE rule_firings (id {{PK}}, conversation_id {{BIGINT}} NOT NULL REFERENCES conversations(id),"
        " rule_id {{BIGINT}} NOT NULL DEFAULT 0, rule_name TEXT NOT NULL DEFAULT '', event TEXT NOT NULL,"
        " explanation TEXT NOT NULL DEFAULT '', actions_json TEXT NOT NULL DEFAULT '[]', fired_at {{BIGINT}} NOT NULL)"_s,
        u"CREATE INDEX rule_firings_conversation ON rule_firings(conversation_id, fired_at)"_s,
        u"CREATE INDEX rule_firings_rule ON rule_firings(rule_id, fired_at)"_s,
        // One row per running or finished clock; a conversation may run a marketplace and a company
        // clock side by side. target: first_response | next_response | resolution.
        // policy is the key of ReportingEventKind.h ("amazon", "company:3", "company:default"); state is
        // SlaTargetStatus::State (running | paused | met | breached | stopped); one row per target instance.
        u"CREATE TABLE sla_clocks (id {{PK}}, conversation_id {{BIGINT}} NOT NULL REFERENCES conversations(id),"
        " policy TEXT NOT NULL, target TEXT NOT NULL, business INTEGER NOT NULL DEFAULT 0,"
        " started_at {{BIGINT}} NOT NULL, due_at {{BIGINT}} NOT NULL, paused_at {{BIGINT}} NOT NULL DEFAULT 0,"
        " paused_ms {{BIGINT}} NOT NULL DEFAULT 0, stopped_at {{BIGINT}} NOT NULL DEFAULT 0,"
        " state TEXT NOT NULL DEFAULT 'running', warned INTEGER NOT NULL DEFAULT 0, breached INTEGER NOT NULL DEFAULT 0,"
        " policy_id {{BIGINT}} NOT NULL DEFAULT 0, policy_name TEXT NOT NULL DEFAULT '',"
        " policy_kind TEXT NOT NULL DEFAULT 'company', warning_at {{BIGINT}} NOT NULL DEFAULT 0,"
        " target_ms {{BIGINT}} NOT NULL DEFAULT 0, updated_at {{BIGINT}} NOT NULL DEFAULT 0)"_s,
        u"CREATE INDEX sla_clocks_due ON sla_clocks(state, due_at)"_s,
        u"CREATE UNIQUE INDEX sla_clocks_instance ON sla_clocks(conversation_id, policy, target, started_at)"_s,
        // Reporting events (first_response, reply, resolution, reopen, sla_hit, sla_miss, ...): the
        // analytics read these rather than recomputing. Durations in calendar and business ms.
        u"CREATE TABLE reporting_events (id {{PK}}, kind TEXT NOT NULL, conversation_id {{BIGINT}} NOT NULL"
        " REFERENCES conversations(id), message_id {{BIGINT}} NOT NULL DEFAULT 0, channel_id {{BIGINT}} NOT NULL DEFAULT 0,"
        " agent_id {{BIGINT}} NOT NULL DEFAULT 0, target TEXT NOT NULL DEFAULT '', policy TEXT NOT NULL DEFAULT '',"
        " occurred_at {{BIGINT}} NOT NULL, duration_ms {{BIGINT}} NOT NULL DEFAULT 0,"
        " business_duration_ms {{BIGINT}} NOT NULL DEFAULT 0, automated INTEGER NOT NULL DEFAULT 0,"
        " detail_json TEXT NOT NULL DEFAULT '{}')"_s,
        u"CREATE INDEX reporting_events_time ON reporting_events(occurred_at, kind)"_s,
        u"CREATE INDEX reporting_events_conversation ON reporting_events(conversation_id, occurred_at)"_s,
        // Agents' corrections of intent / sentiment; they improve later suggestions.
        u"CREATE TABLE classifier_corrections (id {{PK}}, message_id {{BIGINT}} NOT NULL DEFAULT 0,"
        " conversation_id {{BIGINT}} NOT NULL DEFAULT 0, field TEXT NOT NULL, old_value TEXT NOT NULL DEFAULT '',"
        " new_value TEXT NOT NULL, language TEXT NOT NULL DEFAULT '', text TEXT NOT NULL DEFAULT '',"
        " agent_id {{BIGINT}} NOT NULL DEFAULT 0, created_at {{BIGINT}} NOT NULL)"_s,
        // Assignment log: who got it and why (round robin, least loaded, sticky, VIP, overflow...).
        u"CREATE TABLE assignments (id {{PK}}, conversation_id {{BIGINT}} NOT NULL REFERENCES conversations(id),"
        " agent_id {{BIGINT}} NOT NULL DEFAULT 0, strategy TEXT NOT NULL DEFAULT '', reason TEXT NOT NULL DEFAULT '',"
        " assigned_at {{BIGINT}} NOT NULL)"_s,
        u"CREATE INDEX assignments_conversation ON assignments(conversation_id, assigned_at)"_s,
        u"ALTER TABLE conversations ADD COLUMN priority_score INTEGER NOT NULL DEFAULT 0"_s,
        u"ALTER TABLE conversations ADD COLUMN priority_reason TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE conversations ADD COLUMN no_response_needed INTEGER NOT NULL DEFAULT 0"_s,
        u"ALTER TABLE conversations ADD COLUMN snoozed_until {{BIGINT}} NOT NULL DEFAULT 0"_s,
        u"ALTER TABLE conversations ADD COLUMN resolved_at {{BIGINT}} NOT NULL DEFAULT 0"_s,
        u"CREATE INDEX conversations_priority ON conversations(status, priority_score, last_message_at, id)"_s,
        u"ALTER TABLE agents ADD COLUMN teams TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE agents ADD COLUMN shift_json TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE messages ADD COLUMN automated INTEGER NOT NULL DEFAULT 0"_s,
        // The same fact written twice (replay and SlaMonitor, a retried batch) is stored once.
        u"CREATE UNIQUE INDEX reporting_events_dedupe ON reporting_events(conversation_id, kind, target, policy,"
        " occurred_at, message_id)"_s,
        // What SLA clocks are replayed from (SlaEvent kinds: buyer_message, agent_reply, auto_reply,
        // status_pending, status_open, resolved, reopened, no_response_needed), append-only.
        u"CREATE TABLE sla_events (id {{PK}}, conversation_id {{BIGINT}} NOT NULL REFERENCES conversations(id),"
        " kind TEXT NOT NULL, at {{BIGINT}} NOT NULL, message_id {{BIGINT}} NOT NULL DEFAULT 0,"
        " agent_id {{BIGINT}} NOT NULL DEFAULT 0)"_s,
        u"CREATE INDEX sla_events_conversation ON sla_events(conversation_id, at, id)"_s,
        u"CREATE INDEX classifier_corrections_field ON classifier_corrections(field, language)"_s,
        // A rule's "apply SLA policy": the company policy this conversation runs instead of the matching one.
        u"ALTER TABLE conversations ADD COLUMN sla_policy_id {{BIGINT}} NOT NULL DEFAULT 0"_s,
        // Round-robin position per queue (Router keeps no state).
        u"CREATE TABLE routing_state (queue TEXT PRIMARY KEY, last_agent_id {{BIGINT}} NOT NULL DEFAULT 0)"_s,
    };
}

} // namespace hd::migrations
