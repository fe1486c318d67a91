// Team mode on PostgreSQL (issue #3, DESIGN.md §4): three HarborDesk processes (TestCrashDriver:
// the real connectors, SyncEngine and OutboxSender) work on one PostgreSQL workspace at the same
// time, against harbordesk-sim in this process with about 20% of the requests faulted. The
// advisory lock (pg_try_advisory_lock) must give each channel to one process at a time, and the
// outbox's SELECT ... FOR UPDATE SKIP LOCKED must hand each reply to one process: every message is
// stored once, every reply reaches the simulator once and is reported sent by one process only.
// Needs HARBORDESK_PG_URL: ./scripts/services.sh --only postgres -- ctest -R TestSyncTeam

#include "app/sim/SimScenarioGenerator.h"
#include "app/sim/SimServer.h"
#include "app/sim/routes/SimRoutes.h"
#include "tests/core/sync/SyncTestSupport.h"
#include "tests/integration/SimSoakSupport.h"

#include <QHash>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace hd;
using namespace Qt::StringLiterals;

namespace {

constexpr int kProcesses = 3;

/// What one driver process reported: channels it stored messages for, replies it sent.
struct RunReport
{
    QHash<qint64, int> ingested; ///< channel → messages inserted
    QSet<qint64> sent;           ///< message ids
    int exitCode = -1;
    QString stderrTail;
};

/// Starts kProcesses drivers on `location` at once and waits for all (serving the in-process
/// simulator meanwhile). Empty on a start failure or timeout.
QList<RunReport> runTogether(const QString &location, int processes = kProcesses)
{
    const QString driver = QCoreApplication::applicationDirPath() + u"/TestCrashDriver"_s;
    std::vector<std::unique_ptr<QProcess>> children;
    for (int i = 0; i < processes; ++i) {
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::SeparateChannels);
        p->start(driver, {location});
        if (!p->waitForStarted(10'000))
            return {};
        children.push_back(std::move(p));
    }
    const bool finished = QTest::qWaitFor(
        [&] {
            for (const auto &p : children)
                if (p->state() != QProcess::NotRunning)
                    return false;
            return true;
        },
        300'000);
    if (!finished)
        return {};
    QList<RunReport> reports;
    for (const auto &p : children) {
        RunReport r;
        r.exitCode = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
        r.stderrTail = QString::fromLocal8Bit(p->readAllStandardError().right(1'500));
        for (const QByteArray &line : p->readAllStandardOutput().split('\n')) {
            const QList<QByteArray> f = line.split(' ');
            if (f.value(0) == "ingested" && f.value(2).toInt() > 0)
                r.ingested[f.value(1).toLongLong()] += f.value(2).toInt();
            else if (f.value(0) == "sent")
                r.sent.insert(f.value(1).toLongLong());
        }
        reports.append(r);
    }
    return reports;
}

} // namespace

class TestSyncTeam : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void threeProcessesOnePostgresWorkspace()
    {
        if (test::pgUrl().isEmpty()) // locally as in CI: a skipped test is not a pass
            QFAIL("HARBORDESK_PG_URL is not set: run scripts/test.sh, or "
                  "./scripts/services.sh --only postgres -- ctest -R TestSyncTeam");
        QVERIFY(QFile::exists(QCoreApplication::applicationDirPath() + u"/TestCrashDriver"_s));
        QTemporaryDir dir;
        SystemClock clock;
        auto ws = test::openFresh(u"postgresql"_s, dir, clock);
        QVERIFY(ws);

        sim::SimServer sim(clock);
        sim::installAllRoutes(sim);
        QVERIFY(sim.loadScenario(simtest::soakScenario()));
        sim.setSeed(7);
        QVERIFY(sim.listen());
        const QList<simtest::SoakChannel> kinds = simtest::soakChannels();
        const QList<qint64> channels = simtest::addSoakChannels(*ws, sim.baseUrl());
        QVERIFY(!channels.contains(0));
        QJsonArray specs;
        for (const simtest::SoakChannel &c : kinds)
            specs.append(c.generator);
        QSet<QString> expected;
        auto generate = [&](const QString &tag, int perChannel) {
            const auto g = sim::SimScenarioGenerator::generate(sim,
                                                               QJsonObject{{u"channels"_s, specs},
                                                                           {u"perChannel"_s, perChannel},
                                                                           {u"perConversation"_s, 3},
                                                                           {u"tag"_s, tag}});
            if (!g)
                return false;
            const QJsonObject byChannel = g->value(u"channels"_s).toObject();
            for (auto it = byChannel.begin(); it != byChannel.end(); ++it)
                for (const QJsonValue &id : it.value().toObject().value(u"messages"_s).toArray())
                    expected.insert(it.key().section(u':', 0, 0) + u'/' + id.toString());
            return true;
        };
        QVERIFY(generate(u"t1"_s, 300));
        for (const sim::SimFault &f : simtest::soakFaults())
            sim.addFault(f);

        // 1. Three processes sync the same five channels at once.
        const QList<RunReport> first = runTogether(test::pgUrl());
        QCOMPARE(first.size(), kProcesses);
        QHash<qint64, QSet<int>> syncedBy; // channel → processes that stored messages for it
        for (int p = 0; p < kProcesses; ++p) {
            QVERIFY2(first.at(p).exitCode == 0, qPrintable(first.at(p).stderrTail));
            for (auto it = first.at(p).ingested.cbegin(); it != first.at(p).ingested.cend(); ++it)
                syncedBy[it.key()].insert(p);
        }

        // 2. Replies to 40 conversations per channel, while buyers write more; three processes again.
        QHash<QString, int> replyTexts;
        for (qsizetype i = 0; i < kinds.size(); ++i) {
            QSqlQuery q(ws->database().connection());
            q.prepare(u"SELECT id, external_id FROM conversations WHERE channel_id = ? ORDER BY id LIMIT 40"_s);
            q.addBindValue(channels.at(i));
            QVERIFY(q.exec());
            QList<std::pair<qint64, QString>> targets;
            while (q.next())
                targets.append({q.value(0).toLongLong(), q.value(1).toString()});
            QCOMPARE(targets.size(), 40);
            for (const auto &[conversation, external] : targets) {
                const QString text = u"Team reply (%1 %2)."_s.arg(kinds.at(i).name, external);
                QVERIFY(ws->messages().addReply(conversation, 0, text));
                replyTexts.insert(text, 1);
            }
        }
        QVERIFY(generate(u"t2"_s, 150));
        const QList<RunReport> second = runTogether(test::pgUrl());
        QCOMPARE(second.size(), kProcesses);
        QHash<qint64, int> sentBy; // message → processes that reported it sent
        QStringList split;
        for (int p = 0; p < kProcesses; ++p) {
            QVERIFY2(second.at(p).exitCode == 0 || second.at(p).exitCode == 3, qPrintable(second.at(p).stderrTail));
            for (auto it = second.at(p).ingested.cbegin(); it != second.at(p).ingested.cend(); ++it)
                syncedBy[it.key()].insert(10 + p);
            for (qint64 m : second.at(p).sent)
                ++sentBy[m];
            split << u"process %1: sync %2 channels then %3, sent %4"_s.arg(p + 1)
                         .arg(first.at(p).ingested.size())
                         .arg(second.at(p).ingested.size())
                         .arg(second.at(p).sent.size());
        }

        // 3. A pass that resumed a scan ends "up to date" when that scan ends, and a channel that
        // failed at the end of a pass waits out its backoff (at most 2 s in the driver): the
        // conversations left are read by the next poll (docs/RELIABILITY.md, "Findings"). Poll, one
        // process, as the running app would a minute later, until a poll stores nothing.
        sim.clearFaults();
        int furtherPolls = 0;
        int deferred = 0;
        for (int inserted = 1; inserted > 0 && furtherPolls < 5; ++furtherPolls) {
            QTest::qWait(2'100); // the driver's backoff cap
            const QList<RunReport> poll = runTogether(test::pgUrl(), 1);
            QCOMPARE(poll.size(), 1);
            QVERIFY2(poll.first().exitCode == 0, qPrintable(poll.first().stderrTail));
            inserted = 0;
            for (int n : poll.first().ingested)
                inserted += n;
            deferred += inserted;
        }

        // Stored once each, by channel and id.
        QSet<QString> have;
        qint64 rows = 0;
        {
            QHash<qint64, QString> injectorOf;
            for (qsizetype i = 0; i < kinds.size(); ++i)
                injectorOf.insert(channels.at(i), kinds.at(i).generator.section(u':', 0, 0));
            QSqlQuery q(ws->database().connection());
            QVERIFY(q.exec(u"SELECT channel_id, external_id FROM messages WHERE direction = 'inbound'"_s));
            while (q.next()) {
                ++rows;
                have.insert(injectorOf.value(q.value(0).toLongLong()) + u'/' + q.value(1).toString());
            }
        }
        QHash<QString, int> deliveries;
        qint64 delivered = 0;
        for (const QString &channel : {u"ebay"_s, u"shopee"_s, u"meta"_s, u"tiktok"_s})
            for (const QJsonValue &v : sim.state().sent(channel)) {
                ++deliveries[v.toObject().value(u"text"_s).toString()];
                ++delivered;
            }
        int twice = 0, never = 0, reportedTwice = 0;
        for (auto it = replyTexts.cbegin(); it != replyTexts.cend(); ++it) {
            twice += deliveries.value(it.key()) > 1 ? 1 : 0;
            never += deliveries.value(it.key()) == 0 ? 1 : 0;
        }
        for (int n : std::as_const(sentBy))
            reportedTwice += n > 1 ? 1 : 0;
        int sharedPasses = 0; // a channel's new messages stored by two processes in the same pass
        for (auto it = syncedBy.cbegin(); it != syncedBy.cend(); ++it) {
            int inFirst = 0, inSecond = 0;
            for (int p : it.value())
                (p < 10 ? inFirst : inSecond) += 1;
            sharedPasses += (inFirst > 1 ? 1 : 0) + (inSecond > 1 ? 1 : 0);
        }
        const qint64 sent = test::scalar(*ws, u"SELECT COUNT(*) FROM outbox WHERE state = 'sent'"_s);
        qInfo("team (PostgreSQL, %d processes): messages generated %lld, stored %lld, distinct %lld; channel passes "
              "shared by two processes %d; replies %lld, sent %lld, delivered %lld, sent twice %d, never %d, reported "
              "sent by two processes %d; %d further polls stored %d; %s",
              kProcesses,
              qint64(expected.size()),
              rows,
              qint64(have.size()),
              sharedPasses,
              qint64(replyTexts.size()),
              sent,
              delivered,
              twice,
              never,
              reportedTwice,
              furtherPolls,
              deferred,
              qPrintable(split.join(u"; "_s)));
        QCOMPARE(rows, qint64(expected.size()));
        QVERIFY2(
            have == expected,
            qPrintable(u"%1 missing, %2 unexpected"_s.arg((expected - have).size()).arg((have - expected).size())));
        QCOMPARE(sharedPasses, 0);
        QCOMPARE(sent, qint64(replyTexts.size()));
        QCOMPARE(delivered, qint64(replyTexts.size()));
        QCOMPARE(twice, 0);
        QCOMPARE(never, 0);
        QCOMPARE(reportedTwice, 0);
        QCOMPARE(qint64(sentBy.size()), qint64(replyTexts.size()));
    }
};

QTEST_GUILESS_MAIN(TestSyncTeam)
#include "TestSyncTeam.moc"
