// Soak: 10,000 messages across 5 channels with 20% injected faults (5xx, 429 with Retry-After,
// timeouts, malformed bodies, duplicated pages) must end with every message stored exactly once,
// and 250 replies sent through the same fault mix (including lost acknowledgements) exactly once.
// Runs against the in-process fake channel (tests/core/sync/FakeChannelConnector.h).

#include "core/sync/ChannelStateRepository.h"
#include "core/sync/ConnectorFactory.h"
#include "core/sync/SyncEngine.h"
#include "tests/core/sync/FakeChannelConnector.h"
#include "tests/core/sync/SyncTestSupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace hd;
using namespace Qt::StringLiterals;

class TestSoak : public QObject
{
    Q_OBJECT

    static constexpr int kChannels = 5;
    static constexpr int kPerChannel = 2'000;
    static constexpr int kRepliesPerChannel = 50;

private Q_SLOTS:
    void tenThousandMessagesTwentyPercentFaults_data() { test::addEngineRows(); }
    void tenThousandMessagesTwentyPercentFaults()
    {
        QFETCH(QString, engine);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SystemClock clock;
        auto ws = test::openFresh(engine, dir, clock);
        QVERIFY(ws);
        const QString remote = dir.filePath(u"remote.sqlite"_s);

        std::map<qint64, test::FakeChannelSpec> specs;
        test::FakeChannelStats stats;
        qint64 replies = 0;
        for (int i = 0; i < kChannels; ++i) {
            const qint64 id =
                test::addChannel(*ws, ChannelKind::Ebay, u"Soak %1"_s.arg(i + 1), u"{\"connector\": \"fake\"}"_s);
            QVERIFY(id > 0);
            test::FakeChannelSpec spec;
            spec.channelId = id;
            spec.total = kPerChannel;
            spec.pageSize = 50;
            spec.faultRate = 0.2;
            spec.seed = quint32(1'000 + i);
            spec.retryAfterMs = 5;
            spec.remotePath = remote;
            specs[id] = spec;
            replies += test::queueReplies(*ws, id, kRepliesPerChannel).size();
        }
        QCOMPARE(replies, qint64(kChannels * kRepliesPerChannel));
        const qint64 before = test::scalar(*ws, u"SELECT COUNT(*) FROM messages WHERE direction = 'inbound'"_s);

        ConnectorFactory factory(nullptr, clock);
        factory.registerBuilder(u"fake"_s, [&](const ConnectorContext &c) -> Result<std::unique_ptr<Connector>> {
            return std::unique_ptr<Connector>(
                std::make_unique<test::FakeChannelConnector>(specs.at(c.channel.id), &stats));
        });
        SyncEngine::Options options;
        options.backoff = BackoffPolicy{2, 40, 1'000};
        options.onceMaxFailures = 1'000;
        options.outbox.backoff = BackoffPolicy{2, 40, 1'000};
        options.outbox.pollIntervalMs = 20;
        options.outbox.maxAttempts = 1'000;
        SyncEngine syncEngine(ws->database(), clock, factory, options);
        QSignalSpy finished(&syncEngine, &SyncEngine::onceFinished);
        QElapsedTimer timer;
        timer.start();
        syncEngine.runOnce();
        QVERIFY(finished.wait(280'000));
        QVERIFY(finished.at(0).at(0).toBool());

        const qint64 stored =
            test::scalar(*ws, u"SELECT COUNT(*) FROM messages WHERE direction = 'inbound'"_s) - before;
        const qint64 distinct =
            test::scalar(*ws, u"SELECT COUNT(DISTINCT external_id) FROM messages WHERE direction = 'inbound'"_s)
            - before;
        const qint64 sent = test::scalar(*ws, u"SELECT COUNT(*) FROM outbox WHERE state = 'sent'"_s);
        const auto deliveries = test::FakeChannelConnector::deliveries(remote);
        int twice = 0;
        for (const auto &[key, n] : deliveries)
            twice += n > 1 ? 1 : 0;
        qInfo("soak (%s): %d channels, %lld messages expected, %lld stored, %lld distinct; %d fetches, %d fetch faults "
              "(%d duplicated pages); %lld replies, %lld sent, %lld delivered, %d sent twice; %d send faults "
              "(%d acknowledgements lost); %lld ms",
              qPrintable(engine),
              kChannels,
              qint64(kChannels) * kPerChannel,
              stored,
              distinct,
              int(stats.fetches),
              int(stats.fetchFaults),
              int(stats.duplicatePages),
              replies,
              sent,
              qint64(deliveries.size()),
              twice,
              int(stats.sendFaults),
              int(stats.ackLost),
              timer.elapsed());

        QCOMPARE(stored, qint64(kChannels) * kPerChannel);
        QCOMPARE(distinct, stored);
        QCOMPARE(sent, replies);
        QCOMPARE(qint64(deliveries.size()), replies);
        QCOMPARE(twice, 0);
        // The fault mix really hit: about a fifth of the calls.
        QVERIFY(stats.fetchFaults > stats.fetches / 10);
        QVERIFY(stats.sendFaults > 0 && stats.ackLost > 0);
        for (const auto &[id, spec] : specs) {
            QCOMPARE(ChannelStateRepository(ws->database()).cursor(id).value(), QString::number(kPerChannel));
            QCOMPARE(ChannelStateRepository(ws->database()).load(id)->state, ChannelSyncState::UpToDate);
        }
        if (engine == "sqlite"_L1)
            QCOMPARE(test::scalar(*ws, u"SELECT COUNT(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'"_s),
                     1);
    }
};

QTEST_GUILESS_MAIN(TestSoak)
#include "TestSoak.moc"
