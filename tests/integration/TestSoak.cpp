// Soak (issue #3 proof): harbordesk-sim, in-process on loopback, holds 10,000 buyer messages on
// five channels (eBay, Shopee, Facebook, Instagram, TikTok Shop) and fails about 20% of all
// requests with every fault it has (5xx, 429 + Retry-After, no answer, malformed and truncated
// bodies, list pages served twice). The real connectors, the SyncEngine and the OutboxSender sync
// everything and then send 250 replies through the same faults. Every generated message must be
// stored exactly once, and every reply must reach the simulator exactly once (its send log).

#include "app/sim/SimScenarioGenerator.h"
#include "app/sim/SimServer.h"
#include "app/sim/routes/SimRoutes.h"
#include "core/sync/ChannelStateRepository.h"
#include "core/sync/SyncEngine.h"
#include "tests/core/sync/SyncTestSupport.h"
#include "tests/integration/SimSoakSupport.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hd;
using namespace Qt::StringLiterals;

namespace {

constexpr int kPerChannel = 2'000;
constexpr int kPerConversation = 4;
constexpr int kRepliesPerChannel = 50;

SyncEngine::Options soakOptions()
{
    SyncEngine::Options options;
    options.backoff = BackoffPolicy{5, 200, 2'000};
    options.onceMaxFailures = 1'000;
    options.onceOutboxWaitMs = 120'000;
    options.outbox.backoff = BackoffPolicy{5, 200, 2'000};
    options.outbox.pollIntervalMs = 20;
    options.outbox.maxAttempts = 1'000;
    return options;
}

/// Runs one SyncEngine::runOnce to the end; false (with a test failure) when it did not finish.
bool runOnce(Workspace &ws, const Clock &clock, ConnectorFactory &factory, bool *allUpToDate)
{
    SyncEngine engine(ws.database(), clock, factory, soakOptions());
    QSignalSpy finished(&engine, &SyncEngine::onceFinished);
    engine.runOnce();
    if (!finished.wait(300'000))
        return false;
    *allUpToDate = finished.at(0).at(0).toBool();
    return true;
}

} // namespace

class TestSoak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void tenThousandMessagesTwentyPercentFaults_data() { test::addEngineRows(); }
    void tenThousandMessagesTwentyPercentFaults()
    {
        QFETCH(QString, engine);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SystemClock clock;
        auto ws = test::openFresh(engine, dir, clock);
        QVERIFY(ws);

        sim::SimServer sim(clock);
        sim::installAllRoutes(sim);
        QVERIFY(sim.loadScenario(simtest::soakScenario()));
        sim.setSeed(20'261'122);
        QVERIFY(sim.listen());

        const QList<simtest::SoakChannel> kinds = simtest::soakChannels();
        const QList<qint64> channels = simtest::addSoakChannels(*ws, sim.baseUrl());
        QVERIFY(!channels.contains(0));
        QJsonArray specs;
        for (const simtest::SoakChannel &c : kinds)
            specs.append(c.generator);
        QElapsedTimer timer;
        timer.start();
        const auto generated = sim::SimScenarioGenerator::generate(sim,
                                                                   QJsonObject{{u"channels"_s, specs},
                                                                               {u"perChannel"_s, kPerChannel},
                                                                               {u"perConversation"_s, kPerConversation},
                                                                               {u"tag"_s, u"soak"_s}});
        QVERIFY2(generated, generated ? "" : qPrintable(generated.error().message));
        QCOMPARE(generated->value(u"total"_s).toInteger(), qint64(kinds.size()) * kPerChannel);
        const qint64 generateMs = timer.restart();
        for (const sim::SimFault &f : simtest::soakFaults())
            sim.addFault(f);

        ConnectorFactory factory(nullptr, clock);
        simtest::registerSimConnectors(factory);

        // 1. Sync all 10,000 through the faults.
        bool upToDate = false;
        QVERIFY2(runOnce(*ws, clock, factory, &upToDate), "the sync did not finish within 300 s");
        QVERIFY(upToDate);
        const qint64 syncMs = timer.restart();

        qint64 expected = 0, stored = 0, distinct = 0, missing = 0;
        for (qsizetype i = 0; i < kinds.size(); ++i) {
            const QJsonArray ids = generated->value(u"channels"_s)
                                       .toObject()
                                       .value(kinds.at(i).generator)
                                       .toObject()
                                       .value(u"messages"_s)
                                       .toArray();
            QSet<QString> want;
            for (const QJsonValue &v : ids)
                want.insert(v.toString());
            QSqlQuery q(ws->database().connection());
            q.prepare(u"SELECT external_id FROM messages WHERE channel_id = ? AND direction = 'inbound'"_s);
            q.addBindValue(channels.at(i));
            QVERIFY(q.exec());
            QSet<QString> have;
            qint64 rows = 0;
            while (q.next()) {
                ++rows;
                have.insert(q.value(0).toString());
            }
            expected += want.size();
            stored += rows;
            distinct += have.size();
            missing += (want - have).size();
            QVERIFY2(want == have,
                     qPrintable(u"%1: %2 generated, %3 stored, %4 missing, %5 unexpected"_s.arg(kinds.at(i).name)
                                    .arg(want.size())
                                    .arg(have.size())
                                    .arg((want - have).size())
                                    .arg((have - want).size())));
            QCOMPARE(rows, qint64(have.size()));
        }

        // 2. The agents answer 50 conversations per channel; the sender delivers through the faults.
        QHash<QString, int> replyTexts; // text → expected deliveries (1)
        for (qsizetype i = 0; i < kinds.size(); ++i) {
            QSqlQuery q(ws->database().connection());
            q.prepare(u"SELECT id, external_id FROM conversations WHERE channel_id = ? ORDER BY id LIMIT ?"_s);
            q.addBindValue(channels.at(i));
            q.addBindValue(kRepliesPerChannel);
            QVERIFY(q.exec());
            QList<std::pair<qint64, QString>> conversations;
            while (q.next())
                conversations.append({q.value(0).toLongLong(), q.value(1).toString()});
            QCOMPARE(conversations.size(), kRepliesPerChannel);
            for (const auto &[conversation, external] : conversations) {
                const QString text = u"Your parcel left our warehouse today (%1 %2)."_s.arg(kinds.at(i).name, external);
                QVERIFY(ws->messages().addReply(conversation, 0, text));
                replyTexts.insert(text, 1);
            }
        }
        QVERIFY2(runOnce(*ws, clock, factory, &upToDate), "sending did not finish within 300 s");
        QVERIFY(upToDate);
        const qint64 sendMs = timer.elapsed();

        const qint64 replies = replyTexts.size();
        const qint64 sent = test::scalar(*ws, u"SELECT COUNT(*) FROM outbox WHERE state = 'sent'"_s);
        const qint64 outbox = test::scalar(*ws, u"SELECT COUNT(*) FROM outbox"_s);
        QHash<QString, int> deliveries;
        qint64 deliveredTotal = 0;
        for (const QString &channel : {u"ebay"_s, u"shopee"_s, u"meta"_s, u"tiktok"_s}) {
            for (const QJsonValue &v : sim.state().sent(channel)) {
                ++deliveries[v.toObject().value(u"text"_s).toString()];
                ++deliveredTotal;
            }
        }
        int twice = 0, never = 0;
        for (auto it = replyTexts.cbegin(); it != replyTexts.cend(); ++it) {
            const int n = deliveries.value(it.key());
            twice += n > 1 ? 1 : 0;
            never += n == 0 ? 1 : 0;
        }
        // An outbound message stored twice: the reply, and its echo from a later fetch.
        const qint64 outboundRows = test::scalar(*ws, u"SELECT COUNT(*) FROM messages WHERE direction = 'outbound'"_s);

        qint64 requests = 0;
        const QHash<QString, int> counts = sim.requestCounts();
        for (int n : counts)
            requests += n;
        qint64 faults = 0;
        QStringList faultText;
        const QHash<QString, int> fired = sim.faultCounts();
        for (auto it = fired.cbegin(); it != fired.cend(); ++it) {
            faults += it.value();
            faultText << u"%1 %2"_s.arg(it.key()).arg(it.value());
        }
        faultText.sort();
        qInfo("soak (%s): %lld channels, %lld messages generated, %lld stored, %lld distinct, %lld missing; "
              "%lld requests, %lld faulted (%.1f%%: %s); %lld replies, outbox %lld, sent %lld, delivered %lld, "
              "sent twice %d, never delivered %d; %lld outbound rows; generate %lld ms, sync %lld ms, send %lld ms",
              qPrintable(engine),
              qint64(kinds.size()),
              expected,
              stored,
              distinct,
              missing,
              requests,
              faults,
              requests ? 100.0 * double(faults) / double(requests) : 0.0,
              qPrintable(faultText.join(u", "_s)),
              replies,
              outbox,
              sent,
              deliveredTotal,
              twice,
              never,
              outboundRows,
              generateMs,
              syncMs,
              sendMs);

        QCOMPARE(expected, qint64(kinds.size()) * kPerChannel);
        QCOMPARE(stored, expected);
        QCOMPARE(distinct, expected);
        QCOMPARE(outbox, replies);
        QCOMPARE(sent, replies);
        QCOMPARE(twice, 0);
        QCOMPARE(never, 0);
        QCOMPARE(deliveredTotal, replies);
        // The fault mix really hit: every kind, and together about a fifth of the requests.
        for (const QString &kind :
             {u"server_error"_s, u"rate_limit"_s, u"timeout"_s, u"malformed"_s, u"truncated"_s, u"duplicate"_s})
            QVERIFY2(fired.value(kind) > 0, qPrintable(kind));
        QVERIFY2(faults * 100 >= requests * 15, "fewer than 15% of the requests were faulted");
        for (qint64 id : channels)
            QCOMPARE(ChannelStateRepository(ws->database()).load(id)->state, ChannelSyncState::UpToDate);
        if (engine == "sqlite"_L1)
            QCOMPARE(test::scalar(*ws, u"SELECT COUNT(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'"_s),
                     1);
    }
};

QTEST_GUILESS_MAIN(TestSoak)
#include "TestSoak.moc"
