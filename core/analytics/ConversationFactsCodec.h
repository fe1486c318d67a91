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
/// outbound messages (human or automated), in (sent_at, id) order; notes and undelivered replies
/// are not part of the timeline.
class ConversationFactsCodec final
{
public:
    /// Bumped when the layout changes: ConversationFactsStore then recomputes every row.
    static constexpr int kFormat = 1;

    /// One message of the timeline.
    struct TimelineEntry
    {
        qint64 sentAt = 0;
        AnalyticsData::Direction direction = AnalyticsData::Direction::Inbound;
        bool automated = false;
    };

    /// Encodes the derived facts (not the conversation columns, CSAT score or focus time, which
    /// are read live) and the timeline.
    static QByteArray encode(const ConversationFacts &facts, const std::vector<TimelineEntry> &timeline);

    /// Decodes into `facts` (responses, resolutions, reopens, SLA results, counts, flags and the
    /// event cross-check count) and appends the timeline to `messages` as rows of `facts.id`.
    /// False on a malformed or unknown-format value.
    static bool
    decode(const QByteArray &bytes, ConversationFacts &facts, std::vector<AnalyticsData::MessageRow> &messages);

    /// The timeline of one conversation from its raw message rows (sorted by sent_at, id).
    static std::vector<TimelineEntry> timeline(const AnalyticsData::MessageRow *begin,
                                               const AnalyticsData::MessageRow *end);
};

} // namespace hd
