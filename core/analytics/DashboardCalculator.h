#pragma once

#include "core/analytics/AnalyticsData.h"
#include "core/analytics/ConversationFacts.h"
#include "core/analytics/Dashboard.h"

#include <optional>
#include <vector>

namespace hd {

/// The dashboard formulas (pure). Attribution: a figure counts what happened in [from, to):
/// responses by the reply's time, resolutions by the resolve time, new conversations by creation,
/// messages by sent time, CSAT by the survey's send time, focus by the session start. Conversation
/// filters were applied when the rows were loaded.
class DashboardCalculator final
{
public:
    /// Full: everything. FullExceptRates: everything but the marketplace response rates (added by
    /// addResponseRates(), e.g. on another thread). Figures: the headline figures only (what
    /// attachPrevious() copies), without drill-down lists, the heat map, per-day volumes or
    /// marketplace response rates.
    enum class Detail { Full, FullExceptRates, Figures };
    /// `nowMs` caps the marketplace response-rate window (samples cannot be judged in the future).
    /// `backlogAtEnd` replaces data.backlog (e.g. the previous period's, from the same rows).
    static Dashboard compute(const AnalyticsData &data,
                             const std::vector<ConversationFacts> &facts,
                             const AnalyticsFilter &filter,
                             qint64 nowMs,
                             Detail detail = Detail::Full,
                             std::optional<qint64> backlogAtEnd = std::nullopt);
    /// The same over runs of conversations (their rows, facts and messages) instead of
    /// data.conversations / data.messages; `data` gives the rest (directory, CSAT, focus, calendar).
    static Dashboard compute(const AnalyticsData &data,
                             const std::vector<FactsRun> &runs,
                             const AnalyticsFilter &filter,
                             qint64 nowMs,
                             Detail detail = Detail::Full,
                             std::optional<qint64> backlogAtEnd = std::nullopt);
    /// The marketplace response rates (Dashboard::responseRates, "rate:<channel>" drill lists), each
    /// platform's own rule, for samples received in the period up to `nowMs`.
    static void addResponseRates(Dashboard &d,
                                 const AnalyticsData &data,
                                 const std::vector<FactsRun> &runs,
                                 const AnalyticsFilter &filter,
                                 qint64 nowMs);
    /// Copies the previous period's headline values into `current` (Figure::previous).
    static void attachPrevious(Dashboard &current, const Dashboard &previous);
    /// The ids of the headline figures, in display order.
    static QStringList figureIds();
};

} // namespace hd
