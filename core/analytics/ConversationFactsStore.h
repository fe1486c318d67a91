#pragma once

#include "core/analytics/AnalyticsData.h"
#include "core/analytics/AnalyticsFilter.h"
#include "core/analytics/ConversationFacts.h"
#include "core/common/Result.h"

#include <atomic>
#include <optional>
#include <vector>

namespace hd {

class Database;

/// The per-conversation facts table (analytics_conversation_facts), kept current lazily: the dashboard
/// reads the period in one pass over the conversations joined with their facts rows (scope, backlog
/// and staleness decided as it goes); the conversations of the period whose facts are missing or
/// stale are recomputed from their messages and reporting events (FactsBuilder), written back, and
/// the pass is read again. No message row is read when nothing changed.
///
/// A stored row is stale when the conversation's version, updated_at, message_count, status,
/// resolved_at, assignee or last_message_at differ from the values it was computed from; when a
/// message or reporting event was added to the conversation since (watermarks on their ids, kept in
/// analytics_facts_state); when the conversation had a queued or failed reply (delivery changes a
/// message's status without touching the conversation); or when the reporting calendar changed
/// (every row is recomputed).
class ConversationFactsStore final
{
public:
    explicit ConversationFactsStore(const Database &db)
        : m_db(db)
    {
    }

    /// Conversations with their facts and timelines, in ascending id order (one run per chunk of
    /// the id range read).
    struct Run
    {
        std::vector<AnalyticsData::ConversationRow> conversations;
        std::vector<ConversationFacts> facts; ///< one per conversation, same order
        /// Each conversation's timeline (inbound and delivered outbound messages, without ids or
        /// authors), by conversation then time.
        std::vector<AnalyticsData::MessageRow> messages;
        std::vector<AnalyticsData::MarkRow> marks; ///< "no response needed" marks, by conversation then time
    };
    struct Loaded
    {
        /// Channels, agents, the calendar and the backlog as AnalyticsRepository::load gives them;
        /// CSAT surveys sent and focus sessions started in the period (load gives every survey of
        /// the conversations; the formulas only count those in the period). `conversations`,
        /// `messages`, `noResponseMarks` and `events` are empty: the conversations are in `runs`.
        /// ConversationFacts::csatScore is the latest answer to a survey sent in the period.
        AnalyticsData data;
        std::vector<Run> runs;      ///< ascending ids, run after run
        int mismatches = 0;         ///< FactsBuilder's cross-check failures, summed
        int refreshed = 0;          ///< conversations recomputed by this load
        qint64 previousBacklog = 0; ///< the backlog at `previousTo` (when asked for)

        /// The runs as DashboardCalculator takes them (pointers into this object).
        std::vector<FactsRun> factsRuns() const;
    };

    /// The period's rows and facts, refreshing stale facts first. With `previousTo` (UTC ms), also
    /// the backlog at that time (the previous period's), counted in the same pass.
    Result<Loaded> load(const AnalyticsFilter &filter,
                        const std::atomic_bool *cancel = nullptr,
                        std::optional<qint64> previousTo = std::nullopt) const;

    /// Recomputes and stores the facts of every stale conversation in the workspace (for example
    /// after a bulk import); returns how many were recomputed.
    Result<int> refreshAll() const;

private:
    Result<int> refresh(const QString &candidatesSql, const QVariantList &binds) const;
    Status refreshIds(const QList<qint64> &ids) const;
    Status invalidateNewRows() const;
    Status storeFacts(const QList<qint64> &ids) const;

    const Database &m_db;
};

} // namespace hd
