#include "core/analytics/AnalyticsFilter.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace hd {
using namespace Qt::StringLiterals;

AnalyticsFilter AnalyticsFilter::previousPeriod() const
{
    AnalyticsFilter f = *this;
    f.toMs = fromMs;
    f.fromMs = fromMs - lengthMs();
    return f;
}

bool AnalyticsFilter::hasConversationFilters() const
{
    return !channelIds.isEmpty() || !channelKind.isEmpty() || agentId != 0 || !team.isEmpty() || !tag.isEmpty()
        || !language.isEmpty();
}

QJsonObject AnalyticsFilter::toJson() const
{
    QJsonObject o;
    if (fromMs != 0 || toMs != 0) {
        o.insert(u"from"_s, double(fromMs));
        o.insert(u"to"_s, double(toMs));
    }
    if (!channelIds.isEmpty()) {
        QJsonArray ids;
        for (qint64 id : channelIds)
            ids.append(double(id));
        o.insert(u"channels"_s, ids);
    }
    if (!channelKind.isEmpty())
        o.insert(u"channelKind"_s, channelKind);
    if (agentId != 0)
        o.insert(u"agent"_s, double(agentId));
    if (!team.isEmpty())
        o.insert(u"team"_s, team);
    if (!tag.isEmpty())
        o.insert(u"tag"_s, tag);
    if (!language.isEmpty())
        o.insert(u"language"_s, language);
    return o;
}

Result<AnalyticsFilter> AnalyticsFilter::fromJson(const QJsonObject &json)
{
    const auto bad = [](const QString &key) {
        return Error::make(
            Error::Code::InvalidArgument,
            QCoreApplication::translate("hd::AnalyticsFilter", "The report filter is not valid (%1).").arg(key),
            u"bad filter key "_s + key);
    };
    AnalyticsFilter f;
    if (json.contains(u"from"_s)) {
        if (!json.value(u"from"_s).isDouble())
            return bad(u"from"_s);
        f.fromMs = qint64(json.value(u"from"_s).toDouble());
    }
    if (json.contains(u"to"_s)) {
        if (!json.value(u"to"_s).isDouble())
            return bad(u"to"_s);
        f.toMs = qint64(json.value(u"to"_s).toDouble());
    }
    if (json.contains(u"channels"_s)) {
        if (!json.value(u"channels"_s).isArray())
            return bad(u"channels"_s);
        for (const QJsonValue &v : json.value(u"channels"_s).toArray()) {
            if (!v.isDouble())
                return bad(u"channels"_s);
            f.channelIds.append(qint64(v.toDouble()));
        }
    }
    for (const auto &[key, target] : {std::pair{u"channelKind"_s, &f.channelKind},
                                      std::pair{u"team"_s, &f.team},
                                      std::pair{u"tag"_s, &f.tag},
                                      std::pair{u"language"_s, &f.language}}) {
        if (!json.contains(key))
            continue;
        if (!json.value(key).isString())
            return bad(key);
        *target = json.value(key).toString();
    }
    if (json.contains(u"agent"_s)) {
        if (!json.value(u"agent"_s).isDouble())
            return bad(u"agent"_s);
        f.agentId = qint64(json.value(u"agent"_s).toDouble());
    }
    return f;
}

Status AnalyticsFilter::validate() const
{
    if (fromMs <= 0 || toMs <= fromMs)
        return Error::make(
            Error::Code::InvalidArgument,
            QCoreApplication::translate("hd::AnalyticsFilter", "The end of the period must come after its start."),
            u"bad period %1..%2"_s.arg(fromMs).arg(toMs));
    return {};
}

} // namespace hd
