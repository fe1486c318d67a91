#pragma once

#include "core/analytics/AnalyticsData.h"
#include "core/analytics/ConversationFacts.h"

#include <vector>

namespace hd {

/// Turns raw rows into per-conversation facts (pure, no I/O).
///
/// Sources, in order of preference (features.md §c; core/workflow/ReportingEventKind.h):
/// - responses: walked from the messages, because the figures count human public replies only and an
///   auto-reply that a policy counted is still not a human response. A reply starts a sample when a
///   buyer message waits (the wait starts at the first buyer message since the last human reply;
///   auto-replies and notes neither start nor stop it). When reporting_events has a first_response
///   or reply row for the same message, its calendar and business durations are used (they were
///   computed on the company calendar when it happened); otherwise they are computed here.
/// - resolutions and reopens: reporting_events; a resolved conversation with no resolution row
///   falls back to resolved_at (or its last message) measured from its first buyer message.
/// - SLA results: reporting_events sla_hit / sla_miss only.
class FactsBuilder final
{
public:
    static constexpr qint64 kReopenWindowMs = 7LL * 24 * 3600 * 1000;

    /// One entry per conversation row, same order. Messages, events, CSAT and focus rows must be
    /// sorted by conversation id (AnalyticsRepository does so). `mismatches`, when given, counts the
    /// cross-check failures: an event whose calendar duration disagrees with the messages by > 1 s.
    static std::vector<ConversationFacts> build(const AnalyticsData &data, int *mismatches = nullptr);
};

} // namespace hd
