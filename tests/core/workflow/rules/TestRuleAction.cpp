#include "core/workflow/rules/RuleAction.h"

#include <QJsonDocument>
#include <QTest>

using namespace hd;
using namespace Qt::StringLiterals;

namespace {
QJsonObject obj(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}
} // namespace

class TestRuleAction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrips_data();
    void roundTrips();
    void rejects_data();
    void rejects();
};

void TestRuleAction::roundTrips_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("describe");
    QTest::addColumn<QString>("conflictKey");

    QTest::newRow("assign agent") << QByteArray(R"({"type":"assign","mode":"agent","agent_id":12})")
                                  << u"assign to agent #12"_s << u"assignee"_s;
    QTest::newRow("assign team") << QByteArray(R"({"type":"assign","mode":"team","team":"EU"})")
                                 << u"assign to team EU"_s << u"assignee"_s;
    QTest::newRow("assign round robin in team")
        << QByteArray(R"({"type":"assign","mode":"round_robin","team":"Billing"})")
        << u"assign by round robin in team Billing"_s << u"assignee"_s;
    QTest::newRow("assign least loaded") << QByteArray(R"({"type":"assign","mode":"least_loaded"})")
                                         << u"assign to the least loaded agent"_s << u"assignee"_s;
    QTest::newRow("assign last agent") << QByteArray(R"({"type":"assign","mode":"last_agent"})")
                                       << u"assign to the agent who last helped this buyer"_s << u"assignee"_s;
    QTest::newRow("unassign") << QByteArray(R"({"type":"assign","mode":"unassign"})") << u"unassign"_s << u"assignee"_s;
    QTest::newRow("add tag") << QByteArray(R"({"type":"add_tag","tag":"VIP"})") << u"add tag \"VIP\""_s << u"tag:vip"_s;
    QTest::newRow("remove tag") << QByteArray(R"({"type":"remove_tag","tag":"vip"})") << u"remove tag \"vip\""_s
                                << u"tag:vip"_s;
    QTest::newRow("set priority") << QByteArray(R"({"type":"set_priority","priority":"urgent"})")
                                  << u"set priority to urgent"_s << u"priority"_s;
    QTest::newRow("set status") << QByteArray(R"({"type":"set_status","status":"pending"})")
                                << u"set status to pending"_s << u"status"_s;
    QTest::newRow("snooze") << QByteArray(R"({"type":"snooze","minutes":120})") << u"snooze for 120 min"_s
                            << u"status"_s;
    QTest::newRow("reply with template") << QByteArray(R"({"type":"reply_template","template_id":5})")
                                         << u"reply with template #5"_s << u"reply"_s;
    QTest::newRow("internal note") << QByteArray(R"({"type":"add_note","text":"Check the photos"})")
                                   << u"add internal note"_s << QString();
    QTest::newRow("notify assignee") << QByteArray(R"({"type":"notify","target":"assignee","text":"Chargeback"})")
                                     << u"notify assignee"_s << QString();
    QTest::newRow("notify agent") << QByteArray(R"({"type":"notify","target":"agent","text":"","agent_id":3})")
                                  << u"notify agent #3"_s << QString();
    QTest::newRow("notify team") << QByteArray(R"({"type":"notify","target":"team","text":"VIP","team":"EU"})")
                                 << u"notify team EU"_s << QString();
    QTest::newRow("apply SLA policy") << QByteArray(R"({"type":"apply_sla","policy_id":2})") << u"apply SLA policy #2"_s
                                      << u"sla"_s;
    QTest::newRow("no response needed") << QByteArray(R"({"type":"no_response_needed"})")
                                        << u"mark \"no response needed\""_s << u"reply"_s;
}

void TestRuleAction::roundTrips()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, describe);
    QFETCH(QString, conflictKey);
    auto a = RuleAction::fromJson(obj(json));
    QVERIFY2(a.ok(), a.ok() ? "" : qPrintable(a.error().message));
    QCOMPARE(a->toJson(), obj(json));
    QCOMPARE(a->describe(), describe);
    QCOMPARE(a->conflictKey(), conflictKey);
}

void TestRuleAction::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown type") << QByteArray(R"({"type":"launch_rocket"})")
                                  << u"Action: unknown type \"launch_rocket\""_s;
    QTest::newRow("missing type") << QByteArray(R"({})") << u"Action: unknown type \"\""_s;
    QTest::newRow("assign with unknown mode")
        << QByteArray(R"({"type":"assign","mode":"random"})") << u"Action: assign has unknown mode \"random\""_s;
    QTest::newRow("assign agent without id") << QByteArray(R"({"type":"assign","mode":"agent"})")
                                             << u"Action: assign to an agent needs a positive \"agent_id\""_s;
    QTest::newRow("assign team without team") << QByteArray(R"({"type":"assign","mode":"team","team":" "})")
                                              << u"Action: assign to a team needs a non-empty \"team\""_s;
    QTest::newRow("tag without name") << QByteArray(R"({"type":"add_tag"})")
                                      << u"Action: add_tag needs a non-empty \"tag\""_s;
    QTest::newRow("unknown priority") << QByteArray(R"({"type":"set_priority","priority":"asap"})")
                                      << u"Action: set_priority needs \"priority\": low, normal, high or urgent"_s;
    QTest::newRow("unknown status") << QByteArray(R"({"type":"set_status","status":"closed"})")
                                    << u"Action: set_status needs \"status\": open, pending or resolved"_s;
    QTest::newRow("snooze zero minutes") << QByteArray(R"({"type":"snooze","minutes":0})")
                                         << u"Action: snooze needs \"minutes\" between 1 and 525600"_s;
    QTest::newRow("template without id") << QByteArray(R"({"type":"reply_template"})")
                                         << u"Action: reply_template needs a positive \"template_id\""_s;
    QTest::newRow("empty note") << QByteArray(R"({"type":"add_note","text":"  "})")
                                << u"Action: add_note needs a non-empty \"text\""_s;
    QTest::newRow("notify unknown target") << QByteArray(R"({"type":"notify","target":"ceo"})")
                                           << u"Action: notify needs \"target\": assignee, team, agent, everyone"_s;
    QTest::newRow("notify agent without id") << QByteArray(R"({"type":"notify","target":"agent"})")
                                             << u"Action: notify an agent needs a positive \"agent_id\""_s;
    QTest::newRow("SLA without policy") << QByteArray(R"({"type":"apply_sla","policy_id":-1})")
                                        << u"Action: apply_sla needs a positive \"policy_id\""_s;
}

void TestRuleAction::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    auto a = RuleAction::fromJson(obj(json));
    QVERIFY(!a.ok());
    QCOMPARE(a.error().message, error);
}

QTEST_GUILESS_MAIN(TestRuleAction)
#include "TestRuleAction.moc"
