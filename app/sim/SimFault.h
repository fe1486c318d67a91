#pragma once

#include <QJsonObject>
#include <QString>

namespace hd::sim {

/// One fault rule: which routes it hits, what goes wrong, and how often.
struct SimFault
{
    enum class Kind {
        ServerError, ///< HTTP `status` (5xx) with a JSON error body
        RateLimited, ///< HTTP 429 with Retry-After: `retryAfterSec`
        Timeout,     ///< no answer at all; the connection stays open
        Malformed,   ///< HTTP 200 with a body that is not JSON
        Truncated,   ///< HTTP 200, Content-Length of the full body, half of it sent, then closed
        Duplicate,   ///< the route's previous answer again (a page served twice)
    };
    QString route = QStringLiteral("*"); ///< route name, "*" for all, or "ebay.*" for a prefix
    Kind kind = Kind::ServerError;
    int status = 503;
    int retryAfterSec = 1;
    double probability = 0; ///< per request, when `remaining` is 0
    int remaining = 0;      ///< "the next N requests"; the rule is dropped when it reaches 0

    bool matches(const QString &routeName) const
    {
        if (route == u'*')
            return true;
        if (route.endsWith(u'*'))
            return routeName.startsWith(route.chopped(1));
        return route == routeName;
    }

    static QString kindToString(Kind kind);
    static bool kindFromString(const QString &s, Kind *kind);
    QJsonObject toJson() const;
    /// Reads {"route","kind","status","retryAfter","probability","next"}; false with `error` set
    /// when the object is not a valid rule.
    static bool fromJson(const QJsonObject &o, SimFault *fault, QString *error);
};

} // namespace hd::sim
