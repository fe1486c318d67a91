#include "RuleTestData.h"
#include "core/workflow/rules/RuleField.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

class TestCondition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluates_data();
    void evaluates();
    void rejects_data();
    void rejects();
    void roundTripsJson_data();
    void roundTripsJson();
    void describes_data();
    void describes();
    void everyFieldOperatorPairIsCovered();
    void businessHoursComesFromFlagThenCallback();
    void pathologicalRegexEndsQuickly();
    void evaluatesWithoutExplanation();
    void buildsTreesInCode();
};

void TestCondition::evaluates_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("bare"); // evaluate on bareContext() instead of fullContext()
    QTest::addColumn<bool>("expected");
    QTest::addColumn<QString>("explanation");

    auto row = [](const char *name, const char *json, bool bare, bool expected, const QString &why) {
        QTest::newRow(name) << QByteArray(json) << bare << expected << why;
    };

    // Text fields.
    row("text eq ignores case",
        R"({"field":"intent","operator":"eq","value":"REFUND"})",
        false,
        true,
        u"intent = refund"_s);
    row("text eq differs",
        R"({"field":"intent","operator":"eq","value":"complaint"})",
        false,
        false,
        u"intent is refund, not complaint"_s);
    row("text ne holds",
        R"({"field":"intent","operator":"ne","value":"complaint"})",
        false,
        true,
        u"intent is refund, not complaint"_s);
    row("text ne fails on equal",
        R"({"field":"intent","operator":"ne","value":"refund"})",
        false,
        false,
        u"intent = refund"_s);
    row("text in list",
        R"({"field":"channel","operator":"in","value":["ebay","amazon"]})",
        false,
        true,
        u"channel = amazon (one of ebay, amazon)"_s);
    row("text in list misses",
        R"({"field":"channel","operator":"in","value":["ebay","etsy"]})",
        false,
        false,
        u"channel is amazon, not one of ebay, etsy"_s);
    row("text not_in holds",
        R"({"field":"marketplace","operator":"not_in","value":["US","UK"]})",
        false,
        true,
        u"marketplace is DE, not one of US, UK"_s);
    row("text not_in fails",
        R"({"field":"region","operator":"not_in","value":["de","at"]})",
        false,
        false,
        u"region = DE (one of de, at)"_s);
    row("text contains word",
        R"({"field":"text","operator":"contains","value":"chargeback"})",
        false,
        true,
        u"message text contains \"chargeback\""_s);
    row("text contains any of array",
        R"({"field":"text","operator":"contains","value":["lawyer","CHARGEBACK"]})",
        false,
        true,
        u"message text contains \"CHARGEBACK\""_s);
    row("text contains misses",
        R"({"field":"text","operator":"contains","value":"invoice"})",
        false,
        false,
        u"message text does not contain \"invoice\""_s);
    row("text not_contains none of array",
        R"({"field":"text","operator":"not_contains","value":["invoice","receipt"]})",
        false,
        true,
        u"message text contains none of \"invoice\", \"receipt\""_s);
    row("text not_contains fails on hit",
        R"({"field":"text","operator":"not_contains","value":"refund"})",
        false,
        false,
        u"message text contains \"refund\""_s);
    row("text matches regex",
        R"({"field":"text","operator":"matches","value":"charge\\s*back"})",
        false,
        true,
        u"message text matches /charge\\s*back/ (\"chargeback\")"_s);
    row("text matches ignores case",
        R"({"field":"subject","operator":"matches","value":"^wo ist"})",
        false,
        true,
        u"subject matches /^wo ist/ (\"Wo ist\")"_s);
    row("text matches misses",
        R"({"field":"text","operator":"matches","value":"^\\d+$"})",
        false,
        false,
        u"message text does not match /^\\d+$/"_s);
    row("text is_empty on empty", R"({"field":"language","operator":"is_empty"})", true, true, u"language is empty"_s);
    row("text is_empty on set", R"({"field":"language","operator":"is_empty"})", false, false, u"language is de"_s);
    row("text eq on empty value",
        R"({"field":"order_status","operator":"eq","value":"shipped"})",
        true,
        false,
        u"order status is empty, not shipped"_s);
    row("direction eq inbound",
        R"({"field":"direction","operator":"eq","value":"inbound"})",
        false,
        true,
        u"message direction = inbound"_s);
    row("status eq open", R"({"field":"status","operator":"eq","value":"open"})", false, true, u"status = open"_s);

    // Number fields.
    row("number gt holds",
        R"({"field":"order_value","operator":"gt","value":100})",
        false,
        true,
        u"order value 120.00 > 100"_s);
    row("number gt on equal fails",
        R"({"field":"order_value","operator":"gt","value":120})",
        false,
        false,
        u"order value 120.00 is not > 120"_s);
    row("number gte on equal holds",
        R"({"field":"order_value","operator":"gte","value":120})",
        false,
        true,
        u"order value 120.00 \u2265 120"_s);
    row("number lt holds",
        R"({"field":"sla_minutes_left","operator":"lt","value":60})",
        false,
        true,
        u"SLA minutes left 40 < 60"_s);
    row("number lt fails",
        R"({"field":"sla_minutes_left","operator":"lt","value":30})",
        false,
        false,
        u"SLA minutes left 40 is not < 30"_s);
    row("number lte on equal holds",
        R"({"field":"customer_order_count","operator":"lte","value":3})",
        false,
        true,
        u"customer order count 3 \u2264 3"_s);
    row("number eq holds",
        R"({"field":"customer_order_count","operator":"eq","value":3})",
        false,
        true,
        u"customer order count 3 = 3"_s);
    row("number ne holds",
        R"({"field":"repeat_contacts_7d","operator":"ne","value":0})",
        false,
        true,
        u"repeat contacts in 7 days 2 \u2260 0"_s);
    row("number in list",
        R"({"field":"customer_order_count","operator":"in","value":[1,2,3]})",
        false,
        true,
        u"customer order count 3 in (1, 2, 3)"_s);
    row("number not_in list",
        R"({"field":"customer_order_count","operator":"not_in","value":[0,1]})",
        false,
        true,
        u"customer order count 3 not in (0, 1)"_s);
    row("money with cents",
        R"({"field":"customer_lifetime_value","operator":"gte","value":449.99})",
        false,
        true,
        u"customer lifetime value 450.00 \u2265 449.99"_s);
    row("minutes since buyer wrote",
        R"({"field":"minutes_since_last_inbound","operator":"gte","value":90})",
        false,
        true,
        u"minutes since the buyer wrote 90 \u2265 90"_s);
    row("missing number fails gt",
        R"({"field":"order_value","operator":"gt","value":0})",
        true,
        false,
        u"order value not set"_s);
    row("missing number fails eq",
        R"({"field":"sla_minutes_left","operator":"eq","value":0})",
        true,
        false,
        u"SLA minutes left not set"_s);
    row("missing number passes ne",
        R"({"field":"order_value","operator":"ne","value":100})",
        true,
        true,
        u"order value not set"_s);
    row("missing number passes not_in",
        R"({"field":"order_value","operator":"not_in","value":[1,2]})",
        true,
        true,
        u"order value not set"_s);
    row("number is_empty when missing",
        R"({"field":"sla_minutes_left","operator":"is_empty"})",
        true,
        true,
        u"SLA minutes left not set"_s);
    row("number is_empty when set",
        R"({"field":"sla_minutes_left","operator":"is_empty"})",
        false,
        false,
        u"SLA minutes left is 40"_s);

    // Bool fields.
    row("bool eq true holds", R"({"field":"vip","operator":"eq","value":true})", false, true, u"VIP customer: yes"_s);
    row("bool eq true fails", R"({"field":"vip","operator":"eq","value":true})", true, false, u"VIP customer: no"_s);
    row("bool ne",
        R"({"field":"business_hours","operator":"ne","value":true})",
        false,
        false,
        u"business hours: yes"_s);

    // Tags.
    row("tags contains ignores case",
        R"({"field":"tags","operator":"contains","value":"VIP"})",
        false,
        true,
        u"tags include \"VIP\""_s);
    row("tags contains misses",
        R"({"field":"tags","operator":"contains","value":"gold"})",
        false,
        false,
        u"tags do not include \"gold\""_s);
    row("tags in any of",
        R"({"field":"tags","operator":"in","value":["gold","returns"]})",
        false,
        true,
        u"tags include \"returns\""_s);
    row("tags not_in none of",
        R"({"field":"tags","operator":"not_in","value":["gold","spam"]})",
        false,
        true,
        u"tags include none of \"gold\", \"spam\""_s);
    row("tags not_contains fails on hit",
        R"({"field":"tags","operator":"not_contains","value":"vip"})",
        false,
        false,
        u"tags include \"vip\""_s);
    row("tags is_empty with none", R"({"field":"tags","operator":"is_empty"})", true, true, u"tags: none"_s);
    row("tags is_empty with some", R"({"field":"tags","operator":"is_empty"})", false, false, u"tags: vip, returns"_s);

    // Assignee.
    row("assignee eq", R"({"field":"assignee","operator":"eq","value":7})", false, true, u"assignee = #7"_s);
    row("assignee eq other",
        R"({"field":"assignee","operator":"eq","value":8})",
        false,
        false,
        u"assignee is #7, not #8"_s);
    row("assignee in",
        R"({"field":"assignee","operator":"in","value":[3,7]})",
        false,
        true,
        u"assignee = #7 (one of #3, #7)"_s);
    row("assignee not_in",
        R"({"field":"assignee","operator":"not_in","value":[3,4]})",
        false,
        true,
        u"assignee is #7, not one of #3, #4"_s);
    row("assignee ne on unassigned",
        R"({"field":"assignee","operator":"ne","value":7})",
        true,
        true,
        u"assignee is unassigned, not #7"_s);
    row("assignee is_empty when unassigned",
        R"({"field":"assignee","operator":"is_empty"})",
        true,
        true,
        u"assignee: unassigned"_s);
    row("assignee is_empty when assigned",
        R"({"field":"assignee","operator":"is_empty"})",
        false,
        false,
        u"assignee is #7"_s);

    // Priority is ordered.
    row("priority eq", R"({"field":"priority","operator":"eq","value":"high"})", false, true, u"priority = high"_s);
    row("priority gte on equal",
        R"({"field":"priority","operator":"gte","value":"high"})",
        false,
        true,
        u"priority high \u2265 high"_s);
    row("priority gt on equal fails",
        R"({"field":"priority","operator":"gt","value":"high"})",
        false,
        false,
        u"priority high is not > high"_s);
    row("priority lt urgent",
        R"({"field":"priority","operator":"lt","value":"urgent"})",
        false,
        true,
        u"priority high < urgent"_s);
    row("priority lte normal fails",
        R"({"field":"priority","operator":"lte","value":"normal"})",
        false,
        false,
        u"priority high is not \u2264 normal"_s);
    row("priority in",
        R"({"field":"priority","operator":"in","value":["urgent","high"]})",
        false,
        true,
        u"priority = high (one of urgent, high)"_s);

    // Trees.
    row("and explains every leaf",
        R"({"op":"and","children":[{"field":"intent","operator":"eq","value":"refund"},
            {"field":"order_value","operator":"gt","value":100}]})",
        false,
        true,
        u"intent = refund; order value 120.00 > 100"_s);
    row("and explains the first failure",
        R"({"op":"and","children":[{"field":"intent","operator":"eq","value":"refund"},
            {"field":"order_value","operator":"gt","value":500},{"field":"vip","operator":"eq","value":false}]})",
        false,
        false,
        u"order value 120.00 is not > 500"_s);
    row("or explains the first success",
        R"({"op":"or","children":[{"field":"channel","operator":"eq","value":"ebay"},
            {"field":"tags","operator":"contains","value":"vip"},{"field":"vip","operator":"eq","value":true}]})",
        false,
        true,
        u"tags include \"vip\""_s);
    row("or explains every failure",
        R"({"op":"or","children":[{"field":"channel","operator":"eq","value":"ebay"},
            {"field":"channel","operator":"eq","value":"etsy"}]})",
        false,
        false,
        u"channel is amazon, not ebay; channel is amazon, not etsy"_s);
    row("not inverts a miss",
        R"({"op":"not","children":[{"field":"intent","operator":"eq","value":"complaint"}]})",
        false,
        true,
        u"intent is refund, not complaint"_s);
    row("not inverts a match",
        R"({"op":"NOT","children":[{"field":"intent","operator":"eq","value":"refund"}]})",
        false,
        false,
        u"intent = refund"_s);
    row("not of not",
        R"({"op":"not","children":[{"op":"not","children":[
            {"field":"vip","operator":"eq","value":true}]}]})",
        false,
        true,
        u"VIP customer: yes"_s);
    row("and of or and not",
        R"({"op":"and","children":[
            {"op":"or","children":[{"field":"channel","operator":"eq","value":"ebay"},
                                   {"field":"marketplace","operator":"eq","value":"de"}]},
            {"op":"not","children":[{"field":"tags","operator":"contains","value":"spam"}]},
            {"field":"order_value","operator":"gte","value":100}]})",
        false,
        true,
        u"marketplace = DE; tags do not include \"spam\"; order value 120.00 \u2265 100"_s);
    row("or of ands picks the passing branch",
        R"({"op":"or","children":[
            {"op":"and","children":[{"field":"intent","operator":"eq","value":"refund"},
                                    {"field":"order_value","operator":"gt","value":1000}]},
            {"op":"and","children":[{"field":"sentiment","operator":"eq","value":"negative"},
                                    {"field":"repeat_contacts_7d","operator":"gte","value":2}]}]})",
        false,
        true,
        u"sentiment = negative; repeat contacts in 7 days 2 \u2265 2"_s);
    row("empty object is always", "{}", true, true, u"always"_s);
    row("empty and is always", R"({"op":"and","children":[]})", false, true, u"always"_s);
}

void TestCondition::evaluates()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, bare);
    QFETCH(bool, expected);
    QFETCH(QString, explanation);
    const Condition c = cond(json);
    QStringList why;
    QCOMPARE(evaluate(c, bare ? bareContext() : fullContext(), &why), expected);
    QCOMPARE(why.join(u"; "_s), explanation);
}

void TestCondition::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    QTest::newRow("not JSON") << QByteArray(R"({"field": )") << u"Condition is not valid JSON"_s;
    QTest::newRow("array instead of object") << QByteArray("[1]") << u"Condition root: must be a JSON object"_s;
    QTest::newRow("unknown field at root") << QByteArray(R"({"field":"colour","operator":"eq","value":"red"})")
                                           << u"Condition root: unknown field \"colour\""_s;
    QTest::newRow("unknown field deep in the tree")
        << QByteArray(R"({"op":"and","children":[{"field":"vip","operator":"eq","value":true},
            {"op":"or","children":[{"field":"vip","operator":"eq","value":true},
                                   {"field":"colour","operator":"eq","value":"red"}]}]})")
        << u"Condition root.children[1].children[1]: unknown field \"colour\""_s;
    QTest::newRow("leaf without field name")
        << QByteArray(R"({"field":"","operator":"eq","value":"x"})") << u"Condition root: leaf has no field"_s;
    QTest::newRow("unknown operator") << QByteArray(R"({"field":"intent","operator":"bigger","value":1})")
                                      << u"Condition root: unknown operator \"bigger\""_s;
    QTest::newRow("unknown group") << QByteArray(R"({"op":"xor","children":[]})")
                                   << u"Condition root: unknown group \"xor\""_s;
    QTest::newRow("children not an array") << QByteArray(R"({"op":"and","children":{}})")
                                           << u"Condition root: \"children\" must be an array, not an object"_s;
    QTest::newRow("child not an object") << QByteArray(R"({"op":"or","children":["vip"]})")
                                         << u"Condition root.children[0]: must be an object, not a string"_s;
    QTest::newRow("neither group nor leaf") << QByteArray(R"({"foo":1})") << u"Condition root: expected a group"_s;
    QTest::newRow("not with two children")
        << QByteArray(R"({"op":"not","children":[{"field":"vip","operator":"eq","value":true},
            {"field":"vip","operator":"eq","value":false}]})")
        << u"Condition root: \"not\" needs exactly one child, has 2"_s;
    QTest::newRow("or with no children") << QByteArray(R"({"op":"and","children":[{"op":"or","children":[]}]})")
                                         << u"Condition root.children[0]: \"or\" needs at least one child"_s;
    QTest::newRow("operator does not fit the type") << QByteArray(R"({"field":"intent","operator":"gt","value":3})")
                                                    << u"operator \"gt\" does not apply to text field \"intent\""_s;
    QTest::newRow("regex on a number") << QByteArray(R"({"field":"order_value","operator":"matches","value":"1"})")
                                       << u"operator \"matches\" does not apply to number field"_s;
    QTest::newRow("gt on a bool") << QByteArray(R"({"field":"vip","operator":"gt","value":true})")
                                  << u"does not apply to bool field \"vip\""_s;
    QTest::newRow("eq on tags") << QByteArray(R"({"field":"tags","operator":"eq","value":"vip"})")
                                << u"does not apply to tags field \"tags\""_s;
    QTest::newRow("number given as string") << QByteArray(R"({"field":"order_value","operator":"gt","value":"100"})")
                                            << u"value of \"order_value\" must be a number, not a string"_s;
    QTest::newRow("missing value") << QByteArray(R"({"field":"intent","operator":"eq"})")
                                   << u"value of \"intent\" must be a string, not missing"_s;
    QTest::newRow("in needs an array") << QByteArray(R"({"field":"channel","operator":"in","value":"amazon"})")
                                       << u"value must be a non-empty array"_s;
    QTest::newRow("in with empty array") << QByteArray(R"({"field":"channel","operator":"in","value":[]})")
                                         << u"value must be a non-empty array"_s;
    QTest::newRow("in with a wrong element")
        << QByteArray(R"({"field":"customer_order_count","operator":"in","value":[1,"two"]})")
        << u"must be a number, not a string"_s;
    QTest::newRow("contains with empty string") << QByteArray(R"({"field":"text","operator":"contains","value":""})")
                                                << u"value must be a string or a non-empty array of strings"_s;
    QTest::newRow("contains with a number") << QByteArray(R"({"field":"text","operator":"contains","value":[3]})")
                                            << u"value must be a string or a non-empty array of strings"_s;
    QTest::newRow("is_empty with a value")
        << QByteArray(R"({"field":"tags","operator":"is_empty","value":"x"})") << u"is_empty takes no value"_s;
    QTest::newRow("bad regular expression")
        << QByteArray(R"({"field":"text","operator":"matches","value":"(unclosed"})")
        << u"bad regular expression at offset 9"_s;
    QTest::newRow("regex raising its own limits")
        << QByteArray(R"({"field":"text","operator":"matches","value":"(*LIMIT_MATCH=99999999)a"})")
        << u"pattern may not start with a (*VERB) option"_s;
    QTest::newRow("regex too long") << (QByteArray(R"({"field":"text","operator":"matches","value":")")
                                        + QByteArray(501, 'a') + QByteArray(R"("})"))
                                    << u"pattern longer than 500 characters"_s;
    QTest::newRow("unknown priority") << QByteArray(R"({"field":"priority","operator":"eq","value":"critical"})")
                                      << u"must be one of low, normal, high, urgent"_s;
    QTest::newRow("fractional agent id") << QByteArray(R"({"field":"assignee","operator":"eq","value":1.5})")
                                         << u"must be an agent id"_s;
    QTest::newRow("bool given as string") << QByteArray(R"({"field":"vip","operator":"eq","value":"yes"})")
                                          << u"value of \"vip\" must be true or false, not a string"_s;
    QByteArray deep = R"({"field":"vip","operator":"eq","value":true})";
    for (int i = 0; i < 20; ++i)
        deep = R"({"op":"not","children":[)" + deep + "]}";
    QTest::newRow("nested too deep") << deep << u"nested deeper than 16 levels"_s;
}

void TestCondition::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    auto r = Condition::fromJsonText(json);
    QVERIFY2(!r.ok(), "expected a validation error");
    QVERIFY2(r.error().message.contains(error), qPrintable(r.error().message));
}

void TestCondition::roundTripsJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("leaf with string") << QByteArray(R"({"field":"intent","operator":"eq","value":"refund"})");
    QTest::newRow("leaf without value") << QByteArray(R"({"field":"tags","operator":"is_empty"})");
    QTest::newRow("leaf with array") << QByteArray(R"({"field":"channel","operator":"in","value":["ebay","etsy"]})");
    QTest::newRow("leaf with regex") << QByteArray(R"({"field":"text","operator":"matches","value":"\\border\\b"})");
    QTest::newRow("nested groups") << QByteArray(R"({"op":"and","children":[{"op":"or","children":[
            {"field":"order_value","operator":"gte","value":99.5},{"field":"vip","operator":"eq","value":true}]},
            {"op":"not","children":[{"field":"assignee","operator":"in","value":[3,4]}]}]})");
}

void TestCondition::roundTripsJson()
{
    QFETCH(QByteArray, json);
    const Condition c = cond(json);
    QCOMPARE(c.toJson(), QJsonDocument::fromJson(json).object());
    auto again = Condition::fromJson(c.toJson());
    QVERIFY(again.ok());
    QVERIFY(again.value() == c);
}

void TestCondition::describes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("text");
    QTest::newRow("always") << QByteArray("{}") << u"always"_s;
    QTest::newRow("one leaf") << QByteArray(R"({"field":"intent","operator":"eq","value":"refund"})")
                              << u"intent = refund"_s;
    QTest::newRow("and with nested or and not")
        << QByteArray(R"({"op":"and","children":[{"field":"intent","operator":"eq","value":"refund"},
            {"op":"or","children":[{"field":"order_value","operator":"gt","value":100},
                                   {"field":"tags","operator":"contains","value":"vip"}]},
            {"op":"not","children":[{"field":"channel","operator":"in","value":["ebay","etsy"]}]}]})")
        << u"intent = refund AND (order value > 100 OR tags contains \"vip\") AND NOT channel in (ebay, etsy)"_s;
    QTest::newRow("contains any and is_empty")
        << QByteArray(R"({"op":"or","children":[{"field":"text","operator":"not_contains","value":["a","b"]},
            {"field":"assignee","operator":"is_empty"}]})")
        << u"message text does not contain any of (\"a\", \"b\") OR assignee is empty"_s;
}

void TestCondition::describes()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, text);
    QCOMPARE(cond(json).describe(), text);
}

void TestCondition::everyFieldOperatorPairIsCovered()
{
    // Every operator a field accepts builds a valid, evaluable leaf with a value of the right shape.
    int pairs = 0;
    for (const RuleField &f : RuleField::all()) {
        QVERIFY(!f.operators().isEmpty());
        for (ConditionOperator op : f.operators()) {
            QJsonValue scalar;
            switch (f.type) {
            case RuleField::Type::Text:
            case RuleField::Type::Tags: scalar = u"x"_s; break;
            case RuleField::Type::Number: scalar = 1.0; break;
            case RuleField::Type::Bool: scalar = true; break;
            case RuleField::Type::AgentId: scalar = 7.0; break;
            case RuleField::Type::Priority: scalar = u"high"_s; break;
            }
            QJsonValue value = scalar;
            if (op == ConditionOperator::In || op == ConditionOperator::NotIn)
                value = QJsonArray{scalar};
            if (op == ConditionOperator::IsEmpty)
                value = QJsonValue();
            const Condition c = Condition::leaf(f.name, op, value);
            const Status s = c.validate();
            QVERIFY2(s.ok(), qPrintable(f.name + u' ' + conditionOperatorToString(op) + u": "_s + s.error().message));
            QStringList why;
            evaluate(c, fullContext(), &why);
            QCOMPARE(why.size(), 1);
            QVERIFY(fullContext().value(f.name).isValid());
            ++pairs;
        }
    }
    QCOMPARE(pairs, 164);
}

void TestCondition::businessHoursComesFromFlagThenCallback()
{
    const Condition c = cond(R"({"field":"business_hours","operator":"eq","value":true})");
    RuleContext ctx = bareContext();
    QVERIFY(!evaluate(c, ctx)); // neither flag nor callback: not business hours
    qint64 askedAt = 0;
    ctx.businessHoursAt = [&askedAt](qint64 utcMs) {
        askedAt = utcMs;
        return true;
    };
    QVERIFY(evaluate(c, ctx));
    QCOMPARE(askedAt, ctx.nowMs);
    ctx.inBusinessHours = false; // a precomputed flag wins over the callback
    QVERIFY(!evaluate(c, ctx));
}

void TestCondition::pathologicalRegexEndsQuickly()
{
    // (a+)+$ against "aaaa…a!" backtracks exponentially without a limit.
    const Condition c = cond(R"({"field":"text","operator":"matches","value":"(a+)+$"})");
    RuleContext ctx = bareContext();
    ctx.text = QString(40, u'a') + u'!';
    QElapsedTimer t;
    t.start();
    QStringList why;
    const bool matched = evaluate(c, ctx, &why);
    const qint64 ms = t.elapsed();
    QVERIFY(!matched);
    QCOMPARE(why, QStringList{u"message text does not match /(a+)+$/"_s});
    qInfo("pathological pattern on 41 characters: %lld ms", ms);

    // An ordinary long message is still searched in full up to the bound.
    ctx.text = QString(Condition::kMaxMatchedTextLength - 10, u'x') + u"refund"_s;
    QVERIFY(evaluate(cond(R"j({"field":"text","operator":"matches","value":"ref(und|ound)"})j"), ctx));
    ctx.text = QString(Condition::kMaxMatchedTextLength, u'x') + u"refund"_s;
    QVERIFY(!evaluate(cond(R"({"field":"text","operator":"matches","value":"refund"})"), ctx));
}

void TestCondition::evaluatesWithoutExplanation()
{
    QVERIFY(evaluate(cond(R"({"field":"intent","operator":"eq","value":"refund"})"), fullContext(), nullptr));
    QVERIFY(!evaluate(cond(R"({"field":"intent","operator":"eq","value":"refund"})"), bareContext()));
}

void TestCondition::buildsTreesInCode()
{
    const Condition c = Condition::all({
        Condition::leaf(u"intent"_s, ConditionOperator::Eq, u"refund"_s),
        Condition::negate(Condition::leaf(u"tags"_s, ConditionOperator::Contains, u"spam"_s)),
        Condition::any({Condition::leaf(u"order_value"_s, ConditionOperator::Gt, 100),
                        Condition::leaf(u"vip"_s, ConditionOperator::Eq, true)}),
    });
    QVERIFY(c.validate().ok());
    QVERIFY(evaluate(c, fullContext()));
    QCOMPARE(c, cond(QJsonDocument(c.toJson()).toJson()));
    QVERIFY(!Condition::negate(Condition::leaf(u"nope"_s, ConditionOperator::Eq, 1)).validate().ok());
}

QTEST_GUILESS_MAIN(TestCondition)
#include "TestCondition.moc"
