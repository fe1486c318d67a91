#include "../../storage/StorageFixture.h"
#include "core/workflow/rules/RuleRepository.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace hd;
using namespace Qt::StringLiterals;

namespace {

Rule makeRule(const QString &name, RuleEvent event, int position, bool stop = false)
{
    Rule r;
    r.name = name;
    r.event = event;
    r.position = position;
    auto c = Condition::fromJsonText(R"({"op":"or","children":[{"field":"intent","operator":"eq","value":"refund"},
        {"field":"text","operator":"matches","value":"geld\\s+zur\u00fcck"}]})");
    r.condition = c.value();
    r.actions = {RuleAction::addTag(u"refund"_s), RuleAction::assign(RuleAction::AssignMode::LeastLoaded, u"EU"_s)};
    r.stopProcessing = stop;
    r.createdAt = 1717400000000;
    return r;
}

/// A fresh, migrated database on the engine. Only the Database is opened (not a whole Workspace): the
/// repository needs nothing else, and the test stays independent of the services a Workspace starts.
std::unique_ptr<Database> openFresh(const QString &engine, QTemporaryDir &dir)
{
    if (engine == "missing-pg"_L1) {
        QTest::qFail("CI=true but HARBORDESK_PG_URL is not set: scripts/test.sh must start PostgreSQL",
                     __FILE__,
                     __LINE__);
        return {};
    }
    QString location = dir.filePath(u"ws.sqlite"_s);
    if (engine == "postgresql"_L1) {
        if (!test::resetPostgres()) {
            QTest::qFail("cannot reset the PostgreSQL test database named by HARBORDESK_PG_URL", __FILE__, __LINE__);
            return {};
        }
        location = test::pgUrl();
    }
    auto where = WorkspaceLocation::parse(location);
    auto db = where ? Database::open(where.value()) : Result<std::unique_ptr<Database>>(where.error());
    if (!db) {
        QTest::qFail(qPrintable(db.error().message + u" | "_s + db.error().detail), __FILE__, __LINE__);
        return {};
    }
    return std::move(db).value();
}

} // namespace

class TestRuleRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void storesAndReadsRules_data() { test::addEngineRows(); }
    void storesAndReadsRules();
    void skipsRowsThatNoLongerParse_data() { test::addEngineRows(); }
    void skipsRowsThatNoLongerParse();
};

void TestRuleRepository::storesAndReadsRules()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    auto db = openFresh(engine, dir);
    if (!db)
        return;
    RuleRepository repo(*db);

    const Rule late = makeRule(u"Late"_s, RuleEvent::MessageReceived, 20);
    const Rule early = makeRule(u"Early"_s, RuleEvent::MessageReceived, 10, true);
    const Rule other = makeRule(u"On breach"_s, RuleEvent::SlaBreached, 0);
    auto lateId = repo.add(late);
    auto earlyId = repo.add(early);
    auto otherId = repo.add(other);
    QVERIFY(lateId.ok() && earlyId.ok() && otherId.ok());

    auto all = repo.all();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(0).name, u"On breach"_s);
    QCOMPARE(all->at(1).name, u"Early"_s);
    Rule expected = early;
    expected.id = earlyId.value();
    QCOMPARE(all->at(1), expected); // condition, actions, stopProcessing and times survive the round trip

    auto forMessages = repo.enabledFor(RuleEvent::MessageReceived);
    QVERIFY(forMessages.ok());
    QCOMPARE(forMessages->size(), 2);
    QCOMPARE(forMessages->first().id, earlyId.value());

    QVERIFY(repo.setEnabled(earlyId.value(), false).ok());
    QCOMPARE(repo.enabledFor(RuleEvent::MessageReceived)->size(), 1);

    Rule changed = repo.find(lateId.value()).value();
    changed.name = u"Late, renamed"_s;
    changed.actions = {RuleAction::noResponseNeeded()};
    QVERIFY(repo.update(changed).ok());
    QCOMPARE(repo.find(lateId.value()).value(), changed);

    QVERIFY(repo.remove(otherId.value()).ok());
    QCOMPARE(repo.find(otherId.value()).error().code, Error::Code::NotFound);
    QCOMPARE(repo.remove(otherId.value()).error().code, Error::Code::NotFound);
    changed.id = 9999;
    QCOMPARE(repo.update(changed).error().code, Error::Code::NotFound);

    Rule invalid = late;
    invalid.actions.clear();
    QCOMPARE(repo.add(invalid).error().message, u"Rule \"Late\": no actions"_s);
}

void TestRuleRepository::skipsRowsThatNoLongerParse()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    auto db = openFresh(engine, dir);
    if (!db)
        return;
    RuleRepository repo(*db);
    QVERIFY(repo.add(makeRule(u"Good"_s, RuleEvent::MessageReceived, 1)).ok());
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(u"INSERT INTO rules(name, event, condition_json, actions_json, enabled, position, created_at)"
                   " VALUES ('Old', 'message_received', '{\"field\":\"mood\",\"operator\":\"eq\",\"value\":1}', '[]',"
                   " 1, 0, 0)"_s));

    QStringList problems;
    auto rules = repo.enabledFor(RuleEvent::MessageReceived, &problems);
    QVERIFY(rules.ok());
    QCOMPARE(rules->size(), 1);
    QCOMPARE(rules->first().name, u"Good"_s);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(u"\"Old\" skipped: Condition root: unknown field \"mood\""_s),
             qPrintable(problems.first()));
}

QTEST_GUILESS_MAIN(TestRuleRepository)
#include "TestRuleRepository.moc"
