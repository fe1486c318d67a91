#include "FakeChannelConnector.h"
#include "SyncTestSupport.h"
#include "core/sync/OutboxSender.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

using namespace hd;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kNow = 1'790'000'000'000;

OutboxSender::Options fastOptions()
{
    OutboxSender::Options o;
    o.backoff = BackoffPolicy{1, 10, 1'000};
    o.pollIntervalMs = 20;
    o.maxAttempts = 50;
    o.seed = 11;
    return o;
}

/// A Facebook / Instagram connector that accepts every reply and remembers its tag.
class RecordingMetaConnector final : public Connector
{
public:
    explicit RecordingMetaConnector(ChannelKind kind)
        : m_kind(kind)
    {
    }
    ChannelKind kind() const override { return m_kind; }
    void fetch(const QString &, FetchCallback done) override { done(FetchedPage{}, std::nullopt); }
    void send(const OutboundReply &reply, SendCallback done) override
    {
        tags << reply.tag;
        done(SendReceipt{u"mid.%1"_s.arg(reply.messageId), false}, std::nullopt);
    }
    void testConnection(CheckCallback done) override { done(Status{}, std::nullopt); }

    QStringList tags;

private:
    ChannelKind m_kind;
};
} // namespace

class TestOutboxSender : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SystemClock m_system;
    FakeClock m_fake{kNow};
    std::unique_ptr<Workspace> m_ws;
    qint64 m_channel = 0;

    QString remotePath() const { return m_dir.filePath(u"remote.sqlite"_s); }

    bool open(const Clock &clock)
    {
        QFETCH(QString, engine);
        m_ws = test::openFresh(engine, m_dir, clock);
        if (!m_ws)
            return false;
        m_channel = test::addChannel(*m_ws, ChannelKind::Ebay, u"eBay US"_s);
        return m_channel > 0;
    }

    std::unique_ptr<test::FakeChannelConnector> connector(double faultRate, test::FakeChannelStats *stats = nullptr)
    {
        test::FakeChannelSpec spec;
        spec.channelId = m_channel;
        spec.faultRate = faultRate;
        spec.remotePath = remotePath();
        spec.seed = 5;
        spec.retryAfterMs = 3;
        return std::make_unique<test::FakeChannelConnector>(spec, stats);
    }

    int deliveriesOf(const QString &key) const
    {
        for (const auto &[k, n] : test::FakeChannelConnector::deliveries(remotePath()))
            if (k == key)
                return n;
        return 0;
    }

    QString keyOf(qint64 messageId) const
    {
        QSqlQuery q(m_ws->database().connection());
        q.prepare(u"SELECT idempotency_key FROM outbox WHERE message_id = ?"_s);
        q.addBindValue(messageId);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(remotePath());
        m_fake.setNowMs(kNow);
    }
    void cleanup()
    {
        m_ws.reset();
        QFile::remove(m_dir.filePath(u"ws.sqlite"_s));
    }

    void sendsEachReplyOnce_data() { test::addEngineRows(); }
    void sendsEachReplyOnce()
    {
        QVERIFY(open(m_system));
        const QList<qint64> replies = test::queueReplies(*m_ws, m_channel, 3);
        QCOMPARE(replies.size(), 3);
        auto fake = connector(0.0);
        OutboxSender sender(
            m_ws->database(),
            m_ws->clock(),
            [&](qint64 id) { return id == m_channel ? fake.get() : nullptr; },
            fastOptions());
        QSignalSpy sent(&sender, &OutboxSender::messageSent);
        sender.setActiveChannels({m_channel});
        sender.start();
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 3, 10'000);
        QCOMPARE(test::scalar(*m_ws, u"SELECT COUNT(*) FROM outbox WHERE state = 'sent'"_s), 3);
        QCOMPARE(
            test::scalar(*m_ws, u"SELECT COUNT(*) FROM messages WHERE direction = 'outbound' AND status = 'sent'"_s),
            3);
        // The message takes the channel's id, so a later fetch of it as history is a duplicate.
        QCOMPARE(test::scalar(*m_ws, u"SELECT COUNT(*) FROM messages WHERE external_id LIKE 'remote-%'"_s), 3);
        for (qint64 id : replies)
            QCOMPARE(deliveriesOf(keyOf(id)), 1);
    }

    void faultsRetryButNeverSendTwice_data() { test::addEngineRows(); }
    void faultsRetryButNeverSendTwice()
    {
        QVERIFY(open(m_system));
        const QList<qint64> replies = test::queueReplies(*m_ws, m_channel, 40);
        QCOMPARE(replies.size(), 40);
        test::FakeChannelStats stats;
        auto fake = connector(0.5, &stats);
        OutboxSender sender(
            m_ws->database(),
            m_ws->clock(),
            [&](qint64) { return fake.get(); },
            fastOptions());
        sender.setActiveChannels({m_channel});
        sender.start();
        QTRY_COMPARE_WITH_TIMEOUT(test::scalar(*m_ws, u"SELECT COUNT(*) FROM outbox WHERE state = 'sent'"_s),
                                  40,
                                  30'000);
        QVERIFY2(stats.sendFaults > 5, qPrintable(QString::number(stats.sendFaults)));
        QVERIFY2(stats.ackLost > 0, "the seed should lose at least one acknowledgement");
        const auto deliveries = test::FakeChannelConnector::deliveries(remotePath());
        QCOMPARE(deliveries.size(), 40);
        for (const auto &[key, n] : deliveries)
            QCOMPARE(n, 1);
        qInfo("40 replies, %d send faults (%d acknowledgements lost), 0 sent twice",
              int(stats.sendFaults),
              int(stats.ackLost));
    }

    void permanentFailureIsShownAndRetryRequeues_data() { test::addEngineRows(); }
    void permanentFailureIsShownAndRetryRequeues()
    {
        QVERIFY(open(m_system));
        const QList<qint64> replies = test::queueReplies(*m_ws, m_channel, 1, u"REJECT this reply"_s);
        QCOMPARE(replies.size(), 1);
        auto fake = connector(0.0);
        OutboxSender sender(
            m_ws->database(),
            m_ws->clock(),
            [&](qint64) { return fake.get(); },
            fastOptions());
        QSignalSpy failed(&sender, &OutboxSender::messageFailed);
        sender.setActiveChannels({m_channel});
        sender.start();
        QVERIFY(failed.wait(10'000));
        QCOMPARE(failed.at(0).at(0).toLongLong(), replies.first());
        QCOMPARE(failed.at(0).at(2).toString(), u"The message is too long for this channel."_s);
        auto message = m_ws->messages().byId(replies.first());
        QVERIFY(message);
        QCOMPARE(message->status, MessageStatus::Failed);
        QCOMPARE(message->error, u"The message is too long for this channel."_s);
        QCOMPARE(deliveriesOf(keyOf(replies.first())), 0);
        sender.stop();

        // The agent presses Retry: queued again, attempts reset; a second Retry is refused.
        QVERIFY(sender.queue().retry(replies.first()));
        QCOMPARE(m_ws->messages().byId(replies.first())->status, MessageStatus::Queued);
        QCOMPARE(test::scalar(*m_ws, u"SELECT attempts FROM outbox"_s), 0);
        auto again = sender.queue().retry(replies.first());
        QVERIFY(!again);
        QCOMPARE(again.error().code, Error::Code::Conflict);
    }

    void resumesARowLeftSending_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<bool>("deliveredBeforeCrash");
        QTest::newRow("sqlite: crash after the channel took it") << u"sqlite"_s << true;
        QTest::newRow("sqlite: crash before the channel took it") << u"sqlite"_s << false;
        if (!test::pgUrl().isEmpty()) {
            QTest::newRow("postgresql: crash after the channel took it") << u"postgresql"_s << true;
            QTest::newRow("postgresql: crash before the channel took it") << u"postgresql"_s << false;
        }
    }
    void resumesARowLeftSending()
    {
        QFETCH(bool, deliveredBeforeCrash);
        QVERIFY(open(m_fake));
        const QList<qint64> replies = test::queueReplies(*m_ws, m_channel, 1);
        QCOMPARE(replies.size(), 1);
        auto fake = connector(0.0);
        {
            // The process that "crashes": marks the row sending, maybe delivers, never records it.
            OutboxQueue queue(m_ws->database(), m_ws->clock());
            auto claimed = queue.claimNext({m_channel}, 0);
            QVERIFY(claimed && claimed.value());
            if (deliveredBeforeCrash) {
                bool answered = false;
                fake->send(claimed.value()->reply,
                           [&](Result<SendReceipt>, std::optional<ChannelFailure>) { answered = true; });
                QTRY_VERIFY(answered);
            }
            QCOMPARE(test::scalar(*m_ws, u"SELECT COUNT(*) FROM outbox WHERE state = 'sending'"_s), 1);
        }
        m_fake.advanceMs(10 * 60'000); // the restart, after the team-mode lease ran out

        OutboxSender::Options options = fastOptions();
        OutboxSender sender(
            m_ws->database(),
            m_ws->clock(),
            [&](qint64) { return fake.get(); },
            options);
        QSignalSpy sent(&sender, &OutboxSender::messageSent);
        sender.setActiveChannels({m_channel});
        sender.start();
        QVERIFY(sent.wait(10'000));
        QCOMPARE(sent.at(0).at(2).toBool(), deliveredBeforeCrash);
        QCOMPARE(deliveriesOf(keyOf(replies.first())), 1);
        QCOMPARE(test::scalar(*m_ws, u"SELECT attempts FROM outbox"_s), 2);
        QCOMPARE(m_ws->messages().byId(replies.first())->status, MessageStatus::Sent);
    }

    void metaMessagingWindowSetsTheTag_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("buyerWroteAgoMs");
        QTest::addColumn<bool>("sent");
        QTest::addColumn<QString>("tag");
        const qint64 h = 3'600'000;
        QStringList engines{u"sqlite"_s};
        if (!test::pgUrl().isEmpty())
            engines << u"postgresql"_s;
        for (const QString &engine : engines) {
            for (ChannelKind kind : {ChannelKind::Facebook, ChannelKind::Instagram}) {
                const QString prefix = engine + u": "_s + channelKindToString(kind) + u":"_s;
                QTest::addRow("%s within 24 h", qPrintable(prefix))
                    << engine << int(kind) << 3 * h << true << QString();
                QTest::addRow("%s after 24 h", qPrintable(prefix))
                    << engine << int(kind) << 30 * h << true << u"HUMAN_AGENT"_s;
                QTest::addRow("%s 6 days", qPrintable(prefix))
                    << engine << int(kind) << 6 * 24 * h << true << u"HUMAN_AGENT"_s;
                QTest::addRow("%s past 7 days", qPrintable(prefix))
                    << engine << int(kind) << 8 * 24 * h << false << QString();
            }
        }
    }
    void metaMessagingWindowSetsTheTag()
    {
        QFETCH(int, kind);
        QFETCH(qint64, buyerWroteAgoMs);
        QFETCH(bool, sent);
        QFETCH(QString, tag);
        QVERIFY(open(m_fake));
        const qint64 channel = test::addChannel(*m_ws, ChannelKind(kind), u"Meta"_s);
        QVERIFY(channel > 0);
        const QList<qint64> replies = test::queueReplies(*m_ws, channel, 1);
        QCOMPARE(replies.size(), 1);
        {
            QSqlQuery q(m_ws->database().connection());
            q.prepare(u"UPDATE conversations SET last_inbound_at = ? WHERE channel_id = ?"_s);
            q.addBindValue(kNow - buyerWroteAgoMs);
            q.addBindValue(channel);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        RecordingMetaConnector meta{ChannelKind(kind)};
        OutboxSender sender(
            m_ws->database(),
            m_ws->clock(),
            [&](qint64 id) { return id == channel ? &meta : nullptr; },
            fastOptions());
        QSignalSpy sentSpy(&sender, &OutboxSender::messageSent);
        QSignalSpy failed(&sender, &OutboxSender::messageFailed);
        sender.setActiveChannels({channel});
        sender.start();
        QTRY_COMPARE_WITH_TIMEOUT(sentSpy.size() + failed.size(), 1, 10'000);
        if (sent) {
            QCOMPARE(sentSpy.size(), 1);
            QCOMPARE(meta.tags, QStringList{tag});
            QCOMPARE(m_ws->messages().byId(replies.first())->status, MessageStatus::Sent);
        } else {
            QCOMPARE(failed.size(), 1);
            QVERIFY(meta.tags.isEmpty()); // never offered to the channel
            const QString reason = failed.at(0).at(2).toString();
            QVERIFY2(reason.contains(u"closed"_s), qPrintable(reason));
            auto message = m_ws->messages().byId(replies.first());
            QCOMPARE(message->status, MessageStatus::Failed);
            QCOMPARE(message->error, reason);
            QCOMPARE(test::scalar(*m_ws, u"SELECT COUNT(*) FROM outbox WHERE state = 'failed'"_s), 1);
        }
    }

    void inactiveChannelIsNotClaimed_data() { test::addEngineRows(); }
    void inactiveChannelIsNotClaimed()
    {
        QVERIFY(open(m_system));
        QCOMPARE(test::queueReplies(*m_ws, m_channel, 2).size(), 2);
        OutboxQueue queue(m_ws->database(), m_ws->clock());
        // A channel that needs re-authorisation is left out: its replies wait, untouched.
        auto none = queue.claimNext({m_channel + 1000}, 0);
        QVERIFY(none && !none.value());
        QCOMPARE(queue.nextDueAt({m_channel + 1000}).value(), qint64(-1));
        QVERIFY(queue.nextDueAt({m_channel}).value() >= 0);
        QCOMPARE(queue.counts()->pending, 2);
    }
};

QTEST_GUILESS_MAIN(TestOutboxSender)
#include "TestOutboxSender.moc"
