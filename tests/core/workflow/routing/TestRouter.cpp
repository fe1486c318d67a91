#include "core/workflow/routing/Router.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace hd;
using namespace Qt::StringLiterals;

namespace {

/// Everything Router::route() takes, so each row can bend one thing.
struct Scenario
{
    RoutingRequest request;
    QList<RoutingCandidate> team;
    RoutingPolicy policy;
    RoundRobinState roundRobin;

    RoutingCandidate &agent(const QString &name)
    {
        for (RoutingCandidate &c : team)
            if (c.agent.name == name)
                return c;
        qFatal("no agent %s in the test team", qPrintable(name));
    }
};

using Setup = std::function<void(Scenario &)>;

BusinessCalendar shifts(const char *json)
{
    auto r = BusinessCalendar::fromJson(QJsonDocument::fromJson(QByteArray(json)).object());
    if (!r)
        qFatal("bad shift calendar in test data: %s", qPrintable(r.error().message));
    return r.value();
}

RoutingCandidate candidate(qint64 id,
                           const QString &name,
                           const QStringList &languages,
                           int open,
                           int capacity,
                           std::optional<BusinessCalendar> shift,
                           const QStringList &skills = {})
{
    RoutingCandidate c;
    c.agent.id = id;
    c.agent.name = name;
    c.agent.languages = languages;
    c.agent.skills = skills;
    c.agent.capacity = capacity;
    c.agent.timeZone = shift ? QString::fromUtf8(shift->timeZone().id()) : QString();
    c.openCount = open;
    c.shifts = shift;
    return c;
}

/// Monday 3 June 2024, 10:00 UTC: 12:00 in Madrid and Berlin, 04:00 in Mexico City, 18:00 in Manila.
Scenario baseline()
{
    Scenario s;
    s.request.conversationId = 100;
    s.request.language = u"es"_s;
    s.request.queue = u"EU"_s;
    s.request.nowMs = QDateTime::fromString(u"2024-06-03T10:00:00Z"_s, Qt::ISODate).toMSecsSinceEpoch();
    const char *madrid = R"({"timeZone":"Europe/Madrid","hours":{"mon":[["09:00","18:00"]],"tue":[["09:00","18:00"]],
        "wed":[["09:00","18:00"]],"thu":[["09:00","18:00"]],"fri":[["09:00","18:00"]]}})";
    const char *mexico = R"({"timeZone":"America/Mexico_City","hours":{"mon":[["09:00","17:00"]],
        "tue":[["09:00","17:00"]],"wed":[["09:00","17:00"]],"thu":[["09:00","17:00"]],"fri":[["09:00","17:00"]]}})";
    const char *manila = R"({"timeZone":"Asia/Manila","hours":{"mon":[["08:00","20:00"]],"tue":[["08:00","20:00"]],
        "wed":[["08:00","20:00"]],"thu":[["08:00","20:00"]],"fri":[["08:00","20:00"]],"sat":[["08:00","20:00"]]}})";
    const char *berlin = R"({"timeZone":"Europe/Berlin","hours":{"mon":[["08:00","16:00"]],"tue":[["08:00","16:00"]],
        "wed":[["08:00","16:00"]],"thu":[["08:00","16:00"]],"fri":[["08:00","16:00"]]}})";
    s.team = {
        candidate(1, u"Maria"_s, {u"es"_s, u"en"_s}, 4, 20, shifts(madrid), {u"returns"_s}),
        candidate(2, u"Juan"_s, {u"es"_s}, 1, 10, shifts(mexico)),
        candidate(3, u"Ana"_s, {u"es"_s, u"pt"_s}, 8, 20, shifts(manila)),
        candidate(4, u"Bob"_s, {u"en"_s}, 1, 15, std::nullopt),
        candidate(5, u"Lena"_s, {u"de"_s, u"en"_s}, 5, 5, shifts(berlin)),
        candidate(6, u"Carlos"_s, {u"es-MX"_s}, 10, 20, std::nullopt),
    };
    s.policy.strategy = RoutingStrategy::LeastLoaded;
    return s;
}

} // namespace

Q_DECLARE_METATYPE(Setup)

class TestRouter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void routes_data();
    void routes();
    void listsWhyAgentsWereExcluded();
    void roundRobinCyclesThroughEveryone();
    void checksADirectAssignment_data();
    void checksADirectAssignment();
    void policyRoundTripsJson();
    void policyRejects_data();
    void policyRejects();
    void namesLanguages_data();
    void namesLanguages();
};

void TestRouter::routes_data()
{
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<QString>("agent"); // empty: nobody
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("overflowTo");
    QTest::addColumn<qint64>("nextRoundRobin");

    auto row = [](const char *name,
                  Setup s,
                  const QString &agent,
                  const QString &method,
                  const QString &reason,
                  const QString &overflowTo = {},
                  qint64 rr = 0) { QTest::newRow(name) << s << agent << method << reason << overflowTo << rr; };
    auto strategy = [](RoutingStrategy st) { return [st](Scenario &s) { s.policy.strategy = st; }; };

    // Least loaded.
    row(
        "least loaded among Spanish speakers on shift",
        [](Scenario &) {},
        u"Maria"_s,
        u"least_loaded"_s,
        u"least loaded among 3 Spanish speakers on shift: Maria (4/20)"_s);
    row(
        "load ratio beats the raw count",
        [](Scenario &s) { s.request.language = u"en"_s; },
        u"Bob"_s,
        u"least_loaded"_s,
        u"least loaded among 2 English speakers on shift: Bob (1/15)"_s);
    row(
        "equal ratios: fewer open conversations wins",
        [](Scenario &s) {
            s.agent(u"Maria"_s).openCount = 10; // 10/20
            s.agent(u"Ana"_s).openCount = 10;   // 10/20
            s.agent(u"Carlos"_s).agent.capacity = 40;
            s.agent(u"Carlos"_s).openCount = 20; // 20/40
        },
        u"Maria"_s,
        u"least_loaded"_s,
        u"least loaded among 3 Spanish speakers on shift: Maria (10/20)"_s);
    row(
        "offline agent is skipped",
        [](Scenario &s) { s.agent(u"Maria"_s).online = false; },
        u"Ana"_s,
        u"least_loaded"_s,
        u"least loaded among 2 Spanish speakers on shift: Ana (8/20)"_s);
    row(
        "offline agent allowed by the policy",
        [](Scenario &s) {
            s.agent(u"Maria"_s).online = false;
            s.policy.requireOnline = false;
        },
        u"Maria"_s,
        u"least_loaded"_s,
        u"least loaded among 3 Spanish speakers on shift: Maria (4/20)"_s);
    row(
        "inactive agent is skipped",
        [](Scenario &s) { s.agent(u"Maria"_s).agent.active = false; },
        u"Ana"_s,
        u"least_loaded"_s,
        u"least loaded among 2 Spanish speakers on shift: Ana (8/20)"_s);
    row(
        "required skill narrows the pool",
        [](Scenario &s) { s.request.requiredSkills = {u"Returns"_s}; },
        u"Maria"_s,
        u"least_loaded"_s,
        u"least loaded among 1 Spanish speaker with skill Returns on shift: Maria (4/20)"_s);
    row(
        "shift end is exclusive in the agent's zone",
        [](Scenario &s) { s.request.nowMs += 6 * 3600'000; }, // 16:00 UTC = 18:00 Madrid, 00:00 Manila, 10:00 CDMX
        u"Juan"_s,
        u"least_loaded"_s,
        u"least loaded among 2 Spanish speakers on shift: Juan (1/10)"_s);
    row(
        "off shift in another time zone comes on at local 09:00",
        [](Scenario &s) { s.request.nowMs += 5 * 3600'000; }, // 15:00 UTC = 09:00 Mexico City
        u"Juan"_s,
        u"least_loaded"_s,
        u"least loaded among 3 Spanish speakers on shift: Juan (1/10)"_s);

    // Round robin.
    row("round robin starts at the lowest id",
        strategy(RoutingStrategy::RoundRobin),
        u"Maria"_s,
        u"round_robin"_s,
        u"round robin among 3 Spanish speakers on shift: Maria (4/20)"_s,
        {},
        1);
    row(
        "round robin continues after the last agent",
        [](Scenario &s) {
            s.policy.strategy = RoutingStrategy::RoundRobin;
            s.roundRobin.lastAgentId = 1;
        },
        u"Ana"_s,
        u"round_robin"_s,
        u"round robin among 3 Spanish speakers on shift: Ana (8/20)"_s,
        {},
        3);
    row(
        "round robin wraps around",
        [](Scenario &s) {
            s.policy.strategy = RoutingStrategy::RoundRobin;
            s.roundRobin.lastAgentId = 6;
        },
        u"Maria"_s,
        u"round_robin"_s,
        u"round robin among 3 Spanish speakers on shift: Maria (4/20)"_s,
        {},
        1);
    row(
        "round robin skips an agent at capacity",
        [](Scenario &s) {
            s.policy.strategy = RoutingStrategy::RoundRobin;
            s.roundRobin.lastAgentId = 1;
            s.agent(u"Ana"_s).openCount = 20;
        },
        u"Carlos"_s,
        u"round_robin"_s,
        u"round robin among 2 Spanish speakers on shift: Carlos (10/20)"_s,
        {},
        6);
    row(
        "round robin state of a departed agent still moves on",
        [](Scenario &s) {
            s.policy.strategy = RoutingStrategy::RoundRobin;
            s.roundRobin.lastAgentId = 2; // Juan is off shift
        },
        u"Ana"_s,
        u"round_robin"_s,
        u"round robin among 3 Spanish speakers on shift: Ana (8/20)"_s,
        {},
        3);

    // Sticky.
    auto sticky = [](qint64 lastAgent) {
        return [lastAgent](Scenario &s) {
            s.policy.strategy = RoutingStrategy::StickyThenLeastLoaded;
            s.request.lastAgentId = lastAgent;
        };
    };
    row("sticky to the agent who last helped",
        sticky(3),
        u"Ana"_s,
        u"sticky"_s,
        u"sticky: Ana last helped this buyer (8/20)"_s);
    row("sticky agent off shift in another time zone falls back",
        sticky(2),
        u"Maria"_s,
        u"least_loaded"_s,
        u"Juan last helped this buyer but is off shift (Mon 04:00 America/Mexico_City); "
        "least loaded among 3 Spanish speakers on shift: Maria (4/20)"_s);
    row(
        "sticky agent at capacity falls back",
        [](Scenario &s) {
            s.policy.strategy = RoutingStrategy::StickyThenLeastLoaded;
            s.request.lastAgentId = 5;
            s.request.language = u"de"_s;
        },
        u"Bob"_s,
        u"least_loaded"_s,
        u"Lena last helped this buyer but is at capacity (5/5); no German speaker available, so any agent; "
        "least loaded among 4 agents on shift: Bob (1/15)"_s);
    row("sticky keeps a non-speaker who helped before",
        sticky(4),
        u"Bob"_s,
        u"sticky"_s,
        u"sticky: Bob last helped this buyer (1/15)"_s);
    row(
        "sticky non-speaker refused when the language is required",
        [sticky](Scenario &s) {
            sticky(4)(s);
            s.policy.languageMatch = LanguageMatch::Require;
        },
        u"Maria"_s,
        u"least_loaded"_s,
        u"Bob last helped this buyer but does not speak Spanish; "
        "least loaded among 3 Spanish speakers on shift: Maria (4/20)"_s);
    row("sticky agent from another queue falls back",
        sticky(77),
        u"Maria"_s,
        u"least_loaded"_s,
        u"agent #77 last helped this buyer but is not in this queue; "
        "least loaded among 3 Spanish speakers on shift: Maria (4/20)"_s);
    row(
        "sticky agent without the required skill falls back",
        [sticky](Scenario &s) {
            sticky(3)(s);
            s.request.requiredSkills = {u"returns"_s};
        },
        u"Maria"_s,
        u"least_loaded"_s,
        u"Ana last helped this buyer but lacks skill returns; "
        "least loaded among 1 Spanish speaker with skill returns on shift: Maria (4/20)"_s);
    row("no last agent means plain least loaded",
        sticky(0),
        u"Maria"_s,
        u"least_loaded"_s,
        u"least loaded among 3 Spanish speakers on shift: Maria (4/20)"_s);

    // VIP.
    row(
        "VIP buyer goes to a VIP agent",
        [](Scenario &s) {
            s.request.vip = true;
            s.policy.vipAgentIds = {6};
        },
        u"Carlos"_s,
        u"least_loaded"_s,
        u"least loaded among 1 VIP Spanish speaker on shift: Carlos (10/20)"_s);
    row(
        "VIP agent off shift falls back to everyone",
        [](Scenario &s) {
            s.request.vip = true;
            s.policy.vipAgentIds = {2};
        },
        u"Maria"_s,
        u"least_loaded"_s,
        u"no VIP agent available, so any agent; least loaded among 3 Spanish speakers on shift: Maria (4/20)"_s);
    row(
        "VIP only waits for a VIP agent",
        [](Scenario &s) {
            s.request.vip = true;
            s.policy.vipAgentIds = {2};
            s.policy.vipOnly = true;
            s.policy.maxWaiting = 5;
            s.policy.overflowQueue = u"Global"_s;
        },
        QString(),
        QString(),
        u"no VIP agent available; waits in queue EU (0 already waiting)"_s);
    row(
        "non-VIP buyer ignores the VIP pool",
        [](Scenario &s) { s.policy.vipAgentIds = {6}; },
        u"Maria"_s,
        u"least_loaded"_s,
        u"least loaded among 3 Spanish speakers on shift: Maria (4/20)"_s);

    // Language.
    row(
        "nobody speaks it: any agent",
        [](Scenario &s) { s.request.language = u"ja"_s; },
        u"Bob"_s,
        u"least_loaded"_s,
        u"no Japanese speaker available, so any agent; least loaded among 4 agents on shift: Bob (1/15)"_s);
    row(
        "nobody speaks it and it is required: wait",
        [](Scenario &s) {
            s.request.language = u"ja"_s;
            s.request.queueWaiting = 1;
            s.policy.languageMatch = LanguageMatch::Require;
            s.policy.maxWaiting = 3;
            s.policy.overflowQueue = u"Global"_s;
        },
        QString(),
        QString(),
        u"no Japanese speaker available; waits in queue EU (1 already waiting)"_s);
    row(
        "language ignored",
        [](Scenario &s) { s.policy.languageMatch = LanguageMatch::Ignore; },
        u"Bob"_s,
        u"least_loaded"_s,
        u"least loaded among 4 agents on shift: Bob (1/15)"_s);
    row(
        "regional code matches the language",
        [](Scenario &s) { s.request.language = u"es-419"_s; },
        u"Maria"_s,
        u"least_loaded"_s,
        u"least loaded among 3 Spanish speakers on shift: Maria (4/20)"_s);

    // Capacity and overflow.
    auto everyoneFull = [](Scenario &s) {
        for (RoutingCandidate &c : s.team)
            c.openCount = c.agent.capacity;
        s.policy.maxWaiting = 10;
        s.policy.overflowQueue = u"Global"_s;
    };
    row(
        "capacity full and queue over its limit: overflow",
        [everyoneFull](Scenario &s) {
            everyoneFull(s);
            s.request.queueWaiting = 10;
        },
        QString(),
        QString(),
        u"no agent available: 5 at capacity, 1 off shift; queue EU is full (10 waiting, limit 10): "
        "overflow to Global"_s,
        u"Global"_s);
    row(
        "capacity full but the queue has room: wait",
        [everyoneFull](Scenario &s) {
            everyoneFull(s);
            s.request.queueWaiting = 3;
        },
        QString(),
        QString(),
        u"no agent available: 5 at capacity, 1 off shift; waits in queue EU (3 already waiting)"_s);
    row(
        "capacity full and no overflow queue: wait",
        [everyoneFull](Scenario &s) {
            everyoneFull(s);
            s.policy.overflowQueue.clear();
            s.request.queueWaiting = 50;
        },
        QString(),
        QString(),
        u"no agent available: 5 at capacity, 1 off shift; waits in queue EU (50 already waiting)"_s);
    row(
        "capacity full with no waiting allowed overflows at once",
        [everyoneFull](Scenario &s) {
            everyoneFull(s);
            s.policy.maxWaiting = 0;
        },
        QString(),
        QString(),
        u"no agent available: 5 at capacity, 1 off shift; queue EU is full (0 waiting, limit 0): overflow to Global"_s,
        u"Global"_s);
    row(
        "zero capacity is never assigned",
        [](Scenario &s) { s.team = {candidate(9, u"Temp"_s, {u"es"_s}, 0, 0, std::nullopt)}; },
        QString(),
        QString(),
        u"no agent available: 1 at capacity; waits in queue EU (0 already waiting)"_s);
    row(
        "empty queue",
        [](Scenario &s) { s.team.clear(); },
        QString(),
        QString(),
        u"no agents in this queue; waits in queue EU (0 already waiting)"_s);
}

void TestRouter::routes()
{
    QFETCH(Setup, setup);
    QFETCH(QString, agent);
    QFETCH(QString, method);
    QFETCH(QString, reason);
    QFETCH(QString, overflowTo);
    QFETCH(qint64, nextRoundRobin);

    Scenario s = baseline();
    setup(s);
    const RoutingDecision d = Router::route(s.request, s.team, s.policy, s.roundRobin);
    QCOMPARE(d.agentName, agent);
    QCOMPARE(d.isAssigned(), !agent.isEmpty());
    QCOMPARE(d.method, method);
    QCOMPARE(d.reason, reason);
    QCOMPARE(d.overflow, !overflowTo.isEmpty());
    QCOMPARE(d.overflowQueue, overflowTo);
    if (s.policy.strategy == RoutingStrategy::RoundRobin && d.isAssigned())
        QCOMPARE(d.roundRobin.lastAgentId, nextRoundRobin);
    else
        QCOMPARE(d.roundRobin, s.roundRobin); // untouched unless round robin picked someone
    if (d.isAssigned()) {
        // Never an agent who is off shift, offline or full.
        for (const RoutingCandidate &c : s.team)
            if (c.agent.id == d.agentId)
                QCOMPARE(Router::unavailableReason(c, s.request, s.policy), QString());
    }
}

void TestRouter::listsWhyAgentsWereExcluded()
{
    Scenario s = baseline();
    s.agent(u"Bob"_s).online = false;
    s.request.requiredSkills = {u"returns"_s};
    const RoutingDecision d = Router::route(s.request, s.team, s.policy);
    QStringList lines;
    for (const RoutingExclusion &e : d.excluded)
        lines << e.agentName + u": "_s + e.reason;
    QCOMPARE(lines,
             (QStringList{
                 u"Juan: off shift (Mon 04:00 America/Mexico_City)"_s,
                 u"Ana: lacks skill returns"_s,
                 u"Bob: offline"_s,
                 u"Lena: at capacity (5/5)"_s,
                 u"Carlos: lacks skill returns"_s,
             }));
}

void TestRouter::roundRobinCyclesThroughEveryone()
{
    Scenario s = baseline();
    s.policy.strategy = RoutingStrategy::RoundRobin;
    QStringList order;
    RoundRobinState state;
    for (int i = 0; i < 7; ++i) {
        const RoutingDecision d = Router::route(s.request, s.team, s.policy, state);
        order << d.agentName;
        state = d.roundRobin;
    }
    QCOMPARE(order, (QStringList{u"Maria"_s, u"Ana"_s, u"Carlos"_s, u"Maria"_s, u"Ana"_s, u"Carlos"_s, u"Maria"_s}));
}

void TestRouter::checksADirectAssignment_data()
{
    QTest::addColumn<QString>("agent");
    QTest::addColumn<QString>("reason");
    QTest::newRow("on shift with room") << u"Maria"_s << QString();
    QTest::newRow("off shift in Mexico City") << u"Juan"_s << u"off shift (Mon 04:00 America/Mexico_City)"_s;
    QTest::newRow("at capacity") << u"Lena"_s << u"at capacity (5/5)"_s;
    QTest::newRow("no schedule means always on") << u"Bob"_s << QString();
}

void TestRouter::checksADirectAssignment()
{
    QFETCH(QString, agent);
    QFETCH(QString, reason);
    Scenario s = baseline();
    QCOMPARE(Router::unavailableReason(s.agent(agent), s.request, s.policy), reason);
}

void TestRouter::policyRoundTripsJson()
{
    RoutingPolicy p;
    p.strategy = RoutingStrategy::RoundRobin;
    p.languageMatch = LanguageMatch::Require;
    p.requireOnline = false;
    p.vipAgentIds = {3, 7};
    p.vipOnly = true;
    p.maxWaiting = 12;
    p.overflowQueue = u"Global"_s;
    auto back = RoutingPolicy::fromJson(p.toJson());
    QVERIFY(back.ok());
    QVERIFY(back.value() == p);
    auto defaults = RoutingPolicy::fromJson(QJsonObject());
    QVERIFY(defaults.ok());
    QVERIFY(defaults.value() == RoutingPolicy());
}

void TestRouter::policyRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown strategy") << QByteArray(R"({"strategy":"random"})")
                                      << u"Routing policy: unknown strategy \"random\""_s;
    QTest::newRow("unknown language match")
        << QByteArray(R"({"languageMatch":"maybe"})") << u"Routing policy: unknown languageMatch \"maybe\""_s;
    QTest::newRow("bad VIP id") << QByteArray(R"({"vipAgentIds":["maria"]})")
                                << u"Routing policy: \"vipAgentIds\" must hold positive integers"_s;
    QTest::newRow("negative queue limit")
        << QByteArray(R"({"maxWaiting":-1})") << u"Routing policy: \"maxWaiting\" must not be negative"_s;
}

void TestRouter::policyRejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    auto p = RoutingPolicy::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!p.ok());
    QCOMPARE(p.error().message, error);
}

void TestRouter::namesLanguages_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::newRow("Spanish") << u"es"_s << u"Spanish"_s;
    QTest::newRow("regional Portuguese") << u"pt-BR"_s << u"Portuguese"_s;
    QTest::newRow("upper case German") << u"DE"_s << u"German"_s;
    QTest::newRow("unknown code kept") << u"xx"_s << u"xx"_s;
}

void TestRouter::namesLanguages()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QCOMPARE(Router::languageName(code), name);
}

QTEST_GUILESS_MAIN(TestRouter)
#include "TestRouter.moc"
