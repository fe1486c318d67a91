#include "FakeChannelConnector.h"
#include "SyncTestSupport.h"
#include "core/sync/ChannelStateRepository.h"
#include "core/sync/ConnectorFactory.h"
#include "core/sync/SyncEngine.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace hd;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kNow = 1'790'000'000'000;

SyncEngine::Options fastOptions()
{
    SyncEngine::Options o;
    o.backoff = BackoffPolicy{1, 20, 1'000};
    o.pollIntervalMs = 60'000;
    o.onceMaxFailures = 1'000;
    o.seed = 3;
    o.outbox.backoff = BackoffPolicy{1, 10, 1'000};
    o.outbox.pollIntervalMs = 20;
    o.outbox.maxAttempts = 100;
    return o;
}
} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SystemClock m_system;
    FakeClock m_fake{kNow};
    std::unique_ptr<Workspace> m_ws;
    std::map<qint64, test::FakeChannelSpec> m_specs; ///< what each channel's fake API holds
    test::FakeChannelStats m_stats;

    QString remotePath() const { return m_dir.filePath(u"remote.sqlite"_s); }

    bool open(const Clock &clock)
    {
        QFETCH(QString, engine);
        m_ws = test::openFresh(engine, m_dir, clock);
        return bool(m_ws);
    }

    qint64 addFakeChannel(int total, double faultRate, int pageSize = 50)
    {
        const qint64 id = test::addChannel(*m_ws,
                                           ChannelKind::Ebay,
                                           u"eBay %1"_s.arg(m_specs.size() + 1),
                                           u"{\"connector\": \"fake\"}"_s);
        test::FakeChannelSpec spec;
        spec.channelId = id;
        spec.total = total;
        spec.pageSize = pageSize;
        spec.faultRate = faultRate;
        spec.remotePath = remotePath();
        spec.seed = quint32(17 + id);
        spec.retryAfterMs = 2;
        m_specs[id] = spec;
        return id;
    }

    std::unique_ptr<ConnectorFactory> factory()
    {
        auto f = std::make_unique<ConnectorFactory>(nullptr, m_ws->clock());
        f->registerBuilder(u"fake"_s, [this](const ConnectorContext &c) -> Result<std::unique_ptr<Connector>> {
            return std::unique_ptr<Connector>(
                std::make_unique<test::FakeChannelConnector>(m_specs.at(c.channel.id), &m_stats));
        });
        return f;
    }

    ChannelState stateOf(qint64 channelId) const
    {
        return ChannelStateRepository(m_ws->database()).load(channelId).value();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(remotePath());
        m_specs.clear();
        m_stats.cursors.clear();
        m_stats.fetches = 0;
        m_stats.fetchFaults = 0;
        m_fake.setNowMs(kNow);
    }
    void cleanup()
    {
        m_ws.reset();
        QFile::remove(m_dir.filePath(u"ws.sqlite"_s));
    }

    void backfillStoresEveryMessageOnce_data() { test::addEngineRows(); }
    void backfillStoresEveryMessageOnce()
    {
        QVERIFY(open(m_system));
        const QList<qint64> channels{addFakeChannel(230, 0.3, 40),
                                     addFakeChannel(120, 0.3, 40),
                                     addFakeChannel(7, 0.3, 40)};
        auto f = factory();
        SyncEngine engine(m_ws->database(), m_ws->clock(), *f, fastOptions());
        QSignalSpy finished(&engine, &SyncEngine::onceFinished);
        QSignalSpy states(&engine, &SyncEngine::channelStateChanged);
        engine.runOnce();
        QVERIFY(finished.wait(60'000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(test::scalar(*m_ws, u"SELECT COUNT(*) FROM messages"_s), 357);
        QCOMPARE(test::scalar(*m_ws, u"SELECT COUNT(DISTINCT external_id) FROM messages"_s), 357);
        QVERIFY2(m_stats.fetchFaults > 0, "the fault mix should have hit");
        for (qint64 id : channels) {
            const ChannelState s = stateOf(id);
            QCOMPARE(s.state, ChannelSyncState::UpToDate);
            QCOMPARE(s.progressDone, qint64(m_specs.at(id).total));
            QCOMPARE(s.progressTotal, qint64(m_specs.at(id).total));
            QCOMPARE(s.consecutiveFailures, 0);
            QVERIFY(s.lastSuccessAt > 0);
            QCOMPARE(ChannelStateRepository(m_ws->database()).cursor(id).value(),
                     QString::number(m_specs.at(id).total));
        }
        // The views heard every step: syncing with progress, backing off, up to date.
        bool sawBackoff = false, sawProgress = false;
        for (const auto &args : std::as_const(states)) {
            const auto s = args.at(0).value<ChannelState>();
            sawBackoff |= s.state == ChannelSyncState::BackingOff;
            sawProgress |=
                s.state == ChannelSyncState::Syncing && s.progressTotal > 0 && s.progressDone < s.progressTotal;
        }
        QVERIFY(sawBackoff);
        QVERIFY(sawProgress);
    }

    void restartResumesFromTheCommittedCursor_data() { test::addEngineRows(); }
    void restartResumesFromTheCommittedCursor()
    {
        QVERIFY(open(m_system));
        const qint64 id = addFakeChannel(100, 0.0);
        {
            auto f = factory();
            SyncEngine engine(m_ws->database(), m_ws->clock(), *f, fastOptions());
            QSignalSpy finished(&engine, &SyncEngine::onceFinished);
            engine.runOnce();
            QVERIFY(finished.wait(20'000));
        }
        QCOMPARE(m_stats.cursors, QStringList({u""_s, u"50"_s}));
        m_specs[id].total = 130; // new messages arrived meanwhile
        m_stats.cursors.clear();
        auto f = factory();
        SyncEngine engine(m_ws->database(), m_ws->clock(), *f, fastOptions());
        QSignalSpy ingested(&engine, &SyncEngine::messagesIngested);
        QSignalSpy finished(&engine, &SyncEngine::onceFinished);
        engine.runOnce();
        QVERIFY(finished.wait(20'000));
        QCOMPARE(m_stats.cursors, QStringList({u"100"_s}));
        QCOMPARE(ingested.size(), 1);
        QCOMPARE(ingested.at(0).at(1).toInt(), 30);
        QCOMPARE(test::scalar(*m_ws, u"SELECT COUNT(*) FROM messages"_s), 130);
    }

    void failuresSetTheChannelState_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QString>("detail");
        const auto add = [](const QString &engine) {
            QTest::newRow(qPrintable(engine + u": expired token needs re-authorisation"_s))
                << engine << int(ChannelFailure::Kind::Auth) << int(ChannelSyncState::NeedsReauth)
                << u"Token revoked"_s;
            QTest::newRow(qPrintable(engine + u": rejected request is an error"_s))
                << engine << int(ChannelFailure::Kind::Permanent) << int(ChannelSyncState::Error)
                << u"Shop not found"_s;
            QTest::newRow(qPrintable(engine + u": 429 backs off as told"_s))
                << engine << int(ChannelFailure::Kind::RateLimited) << int(ChannelSyncState::BackingOff)
                << u"Slow down"_s;
        };
        add(u"sqlite"_s);
        if (!test::pgUrl().isEmpty())
            add(u"postgresql"_s);
    }
    void failuresSetTheChannelState()
    {
        QFETCH(int, kind);
        QFETCH(int, expected);
        QFETCH(QString, detail);
        QVERIFY(open(m_fake));
        const qint64 id = addFakeChannel(10, 0.0);
        m_specs[id].fetchFailure = ChannelFailure{ChannelFailure::Kind(kind), 90'000, detail, u"HTTP"_s};
        auto f = factory();
        SyncEngine::Options options = fastOptions();
        options.onceMaxFailures = 0;
        options.backoff.retryAfterCapMs = 3'600'000;
        SyncEngine engine(m_ws->database(), m_ws->clock(), *f, options);
        QSignalSpy finished(&engine, &SyncEngine::onceFinished);
        engine.runOnce();
        QVERIFY(finished.wait(20'000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        const ChannelState s = stateOf(id);
        QCOMPARE(int(s.state), expected);
        QCOMPARE(s.detail, detail);
        QCOMPARE(s.consecutiveFailures, 1);
        if (s.state == ChannelSyncState::BackingOff) {
            // Retry-After 90 s is honoured (plus at most one base step of jitter).
            QVERIFY(s.nextAttemptAt >= kNow + 90'000 && s.nextAttemptAt <= kNow + 90'001);
            QVERIFY(describeChannelState(s, kNow).startsWith(u"Backing off until"_s));
        }
        if (s.state == ChannelSyncState::NeedsReauth)
            QCOMPARE(engine.connector(id), nullptr);
    }

    void reauthorisingResumesTheChannel_data() { test::addEngineRows(); }
    void reauthorisingResumesTheChannel()
    {
        QVERIFY(open(m_system));
        const qint64 id = addFakeChannel(20, 0.0);
        m_specs[id].authExpired = true;
        auto f = factory();
        SyncEngine engine(m_ws->database(), m_ws->clock(), *f, fastOptions());
        QSignalSpy states(&engine, &SyncEngine::channelStateChanged);
        engine.start();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id).state, ChannelSyncState::NeedsReauth, 10'000);
        // It stays stopped: no retry loop against a dead token.
        const int fetches = m_stats.fetches;
        engine.syncNow(id);
        QCoreApplication::processEvents();
        QCOMPARE(int(m_stats.fetches), fetches);

        m_specs[id].authExpired = false; // the user signed in again
        engine.reauthorised(id);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id).state, ChannelSyncState::UpToDate, 10'000);
        QCOMPARE(test::scalar(*m_ws, u"SELECT COUNT(*) FROM messages"_s), 20);
        engine.stop();
        QCOMPARE(stateOf(id).state, ChannelSyncState::UpToDate); // kept for the next start and the views
    }

    void unknownChannelTypeIsAnError_data() { test::addEngineRows(); }
    void unknownChannelTypeIsAnError()
    {
        QVERIFY(open(m_system));
        const qint64 id = test::addChannel(*m_ws, ChannelKind::AliExpress, u"AliExpress"_s, u"{\"shopId\": \"1\"}"_s);
        // A row with no settings (imported history, the demo) is simply not connected.
        const qint64 imported = test::addChannel(*m_ws, ChannelKind::Amazon, u"Amazon DE (imported)"_s);
        ConnectorFactory f(nullptr, m_ws->clock());
        SyncEngine engine(m_ws->database(), m_ws->clock(), f, fastOptions());
        QSignalSpy finished(&engine, &SyncEngine::onceFinished);
        engine.runOnce();
        QVERIFY(finished.wait(10'000));
        const ChannelState s = stateOf(id);
        QCOMPARE(s.state, ChannelSyncState::Error);
        QCOMPARE(s.detail, u"This version cannot sync AliExpress channels yet."_s);
        const auto states = engine.states();
        const auto it = std::find_if(states.cbegin(), states.cend(), [&](const ChannelState &st) {
            return st.channelId == imported;
        });
        QVERIFY(it != states.cend());
        QCOMPARE(it->state, ChannelSyncState::Idle);
        QVERIFY(it->detail.startsWith(u"Not connected"_s));
    }

    void runOnceAlsoSendsQueuedReplies_data() { test::addEngineRows(); }
    void runOnceAlsoSendsQueuedReplies()
    {
        QVERIFY(open(m_system));
        const qint64 id = addFakeChannel(10, 0.2);
        QCOMPARE(test::queueReplies(*m_ws, id, 12).size(), 12);
        auto f = factory();
        SyncEngine engine(m_ws->database(), m_ws->clock(), *f, fastOptions());
        QSignalSpy finished(&engine, &SyncEngine::onceFinished);
        engine.runOnce();
        QVERIFY(finished.wait(30'000));
        QCOMPARE(test::scalar(*m_ws, u"SELECT COUNT(*) FROM outbox WHERE state = 'sent'"_s), 12);
        const auto deliveries = test::FakeChannelConnector::deliveries(remotePath());
        QCOMPARE(deliveries.size(), 12);
        for (const auto &[key, n] : deliveries)
            QCOMPARE(n, 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "TestSyncEngine.moc"
