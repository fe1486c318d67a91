#include "core/workflow/rules/Rule.h"

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

class TestRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsEditorJson();
    void storesStopProcessingAsATrailingMarker();
    void rejects_data();
    void rejects();
};

void TestRule::roundTripsEditorJson()
{
    const QJsonObject json = obj(R"({"id":7,"name":"Chargebacks to Maria","event":"message_received",
        "condition":{"op":"and","children":[{"field":"intent","operator":"eq","value":"chargeback_or_legal"}]},
        "actions":[{"type":"assign","mode":"agent","agent_id":5},{"type":"set_priority","priority":"urgent"}],
        "enabled":false,"position":3,"stopProcessing":true,"createdAt":1717400000000})");
    auto r = Rule::fromJson(json);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QCOMPARE(r->id, qint64(7));
    QCOMPARE(r->event, RuleEvent::MessageReceived);
    QCOMPARE(r->actions.size(), 2);
    QVERIFY(r->stopProcessing);
    QVERIFY(!r->enabled);
    QCOMPARE(r->position, 3);
    QCOMPARE(r->createdAt, qint64(1717400000000));
    QCOMPARE(r->toJson(), json);
}

void TestRule::storesStopProcessingAsATrailingMarker()
{
    Rule r;
    r.name = u"Stop"_s;
    r.actions = {RuleAction::addTag(u"x"_s)};
    r.stopProcessing = true;
    const QJsonArray stored = r.actionsJson();
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.last().toObject().value(u"type"_s).toString(), u"stop_processing"_s);

    Rule back;
    QVERIFY(back.setActionsFromJson(stored).ok());
    QVERIFY(back.stopProcessing);
    QCOMPARE(back.actions, r.actions);

    QVERIFY(back.setActionsFromJsonText("[]").ok());
    QVERIFY(!back.stopProcessing);
    QVERIFY(back.actions.isEmpty());
    QVERIFY(!back.setActionsFromJsonText("{").ok());
    QCOMPARE(back.setActionsFromJsonText(R"([{"type":"add_tag"}])").error().message,
             u"Action 0: add_tag needs a non-empty \"tag\""_s);
}

void TestRule::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown event")
        << QByteArray(R"({"name":"x","event":"tuesday","actions":[{"type":"no_response_needed"}]})")
        << u"Rule \"x\": unknown event \"tuesday\" (expected one of conversation_created, message_received, "
           "message_sent, status_changed, sla_warning, sla_breached, order_updated, schedule)"_s;
    QTest::newRow("bad condition names the node")
        << QByteArray(R"({"name":"x","event":"schedule","condition":{"op":"or","children":[
            {"field":"size","operator":"eq","value":1}]},"actions":[{"type":"no_response_needed"}]})")
        << u"Rule \"x\": Condition root.children[0]: unknown field \"size\""_s;
    QTest::newRow("bad action names its index")
        << QByteArray(R"({"name":"x","event":"schedule","actions":[{"type":"add_tag","tag":"a"},{"type":"snooze"}]})")
        << u"Rule \"x\": Action 1: snooze needs \"minutes\" between 1 and 525600"_s;
    QTest::newRow("no name") << QByteArray(
        R"({"name":" ","event":"schedule","actions":[{"type":"no_response_needed"}]})")
                             << u"Rule: name is empty"_s;
    QTest::newRow("no actions and no stop")
        << QByteArray(R"({"name":"x","event":"schedule","actions":[]})") << u"Rule \"x\": no actions"_s;
}

void TestRule::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    auto r = Rule::fromJson(obj(json));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().message, error);
}

QTEST_GUILESS_MAIN(TestRule)
#include "TestRule.moc"
