#pragma once

#include <QString>
#include <QStringList>

namespace hd {

/// The comparison of a condition leaf. Stored as stable strings (see conditionOperatorToString).
/// Which operators a field accepts depends on its type (see RuleField).
enum class ConditionOperator {
    Eq,          ///< "eq": equal (text case-insensitively)
    Ne,          ///< "ne": not equal
    In,          ///< "in": equal to one of an array of values; for tags: has any of them
    NotIn,       ///< "not_in": equal to none of them; for tags: has none of them
    Contains,    ///< "contains": text contains the value (or any of an array); for tags: has the tag
    NotContains, ///< "not_contains": text contains none of them; for tags: lacks the tag(s)
    Matches,     ///< "matches": text matches a regular expression (case-insensitive, bounded)
    Gt,          ///< "gt": greater than
    Lt,          ///< "lt": less than
    Gte,         ///< "gte": greater than or equal
    Lte,         ///< "lte": less than or equal
    IsEmpty,     ///< "is_empty": no value (empty text, no tags, no order, no SLA clock, unassigned); takes no value
};

QString conditionOperatorToString(ConditionOperator op);
ConditionOperator conditionOperatorFromString(const QString &s, bool *ok = nullptr);
QStringList conditionOperatorNames();
/// The symbol used in explanations: "=", "≠", ">", "≥", "contains", ...
QString conditionOperatorSymbol(ConditionOperator op);

} // namespace hd
