#include "core/workflow/rules/PriorityScorer.h"

#include <algorithm>
#include <cstdlib>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

QString money(qint64 cents, const QString &currency)
{
    const QString amount = QString::number(double(cents) / 100.0, 'f', 2);
    return currency.isEmpty() ? amount : currency + u' ' + amount;
}

/// The highest tier whose threshold value reaches (tiers in any order).
int moneyPoints(const QList<PriorityWeights::Tier> &tiers, qint64 cents)
{
    int best = 0;
    qint64 bestThreshold = -1;
    for (const auto &t : tiers) {
        if (cents >= t.threshold && t.threshold > bestThreshold) {
            best = t.points;
            bestThreshold = t.threshold;
        }
    }
    return best;
}

} // namespace

PriorityScorer::PriorityScorer(PriorityWeights weights)
    : m_weights(std::move(weights))
{
}

QString PriorityScorer::formatDuration(qint64 ms)
{
    const qint64 minutes = std::llabs(ms) / 60000;
    const qint64 days = minutes / 1440;
    const qint64 hours = (minutes % 1440) / 60;
    const qint64 mins = minutes % 60;
    if (days > 0)
        return hours > 0 ? u"%1 d %2 h"_s.arg(days).arg(hours) : u"%1 d"_s.arg(days);
    if (hours > 0)
        return mins > 0 ? u"%1 h %2 min"_s.arg(hours).arg(mins) : u"%1 h"_s.arg(hours);
    return u"%1 min"_s.arg(mins);
}

QString PriorityScorer::intentDisplayName(const QString &intent)
{
    static const QHash<QString, QString> names{
        {u"chargeback_or_legal"_s, u"chargeback or legal threat"_s},
        {u"damaged_or_wrong_item"_s, u"damaged or wrong item"_s},
        {u"complaint"_s, u"complaint"_s},
        {u"refund"_s, u"refund request"_s},
        {u"payment_problem"_s, u"payment problem"_s},
        {u"delivery_delay"_s, u"delivery delay"_s},
        {u"address_change"_s, u"address change"_s},
        {u"where_is_my_order"_s, u"where is my order"_s},
        {u"cancellation"_s, u"cancellation request"_s},
        {u"return_exchange"_s, u"return or exchange"_s},
        {u"pre_sales_question"_s, u"pre-sales question"_s},
        {u"invoice"_s, u"invoice request"_s},
        {u"praise"_s, u"praise"_s},
    };
    const QString n = names.value(intent);
    return n.isEmpty() ? QString(intent).replace(u'_', u' ') : n;
}

Priority PriorityScorer::priorityFor(int score) const
{
    if (score >= m_weights.urgentAt)
        return Priority::Urgent;
    if (score >= m_weights.highAt)
        return Priority::High;
    if (score >= m_weights.normalAt)
        return Priority::Normal;
    return Priority::Low;
}

PriorityScore PriorityScorer::score(const RuleContext &ctx) const
{
    PriorityScore s;
    const auto add = [&](const QString &factor, int points, const QString &what) {
        if (points > 0)
            s.contributions << PriorityContribution{factor, points, u"+%1 %2"_s.arg(points).arg(what)};
    };

    if (ctx.slaMsLeft) {
        const qint64 left = *ctx.slaMsLeft;
        if (left < 0) {
            add(u"sla"_s, m_weights.slaOverdue, u"SLA overdue by "_s + formatDuration(left));
        } else {
            // The tightest tier that still contains the time left.
            const PriorityWeights::Tier *tier = nullptr;
            for (const auto &t : m_weights.slaDueWithin)
                if (left <= t.threshold * 60000 && (!tier || t.threshold < tier->threshold))
                    tier = &t;
            if (tier)
                add(u"sla"_s, tier->points, u"SLA due in "_s + formatDuration(left));
        }
    }

    if (!ctx.intent.isEmpty())
        add(u"intent"_s, m_weights.intents.value(ctx.intent), intentDisplayName(ctx.intent));

    if (ctx.sentiment == "negative"_L1)
        add(u"sentiment"_s, m_weights.negativeSentiment, u"negative sentiment"_s);

    if (ctx.orderTotalCents) {
        add(u"order_value"_s,
            moneyPoints(m_weights.orderValue, *ctx.orderTotalCents),
            u"order value "_s + money(*ctx.orderTotalCents, ctx.orderCurrency));
    }

    add(u"lifetime_value"_s,
        moneyPoints(m_weights.lifetimeValue, ctx.customerLifetimeValueCents),
        u"customer lifetime value "_s + money(ctx.customerLifetimeValueCents, QString()));

    if (ctx.repeatContacts7d > 0) {
        const int points = std::min(m_weights.repeatContactsMax, m_weights.perRepeatContact * ctx.repeatContacts7d);
        add(u"repeat_contacts"_s,
            points,
            ctx.repeatContacts7d == 1 ? u"1 earlier contact in 7 days"_s
                                      : u"%1 earlier contacts in 7 days"_s.arg(ctx.repeatContacts7d));
    }

    if (ctx.vip)
        add(u"vip"_s, m_weights.vip, u"VIP customer"_s);

    std::stable_sort(s.contributions.begin(),
                     s.contributions.end(),
                     [](const PriorityContribution &a, const PriorityContribution &b) { return a.points > b.points; });
    int total = 0;
    for (const auto &c : s.contributions)
        total += c.points;
    s.capped = total > 100;
    s.score = std::clamp(total, 0, 100);
    s.priority = priorityFor(s.score);
    return s;
}

} // namespace hd
