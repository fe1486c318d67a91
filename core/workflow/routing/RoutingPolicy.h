#pragma once

#include "core/common/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace hd {

/// How Router picks an agent. Stored as "round_robin", "least_loaded", "sticky_then_least_loaded".
enum class RoutingStrategy {
    RoundRobin,            ///< next eligible agent after the last one assigned (by agent id, wrapping)
    LeastLoaded,           ///< lowest open/capacity ratio, then fewest open, then lowest id
    StickyThenLeastLoaded, ///< the agent who last helped this buyer if eligible, else least loaded
};
QString routingStrategyToString(RoutingStrategy s);
RoutingStrategy routingStrategyFromString(const QString &s, bool *ok = nullptr);

/// How the buyer's language narrows the pool. Stored as "require", "prefer", "ignore".
enum class LanguageMatch {
    Require, ///< only agents who speak it; nobody else even when none is available
    Prefer,  ///< speakers when any is eligible, else anyone (the reply editor translates)
    Ignore,
};
QString languageMatchToString(LanguageMatch m);
LanguageMatch languageMatchFromString(const QString &s, bool *ok = nullptr);

/// The routing settings of one queue (a team or inbox).
///
/// JSON: {"strategy": "sticky_then_least_loaded", "languageMatch": "prefer", "requireOnline": true,
///        "vipAgentIds": [3, 7], "vipOnly": false, "maxWaiting": 10, "overflowQueue": "Global"}
struct RoutingPolicy
{
    RoutingStrategy strategy = RoutingStrategy::StickyThenLeastLoaded;
    LanguageMatch languageMatch = LanguageMatch::Prefer;
    bool requireOnline = true; ///< offline agents are never picked
    /// VIP buyers go to these agents first (empty: no VIP pool). When none of them can take the
    /// conversation it goes to the general pool, unless vipOnly.
    QList<qint64> vipAgentIds;
    bool vipOnly = false;
    /// When no agent can take a conversation it waits in the queue; once maxWaiting conversations already
    /// wait (0: none may wait) and overflowQueue is set, it overflows there instead.
    int maxWaiting = 0;
    QString overflowQueue;

    QJsonObject toJson() const;
    static Result<RoutingPolicy> fromJson(const QJsonObject &json);
    friend bool operator==(const RoutingPolicy &, const RoutingPolicy &) = default;
};

} // namespace hd
