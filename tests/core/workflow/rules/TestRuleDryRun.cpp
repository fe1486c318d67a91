#include "RuleTestData.h"
#include "core/workflow/rules/RuleDryRun.h"

#include <QElapsedTimer>
#include <QTest>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

RuleContext snapshot(qint64 conversationId, const QString &intent, qint64 orderCents, int daysAgo)
{
    RuleContext c = bareContext();
    c.conversationId = conversationId;
    c.intent = intent;
    c.orderTotalCents = orderCents;
    c.nowMs = monday10utc() - qint64(daysAgo) * 1440 * kMinute;
    return c;
}

Rule bigRefunds()
{
    Rule r;
    r.id = 1;
    r.name = u"Big refunds"_s;
    r.condition = cond(R"({"op":"and","children":[{"field":"intent","operator":"eq","value":"refund"},
        {"field":"order_value","operator":"gt","value":100}]})");
    r.actions = {RuleAction::setPriority(Priority::High)};
    r.enabled = false; // a dry run is how one tries a rule before enabling it
    return r;
}

} // namespace

class TestRuleDryRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsConversationsNotSnapshots();
    void summarises_data();
    void summarises();
    void handlesAMonthOfTraffic();
};

void TestRuleDryRun::countsConversationsNotSnapshots()
{
    const QList<RuleContext> month{
        snapshot(1, u"refund"_s, 12000, 29), // matches
        snapshot(2, u"refund"_s, 5000, 20),  // too small
        snapshot(3, u"where_is_my_order"_s, 30000, 15),
        snapshot(3, u"refund"_s, 30000, 14), // conversation 3 matches on its second message
        snapshot(1, u"refund"_s, 12000, 10), // conversation 1 again: counted once
        snapshot(4, u"complaint"_s, 90000, 2),
    };
    const RuleDryRunResult r = RuleDryRun::run(bigRefunds(), month);
    QCOMPARE(r.evaluated, 6);
    QCOMPARE(r.conversationsSeen, 4);
    QCOMPARE(r.count, 2);
    QCOMPARE(r.matchingConversationIds, (QList<qint64>{1, 3}));
    QCOMPARE(r.explanations.size(), 2);
    QCOMPARE(r.explanations.at(1), (QStringList{u"intent = refund"_s, u"order value 300.00 > 100"_s}));
    QCOMPARE(r.matchedAtMs.at(1), monday10utc() - 14 * 1440 * kMinute);
    QCOMPARE(r.summary(30), u"On the last 30 days this rule would have fired on 2 of 4 conversations."_s);
}

void TestRuleDryRun::summarises_data()
{
    QTest::addColumn<int>("snapshots");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("summary");
    QTest::newRow("no history") << 0 << 30
                                << u"On the last 30 days this rule would have fired on 0 of 0 conversations."_s;
    QTest::newRow("one conversation, one day")
        << 1 << 1 << u"On the last day this rule would have fired on 1 of 1 conversation."_s;
}

void TestRuleDryRun::summarises()
{
    QFETCH(int, snapshots);
    QFETCH(int, days);
    QFETCH(QString, summary);
    QList<RuleContext> history;
    for (int i = 0; i < snapshots; ++i)
        history << snapshot(i + 1, u"refund"_s, 20000, 0);
    QCOMPARE(RuleDryRun::run(bigRefunds(), history).summary(days), summary);
}

void TestRuleDryRun::handlesAMonthOfTraffic()
{
    // 30 days x 2,000 messages: a busy seller's month, evaluated in one call.
    QList<RuleContext> month;
    month.reserve(60000);
    const QStringList intents{u"refund"_s, u"where_is_my_order"_s, u"complaint"_s, u"praise"_s};
    for (int i = 0; i < 60000; ++i)
        month << snapshot(i / 2 + 1, intents.at(i % 4), (i % 7) * 5000, i / 2000);
    QElapsedTimer t;
    t.start();
    const RuleDryRunResult r = RuleDryRun::run(bigRefunds(), month);
    qInfo("dry run over %d snapshots: %lld ms, %d matches", r.evaluated, t.elapsed(), r.count);
    QCOMPARE(r.evaluated, 60000);
    QCOMPARE(r.conversationsSeen, 30000);
    // Refund snapshots are i % 4 == 0; over 100.00 when i % 7 >= 3: 8,571 of the 15,000 refunds.
    QCOMPARE(r.count, 8571);
    QCOMPARE(r.count, int(r.matchingConversationIds.size()));
}

QTEST_GUILESS_MAIN(TestRuleDryRun)
#include "TestRuleDryRun.moc"
