#include "RuleTestData.h"
#include "core/workflow/rules/PriorityScorer.h"

#include <QTest>

#include <functional>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

using Setup = std::function<void(RuleContext &)>;
Q_DECLARE_METATYPE(Setup)

class TestPriorityScorer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scores_data();
    void scores();
    void mapsScoresToPriorities_data();
    void mapsScoresToPriorities();
    void takesWeightsFromJson();
    void rejectsBadWeights_data();
    void rejectsBadWeights();
    void formatsDurations_data();
    void formatsDurations();
};

void TestPriorityScorer::scores_data()
{
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<int>("score");
    QTest::addColumn<int>("priority");
    QTest::addColumn<QStringList>("explanation");

    auto row = [](const char *name, Setup s, int score, Priority p, const QStringList &why) {
        QTest::newRow(name) << s << score << int(p) << why;
    };
    const qint64 m = kMinute;

    row("nothing urgent", [](RuleContext &) {}, 0, Priority::Low, {u"no urgency signals"_s});
    row("SLA overdue",
        [m](RuleContext &c) { c.slaMsLeft = -25 * m; },
        35,
        Priority::High,
        {u"+35 SLA overdue by 25 min"_s});
    row("SLA due within the hour",
        [m](RuleContext &c) { c.slaMsLeft = 40 * m; },
        30,
        Priority::Normal,
        {u"+30 SLA due in 40 min"_s});
    row("SLA due in exactly one hour",
        [m](RuleContext &c) { c.slaMsLeft = 60 * m; },
        30,
        Priority::Normal,
        {u"+30 SLA due in 1 h"_s});
    row("SLA due within four hours",
        [m](RuleContext &c) { c.slaMsLeft = 200 * m; },
        20,
        Priority::Normal,
        {u"+20 SLA due in 3 h 20 min"_s});
    row("SLA due within a day",
        [m](RuleContext &c) { c.slaMsLeft = 20 * 60 * m; },
        10,
        Priority::Normal,
        {u"+10 SLA due in 20 h"_s});
    row("SLA due in two days adds nothing",
        [m](RuleContext &c) { c.slaMsLeft = 2 * 1440 * m; },
        0,
        Priority::Low,
        {u"no urgency signals"_s});
    row("chargeback or legal threat",
        [](RuleContext &c) { c.intent = u"chargeback_or_legal"_s; },
        35,
        Priority::High,
        {u"+35 chargeback or legal threat"_s});
    row("damaged or wrong item",
        [](RuleContext &c) { c.intent = u"damaged_or_wrong_item"_s; },
        20,
        Priority::Normal,
        {u"+20 damaged or wrong item"_s});
    row("complaint", [](RuleContext &c) { c.intent = u"complaint"_s; }, 15, Priority::Normal, {u"+15 complaint"_s});
    row("refund", [](RuleContext &c) { c.intent = u"refund"_s; }, 12, Priority::Normal, {u"+12 refund request"_s});
    row("delivery delay",
        [](RuleContext &c) { c.intent = u"delivery_delay"_s; },
        10,
        Priority::Normal,
        {u"+10 delivery delay"_s});
    row("praise adds nothing",
        [](RuleContext &c) { c.intent = u"praise"_s; },
        0,
        Priority::Low,
        {u"no urgency signals"_s});
    row("unknown intent adds nothing",
        [](RuleContext &c) { c.intent = u"weather"_s; },
        0,
        Priority::Low,
        {u"no urgency signals"_s});
    row("negative sentiment",
        [](RuleContext &c) { c.sentiment = u"negative"_s; },
        10,
        Priority::Normal,
        {u"+10 negative sentiment"_s});
    row("positive sentiment adds nothing",
        [](RuleContext &c) { c.sentiment = u"positive"_s; },
        0,
        Priority::Low,
        {u"no urgency signals"_s});
    row("order just under 100",
        [](RuleContext &c) { c.orderTotalCents = 9999; },
        0,
        Priority::Low,
        {u"no urgency signals"_s});
    row("order of 120 EUR",
        [](RuleContext &c) {
            c.orderTotalCents = 12000;
            c.orderCurrency = u"EUR"_s;
        },
        4,
        Priority::Low,
        {u"+4 order value EUR 120.00"_s});
    row("order of 250",
        [](RuleContext &c) { c.orderTotalCents = 25000; },
        7,
        Priority::Low,
        {u"+7 order value 250.00"_s});
    row("order of 500",
        [](RuleContext &c) { c.orderTotalCents = 50000; },
        10,
        Priority::Normal,
        {u"+10 order value 500.00"_s});
    row("lifetime value 600",
        [](RuleContext &c) { c.customerLifetimeValueCents = 60000; },
        5,
        Priority::Low,
        {u"+5 customer lifetime value 600.00"_s});
    row("lifetime value 2000",
        [](RuleContext &c) { c.customerLifetimeValueCents = 200000; },
        10,
        Priority::Normal,
        {u"+10 customer lifetime value 2000.00"_s});
    row("one repeat contact",
        [](RuleContext &c) { c.repeatContacts7d = 1; },
        5,
        Priority::Low,
        {u"+5 1 earlier contact in 7 days"_s});
    row("two repeat contacts",
        [](RuleContext &c) { c.repeatContacts7d = 2; },
        10,
        Priority::Normal,
        {u"+10 2 earlier contacts in 7 days"_s});
    row("repeat contacts are capped",
        [](RuleContext &c) { c.repeatContacts7d = 6; },
        15,
        Priority::Normal,
        {u"+15 6 earlier contacts in 7 days"_s});
    row("VIP customer", [](RuleContext &c) { c.vip = true; }, 10, Priority::Normal, {u"+10 VIP customer"_s});
    row("chargeback in an angry message outranks a fresh refund",
        [](RuleContext &c) {
            c.intent = u"chargeback_or_legal"_s;
            c.sentiment = u"negative"_s;
        },
        45,
        Priority::High,
        {u"+35 chargeback or legal threat"_s, u"+10 negative sentiment"_s});
    row("everything at once, largest first",
        [](RuleContext &c) {
            c = fullContext(); // SLA 40 min, refund, negative, EUR 120, LTV 450, 2 repeats, VIP
        },
        76,
        Priority::Urgent,
        {u"+30 SLA due in 40 min"_s,
         u"+12 refund request"_s,
         u"+10 negative sentiment"_s,
         u"+10 2 earlier contacts in 7 days"_s,
         u"+10 VIP customer"_s,
         u"+4 order value EUR 120.00"_s});
    row("capped at 100",
        [m](RuleContext &c) {
            c.slaMsLeft = -5 * m;
            c.intent = u"chargeback_or_legal"_s;
            c.sentiment = u"negative"_s;
            c.orderTotalCents = 80000;
            c.customerLifetimeValueCents = 500000;
            c.repeatContacts7d = 3;
            c.vip = true;
        },
        100,
        Priority::Urgent,
        {u"+35 SLA overdue by 5 min"_s,
         u"+35 chargeback or legal threat"_s,
         u"+15 3 earlier contacts in 7 days"_s,
         u"+10 negative sentiment"_s,
         u"+10 order value 800.00"_s,
         u"+10 customer lifetime value 5000.00"_s,
         u"+10 VIP customer"_s,
         u"capped at 100"_s});
}

void TestPriorityScorer::scores()
{
    QFETCH(Setup, setup);
    QFETCH(int, score);
    QFETCH(int, priority);
    QFETCH(QStringList, explanation);
    RuleContext ctx = bareContext();
    setup(ctx);
    const PriorityScore s = PriorityScorer().score(ctx);
    QCOMPARE(s.score, score);
    QCOMPARE(priorityToString(s.priority), priorityToString(Priority(priority)));
    QCOMPARE(s.explanation(), explanation);
    int sum = 0;
    for (const auto &c : s.contributions) {
        QVERIFY(c.points > 0);
        QVERIFY(!c.factor.isEmpty());
        sum += c.points;
    }
    QCOMPARE(std::min(sum, 100), s.score);
}

void TestPriorityScorer::mapsScoresToPriorities_data()
{
    QTest::addColumn<int>("score");
    QTest::addColumn<QString>("priority");
    QTest::newRow("9 is low") << 9 << u"low"_s;
    QTest::newRow("10 is normal") << 10 << u"normal"_s;
    QTest::newRow("34 is normal") << 34 << u"normal"_s;
    QTest::newRow("35 is high") << 35 << u"high"_s;
    QTest::newRow("59 is high") << 59 << u"high"_s;
    QTest::newRow("60 is urgent") << 60 << u"urgent"_s;
    QTest::newRow("100 is urgent") << 100 << u"urgent"_s;
}

void TestPriorityScorer::mapsScoresToPriorities()
{
    QFETCH(int, score);
    QFETCH(QString, priority);
    QCOMPARE(priorityToString(PriorityScorer().priorityFor(score)), priority);
}

void TestPriorityScorer::takesWeightsFromJson()
{
    const PriorityWeights defaults = PriorityWeights::defaults();
    auto same = PriorityWeights::fromJson(defaults.toJson());
    QVERIFY(same.ok());
    QVERIFY(same.value() == defaults);

    // Only what is given changes: chargebacks alone become urgent.
    auto tuned = PriorityWeights::fromJson(QJsonDocument::fromJson(R"({"intents":{"chargeback_or_legal":60},
        "orderValue":[{"atLeast":50,"points":3}],"slaDueWithin":[{"minutes":30,"points":25}]})")
                                               .object());
    QVERIFY2(tuned.ok(), tuned.ok() ? "" : qPrintable(tuned.error().message));
    QCOMPARE(tuned->negativeSentiment, defaults.negativeSentiment);
    QCOMPARE(tuned->intents.value(u"refund"_s), 0); // the intents table was replaced as a whole
    const PriorityScorer scorer(tuned.value());
    RuleContext ctx = bareContext();
    ctx.intent = u"chargeback_or_legal"_s;
    ctx.orderTotalCents = 6000;
    ctx.slaMsLeft = 45 * kMinute; // outside the only SLA tier
    const PriorityScore s = scorer.score(ctx);
    QCOMPARE(s.score, 63);
    QCOMPARE(s.priority, Priority::Urgent);
    QCOMPARE(s.explanation(), (QStringList{u"+60 chargeback or legal threat"_s, u"+3 order value 60.00"_s}));
}

void TestPriorityScorer::rejectsBadWeights_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("negative points") << QByteArray(R"({"vip":-5})") << u"\"vip\" must be a number 0..100"_s;
    QTest::newRow("points as text") << QByteArray(R"({"slaOverdue":"lots"})")
                                    << u"\"slaOverdue\" must be a number 0..100"_s;
    QTest::newRow("tier without points") << QByteArray(R"({"orderValue":[{"atLeast":100}]})")
                                         << u"each \"orderValue\" tier needs numbers \"atLeast\" and \"points\""_s;
    QTest::newRow("intent points out of range")
        << QByteArray(R"({"intents":{"refund":500}})") << u"intent \"refund\" points must be 0..100"_s;
    QTest::newRow("cut-offs out of order")
        << QByteArray(R"({"highAt":70,"urgentAt":60})") << u"cut-offs must satisfy normalAt <= highAt <= urgentAt"_s;
}

void TestPriorityScorer::rejectsBadWeights()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    auto w = PriorityWeights::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!w.ok());
    QCOMPARE(w.error().message, u"Priority weights: "_s + error);
}

void TestPriorityScorer::formatsDurations_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("under a minute") << qint64(59'999) << u"0 min"_s;
    QTest::newRow("minutes") << qint64(40 * kMinute) << u"40 min"_s;
    QTest::newRow("whole hours") << qint64(120 * kMinute) << u"2 h"_s;
    QTest::newRow("hours and minutes") << qint64(200 * kMinute) << u"3 h 20 min"_s;
    QTest::newRow("days and hours") << qint64((2 * 1440 + 4 * 60 + 59) * kMinute) << u"2 d 4 h"_s;
    QTest::newRow("overdue is shown unsigned") << qint64(-25 * kMinute) << u"25 min"_s;
}

void TestPriorityScorer::formatsDurations()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(PriorityScorer::formatDuration(ms), text);
}

QTEST_GUILESS_MAIN(TestPriorityScorer)
#include "TestPriorityScorer.moc"
