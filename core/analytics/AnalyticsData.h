#pragma once

#include "core/workflow/sla/BusinessCalendar.h"

#include <QHash>
#include <QString>
#include <QtGlobal>

#include <vector>

namespace hd {

/// The raw rows the analytics read for one period, as loaded by AnalyticsRepository. Plain data: the
/// formulas (FactsBuilder, DashboardCalculator) work on this, never on SQL, so tests can feed them
/// hand-made rows. Times are UTC ms.
struct AnalyticsData
{
    struct ChannelInfo
    {
        qint64 id = 0;
        QString kind; ///< channelKindToString
        QString name;
        QString marketplace;
    };
    struct AgentInfo
    {
        qint64 id = 0;
        QString name;
        QString teams;
    };
    struct ConversationRow
    {
        qint64 id = 0;
        qint64 channelId = 0;
        qint64 createdAt = 0;
        qint64 lastMessageAt = 0;
        qint64 resolvedAt = 0; ///< last resolve; 0 when unknown
        QString status;        ///< open | pending | resolved
        qint64 assigneeId = 0;
        QString intent;
        QString sentiment;
        QString language;
        // Report-only details (loaded when asked for).
        QString subject;
        QString buyer;
        QString order;
        QString tags;
    };
    enum class Direction : quint8 { Inbound, Outbound, Note };
    struct MessageRow
    {
        qint64 id = 0;
        qint64 conversationId = 0;
        qint64 sentAt = 0;
        qint64 authorAgentId = 0;
        Direction direction = Direction::Inbound;
        bool automated = false;
        bool delivered = true; ///< outbound: sent (queued or failed replies are not responses yet)
    };
    /// reporting_events rows (see core/workflow/ReportingEventKind.h for the meaning of each column).
    enum class EventKind : quint8 { FirstResponse, Reply, Resolution, Reopen, SlaHit, SlaMiss, Other };
    struct EventRow
    {
        qint64 conversationId = 0;
        qint64 messageId = 0;
        qint64 channelId = 0;
        qint64 agentId = 0;
        qint64 occurredAt = 0;
        qint64 durationMs = 0;
        qint64 businessDurationMs = 0;
        EventKind kind = EventKind::Other;
        bool automated = false;
        QString target; ///< sla_*: first_response | next_response | resolution
        QString policy; ///< sla_*: policy key
    };
    struct CsatRow
    {
        qint64 conversationId = 0;
        qint64 agentId = 0;
        int score = 0; ///< 1..5; 0 = not answered
        qint64 sentAt = 0;
        qint64 answeredAt = 0;
    };
    struct FocusRow
    {
        qint64 conversationId = 0;
        qint64 agentId = 0;
        qint64 startedAt = 0;
        qint64 durationMs = 0;
    };
    /// An sla_events row of kind no_response_needed: an agent (or a rule) marked the conversation
    /// "no response needed" at `at`. Platforms that honour it drop the samples waiting then from the
    /// marketplace response rate (ResponseRate::Rule::noResponseNeededExcludes).
    struct MarkRow
    {
        qint64 conversationId = 0;
        qint64 at = 0;
    };

    std::vector<ChannelInfo> channels;
    std::vector<AgentInfo> agents;
    std::vector<ConversationRow> conversations; ///< ascending id
    std::vector<MessageRow> messages;           ///< by conversation id, then sent_at
    std::vector<EventRow> events;               ///< by conversation id, then occurred_at
    std::vector<CsatRow> csat;                  ///< surveys sent in the period
    std::vector<FocusRow> focus;                ///< sessions started in the period
    std::vector<MarkRow> noResponseMarks;       ///< sla_events no_response_needed, by conversation then time
    qint64 backlog = 0;                         ///< open or pending at the end of the period
    /// The calendar business durations are counted on, and whose time zone days and hours use.
    BusinessCalendar calendar;
};

} // namespace hd
