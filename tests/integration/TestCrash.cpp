// Crash proof: a child process (TestCrashDriver) syncing and sending is killed with SIGKILL at
// random points, 20 times (HARBORDESK_CRASH_KILLS overrides), restarted each time with more
// messages on the channels and more replies queued; then it runs to the end. Afterwards nothing
// is lost, nothing is stored twice, no reply was delivered twice (counted at the remote), and
// PRAGMA integrity_check is ok after every kill.

#include "core/sync/ChannelStateRepository.h"
#include "tests/core/sync/FakeChannelConnector.h"
#include "tests/core/sync/SyncTestSupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace hd;
using namespace Qt::StringLiterals;

namespace {

QString integrity(const QString &path)
{
    const QString name = u"crash-integrity"_s;
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"PRAGMA integrity_check"_s) && q.next())
                result = q.value(0).toString();
            else
                result = q.lastError().text();
        } else {
            result = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

class TestCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killNineDuringSyncAndSend()
    {
        const QString driver = QCoreApplication::applicationDirPath() + u"/TestCrashDriver"_s;
        QVERIFY2(QFile::exists(driver), qPrintable(driver));
        const int kills = qEnvironmentVariableIsSet("HARBORDESK_CRASH_KILLS")
            ? qEnvironmentVariableIntValue("HARBORDESK_CRASH_KILLS")
            : 20;
        constexpr int kChannels = 3;
        constexpr int kStep = 150;      // messages each channel gains per round
        constexpr int kRepliesStep = 4; // replies queued per channel per round

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString wsPath = dir.filePath(u"crash.sqlite"_s);
        const QString remote = dir.filePath(u"remote.sqlite"_s);
        SystemClock clock;
        QList<qint64> channels;
        {
            auto ws = Workspace::open(wsPath, clock);
            QVERIFY(ws);
            for (int i = 0; i < kChannels; ++i)
                channels << test::addChannel(*ws.value(),
                                             ChannelKind::Ebay,
                                             u"Crash %1"_s.arg(i + 1),
                                             u"{\"connector\": \"fake\"}"_s);
        }

        QRandomGenerator random(20'261'122);
        int replies = 0, killedSync = 0, killedSend = 0, finishedEarly = 0, integrityOk = 0;
        int total = 0;
        // Kill points are drawn within the time a run takes on this machine (measured from runs that
        // finished first), so that the kills land while the child works on a fast or a slow machine.
        // Rounds go on until `kills` SIGKILLs have landed (bounded), then one last run finishes.
        qint64 typicalRunMs = 700;
        int rounds = 0;
        for (int round = 0;; ++round) {
            const bool last = killedSync + killedSend >= kills || round >= 4 * kills;
            rounds = round + 1;
            total += kStep;
            {
                // Between runs (no child alive): the agents queued more replies.
                auto ws = Workspace::open(wsPath, clock);
                QVERIFY(ws);
                for (qint64 c : std::as_const(channels)) {
                    QList<InboundMessage> batch;
                    for (int i = 0; i < kRepliesStep; ++i) {
                        InboundMessage m;
                        m.channelId = c;
                        m.externalId = u"pre-%1-%2-%3"_s.arg(c).arg(round).arg(i);
                        m.conversationExternalId = m.externalId;
                        m.customerExternalId = u"buyer-pre-%1"_s.arg(i);
                        m.bodyText = u"Where is my order?"_s;
                        m.language = u"en"_s;
                        m.sentAt = clock.nowMs();
                        batch << m;
                    }
                    QVERIFY(ws.value()->ingest().ingest(batch));
                    QSqlQuery q(ws.value()->database().connection());
                    q.prepare(u"SELECT id FROM conversations WHERE channel_id = ? AND external_id LIKE ?"_s);
                    q.addBindValue(c);
                    q.addBindValue(u"pre-%1-%2-%"_s.arg(c).arg(round));
                    QVERIFY(q.exec());
                    QList<qint64> conversations;
                    while (q.next())
                        conversations << q.value(0).toLongLong();
                    for (qint64 conv : conversations) {
                        QVERIFY(ws.value()->messages().addReply(conv, 0, u"Shipped today, round %1."_s.arg(round)));
                        ++replies;
                    }
                }
            }

            QProcess child;
            child.setProcessChannelMode(QProcess::SeparateChannels);
            QElapsedTimer runTime;
            runTime.start();
            child.start(driver, {wsPath, remote, QString::number(total)});
            QVERIFY2(child.waitForStarted(10'000), qPrintable(child.errorString()));
            if (!last) {
                // A random point: start-up, mid-page, mid-send, between transactions.
                const int delay = 20 + int(random.bounded(quint32(qMax<qint64>(40, typicalRunMs * 9 / 10))));
                if (child.waitForFinished(delay)) {
                    typicalRunMs = runTime.elapsed();
                    ++finishedEarly; // it finished first; the next round brings more work
                } else {
                    child.kill(); // SIGKILL
                    QVERIFY(child.waitForFinished(10'000));
                    const QByteArray out = child.readAllStandardOutput();
                    // Which phase was interrupted: the last progress line before the kill.
                    const qsizetype lastIngest = out.lastIndexOf("ingested");
                    const qsizetype lastSend = out.lastIndexOf("sent ");
                    if (lastSend > lastIngest)
                        ++killedSend;
                    else
                        ++killedSync;
                }
            } else {
                QVERIFY2(child.waitForFinished(240'000), "the final run did not finish");
                QCOMPARE(child.exitStatus(), QProcess::NormalExit);
                QCOMPARE(child.exitCode(), 0);
            }
            const QString check = integrity(wsPath);
            QCOMPARE(check, u"ok"_s);
            ++integrityOk;
            if (last)
                break;
        }

        auto ws = Workspace::open(wsPath, clock);
        QVERIFY(ws);
        Workspace &w = *ws.value();
        const qint64 expected = qint64(kChannels) * total;
        const qint64 stored = test::scalar(w, u"SELECT COUNT(*) FROM messages WHERE external_id LIKE 'ch%'"_s);
        const qint64 distinct =
            test::scalar(w, u"SELECT COUNT(DISTINCT external_id) FROM messages WHERE external_id LIKE 'ch%'"_s);
        const qint64 sent = test::scalar(w, u"SELECT COUNT(*) FROM outbox WHERE state = 'sent'"_s);
        const qint64 queued = test::scalar(w, u"SELECT COUNT(*) FROM outbox"_s);
        const auto deliveries = test::FakeChannelConnector::deliveries(remote);
        int twice = 0;
        for (const auto &[key, n] : deliveries)
            twice += n > 1 ? 1 : 0;
        qInfo("crash: %d kills (%d during sync, %d during sending, %d runs finished before the kill), integrity ok "
              "%d/%d; "
              "messages expected %lld, stored %lld, distinct %lld; replies %d, outbox %lld, sent %lld, delivered %lld, "
              "sent twice %d",
              killedSync + killedSend,
              killedSync,
              killedSend,
              finishedEarly,
              integrityOk,
              rounds,
              expected,
              stored,
              distinct,
              replies,
              queued,
              sent,
              qint64(deliveries.size()),
              twice);
        QCOMPARE(stored, expected);
        QCOMPARE(distinct, expected);
        QCOMPARE(queued, qint64(replies));
        QCOMPARE(sent, qint64(replies));
        QCOMPARE(qint64(deliveries.size()), qint64(replies));
        QCOMPARE(twice, 0);
        for (qint64 c : std::as_const(channels))
            QCOMPARE(ChannelStateRepository(w.database()).cursor(c).value(), QString::number(total));
        QVERIFY2(killedSync + killedSend >= kills, "every planned kill should land while the child works");
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "TestCrash.moc"
