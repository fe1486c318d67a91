#pragma once

#include "core/analytics/AnalyticsData.h"
#include "core/analytics/ConversationFacts.h"

#include <QByteArray>

#include <vector>

namespace hd {

/// The stored form of one conversation's facts (analytics_conversation_facts.facts): what
/// FactsBuilder derived from its messages and reporting events, plus the message timeline the
/// dashboard still needs per message (volume by day, heat map, marketplace response rates).
///
/// Compact binary: a format byte, then zigzag varints; times are deltas, so a typical conversation
/// takes ~60 bytes. Only what DashboardCalculator reads is kept: inbound messages and delivered
/// outbound messages (human or automated), in (sent_at, id) order, and the times the conversation
/// was marked "no response needed" (the marketplace response rates drop the samples waiting then),
/// merged in by time (a mark after the messages of the same ms); notes and undelivered replies are
/// not part of the timeline.
class ConversationFactsCodec final
{
public:
    /// Bumped when the layout changes: ConversationFactsStore then recomputes every row.
    /// 2: "no response needed" marks in the timeline.
    static constexpr int kFormat = 2;

    /// One message of the timeline, or a "no response needed" mark.
    struct TimelineEntry
    {
        qint64 sentAt = 0; ///< the message's sent_at, or when the mark was made
        AnalyticsData::Direction direction = AnalyticsData::Direction::Inbound;
        bool automated = false;
        bool noResponseNeeded = false; ///< a mark, not a message (direction and automated unused)
    };

    /// Encodes the derived facts (not the conversation columns, CSAT score or focus time, which
    /// are read live) and the timeline.
    static QByteArray encode(const ConversationFacts &facts, const std::vector<TimelineEntry> &timeline);

    /// Decodes into `facts` (responses, resolutions, reopens, SLA results, counts, flags and the
    /// event cross-check count), appends the timeline's messages to `messages` and its "no response
    /// needed" marks to `marks`, both as rows of `facts.id`. False on a malformed or unknown-format
    /// value (then nothing is appended).
    static bool decode(const QByteArray &bytes,
                       ConversationFacts &facts,
                       std::vector<AnalyticsData::MessageRow> &messages,
                       std::vector<AnalyticsData::MarkRow> &marks);

    /// The timeline of one conversation from its raw message rows (sorted by sent_at, id) and its
    /// "no response needed" marks (sorted by time), merged in time order.
    static std::vector<TimelineEntry> timeline(const AnalyticsData::MessageRow *begin,
                                               const AnalyticsData::MessageRow *end,
                                               const AnalyticsData::MarkRow *marksBegin,
                                               const AnalyticsData::MarkRow *marksEnd);
};

} // namespace hd
