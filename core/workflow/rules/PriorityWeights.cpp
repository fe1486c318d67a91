#include "core/workflow/rules/PriorityWeights.h"

#include <QJsonArray>

#include <cmath>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

Error bad(const QString &what)
{
    return Error::make(Error::Code::InvalidArgument, u"Priority weights: %1"_s.arg(what));
}

QJsonArray tiersToJson(const QList<PriorityWeights::Tier> &tiers, const QString &key, double scale)
{
    QJsonArray out;
    for (const auto &t : tiers)
        out.append(QJsonObject{{key, double(t.threshold) / scale}, {u"points"_s, t.points}});
    return out;
}

Result<QList<PriorityWeights::Tier>>
tiersFromJson(const QJsonValue &v, const QString &name, const QString &key, double scale)
{
    if (!v.isArray())
        return bad(u"\"%1\" must be an array"_s.arg(name));
    QList<PriorityWeights::Tier> out;
    for (const auto &e : v.toArray()) {
        const QJsonObject o = e.toObject();
        if (!o.value(key).isDouble() || !o.value(u"points"_s).isDouble())
            return bad(u"each \"%1\" tier needs numbers \"%2\" and \"points\""_s.arg(name, key));
        const int points = o.value(u"points"_s).toInt(-1);
        if (points < 0 || points > 100)
            return bad(u"\"%1\" points must be 0..100"_s.arg(name));
        out << PriorityWeights::Tier{qint64(std::llround(o.value(key).toDouble() * scale)), points};
    }
    return out;
}

} // namespace

PriorityWeights PriorityWeights::defaults()
{
    PriorityWeights w;
    w.slaDueWithin = {{60, 30}, {240, 20}, {1440, 10}};
    w.intents = {
        {u"chargeback_or_legal"_s, 35},
        {u"damaged_or_wrong_item"_s, 20},
        {u"complaint"_s, 15},
        {u"refund"_s, 12},
        {u"payment_problem"_s, 12},
        {u"delivery_delay"_s, 10},
        {u"address_change"_s, 10},
        {u"where_is_my_order"_s, 8},
        {u"cancellation"_s, 8},
        {u"return_exchange"_s, 6},
        {u"pre_sales_question"_s, 4},
        {u"invoice"_s, 2},
    };
    w.orderValue = {{50000, 10}, {20000, 7}, {10000, 4}};
    w.lifetimeValue = {{200000, 10}, {50000, 5}};
    return w;
}

QJsonObject PriorityWeights::toJson() const
{
    QJsonObject intentsJson;
    for (auto it = intents.cbegin(); it != intents.cend(); ++it)
        intentsJson.insert(it.key(), it.value());
    return QJsonObject{
        {u"slaOverdue"_s, slaOverdue},
        {u"slaDueWithin"_s, tiersToJson(slaDueWithin, u"minutes"_s, 1.0)},
        {u"intents"_s, intentsJson},
        {u"negativeSentiment"_s, negativeSentiment},
        {u"orderValue"_s, tiersToJson(orderValue, u"atLeast"_s, 100.0)},
        {u"lifetimeValue"_s, tiersToJson(lifetimeValue, u"atLeast"_s, 100.0)},
        {u"perRepeatContact"_s, perRepeatContact},
        {u"repeatContactsMax"_s, repeatContactsMax},
        {u"vip"_s, vip},
        {u"urgentAt"_s, urgentAt},
        {u"highAt"_s, highAt},
        {u"normalAt"_s, normalAt},
    };
}

Result<PriorityWeights> PriorityWeights::fromJson(const QJsonObject &json)
{
    PriorityWeights w = defaults();
    const auto points = [&](const QString &key, int *target) -> Status {
        if (!json.contains(key))
            return {};
        const int v = json.value(key).toInt(-1);
        if (!json.value(key).isDouble() || v < 0 || v > 100)
            return bad(u"\"%1\" must be a number 0..100"_s.arg(key));
        *target = v;
        return {};
    };
    for (const auto &[key, target] : {std::pair{u"slaOverdue"_s, &w.slaOverdue},
                                      std::pair{u"negativeSentiment"_s, &w.negativeSentiment},
                                      std::pair{u"perRepeatContact"_s, &w.perRepeatContact},
                                      std::pair{u"repeatContactsMax"_s, &w.repeatContactsMax},
                                      std::pair{u"vip"_s, &w.vip},
                                      std::pair{u"urgentAt"_s, &w.urgentAt},
                                      std::pair{u"highAt"_s, &w.highAt},
                                      std::pair{u"normalAt"_s, &w.normalAt}}) {
        Status s = points(key, target);
        if (!s)
            return s.error();
    }
    if (json.contains(u"slaDueWithin"_s)) {
        auto t = tiersFromJson(json.value(u"slaDueWithin"_s), u"slaDueWithin"_s, u"minutes"_s, 1.0);
        if (!t)
            return t.error();
        w.slaDueWithin = t.value();
    }
    if (json.contains(u"orderValue"_s)) {
        auto t = tiersFromJson(json.value(u"orderValue"_s), u"orderValue"_s, u"atLeast"_s, 100.0);
        if (!t)
            return t.error();
        w.orderValue = t.value();
    }
    if (json.contains(u"lifetimeValue"_s)) {
        auto t = tiersFromJson(json.value(u"lifetimeValue"_s), u"lifetimeValue"_s, u"atLeast"_s, 100.0);
        if (!t)
            return t.error();
        w.lifetimeValue = t.value();
    }
    if (json.contains(u"intents"_s)) {
        if (!json.value(u"intents"_s).isObject())
            return bad(u"\"intents\" must be an object of label -> points"_s);
        w.intents.clear();
        const QJsonObject o = json.value(u"intents"_s).toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const int v = it.value().toInt(-1);
            if (v < 0 || v > 100)
                return bad(u"intent \"%1\" points must be 0..100"_s.arg(it.key()));
            w.intents.insert(it.key(), v);
        }
    }
    if (!(w.normalAt <= w.highAt && w.highAt <= w.urgentAt))
        return bad(u"cut-offs must satisfy normalAt <= highAt <= urgentAt"_s);
    return w;
}

} // namespace hd
