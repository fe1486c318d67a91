#pragma once

#include "core/common/Result.h"
#include "core/workflow/rules/ConditionOperator.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace hd {

struct RuleContext;

/// A rule's condition tree: All (AND) / Any (OR) / Not nodes over leaf predicates
/// {field, operator, value} (fields in RuleField, operators in ConditionOperator). A value type: copy freely.
///
/// JSON (what the rules editor and the rules.condition_json column hold):
///   group: {"op": "and" | "or" | "not", "children": [ ... ]}   ("not" has exactly one child)
///   leaf:  {"field": "order_value", "operator": "gt", "value": 100}
///   {} and {"op": "and", "children": []} mean "always".
/// Values: text and tag values are strings; numbers are JSON numbers (money in major units); bools are
/// true/false; agent ids are integers; priorities are "low".."urgent"; in / not_in take a non-empty array;
/// contains / not_contains take a string or a non-empty array (any of them); is_empty takes no value.
///
/// Semantics: text comparisons are case-insensitive. A Number field with no value (no order, no SLA clock)
/// fails every operator except ne, not_in (true: the value is not X) and is_empty. `matches` uses PCRE2,
/// case-insensitive, with the pattern limited to kMaxPatternLength characters, the text to the first
/// kMaxMatchedTextLength characters and the backtracking to a fixed match limit, so a pathological pattern
/// such as (a+)+$ ends quickly as "no match" instead of hanging the ingest thread.
class Condition final
{
public:
    enum class Kind { All, Any, Not, Leaf };

    static constexpr int kMaxDepth = 16;                ///< nesting of groups
    static constexpr int kMaxNodes = 256;               ///< nodes in one tree
    static constexpr int kMaxPatternLength = 500;       ///< characters of a `matches` pattern
    static constexpr int kMaxMatchedTextLength = 20000; ///< characters of text a pattern runs over

    /// "Always": an All node with no children.
    Condition();

    static Condition all(QList<Condition> children);
    static Condition any(QList<Condition> children);
    static Condition negate(Condition child);
    static Condition leaf(const QString &field, ConditionOperator op, const QJsonValue &value = QJsonValue());

    Kind kind() const { return m_kind; }
    const QList<Condition> &children() const { return m_children; }
    const QString &field() const { return m_field; }
    ConditionOperator op() const { return m_op; }
    const QJsonValue &value() const { return m_value; }
    /// True for an All node with no children (matches everything).
    bool isAlways() const { return m_kind == Kind::All && m_children.isEmpty(); }

    /// Checks fields, operators, value types, regular expressions, group shapes and size limits. The
    /// error message names the bad node by its path: "Condition root.children[1].children[0]: unknown
    /// field \"colour\"".
    Status validate() const;

    /// One line for people: "intent = refund AND (order value > 100 OR tags contains \"vip\")".
    QString describe() const;

    QJsonObject toJson() const;
    /// Parses and validates; errors name the bad node (see validate()).
    static Result<Condition> fromJson(const QJsonObject &json);
    /// Same, from JSON text (the database column); text that is not a JSON object is an error.
    static Result<Condition> fromJsonText(const QByteArray &text);

    /// Structural equality (same JSON).
    friend bool operator==(const Condition &a, const Condition &b) { return a.toJson() == b.toJson(); }

    /// The compiled pattern of a `matches` leaf (with the match limit applied); invalid otherwise.
    const QRegularExpression &regex() const { return m_regex; }

private:
    Status validateAt(const QString &path, int depth, int *nodes) const;
    Status validateLeaf(const QString &path) const;
    static Result<Condition> parse(const QJsonObject &json, const QString &path, int depth);
    QString describeAt(bool nested) const;

    Kind m_kind = Kind::All;
    QList<Condition> m_children;
    QString m_field;
    ConditionOperator m_op = ConditionOperator::Eq;
    QJsonValue m_value;
    QRegularExpression m_regex;
};

/// Evaluates cond against ctx. When explanation is not null, appends the facts that decided the outcome,
/// in human words: for a match, every leaf that made it true ("intent = refund", "order value 120.00 > 100");
/// for a miss, what made it false ("order value 80.00 is not > 100"). An "always" condition explains
/// itself as "always". The tree should be valid (validate()); an invalid leaf evaluates to false.
bool evaluate(const Condition &cond, const RuleContext &ctx, QStringList *explanation = nullptr);

} // namespace hd
