#include "core/workflow/routing/RoutingPolicy.h"

#include <QJsonArray>

#include <cmath>

namespace hd {
using namespace Qt::StringLiterals;

QString routingStrategyToString(RoutingStrategy s)
{
    switch (s) {
    case RoutingStrategy::RoundRobin: return u"round_robin"_s;
    case RoutingStrategy::LeastLoaded: return u"least_loaded"_s;
    case RoutingStrategy::StickyThenLeastLoaded: break;
    }
    return u"sticky_then_least_loaded"_s;
}

RoutingStrategy routingStrategyFromString(const QString &s, bool *ok)
{
    if (ok)
        *ok = true;
    if (s == "round_robin"_L1)
        return RoutingStrategy::RoundRobin;
    if (s == "least_loaded"_L1)
        return RoutingStrategy::LeastLoaded;
    if (s == "sticky_then_least_loaded"_L1)
        return RoutingStrategy::StickyThenLeastLoaded;
    if (ok)
        *ok = false;
    return RoutingStrategy::StickyThenLeastLoaded;
}

QString languageMatchToString(LanguageMatch m)
{
    switch (m) {
    case LanguageMatch::Require: return u"require"_s;
    case LanguageMatch::Ignore: return u"ignore"_s;
    case LanguageMatch::Prefer: break;
    }
    return u"prefer"_s;
}

LanguageMatch languageMatchFromString(const QString &s, bool *ok)
{
    if (ok)
        *ok = true;
    if (s == "require"_L1)
        return LanguageMatch::Require;
    if (s == "prefer"_L1)
        return LanguageMatch::Prefer;
    if (s == "ignore"_L1)
        return LanguageMatch::Ignore;
    if (ok)
        *ok = false;
    return LanguageMatch::Prefer;
}

QJsonObject RoutingPolicy::toJson() const
{
    QJsonArray vip;
    for (qint64 id : vipAgentIds)
        vip.append(double(id));
    return QJsonObject{
        {u"strategy"_s, routingStrategyToString(strategy)},
        {u"languageMatch"_s, languageMatchToString(languageMatch)},
        {u"requireOnline"_s, requireOnline},
        {u"vipAgentIds"_s, vip},
        {u"vipOnly"_s, vipOnly},
        {u"maxWaiting"_s, maxWaiting},
        {u"overflowQueue"_s, overflowQueue},
    };
}

Result<RoutingPolicy> RoutingPolicy::fromJson(const QJsonObject &json)
{
    const auto bad = [](const QString &what) {
        return Error::make(Error::Code::InvalidArgument, u"Routing policy: %1"_s.arg(what));
    };
    RoutingPolicy p;
    bool ok = true;
    if (json.contains(u"strategy"_s)) {
        p.strategy = routingStrategyFromString(json.value(u"strategy"_s).toString(), &ok);
        if (!ok)
            return bad(u"unknown strategy \"%1\""_s.arg(json.value(u"strategy"_s).toString()));
    }
    if (json.contains(u"languageMatch"_s)) {
        p.languageMatch = languageMatchFromString(json.value(u"languageMatch"_s).toString(), &ok);
        if (!ok)
            return bad(u"unknown languageMatch \"%1\""_s.arg(json.value(u"languageMatch"_s).toString()));
    }
    p.requireOnline = json.value(u"requireOnline"_s).toBool(true);
    for (const auto &v : json.value(u"vipAgentIds"_s).toArray()) {
        const double d = v.toDouble(0);
        if (d <= 0 || std::floor(d) != d)
            return bad(u"\"vipAgentIds\" must hold positive integers"_s);
        p.vipAgentIds << qint64(d);
    }
    p.vipOnly = json.value(u"vipOnly"_s).toBool(false);
    p.maxWaiting = json.value(u"maxWaiting"_s).toInt(0);
    if (p.maxWaiting < 0)
        return bad(u"\"maxWaiting\" must not be negative"_s);
    p.overflowQueue = json.value(u"overflowQueue"_s).toString().trimmed();
    return p;
}

} // namespace hd
