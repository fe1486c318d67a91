#include "core/storage/migrations/MigrationSteps.h"

namespace hd::migrations {
using namespace Qt::StringLiterals;

QStringList analyticsSchema()
{
    return {
        // CSAT answers (score 1..5); surveys sent are counted for the response rate.
        u"CREATE TABLE csat_responses (id {{PK}}, conversation_id {{BIGINT}} NOT NULL REFERENCES conversations(id),"
        " agent_id {{BIGINT}} NOT NULL DEFAULT 0, score INTEGER NOT NULL DEFAULT 0, comment TEXT NOT NULL DEFAULT '',"
        " sent_at {{BIGINT}} NOT NULL DEFAULT 0, answered_at {{BIGINT}} NOT NULL DEFAULT 0)"_s,
        u"CREATE INDEX csat_responses_time ON csat_responses(sent_at)"_s,
        // An agent's real focused time in a conversation (handle time).
        u"CREATE TABLE focus_sessions (id {{PK}}, agent_id {{BIGINT}} NOT NULL DEFAULT 0,"
        " conversation_id {{BIGINT}} NOT NULL REFERENCES conversations(id), started_at {{BIGINT}} NOT NULL,"
        " duration_ms {{BIGINT}} NOT NULL DEFAULT 0)"_s,
        u"CREATE INDEX focus_sessions_time ON focus_sessions(started_at)"_s,
        // Saved report definitions written to a folder daily or weekly.
        u"CREATE TABLE report_definitions (id {{PK}}, name TEXT NOT NULL, kind TEXT NOT NULL,"
        " filters_json TEXT NOT NULL DEFAULT '{}', schedule TEXT NOT NULL DEFAULT 'daily', folder TEXT NOT NULL "
        "DEFAULT '',"
        " excel_friendly INTEGER NOT NULL DEFAULT 0, last_run_at {{BIGINT}} NOT NULL DEFAULT 0, created_at {{BIGINT}} NOT NULL)"_s,
        // The dashboard reads every message of the conversations in a period in (conversation, time)
        // order; covering the columns it needs saves a table lookup per message (1M-message workspace).
        u"CREATE INDEX messages_analytics ON messages(conversation_id, sent_at, direction, automated, status,"
        " author_agent_id)"_s,
        u"CREATE INDEX csat_responses_conversation ON csat_responses(conversation_id, sent_at)"_s,
        u"CREATE INDEX focus_sessions_conversation ON focus_sessions(conversation_id, started_at)"_s,
    };
}

QStringList analyticsFactsSchema()
{
    return {
        // What each conversation contributes to the dashboard (ConversationFactsStore): its response,
        // resolution and SLA facts and a compact message timeline, with the conversation columns they
        // were computed from (a difference means stale). Kept current lazily before each dashboard.
        // IF NOT EXISTS: workspaces migrated to v7 while the table was still part of v7 have it already.
        u"CREATE TABLE IF NOT EXISTS analytics_conversation_facts (conversation_id {{BIGINT}} PRIMARY KEY,"
        " conv_version {{BIGINT}} NOT NULL, conv_updated_at {{BIGINT}} NOT NULL,"
        " conv_message_count {{BIGINT}} NOT NULL, conv_status TEXT NOT NULL, conv_resolved_at {{BIGINT}} NOT NULL,"
        " conv_assignee_id {{BIGINT}} NOT NULL, conv_last_message_at {{BIGINT}} NOT NULL,"
        " recheck INTEGER NOT NULL DEFAULT 0, facts {{BLOB}} NOT NULL)"_s,
    };
}

QStringList analyticsReadIndexesSchema()
{
    return {
        // The dashboard reads a period's surveys and focus sessions by time: covering indexes make
        // that an index-only range scan (no table lookup per row; ~400k rows on 1M messages).
        u"CREATE INDEX csat_responses_time_cover ON csat_responses(sent_at, conversation_id, agent_id, score,"
        " answered_at)"_s,
        u"CREATE INDEX focus_sessions_time_cover ON focus_sessions(started_at, conversation_id, agent_id,"
        " duration_ms)"_s,
    };
}

} // namespace hd::migrations
