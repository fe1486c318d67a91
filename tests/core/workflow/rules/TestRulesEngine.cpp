#include "RuleTestData.h"
#include "core/workflow/rules/RulesEngine.h"

#include <QTest>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(QList<hd::Rule>)

namespace {

Rule rule(qint64 id,
          const QString &name,
          int position,
          const QByteArray &condition,
          QList<RuleAction> actions,
          bool stop = false,
          RuleEvent event = RuleEvent::MessageReceived)
{
    Rule r;
    r.id = id;
    r.name = name;
    r.position = position;
    r.event = event;
    r.condition = cond(condition);
    r.actions = std::move(actions);
    r.stopProcessing = stop;
    return r;
}

const QByteArray kRefund = R"({"field":"intent","operator":"eq","value":"refund"})";
const QByteArray kVip = R"({"field":"vip","operator":"eq","value":true})";
const QByteArray kEbay = R"({"field":"channel","operator":"eq","value":"ebay"})";
const QByteArray kAlways = "{}";

/// "rule name: action" for each planned action, in order.
QStringList planned(const RuleRunResult &r)
{
    QStringList out;
    for (const PlannedAction &p : r.actions)
        out << p.ruleName + u": "_s + p.action.describe();
    return out;
}

QStringList firedNames(const RuleRunResult &r)
{
    QStringList out;
    for (const FiredRule &f : r.fired)
        out << f.name;
    return out;
}

} // namespace

class TestRulesEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plans_data();
    void plans();
    void explainsWhyEachRuleFired();
    void ignoresEventsCausedByRules();
    void actionsCarryRuleOriginForTheLoopGuard();
    void reportsDroppedActions();
};

void TestRulesEngine::plans_data()
{
    QTest::addColumn<QList<Rule>>("rules");
    QTest::addColumn<int>("event");
    QTest::addColumn<QStringList>("expectedActions");
    QTest::addColumn<QStringList>("expectedFired");
    QTest::addColumn<qint64>("stoppedBy");

    QTest::newRow("no rules, nothing planned")
        << QList<Rule>{} << int(RuleEvent::MessageReceived) << QStringList{} << QStringList{} << qint64(0);

    QTest::newRow("matching rule plans its actions in order")
        << QList<Rule>{rule(1,
                            u"Refunds"_s,
                            0,
                            kRefund,
                            {RuleAction::addTag(u"refund"_s), RuleAction::setPriority(Priority::High)})}
        << int(RuleEvent::MessageReceived)
        << QStringList{u"Refunds: add tag \"refund\""_s, u"Refunds: set priority to high"_s}
        << QStringList{u"Refunds"_s} << qint64(0);

    QTest::newRow("non-matching rule plans nothing")
        << QList<Rule>{rule(1, u"eBay"_s, 0, kEbay, {RuleAction::addTag(u"ebay"_s)})} << int(RuleEvent::MessageReceived)
        << QStringList{} << QStringList{} << qint64(0);

    QTest::newRow("rules of another event are not run")
        << QList<Rule>{rule(1,
                            u"On create"_s,
                            0,
                            kAlways,
                            {RuleAction::addTag(u"new"_s)},
                            false,
                            RuleEvent::ConversationCreated),
                       rule(2,
                            u"On SLA breach"_s,
                            1,
                            kAlways,
                            {RuleAction::setPriority(Priority::Urgent)},
                            false,
                            RuleEvent::SlaBreached)}
        << int(RuleEvent::SlaBreached) << QStringList{u"On SLA breach: set priority to urgent"_s}
        << QStringList{u"On SLA breach"_s} << qint64(0);

    Rule disabled = rule(1, u"Disabled"_s, 0, kAlways, {RuleAction::addTag(u"x"_s)});
    disabled.enabled = false;
    QTest::newRow("disabled rule is skipped")
        << QList<Rule>{disabled} << int(RuleEvent::MessageReceived) << QStringList{} << QStringList{} << qint64(0);

    QTest::newRow("runs by position, not list order")
        << QList<Rule>{rule(1, u"Third"_s, 30, kAlways, {RuleAction::addTag(u"c"_s)}),
                       rule(2, u"First"_s, 10, kAlways, {RuleAction::addTag(u"a"_s)}),
                       rule(3, u"Second"_s, 20, kAlways, {RuleAction::addTag(u"b"_s)})}
        << int(RuleEvent::MessageReceived)
        << QStringList{u"First: add tag \"a\""_s, u"Second: add tag \"b\""_s, u"Third: add tag \"c\""_s}
        << QStringList{u"First"_s, u"Second"_s, u"Third"_s} << qint64(0);

    QTest::newRow("equal positions run by id")
        << QList<Rule>{rule(9, u"Id nine"_s, 0, kAlways, {RuleAction::addTag(u"nine"_s)}),
                       rule(4, u"Id four"_s, 0, kAlways, {RuleAction::addTag(u"four"_s)})}
        << int(RuleEvent::MessageReceived)
        << QStringList{u"Id four: add tag \"four\""_s, u"Id nine: add tag \"nine\""_s}
        << QStringList{u"Id four"_s, u"Id nine"_s} << qint64(0);

    QTest::newRow("stopProcessing ends the run after its own actions")
        << QList<Rule>{rule(1, u"VIP desk"_s, 1, kVip, {RuleAction::assignAgent(5)}, true),
                       rule(2, u"Refund desk"_s, 2, kRefund, {RuleAction::addTag(u"refund"_s)})}
        << int(RuleEvent::MessageReceived) << QStringList{u"VIP desk: assign to agent #5"_s}
        << QStringList{u"VIP desk"_s} << qint64(1);

    QTest::newRow("stopProcessing on a rule that does not fire changes nothing")
        << QList<Rule>{rule(1, u"eBay only"_s, 1, kEbay, {RuleAction::addTag(u"ebay"_s)}, true),
                       rule(2, u"Refund desk"_s, 2, kRefund, {RuleAction::addTag(u"refund"_s)})}
        << int(RuleEvent::MessageReceived) << QStringList{u"Refund desk: add tag \"refund\""_s}
        << QStringList{u"Refund desk"_s} << qint64(0);

    QTest::newRow("stop-only rule shields later rules")
        << QList<Rule>{rule(1, u"Leave VIPs alone"_s, 0, kVip, {}, true),
                       rule(2, u"Auto-reply"_s, 1, kAlways, {RuleAction::replyTemplate(3)})}
        << int(RuleEvent::MessageReceived) << QStringList{} << QStringList{u"Leave VIPs alone"_s} << qint64(1);

    QTest::newRow("first assignment wins over a later one")
        << QList<Rule>{rule(1, u"VIP to Maria"_s, 1, kVip, {RuleAction::assignAgent(5)}),
                       rule(2,
                            u"Refunds to billing"_s,
                            2,
                            kRefund,
                            {RuleAction::assign(RuleAction::AssignMode::RoundRobin, u"Billing"_s),
                             RuleAction::addTag(u"billing"_s)})}
        << int(RuleEvent::MessageReceived)
        << QStringList{u"VIP to Maria: assign to agent #5"_s, u"Refunds to billing: add tag \"billing\""_s}
        << QStringList{u"VIP to Maria"_s, u"Refunds to billing"_s} << qint64(0);

    QTest::newRow("first priority wins")
        << QList<Rule>{rule(1, u"Urgent"_s, 1, kVip, {RuleAction::setPriority(Priority::Urgent)}),
                       rule(2, u"Low"_s, 2, kAlways, {RuleAction::setPriority(Priority::Low)})}
        << int(RuleEvent::MessageReceived) << QStringList{u"Urgent: set priority to urgent"_s}
        << QStringList{u"Urgent"_s, u"Low"_s} << qint64(0);

    QTest::newRow("snooze and set status share one slot")
        << QList<Rule>{rule(1, u"Snooze"_s, 1, kAlways, {RuleAction::snooze(60)}),
                       rule(2, u"Resolve"_s, 2, kAlways, {RuleAction::setStatus(ConversationStatus::Resolved)})}
        << int(RuleEvent::MessageReceived) << QStringList{u"Snooze: snooze for 60 min"_s}
        << QStringList{u"Snooze"_s, u"Resolve"_s} << qint64(0);

    QTest::newRow("no response needed blocks a later auto-reply")
        << QList<Rule>{rule(1, u"Thanks only"_s, 1, kAlways, {RuleAction::noResponseNeeded()}),
                       rule(2, u"Auto-reply"_s, 2, kAlways, {RuleAction::replyTemplate(3)})}
        << int(RuleEvent::MessageReceived) << QStringList{u"Thanks only: mark \"no response needed\""_s}
        << QStringList{u"Thanks only"_s, u"Auto-reply"_s} << qint64(0);

    QTest::newRow("remove tag after add of the same tag is dropped")
        << QList<Rule>{rule(1, u"Tag"_s, 1, kAlways, {RuleAction::addTag(u"Urgent"_s)}),
                       rule(2, u"Untag"_s, 2, kAlways, {RuleAction::removeTag(u"urgent"_s)})}
        << int(RuleEvent::MessageReceived) << QStringList{u"Tag: add tag \"Urgent\""_s}
        << QStringList{u"Tag"_s, u"Untag"_s} << qint64(0);

    QTest::newRow("different tags accumulate, duplicates collapse")
        << QList<Rule>{rule(1, u"A"_s, 1, kAlways, {RuleAction::addTag(u"x"_s), RuleAction::addTag(u"y"_s)}),
                       rule(2, u"B"_s, 2, kAlways, {RuleAction::addTag(u"y"_s), RuleAction::addTag(u"z"_s)})}
        << int(RuleEvent::MessageReceived)
        << QStringList{u"A: add tag \"x\""_s, u"A: add tag \"y\""_s, u"B: add tag \"z\""_s}
        << QStringList{u"A"_s, u"B"_s} << qint64(0);

    QTest::newRow("notes and notifications accumulate")
        << QList<Rule>{rule(1,
                            u"Note"_s,
                            1,
                            kAlways,
                            {RuleAction::addNote(u"check photos"_s), RuleAction::notify(u"assignee"_s, u"refund"_s)}),
                       rule(2,
                            u"Note 2"_s,
                            2,
                            kAlways,
                            {RuleAction::addNote(u"VIP"_s), RuleAction::notify(u"team"_s, u"vip"_s, 0, u"EU"_s)})}
        << int(RuleEvent::MessageReceived)
        << QStringList{u"Note: add internal note"_s,
                       u"Note: notify assignee"_s,
                       u"Note 2: add internal note"_s,
                       u"Note 2: notify team EU"_s}
        << QStringList{u"Note"_s, u"Note 2"_s} << qint64(0);

    QTest::newRow("SLA policy: first wins")
        << QList<Rule>{rule(1, u"Amazon SLA"_s, 1, kAlways, {RuleAction::applySla(2)}),
                       rule(2, u"Company SLA"_s, 2, kAlways, {RuleAction::applySla(1)})}
        << int(RuleEvent::MessageReceived) << QStringList{u"Amazon SLA: apply SLA policy #2"_s}
        << QStringList{u"Amazon SLA"_s, u"Company SLA"_s} << qint64(0);
}

void TestRulesEngine::plans()
{
    QFETCH(QList<Rule>, rules);
    QFETCH(int, event);
    QFETCH(QStringList, expectedActions);
    QFETCH(QStringList, expectedFired);
    QFETCH(qint64, stoppedBy);
    const RuleRunResult r = RulesEngine::run(RuleTrigger(RuleEvent(event)), fullContext(), rules);
    QCOMPARE(planned(r), expectedActions);
    QCOMPARE(firedNames(r), expectedFired);
    QCOMPARE(r.stoppedByRuleId, stoppedBy);
    QVERIFY(!r.ignored);
}

void TestRulesEngine::explainsWhyEachRuleFired()
{
    const QList<Rule> rules{
        rule(1,
             u"Big refunds"_s,
             1,
             R"({"op":"and","children":[{"field":"intent","operator":"eq","value":"refund"},
                 {"field":"order_value","operator":"gt","value":100}]})",
             {RuleAction::addTag(u"big-refund"_s), RuleAction::setPriority(Priority::High)}),
        rule(2, u"eBay"_s, 2, kEbay, {RuleAction::addTag(u"ebay"_s)}),
    };
    const RuleRunResult r = RulesEngine::run(RuleEvent::MessageReceived, fullContext(), rules);
    QCOMPARE(r.evaluated, 2);
    QCOMPARE(r.fired.size(), 1);
    const FiredRule &f = r.fired.first();
    QCOMPARE(f.ruleId, qint64(1));
    QCOMPARE(f.explanation, (QStringList{u"intent = refund"_s, u"order value 120.00 > 100"_s}));
    QCOMPARE(f.summary(),
             u"Big refunds: intent = refund; order value 120.00 > 100 \u2192 add tag \"big-refund\", "
             "set priority to high"_s);
    QCOMPARE(r.log(), QStringList{f.summary()});
}

void TestRulesEngine::ignoresEventsCausedByRules()
{
    const QList<Rule> rules{
        rule(1, u"Always tag"_s, 0, kAlways, {RuleAction::addTag(u"seen"_s)}, false, RuleEvent::StatusChanged)};
    const RuleRunResult byAgent = RulesEngine::run(RuleEvent::StatusChanged, fullContext(), rules);
    QCOMPARE(byAgent.actions.size(), 1);

    const RuleRunResult byRule =
        RulesEngine::run(RuleTrigger::fromRuleAction(RuleEvent::StatusChanged, 1), fullContext(), rules);
    QVERIFY(byRule.ignored);
    QVERIFY(byRule.actions.isEmpty());
    QVERIFY(byRule.fired.isEmpty());
    QCOMPARE(byRule.evaluated, 0);
    QCOMPARE(byRule.ignoredReason, u"status changed caused by rule #1 is ignored: rules do not re-trigger rules"_s);
}

void TestRulesEngine::actionsCarryRuleOriginForTheLoopGuard()
{
    // A rule resolves refunds; applying it raises status_changed, which must not run the rules again, so
    // the "reopen on status change" rule cannot ping-pong with it.
    const QList<Rule> rules{
        rule(1, u"Resolve thanks"_s, 0, kAlways, {RuleAction::setStatus(ConversationStatus::Resolved)}),
        rule(2,
             u"Reopen"_s,
             0,
             kAlways,
             {RuleAction::setStatus(ConversationStatus::Open)},
             false,
             RuleEvent::StatusChanged),
    };
    const RuleRunResult first = RulesEngine::run(RuleEvent::MessageReceived, fullContext(), rules);
    QCOMPARE(first.actions.size(), 1);
    const PlannedAction &applied = first.actions.first();
    QVERIFY(applied.isFromRule());
    QCOMPARE(actionOriginToString(applied.origin), u"rule"_s);
    const RuleTrigger follow = applied.trigger(RuleEvent::StatusChanged);
    QVERIFY(follow.causedByRule);
    QCOMPARE(follow.causingRuleId, qint64(1));
    QVERIFY(RulesEngine::run(follow, fullContext(), rules).actions.isEmpty());

    PlannedAction byAgent = applied;
    byAgent.origin = ActionOrigin::Agent;
    QCOMPARE(RulesEngine::run(byAgent.trigger(RuleEvent::StatusChanged), fullContext(), rules).actions.size(), 1);
}

void TestRulesEngine::reportsDroppedActions()
{
    const QList<Rule> rules{
        rule(1, u"VIP to Maria"_s, 1, kVip, {RuleAction::assignAgent(5)}),
        rule(2, u"Refunds round robin"_s, 2, kRefund, {RuleAction::assign(RuleAction::AssignMode::RoundRobin)}),
        rule(3, u"VIP again"_s, 3, kVip, {RuleAction::assignAgent(5)}),
    };
    const RuleRunResult r = RulesEngine::run(RuleEvent::MessageReceived, fullContext(), rules);
    QCOMPARE(r.actions.size(), 1);
    QCOMPARE(r.dropped.size(), 2);
    QCOMPARE(r.dropped.at(0).planned.ruleName, u"Refunds round robin"_s);
    QCOMPARE(r.dropped.at(0).reason,
             u"\"VIP to Maria\" (position 1) already planned \"assign to agent #5\"; the first rule wins"_s);
    QCOMPARE(r.dropped.at(1).reason, u"already planned by \"VIP to Maria\""_s);
    QCOMPARE(r.log().size(), 5);
    QCOMPARE(r.log().at(3),
             u"Refunds round robin: dropped \"assign by round robin\": \"VIP to Maria\" (position 1) "
             "already planned \"assign to agent #5\"; the first rule wins"_s);
}

QTEST_GUILESS_MAIN(TestRulesEngine)
#include "TestRulesEngine.moc"
