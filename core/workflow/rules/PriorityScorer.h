#pragma once

#include "core/workflow/rules/PriorityScore.h"
#include "core/workflow/rules/PriorityWeights.h"
#include "core/workflow/rules/RuleContext.h"

namespace hd {

/// Scores how urgently a conversation needs an answer, 0..100, from the RuleContext snapshot: SLA time left
/// (and overdue), intent (chargeback and legal threats first), negative sentiment, order value, customer
/// lifetime value, repeat contacts in 7 days and VIP status. Each factor that adds points is listed as a
/// contribution so the UI can show why ("+30 SLA due in 40 min"). The inbox sorts by score by default.
/// Pure and const: share one scorer between threads.
class PriorityScorer final
{
public:
    explicit PriorityScorer(PriorityWeights weights = PriorityWeights::defaults());

    PriorityScore score(const RuleContext &context) const;
    /// The Priority a score maps to under these weights' cut-offs.
    Priority priorityFor(int score) const;
    const PriorityWeights &weights() const { return m_weights; }

    /// "40 min", "3 h 20 min", "2 d 4 h" (rounded down to the minute; "0 min" under a minute).
    static QString formatDuration(qint64 ms);
    /// Words for an intent label: "chargeback or legal threat", "refund request"; unknown labels have '_'
    /// replaced by spaces.
    static QString intentDisplayName(const QString &intent);

private:
    PriorityWeights m_weights;
};

} // namespace hd
