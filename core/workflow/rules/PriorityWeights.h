#pragma once

#include "core/common/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace hd {

/// The knobs of PriorityScorer. Every factor adds points; the total is capped at 100 and mapped to a
/// Priority by the three cut-offs. defaults() are the shipped values:
///
/// - SLA overdue: 35; due within 1 h / 4 h / 24 h: 30 / 20 / 10.
/// - Intent: chargeback_or_legal 35, damaged_or_wrong_item 20, complaint 15, refund 12, payment_problem 12,
///   delivery_delay 10, address_change 10, where_is_my_order 8, cancellation 8, return_exchange 6,
///   pre_sales_question 4, invoice 2; praise, other and unknown labels 0.
/// - Negative sentiment: 10.
/// - Order value >= 500 / 200 / 100 (major units of the order's currency): 10 / 7 / 4.
/// - Customer lifetime value >= 2000 / 500: 10 / 5.
/// - Repeat contacts in 7 days: 5 each, at most 15.
/// - VIP customer: 10.
/// - Priority cut-offs: urgent >= 60, high >= 35, normal >= 10, else low.
///
/// With these, a chargeback threat in a negative message (45) outranks any plain refund request that is
/// not yet overdue, and an overdue marketplace SLA (35) alone makes a conversation High.
struct PriorityWeights
{
    /// SLA tiers: minutes left <= threshold earns points (the tightest matching tier counts).
    /// Money tiers: value in cents >= threshold earns points (the highest matching tier counts).
    struct Tier
    {
        qint64 threshold = 0;
        int points = 0;
        friend bool operator==(const Tier &, const Tier &) = default;
    };

    int slaOverdue = 35;
    QList<Tier> slaDueWithin;    ///< threshold in minutes
    QHash<QString, int> intents; ///< classifier label -> points; unknown labels score 0
    int negativeSentiment = 10;
    QList<Tier> orderValue;    ///< threshold in cents
    QList<Tier> lifetimeValue; ///< threshold in cents
    int perRepeatContact = 5;
    int repeatContactsMax = 15;
    int vip = 10;
    int urgentAt = 60;
    int highAt = 35;
    int normalAt = 10;

    static PriorityWeights defaults();

    /// {"slaOverdue": 35, "slaDueWithin": [{"minutes": 60, "points": 30}, ...], "intents": {"refund": 12},
    ///  "negativeSentiment": 10, "orderValue": [{"atLeast": 500, "points": 10}], "lifetimeValue": [...],
    ///  "perRepeatContact": 5, "repeatContactsMax": 15, "vip": 10, "urgentAt": 60, "highAt": 35, "normalAt": 10}
    /// Money in JSON is in major units.
    QJsonObject toJson() const;
    /// Keys that are missing keep their defaults; negative points or unordered cut-offs are errors.
    static Result<PriorityWeights> fromJson(const QJsonObject &json);

    friend bool operator==(const PriorityWeights &, const PriorityWeights &) = default;
};

} // namespace hd
