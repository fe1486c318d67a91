#include "app/sim/SimFault.h"

using namespace Qt::StringLiterals;

namespace hd::sim {

QString SimFault::kindToString(Kind kind)
{
    switch (kind) {
    case Kind::ServerError: return u"server_error"_s;
    case Kind::RateLimited: return u"rate_limit"_s;
    case Kind::Timeout: return u"timeout"_s;
    case Kind::Malformed: return u"malformed"_s;
    case Kind::Truncated: return u"truncated"_s;
    case Kind::Duplicate: return u"duplicate"_s;
    }
    return u"server_error"_s;
}

bool SimFault::kindFromString(const QString &s, Kind *kind)
{
    static const std::pair<const char16_t *, Kind> names[] = {
        {u"server_error", Kind::ServerError},
        {u"5xx", Kind::ServerError},
        {u"rate_limit", Kind::RateLimited},
        {u"429", Kind::RateLimited},
        {u"timeout", Kind::Timeout},
        {u"malformed", Kind::Malformed},
        {u"truncated", Kind::Truncated},
        {u"duplicate", Kind::Duplicate},
    };
    for (const auto &[name, k] : names) {
        if (s == QStringView(name)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QJsonObject SimFault::toJson() const
{
    return QJsonObject{
        {u"route"_s, route},
        {u"kind"_s, kindToString(kind)},
        {u"status"_s, status},
        {u"retryAfter"_s, retryAfterSec},
        {u"probability"_s, probability},
        {u"next"_s, remaining},
    };
}

bool SimFault::fromJson(const QJsonObject &o, SimFault *fault, QString *error)
{
    SimFault f;
    f.route = o.value(u"route"_s).toString(u"*"_s);
    if (!kindFromString(o.value(u"kind"_s).toString(), &f.kind)) {
        *error = u"unknown fault kind '%1' (server_error, rate_limit, timeout, malformed, truncated, duplicate)"_s.arg(
            o.value(u"kind"_s).toString());
        return false;
    }
    f.status = o.value(u"status"_s).toInt(f.kind == Kind::RateLimited ? 429 : 503);
    f.retryAfterSec = o.value(u"retryAfter"_s).toInt(1);
    f.probability = o.value(u"probability"_s).toDouble(0);
    f.remaining = o.value(u"next"_s).toInt(0);
    if (f.remaining <= 0 && (f.probability <= 0 || f.probability > 1)) {
        *error = u"a fault needs \"next\": N > 0 or \"probability\" in (0, 1]"_s;
        return false;
    }
    if (f.kind == Kind::ServerError && (f.status < 500 || f.status > 599)) {
        *error = u"server_error status must be 5xx"_s;
        return false;
    }
    *fault = f;
    return true;
}

} // namespace hd::sim
