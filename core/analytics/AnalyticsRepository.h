#pragma once

#include "core/analytics/AnalyticsData.h"
#include "core/analytics/AnalyticsFilter.h"
#include "core/common/Result.h"

#include <QList>
#include <QStringList>

#include <atomic>
#include <functional>

namespace hd {

class Database;

/// All analytics SQL: loads the rows a period needs (AnalyticsData), the rows behind a drill-down,
/// and records focus time and CSAT answers. Safe to use from a worker thread (each thread gets its
/// own connection from Database).
class AnalyticsRepository final
{
public:
    explicit AnalyticsRepository(const Database &db)
        : m_db(db)
    {
    }

    struct LoadOptions
    {
        bool details = false; ///< subject, buyer, order and tags of each conversation (reports)
        bool messages = true; ///< the message rows and "no response needed" marks (volume, response times, rates)
        bool events = true;   ///< the reporting_events rows
        bool surveys = true;  ///< the CSAT and focus rows
        const std::atomic_bool *cancel = nullptr;
    };

    /// The conversations that matter for the period (a message in it, created before its end and
    /// active since its start, or an event, CSAT survey or focus session in it), matching the
    /// filter, with all their messages, events, CSAT rows and focus sessions, plus the backlog and
    /// the reporting calendar.
    Result<AnalyticsData> load(const AnalyticsFilter &filter, const LoadOptions &options) const;
    Result<AnalyticsData> load(const AnalyticsFilter &filter) const { return load(filter, LoadOptions{}); }

    /// The rows of exactly these conversations (all their messages and events, no CSAT or focus),
    /// sorted as load() sorts them, with the reporting calendar: what FactsBuilder needs to
    /// recompute their facts.
    Result<AnalyticsData> loadConversations(const QList<qint64> &ids) const;
    /// Replaces the rows of the connection's temporary table `table` (created when missing, one
    /// `id` column) with `ids`, for queries that take a set as `IN (SELECT id FROM table)`.
    Status storeIds(const QString &table, const QList<qint64> &ids) const;

    /// The business calendar durations are counted on: the first enabled company SLA policy on a
    /// business calendar (as the reporting events do); 24/7 when there is none.
    Result<BusinessCalendar> reportingCalendar() const;

    /// How many conversations were open or pending at the end of the period.
    Result<qint64> backlogCount(const AnalyticsFilter &filter) const;
    /// Conversation ids open or pending at the end of the period (the backlog), at most `limit`.
    Result<QList<qint64>> backlogIds(const AnalyticsFilter &filter, int limit) const;

    /// One line of a drill-down list.
    struct DrillRow
    {
        qint64 id = 0;
        QString subject;
        QString channel;
        QString buyer;
        QString status;
        QString assignee;
        qint64 createdAt = 0;
        qint64 lastMessageAt = 0;
    };
    /// The rows for these conversation ids, in the given order (unknown ids are skipped).
    Result<QList<DrillRow>> drillRows(const QList<qint64> &ids) const;

    /// One message of the messages report.
    struct MessageReportRow
    {
        qint64 id = 0;
        qint64 conversationId = 0;
        QString channel;
        QString marketplace;
        QString direction;
        QString status;
        bool automated = false;
        QString author;
        QString language;
        QString intent;
        QString sentiment;
        qint64 sentAt = 0;
        int length = 0; ///< characters of the body (the text itself is not exported)
    };
    /// Calls `row` for each message sent in the period whose conversation matches the filter, oldest
    /// first; stops (with success) when `row` returns false.
    Status forEachMessage(const AnalyticsFilter &filter,
                          const std::function<bool(const MessageReportRow &)> &row) const;
    /// How many rows forEachMessage() would give (for progress).
    Result<qint64> messageCount(const AnalyticsFilter &filter) const;

    /// Adds focused time of an agent in a conversation (ms > 0). The GUI calls this when focus ends.
    Status recordFocus(qint64 agentId, qint64 conversationId, qint64 startedAtMs, qint64 durationMs) const;
    /// Stores a CSAT survey: sent at sentAtMs; score 1..5 with answeredAtMs when answered, else 0/0.
    Status addCsat(qint64 conversationId,
                   qint64 agentId,
                   int score,
                   qint64 sentAtMs,
                   qint64 answeredAtMs,
                   const QString &comment = {}) const;

    /// Values for the filter pickers.
    Result<QStringList> teams() const;
    Result<QStringList> languages() const;

    /// The reporting calendar, channels and agents (the lookups every computation needs).
    Status readDirectory(AnalyticsData &data) const;

    /// The filter's conversation predicates as SQL on alias `c` (conversations).
    struct Clause
    {
        QString sql; ///< " AND ..." predicates on alias c
        QVariantList binds;
    };
    Clause conversationFilter(const AnalyticsFilter &filter) const;

private:
    Status fillScope(const AnalyticsFilter &filter) const;
    /// Reads the rows of the conversations whose ids are in the temporary table `scope`.
    Status readRows(const QString &scope,
                    const AnalyticsFilter &filter,
                    const LoadOptions &options,
                    AnalyticsData &data) const;

    const Database &m_db;
};

} // namespace hd
