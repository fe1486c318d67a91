#pragma once

#include "core/workflow/routing/RoutingCandidate.h"
#include "core/workflow/routing/RoutingDecision.h"
#include "core/workflow/routing/RoutingPolicy.h"
#include "core/workflow/routing/RoutingRequest.h"

#include <QList>
#include <QString>

namespace hd {

/// Picks the agent for a conversation. Pure: candidates, load, presence, shifts and the round-robin position
/// all come in as arguments; the decision (with the next round-robin state) comes out.
///
/// 1. Hard filters, always: the agent is active, online (unless the policy allows offline), on shift at
///    request.nowMs in the shift calendar's own time zone, below capacity, and has every required skill.
///    Each agent filtered out is listed in RoutingDecision::excluded with the reason.
/// 2. VIP buyers: the policy's VIP agents when any of them passes (1), else everyone (or nobody if vipOnly).
/// 3. Sticky (StickyThenLeastLoaded): the agent who last helped this buyer, when still in the pool (language
///    is not re-checked unless the policy requires it: they have talked before). Otherwise the reason says
///    why not ("Maria last helped this buyer but is off shift (...)") and least loaded decides.
/// 4. Language: speakers of the buyer's language when any remain (Prefer), only them (Require), or anyone.
/// 5. Strategy: round robin = next agent id after the last one assigned, wrapping; least loaded = lowest
///    open/capacity ratio, then fewest open conversations, then lowest id.
/// Nobody left: the conversation waits in request.queue, or overflows to policy.overflowQueue when
/// request.queueWaiting >= policy.maxWaiting.
class Router final
{
public:
    static RoutingDecision route(const RoutingRequest &request,
                                 const QList<RoutingCandidate> &candidates,
                                 const RoutingPolicy &policy,
                                 const RoundRobinState &roundRobin = {});

    /// Why this agent cannot take the conversation now (hard filters of step 1), or an empty string. Use it
    /// to check a rule's "assign to agent X" too: no assignment to an agent off shift or at capacity.
    static QString
    unavailableReason(const RoutingCandidate &candidate, const RoutingRequest &request, const RoutingPolicy &policy);

    /// "Spanish" for "es" (English names; the code itself when unknown).
    static QString languageName(const QString &code);
};

} // namespace hd
