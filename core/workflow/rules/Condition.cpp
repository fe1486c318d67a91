#include "core/workflow/rules/Condition.h"

#include "core/domain/Conversation.h"
#include "core/workflow/rules/RuleContext.h"
#include "core/workflow/rules/RuleField.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>
#include <optional>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

// PCRE2 reads these verbs at the start of a pattern; they can only lower the library's limits. The match
// limit bounds backtracking (also under JIT); the depth limit bounds the interpreter's recursion.
const QString kRegexLimits = u"(*LIMIT_MATCH=200000)(*LIMIT_DEPTH=5000)"_s;
constexpr int kShownTextLength = 60;

Error invalid(const QString &path, const QString &what)
{
    return Error::make(Error::Code::InvalidArgument, u"Condition %1: %2"_s.arg(path, what));
}

QString jsonKind(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return u"null"_s;
    case QJsonValue::Bool: return u"a bool"_s;
    case QJsonValue::Double: return u"a number"_s;
    case QJsonValue::String: return u"a string"_s;
    case QJsonValue::Array: return u"an array"_s;
    case QJsonValue::Object: return u"an object"_s;
    case QJsonValue::Undefined: break;
    }
    return u"missing"_s;
}

int priorityRank(const QString &s, bool *ok)
{
    const Priority p = priorityFromString(s.toLower(), ok);
    return int(p);
}

/// Checks one scalar value against a field type; returns an empty string when fine.
QString scalarProblem(const RuleField &f, const QJsonValue &v)
{
    switch (f.type) {
    case RuleField::Type::Text:
    case RuleField::Type::Tags:
        if (!v.isString())
            return u"value of \"%1\" must be a string, not %2"_s.arg(f.name, jsonKind(v));
        return {};
    case RuleField::Type::Number:
        if (!v.isDouble())
            return u"value of \"%1\" must be a number, not %2"_s.arg(f.name, jsonKind(v));
        return {};
    case RuleField::Type::Bool:
        if (!v.isBool())
            return u"value of \"%1\" must be true or false, not %2"_s.arg(f.name, jsonKind(v));
        return {};
    case RuleField::Type::AgentId: {
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d <= 0 || std::floor(d) != d)
            return u"value of \"%1\" must be an agent id (a positive integer)"_s.arg(f.name);
        return {};
    }
    case RuleField::Type::Priority: {
        bool ok = false;
        priorityRank(v.toString(), &ok);
        if (!v.isString() || !ok)
            return u"value of \"%1\" must be one of low, normal, high, urgent"_s.arg(f.name);
        return {};
    }
    }
    return {};
}

QString shortText(const QString &s)
{
    if (s.isEmpty())
        return u"empty"_s;
    QString t = s.simplified();
    if (t.size() > kShownTextLength)
        t = t.left(kShownTextLength - 1) + u'\u2026';
    return t;
}

QString formatJsonScalar(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? u"yes"_s : u"no"_s;
    return v.toString();
}

/// The values of a leaf as a list of scalars (a single value becomes a one-element list).
QList<QJsonValue> valueList(const QJsonValue &v)
{
    QList<QJsonValue> out;
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (const auto &e : a)
            out << e;
    } else if (!v.isUndefined() && !v.isNull()) {
        out << v;
    }
    return out;
}

QString joinValues(const QList<QJsonValue> &vs, bool quoted)
{
    QStringList parts;
    for (const auto &v : vs)
        parts << (quoted ? u"\"%1\""_s.arg(formatJsonScalar(v)) : formatJsonScalar(v));
    return parts.join(u", "_s);
}

QString formatAgent(qint64 id)
{
    return id > 0 ? u"#%1"_s.arg(id) : u"unassigned"_s;
}

struct Outcome
{
    bool result = false;
    QStringList reasons;
};

/// Eq / Ne / In / NotIn on values that compare for equality (text, agent ids, priorities). `shown` is the
/// actual value as people read it; `equals` compares it with one rule value; `show` formats a rule value.
template<typename Equals, typename Show>
Outcome equality(ConditionOperator op,
                 const QString &label,
                 const QString &shown,
                 const QJsonValue &value,
                 Equals equals,
                 Show show)
{
    Outcome o;
    const bool isSet = op == ConditionOperator::In || op == ConditionOperator::NotIn;
    const QList<QJsonValue> values = valueList(value);
    bool hit = false;
    for (const auto &v : values)
        hit = hit || equals(v);
    QStringList shownValues;
    for (const auto &v : values)
        shownValues << show(v);
    const QString list = shownValues.join(u", "_s);
    const bool positive = op == ConditionOperator::Eq || op == ConditionOperator::In;
    o.result = positive ? hit : !hit;
    if (hit)
        o.reasons << (isSet ? u"%1 = %2 (one of %3)"_s.arg(label, shown, list) : u"%1 = %2"_s.arg(label, shown));
    else
        o.reasons << (isSet ? u"%1 is %2, not one of %3"_s.arg(label, shown, list)
                            : u"%1 is %2, not %3"_s.arg(label, shown, list));
    return o;
}

Outcome evaluateText(const Condition &c, const RuleField &f, const QString &actual)
{
    const auto op = c.op();
    Outcome o;
    switch (op) {
    case ConditionOperator::Eq:
    case ConditionOperator::Ne:
    case ConditionOperator::In:
    case ConditionOperator::NotIn:
        return equality(
            op,
            f.label,
            shortText(actual),
            c.value(),
            [&](const QJsonValue &v) { return actual.compare(v.toString(), Qt::CaseInsensitive) == 0; },
            [](const QJsonValue &v) { return v.toString(); });
    case ConditionOperator::Contains:
    case ConditionOperator::NotContains: {
        const QList<QJsonValue> values = valueList(c.value());
        QString hit;
        for (const auto &v : values) {
            if (actual.contains(v.toString(), Qt::CaseInsensitive)) {
                hit = v.toString();
                break;
            }
        }
        const bool found = !hit.isNull();
        o.result = op == ConditionOperator::Contains ? found : !found;
        if (found)
            o.reasons << u"%1 contains \"%2\""_s.arg(f.label, hit);
        else if (values.size() == 1)
            o.reasons << u"%1 does not contain \"%2\""_s.arg(f.label, values.first().toString());
        else
            o.reasons << u"%1 contains none of %2"_s.arg(f.label, joinValues(values, true));
        return o;
    }
    case ConditionOperator::Matches: {
        const QRegularExpression &re = c.regex();
        const QRegularExpressionMatch m =
            re.isValid() ? re.match(actual.left(Condition::kMaxMatchedTextLength)) : QRegularExpressionMatch();
        o.result = re.isValid() && m.hasMatch();
        if (o.result)
            o.reasons << u"%1 matches /%2/ (\"%3\")"_s.arg(f.label, c.value().toString(), shortText(m.captured(0)));
        else
            o.reasons << u"%1 does not match /%2/"_s.arg(f.label, c.value().toString());
        return o;
    }
    case ConditionOperator::IsEmpty:
        o.result = actual.trimmed().isEmpty();
        o.reasons << (o.result ? u"%1 is empty"_s.arg(f.label) : u"%1 is %2"_s.arg(f.label, shortText(actual)));
        return o;
    default: break;
    }
    o.reasons << u"%1: operator %2 does not apply"_s.arg(f.label, conditionOperatorToString(op));
    return o;
}

bool compareNumbers(ConditionOperator op, double a, double b)
{
    const bool equal = std::abs(a - b) <= 1e-9 * std::max(1.0, std::max(std::abs(a), std::abs(b)));
    switch (op) {
    case ConditionOperator::Eq: return equal;
    case ConditionOperator::Ne: return !equal;
    case ConditionOperator::Gt: return a > b && !equal;
    case ConditionOperator::Lt: return a < b && !equal;
    case ConditionOperator::Gte: return a > b || equal;
    case ConditionOperator::Lte: return a < b || equal;
    default: return false;
    }
}

/// Gt/Lt/Gte/Lte with the fact as explanation: "order value 120.00 > 100" / "... is not > 100".
Outcome
ordered(ConditionOperator op, const QString &label, const QString &shownActual, const QString &shownValue, bool holds)
{
    Outcome o;
    o.result = holds;
    const QString sym = conditionOperatorSymbol(op);
    o.reasons << (holds ? u"%1 %2 %3 %4"_s.arg(label, shownActual, sym, shownValue)
                        : u"%1 %2 is not %3 %4"_s.arg(label, shownActual, sym, shownValue));
    return o;
}

Outcome evaluateNumber(const Condition &c, const RuleField &f, const QVariant &actual)
{
    const auto op = c.op();
    Outcome o;
    if (!actual.isValid()) {
        o.result = op == ConditionOperator::Ne || op == ConditionOperator::NotIn || op == ConditionOperator::IsEmpty;
        o.reasons << u"%1 not set"_s.arg(f.label);
        return o;
    }
    const double a = actual.toDouble();
    const QString shown = QString::number(a, 'f', f.decimals);
    switch (op) {
    case ConditionOperator::IsEmpty:
        o.result = false;
        o.reasons << u"%1 is %2"_s.arg(f.label, shown);
        return o;
    case ConditionOperator::In:
    case ConditionOperator::NotIn: {
        const QList<QJsonValue> values = valueList(c.value());
        bool hit = false;
        for (const auto &v : values)
            hit = hit || compareNumbers(ConditionOperator::Eq, a, v.toDouble());
        o.result = op == ConditionOperator::In ? hit : !hit;
        o.reasons << (hit ? u"%1 %2 in (%3)"_s : u"%1 %2 not in (%3)"_s).arg(f.label, shown, joinValues(values, false));
        return o;
    }
    case ConditionOperator::Eq:
    case ConditionOperator::Ne: {
        const bool equal = compareNumbers(ConditionOperator::Eq, a, c.value().toDouble());
        o.result = op == ConditionOperator::Eq ? equal : !equal;
        o.reasons << u"%1 %2 %3 %4"_s.arg(f.label, shown, equal ? u"="_s : u"\u2260"_s, formatJsonScalar(c.value()));
        return o;
    }
    case ConditionOperator::Gt:
    case ConditionOperator::Lt:
    case ConditionOperator::Gte:
    case ConditionOperator::Lte:
        return ordered(op, f.label, shown, formatJsonScalar(c.value()), compareNumbers(op, a, c.value().toDouble()));
    default: break;
    }
    o.reasons << u"%1: operator %2 does not apply"_s.arg(f.label, conditionOperatorToString(op));
    return o;
}

Outcome evaluateBool(const Condition &c, const RuleField &f, bool actual)
{
    Outcome o;
    const bool equal = actual == c.value().toBool();
    o.result = c.op() == ConditionOperator::Ne ? !equal : equal;
    o.reasons << u"%1: %2"_s.arg(f.label, actual ? u"yes"_s : u"no"_s);
    return o;
}

Outcome evaluateTags(const Condition &c, const RuleField &f, const QStringList &tags)
{
    const auto op = c.op();
    Outcome o;
    if (op == ConditionOperator::IsEmpty) {
        o.result = tags.isEmpty();
        o.reasons << (o.result ? u"%1: none"_s.arg(f.label) : u"%1: %2"_s.arg(f.label, tags.join(u", "_s)));
        return o;
    }
    const QList<QJsonValue> values = valueList(c.value());
    QString hit;
    for (const auto &v : values) {
        if (tags.contains(v.toString(), Qt::CaseInsensitive)) {
            hit = v.toString();
            break;
        }
    }
    const bool found = !hit.isNull();
    const bool positive = op == ConditionOperator::Contains || op == ConditionOperator::In;
    o.result = positive ? found : !found;
    if (found)
        o.reasons << u"%1 include \"%2\""_s.arg(f.label, hit);
    else if (values.size() == 1)
        o.reasons << u"%1 do not include \"%2\""_s.arg(f.label, values.first().toString());
    else
        o.reasons << u"%1 include none of %2"_s.arg(f.label, joinValues(values, true));
    return o;
}

Outcome evaluateAgent(const Condition &c, const RuleField &f, qint64 actual)
{
    Outcome o;
    if (c.op() == ConditionOperator::IsEmpty) {
        o.result = actual <= 0;
        o.reasons << (o.result ? u"%1: unassigned"_s.arg(f.label) : u"%1 is %2"_s.arg(f.label, formatAgent(actual)));
        return o;
    }
    return equality(
        c.op(),
        f.label,
        formatAgent(actual),
        c.value(),
        [&](const QJsonValue &v) { return qint64(v.toDouble()) == actual; },
        [](const QJsonValue &v) { return formatAgent(qint64(v.toDouble())); });
}

Outcome evaluatePriority(const Condition &c, const RuleField &f, const QString &actual)
{
    bool ok = false;
    const int a = priorityRank(actual, &ok);
    switch (c.op()) {
    case ConditionOperator::Gt:
    case ConditionOperator::Lt:
    case ConditionOperator::Gte:
    case ConditionOperator::Lte: {
        const int b = priorityRank(c.value().toString(), &ok);
        return ordered(c.op(),
                       f.label,
                       actual,
                       c.value().toString().toLower(),
                       compareNumbers(c.op(), double(a), double(b)));
    }
    default:
        return equality(
            c.op(),
            f.label,
            actual,
            c.value(),
            [&](const QJsonValue &v) { return actual.compare(v.toString(), Qt::CaseInsensitive) == 0; },
            [](const QJsonValue &v) { return v.toString().toLower(); });
    }
}

Outcome evaluateLeaf(const Condition &c, const RuleContext &ctx)
{
    const RuleField *f = RuleField::find(c.field());
    if (!f || !f->accepts(c.op()))
        return Outcome{false, {u"invalid condition on \"%1\""_s.arg(c.field())}};
    const QVariant actual = ctx.value(f->name);
    switch (f->type) {
    case RuleField::Type::Text: return evaluateText(c, *f, actual.toString());
    case RuleField::Type::Number: return evaluateNumber(c, *f, actual);
    case RuleField::Type::Bool: return evaluateBool(c, *f, actual.toBool());
    case RuleField::Type::Tags: return evaluateTags(c, *f, actual.toStringList());
    case RuleField::Type::AgentId: return evaluateAgent(c, *f, actual.toLongLong());
    case RuleField::Type::Priority: return evaluatePriority(c, *f, actual.toString());
    }
    return {};
}

Outcome evaluateNode(const Condition &c, const RuleContext &ctx)
{
    switch (c.kind()) {
    case Condition::Kind::Leaf: return evaluateLeaf(c, ctx);
    case Condition::Kind::Not: {
        // The child's facts already explain the negation ("intent is complaint, not refund").
        Outcome child = c.children().isEmpty() ? Outcome{} : evaluateNode(c.children().first(), ctx);
        child.result = !child.result;
        return child;
    }
    case Condition::Kind::All: {
        Outcome o{true, {}};
        if (c.children().isEmpty()) {
            o.reasons << u"always"_s;
            return o;
        }
        for (const Condition &child : c.children()) {
            Outcome r = evaluateNode(child, ctx);
            if (!r.result)
                return r; // the first failing child is why the whole AND failed
            o.reasons << r.reasons;
        }
        return o;
    }
    case Condition::Kind::Any: {
        Outcome o{false, {}};
        for (const Condition &child : c.children()) {
            Outcome r = evaluateNode(child, ctx);
            if (r.result)
                return r; // the first passing child is why the OR passed
            o.reasons << r.reasons;
        }
        return o;
    }
    }
    return {};
}

} // namespace

Condition::Condition() = default;

Condition Condition::all(QList<Condition> children)
{
    Condition c;
    c.m_kind = Kind::All;
    c.m_children = std::move(children);
    return c;
}

Condition Condition::any(QList<Condition> children)
{
    Condition c;
    c.m_kind = Kind::Any;
    c.m_children = std::move(children);
    return c;
}

Condition Condition::negate(Condition child)
{
    Condition c;
    c.m_kind = Kind::Not;
    c.m_children = {std::move(child)};
    return c;
}

Condition Condition::leaf(const QString &field, ConditionOperator op, const QJsonValue &value)
{
    Condition c;
    c.m_kind = Kind::Leaf;
    c.m_field = field;
    c.m_op = op;
    c.m_value = value;
    if (op == ConditionOperator::Matches && value.isString()) {
        c.m_regex = QRegularExpression(kRegexLimits + value.toString(),
                                       QRegularExpression::CaseInsensitiveOption
                                           | QRegularExpression::UseUnicodePropertiesOption);
    }
    return c;
}

Status Condition::validate() const
{
    int nodes = 0;
    return validateAt(u"root"_s, 0, &nodes);
}

Status Condition::validateAt(const QString &path, int depth, int *nodes) const
{
    if (++*nodes > kMaxNodes)
        return invalid(path, u"the condition has more than %1 nodes"_s.arg(kMaxNodes));
    if (depth > kMaxDepth)
        return invalid(path, u"groups are nested deeper than %1 levels"_s.arg(kMaxDepth));
    switch (m_kind) {
    case Kind::Leaf: return validateLeaf(path);
    case Kind::Not:
        if (m_children.size() != 1)
            return invalid(path, u"\"not\" needs exactly one child, has %1"_s.arg(m_children.size()));
        break;
    case Kind::Any:
        if (m_children.isEmpty())
            return invalid(path, u"\"or\" needs at least one child"_s);
        break;
    case Kind::All: break;
    }
    for (int i = 0; i < m_children.size(); ++i) {
        Status s = m_children.at(i).validateAt(path + u".children[%1]"_s.arg(i), depth + 1, nodes);
        if (!s)
            return s;
    }
    return {};
}

Status Condition::validateLeaf(const QString &path) const
{
    const RuleField *f = RuleField::find(m_field);
    if (m_field.isEmpty())
        return invalid(path, u"leaf has no field"_s);
    if (!f)
        return invalid(path, u"unknown field \"%1\""_s.arg(m_field));
    if (!f->accepts(m_op)) {
        return invalid(path,
                       u"operator \"%1\" does not apply to %2 field \"%3\""_s.arg(conditionOperatorToString(m_op),
                                                                                  ruleFieldTypeToString(f->type),
                                                                                  m_field));
    }
    const QString where = u"(%1 %2) "_s.arg(m_field, conditionOperatorToString(m_op));
    switch (m_op) {
    case ConditionOperator::IsEmpty:
        if (!m_value.isUndefined() && !m_value.isNull())
            return invalid(path, where + u"is_empty takes no value"_s);
        return {};
    case ConditionOperator::In:
    case ConditionOperator::NotIn: {
        if (!m_value.isArray() || m_value.toArray().isEmpty())
            return invalid(path, where + u"value must be a non-empty array"_s);
        for (const auto &v : m_value.toArray()) {
            const QString p = scalarProblem(*f, v);
            if (!p.isEmpty())
                return invalid(path, where + p);
        }
        return {};
    }
    case ConditionOperator::Contains:
    case ConditionOperator::NotContains: {
        const QList<QJsonValue> values = valueList(m_value);
        if (values.isEmpty() || (m_value.isArray() && m_value.toArray().isEmpty()))
            return invalid(path, where + u"value must be a string or a non-empty array of strings"_s);
        for (const auto &v : values) {
            if (!v.isString() || v.toString().isEmpty())
                return invalid(path, where + u"value must be a string or a non-empty array of strings"_s);
        }
        return {};
    }
    case ConditionOperator::Matches: {
        if (!m_value.isString() || m_value.toString().isEmpty())
            return invalid(path, where + u"value must be a non-empty regular expression"_s);
        const QString pattern = m_value.toString();
        if (pattern.size() > kMaxPatternLength)
            return invalid(path, where + u"pattern longer than %1 characters"_s.arg(kMaxPatternLength));
        if (pattern.startsWith(u"(*"_s))
            return invalid(path, where + u"pattern may not start with a (*VERB) option"_s);
        if (!m_regex.isValid()) {
            const int offset = std::max<qsizetype>(0, m_regex.patternErrorOffset() - kRegexLimits.size());
            return invalid(
                path,
                where
                    + u"bad regular expression at offset %1: %2"_s.arg(QString::number(offset), m_regex.errorString()));
        }
        return {};
    }
    default: break;
    }
    const QString p = scalarProblem(*f, m_value);
    if (!p.isEmpty())
        return invalid(path, where + p);
    return {};
}

QString Condition::describe() const
{
    return describeAt(false);
}

QString Condition::describeAt(bool nested) const
{
    switch (m_kind) {
    case Kind::Leaf: {
        const RuleField *f = RuleField::find(m_field);
        const QString label = f ? f->label : m_field;
        switch (m_op) {
        case ConditionOperator::IsEmpty: return u"%1 is empty"_s.arg(label);
        case ConditionOperator::In:
        case ConditionOperator::NotIn:
            return u"%1 %2 (%3)"_s.arg(label, conditionOperatorSymbol(m_op), joinValues(valueList(m_value), false));
        case ConditionOperator::Contains:
        case ConditionOperator::NotContains: {
            const QList<QJsonValue> values = valueList(m_value);
            const QString shown =
                values.size() == 1 ? joinValues(values, true) : u"any of (%1)"_s.arg(joinValues(values, true));
            return u"%1 %2 %3"_s.arg(label, conditionOperatorSymbol(m_op), shown);
        }
        case ConditionOperator::Matches: return u"%1 matches /%2/"_s.arg(label, m_value.toString());
        default: return u"%1 %2 %3"_s.arg(label, conditionOperatorSymbol(m_op), formatJsonScalar(m_value));
        }
    }
    case Kind::Not: return u"NOT %1"_s.arg(m_children.isEmpty() ? QString() : m_children.first().describeAt(true));
    case Kind::All:
    case Kind::Any: {
        if (m_children.isEmpty())
            return m_kind == Kind::All ? u"always"_s : u"never"_s;
        QStringList parts;
        for (const Condition &c : m_children)
            parts << c.describeAt(true);
        const QString joined = parts.join(m_kind == Kind::All ? u" AND "_s : u" OR "_s);
        return nested && m_children.size() > 1 ? u"(%1)"_s.arg(joined) : joined;
    }
    }
    return {};
}

QJsonObject Condition::toJson() const
{
    if (m_kind == Kind::Leaf) {
        QJsonObject o{{u"field"_s, m_field}, {u"operator"_s, conditionOperatorToString(m_op)}};
        if (!m_value.isUndefined() && !m_value.isNull())
            o.insert(u"value"_s, m_value);
        return o;
    }
    QJsonArray children;
    for (const Condition &c : m_children)
        children.append(c.toJson());
    const QString op = m_kind == Kind::All ? u"and"_s : m_kind == Kind::Any ? u"or"_s : u"not"_s;
    return QJsonObject{{u"op"_s, op}, {u"children"_s, children}};
}

Result<Condition> Condition::parse(const QJsonObject &json, const QString &path, int depth)
{
    if (depth > kMaxDepth)
        return invalid(path, u"groups are nested deeper than %1 levels"_s.arg(kMaxDepth));
    if (json.isEmpty() && depth == 0)
        return Condition(); // the column default '{}' means "always"
    if (json.contains(u"op"_s)) {
        const QString op = json.value(u"op"_s).toString().toLower();
        Kind kind;
        if (op == "and"_L1)
            kind = Kind::All;
        else if (op == "or"_L1)
            kind = Kind::Any;
        else if (op == "not"_L1)
            kind = Kind::Not;
        else
            return invalid(path, u"unknown group \"%1\" (expected and, or, not)"_s.arg(json.value(u"op"_s).toString()));
        const QJsonValue childrenValue = json.value(u"children"_s);
        if (!childrenValue.isArray())
            return invalid(path, u"\"children\" must be an array, not %1"_s.arg(jsonKind(childrenValue)));
        Condition c;
        c.m_kind = kind;
        const QJsonArray children = childrenValue.toArray();
        for (int i = 0; i < children.size(); ++i) {
            const QString childPath = path + u".children[%1]"_s.arg(i);
            if (!children.at(i).isObject())
                return invalid(childPath, u"must be an object, not %1"_s.arg(jsonKind(children.at(i))));
            auto child = parse(children.at(i).toObject(), childPath, depth + 1);
            if (!child)
                return child.error();
            c.m_children << std::move(child).value();
        }
        return c;
    }
    if (json.contains(u"field"_s)) {
        const QJsonValue field = json.value(u"field"_s);
        if (!field.isString())
            return invalid(path, u"\"field\" must be a string"_s);
        const QJsonValue opValue = json.value(u"operator"_s);
        bool ok = false;
        const ConditionOperator op = conditionOperatorFromString(opValue.toString(), &ok);
        if (!ok) {
            return invalid(
                path,
                u"unknown operator \"%1\" (expected one of %2)"_s.arg(opValue.toString(),
                                                                      conditionOperatorNames().join(u", "_s)));
        }
        return leaf(field.toString(), op, json.value(u"value"_s));
    }
    return invalid(path, u"expected a group {\"op\", \"children\"} or a leaf {\"field\", \"operator\", \"value\"}"_s);
}

Result<Condition> Condition::fromJson(const QJsonObject &json)
{
    auto parsed = parse(json, u"root"_s, 0);
    if (!parsed)
        return parsed.error();
    Status s = parsed->validate();
    if (!s)
        return s.error();
    return parsed;
}

Result<Condition> Condition::fromJsonText(const QByteArray &text)
{
    if (text.trimmed().isEmpty())
        return Condition();
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &err);
    if (err.error != QJsonParseError::NoError) {
        return Error::make(Error::Code::Parse,
                           u"Condition is not valid JSON: %1 at offset %2"_s.arg(err.errorString()).arg(err.offset));
    }
    if (!doc.isObject())
        return Error::make(Error::Code::Parse, u"Condition root: must be a JSON object"_s);
    return fromJson(doc.object());
}

bool evaluate(const Condition &cond, const RuleContext &ctx, QStringList *explanation)
{
    Outcome o = evaluateNode(cond, ctx);
    if (explanation)
        *explanation << o.reasons;
    return o.result;
}

} // namespace hd
