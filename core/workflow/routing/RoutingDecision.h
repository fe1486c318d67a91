#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

namespace hd {

/// Round-robin position of one queue: the agent assigned last. Router::route() takes it in and hands the
/// next one out in RoutingDecision::roundRobin; the caller stores it per queue (Router keeps no state).
struct RoundRobinState
{
    qint64 lastAgentId = 0;
    friend bool operator==(const RoundRobinState &, const RoundRobinState &) = default;
};

/// An agent Router could not use, and why ("off shift (Sat 02:10 Asia/Manila)", "at capacity (20/20)").
struct RoutingExclusion
{
    qint64 agentId = 0;
    QString agentName;
    QString reason;
};

/// Router's answer. Record `reason` with the assignment: it says why this agent (or why nobody).
struct RoutingDecision
{
    qint64 agentId = 0; ///< 0: nobody can take it now
    QString agentName;
    QString method; ///< "sticky", "round_robin", "least_loaded"; empty when unassigned
    QString reason; ///< "least loaded among 3 Spanish speakers on shift: Maria (4/20)"
    bool overflow = false;
    QString overflowQueue;      ///< where it should go when overflow is set
    RoundRobinState roundRobin; ///< state to store for the next call (unchanged unless round robin picked)
    QList<RoutingExclusion> excluded;

    bool isAssigned() const { return agentId > 0; }
};

} // namespace hd
