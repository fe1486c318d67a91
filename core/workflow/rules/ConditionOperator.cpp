#include "core/workflow/rules/ConditionOperator.h"

#include <array>

namespace hd {
namespace {
using namespace Qt::StringLiterals;

struct OperatorName
{
    ConditionOperator op;
    QLatin1StringView key;
    const char16_t *symbol;
};

constexpr std::array kOperators{
    OperatorName{ConditionOperator::Eq, "eq"_L1, u"="},
    OperatorName{ConditionOperator::Ne, "ne"_L1, u"\u2260"},
    OperatorName{ConditionOperator::In, "in"_L1, u"in"},
    OperatorName{ConditionOperator::NotIn, "not_in"_L1, u"not in"},
    OperatorName{ConditionOperator::Contains, "contains"_L1, u"contains"},
    OperatorName{ConditionOperator::NotContains, "not_contains"_L1, u"does not contain"},
    OperatorName{ConditionOperator::Matches, "matches"_L1, u"matches"},
    OperatorName{ConditionOperator::Gt, "gt"_L1, u">"},
    OperatorName{ConditionOperator::Lt, "lt"_L1, u"<"},
    OperatorName{ConditionOperator::Gte, "gte"_L1, u"\u2265"},
    OperatorName{ConditionOperator::Lte, "lte"_L1, u"\u2264"},
    OperatorName{ConditionOperator::IsEmpty, "is_empty"_L1, u"is empty"},
};
} // namespace

QString conditionOperatorToString(ConditionOperator op)
{
    for (const auto &o : kOperators)
        if (o.op == op)
            return QString(o.key);
    return u"eq"_s;
}

ConditionOperator conditionOperatorFromString(const QString &s, bool *ok)
{
    for (const auto &o : kOperators) {
        if (s == o.key) {
            if (ok)
                *ok = true;
            return o.op;
        }
    }
    if (ok)
        *ok = false;
    return ConditionOperator::Eq;
}

QStringList conditionOperatorNames()
{
    QStringList out;
    for (const auto &o : kOperators)
        out << QString(o.key);
    return out;
}

QString conditionOperatorSymbol(ConditionOperator op)
{
    for (const auto &o : kOperators)
        if (o.op == op)
            return QString::fromUtf16(o.symbol);
    return QString();
}

} // namespace hd
