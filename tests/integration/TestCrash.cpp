// Crash proof (issue #3): a harbordesk-sim process holds five channels (eBay, Shopee, Facebook,
// Instagram, TikTok Shop) and fails about 20% of the requests with every fault it has. A child
// process (TestCrashDriver: the real connectors, SyncEngine and OutboxSender on the workspace)
// syncs and sends against it and is killed with SIGKILL at a random point, 20 times
// (HARBORDESK_CRASH_KILLS overrides); before each run the simulator gains buyer messages and the
// agents queue replies to conversations already synced. A last run goes to the end. Afterwards
// every generated message is stored exactly once, every reply is sent, the simulator's send log
// holds each reply exactly once (the connectors' already-sent check after a crash), and
// PRAGMA integrity_check was ok after every kill.

#include "app/sim/SimFault.h"
#include "core/sync/ChannelStateRepository.h"
#include "tests/core/sync/SyncTestSupport.h"
#include "tests/integration/SimSoakSupport.h"

#include <QElapsedTimer>
#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStandardPaths>
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

/// One call to the simulator's control endpoints; an empty object (and a warning) on failure.
QJsonObject control(QNetworkAccessManager &nam,
                    const QUrl &base,
                    const QByteArray &method,
                    const QString &path,
                    const QJsonObject &body = {})
{
    QUrl url = base;
    url.setPath(path);
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    req.setTransferTimeout(60'000);
    QNetworkReply *reply =
        nam.sendCustomRequest(req, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(90'000))
        qWarning("simulator %s did not answer", qPrintable(path));
    const QByteArray answer = reply->readAll();
    if (reply->error() != QNetworkReply::NoError)
        qWarning("simulator %s: %s %s", qPrintable(path), qPrintable(reply->errorString()), answer.constData());
    reply->deleteLater();
    return QJsonDocument::fromJson(answer).object();
}

/// Messages a driver run stored, from its "ingested CHANNEL N" lines.
int ingestedCount(const QByteArray &out)
{
    int n = 0;
    for (const QByteArray &line : out.split('\n'))
        if (line.startsWith("ingested "))
            n += line.split(' ').value(2).toInt();
    return n;
}

} // namespace

class TestCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void killNineDuringSyncAndSend()
    {
        const QString driver = QCoreApplication::applicationDirPath() + u"/TestCrashDriver"_s;
        QVERIFY2(QFile::exists(driver), qPrintable(driver));
        QVERIFY2(QFile::exists(QStringLiteral(HD_SIM_BINARY)), HD_SIM_BINARY);
        const int kills = qEnvironmentVariableIsSet("HARBORDESK_CRASH_KILLS")
            ? qEnvironmentVariableIntValue("HARBORDESK_CRASH_KILLS")
            : 20;
        constexpr int kStep = 30; // messages each channel gains per round
        constexpr int kPerConversation = 3;
        constexpr int kRepliesStep = 2; // replies queued per channel per round

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QElapsedTimer total;
        total.start();

        // The simulator process: the five accounts and the fault mix, as a scenario file.
        QJsonObject scenario = simtest::soakScenario();
        QJsonArray faults;
        for (const sim::SimFault &f : simtest::soakFaults())
            faults.append(f.toJson());
        scenario.insert(u"faults"_s, faults);
        const QString scenarioPath = dir.filePath(u"scenario.json"_s);
        {
            QFile f(scenarioPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(scenario).toJson());
        }
        QProcess sim;
        sim.setProcessChannelMode(QProcess::SeparateChannels);
        sim.start(QStringLiteral(HD_SIM_BINARY),
                  {u"--port"_s, u"0"_s, u"--scenario"_s, scenarioPath, u"--seed"_s, u"20261122"_s});
        QVERIFY2(sim.waitForStarted(10'000), qPrintable(sim.errorString()));
        QVERIFY(QTest::qWaitFor([&] { return sim.canReadLine(); }, 20'000));
        bool portOk = false;
        const int port = QString::fromLatin1(sim.readLine()).trimmed().toInt(&portOk);
        QVERIFY2(portOk && port > 0, qPrintable(QString::fromLocal8Bit(sim.readAllStandardError())));
        QUrl simBase;
        simBase.setScheme(u"http"_s);
        simBase.setHost(u"127.0.0.1"_s);
        simBase.setPort(port);
        QNetworkAccessManager nam;

        const QList<simtest::SoakChannel> kinds = simtest::soakChannels();
        QJsonArray specs;
        for (const simtest::SoakChannel &c : kinds)
            specs.append(c.generator);
        const QString wsPath = dir.filePath(u"crash.sqlite"_s);
        SystemClock clock;
        QList<qint64> channels;
        {
            auto ws = Workspace::open(wsPath, clock);
            QVERIFY(ws);
            channels = simtest::addSoakChannels(*ws.value(), simBase);
            QVERIFY(!channels.contains(0));
        }

        QRandomGenerator random(20'261'122);
        QHash<qint64, QSet<QString>> expected; // channel → generated message ids
        QHash<QString, int> replyTexts;
        int killedSync = 0, killedSend = 0, finishedEarly = 0, integrityOk = 0, rounds = 0;
        int nextPolls = 0, deferred = 0; // after the final run: further polls, messages they stored
        // Kill points are drawn within the time a run takes on this machine (measured from runs that
        // finished first), so that the kills land while the child works on a fast or a slow machine.
        qint64 typicalRunMs = 1'500;
        for (int round = 0;; ++round) {
            const bool last = killedSync + killedSend >= kills || round >= 4 * kills;
            rounds = round + 1;
            // Between runs (no child alive): buyers wrote more, the agents queued more replies.
            const QJsonObject generated = control(nam,
                                                  simBase,
                                                  "POST",
                                                  u"/_sim/generate"_s,
                                                  QJsonObject{{u"channels"_s, specs},
                                                              {u"perChannel"_s, kStep},
                                                              {u"perConversation"_s, kPerConversation},
                                                              {u"tag"_s, u"r%1"_s.arg(round, 3, 10, QChar(u'0'))}});
            QCOMPARE(generated.value(u"total"_s).toInteger(), qint64(kinds.size()) * kStep);
            for (qsizetype i = 0; i < kinds.size(); ++i)
                for (const QJsonValue &v : generated.value(u"channels"_s)
                                               .toObject()
                                               .value(kinds.at(i).generator)
                                               .toObject()
                                               .value(u"messages"_s)
                                               .toArray())
                    expected[channels.at(i)].insert(v.toString());
            {
                auto ws = Workspace::open(wsPath, clock);
                QVERIFY(ws);
                for (qsizetype i = 0; i < kinds.size(); ++i) {
                    // Conversations already synced that have no reply yet.
                    QSqlQuery q(ws.value()->database().connection());
                    q.prepare(u"SELECT c.id, c.external_id FROM conversations c WHERE c.channel_id = ? AND NOT EXISTS"
                              " (SELECT 1 FROM messages m WHERE m.conversation_id = c.id AND m.direction = 'outbound')"
                              " ORDER BY c.id LIMIT ?"_s);
                    q.addBindValue(channels.at(i));
                    q.addBindValue(kRepliesStep);
                    QVERIFY(q.exec());
                    QList<std::pair<qint64, QString>> targets;
                    while (q.next())
                        targets.append({q.value(0).toLongLong(), q.value(1).toString()});
                    for (const auto &[conversation, external] : targets) {
                        const QString text =
                            u"Shipped today, round %1 (%2 %3)."_s.arg(round).arg(kinds.at(i).name, external);
                        QVERIFY(ws.value()->messages().addReply(conversation, 0, text));
                        replyTexts.insert(text, 1);
                    }
                }
            }

            QProcess child;
            child.setProcessChannelMode(QProcess::SeparateChannels);
            QElapsedTimer runTime;
            runTime.start();
            child.start(driver, {wsPath});
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
                QVERIFY2(child.waitForFinished(300'000), "the final run did not finish");
                QCOMPARE(child.exitStatus(), QProcess::NormalExit);
                QVERIFY2(child.exitCode() == 0, child.readAllStandardError().right(2'000).constData());
                // A run that resumes a scan a kill interrupted ends "up to date" when that scan
                // ends, and a channel whose last page failed waits out its backoff (at most 2 s in
                // the driver); the conversations left are read by the next poll. With the network
                // healthy again (faults cleared), poll as the engine would a minute later until a
                // poll stores nothing.
                child.readAllStandardOutput();
                control(nam, simBase, "DELETE", u"/_sim/faults"_s);
                for (int inserted = 1; inserted > 0 && nextPolls < 6; ++nextPolls) {
                    QTest::qWait(2'100); // the driver's backoff cap
                    QProcess poll;
                    poll.start(driver, {wsPath});
                    QVERIFY2(poll.waitForFinished(300'000), "a further poll did not finish");
                    QCOMPARE(poll.exitCode(), 0);
                    inserted = ingestedCount(poll.readAllStandardOutput());
                    deferred += inserted;
                }
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
        qint64 expectedTotal = 0, stored = 0, distinct = 0, missing = 0;
        QStringList perChannel;
        for (qsizetype i = 0; i < channels.size(); ++i) {
            const qint64 c = channels.at(i);
            QSqlQuery q(w.database().connection());
            q.prepare(u"SELECT external_id FROM messages WHERE channel_id = ? AND direction = 'inbound'"_s);
            q.addBindValue(c);
            QVERIFY(q.exec());
            QSet<QString> have;
            while (q.next()) {
                ++stored;
                have.insert(q.value(0).toString());
            }
            expectedTotal += expected.value(c).size();
            distinct += have.size();
            missing += (expected.value(c) - have).size();
            perChannel << u"%1 %2/%3"_s.arg(kinds.at(i).name).arg(have.size()).arg(expected.value(c).size());
        }
        const qint64 sent = test::scalar(w, u"SELECT COUNT(*) FROM outbox WHERE state = 'sent'"_s);
        const qint64 queued = test::scalar(w, u"SELECT COUNT(*) FROM outbox"_s);
        const QJsonObject log = control(nam, simBase, "GET", u"/_sim/sent"_s);
        QHash<QString, int> deliveries;
        QHash<QString, QString> deliveredOn;
        for (const QJsonValue &v : log.value(u"sent"_s).toArray()) {
            ++deliveries[v.toObject().value(u"text"_s).toString()];
            deliveredOn.insert(v.toObject().value(u"text"_s).toString(), v.toObject().value(u"channel"_s).toString());
        }
        int twice = 0, never = 0;
        QStringList twiceOn;
        for (auto it = replyTexts.cbegin(); it != replyTexts.cend(); ++it) {
            twice += deliveries.value(it.key()) > 1 ? 1 : 0;
            never += deliveries.value(it.key()) == 0 ? 1 : 0;
            if (deliveries.value(it.key()) > 1)
                twiceOn << deliveredOn.value(it.key());
        }
        const QJsonObject stats = control(nam, simBase, "GET", u"/_sim/stats"_s);
        qint64 requests = 0, faultsFired = 0;
        for (const QJsonValue &v : stats.value(u"requests"_s).toObject())
            requests += v.toInteger();
        QStringList faultText;
        const QJsonObject fired = stats.value(u"faults"_s).toObject();
        for (auto it = fired.begin(); it != fired.end(); ++it) {
            faultsFired += it.value().toInteger();
            faultText << u"%1 %2"_s.arg(it.key()).arg(it.value().toInteger());
        }
        qInfo("crash: %d kills (%d during sync, %d during sending, %d runs finished before the kill), integrity ok "
              "%d/%d; %d further polls after the final run stored %d; messages generated %lld, stored %lld, distinct "
              "%lld, missing %lld; replies %lld, outbox %lld, "
              "sent %lld, delivered %lld, sent twice %d%s, never delivered %d; %lld requests, %lld faulted (%s); "
              "stored/generated "
              "per channel: %s; %lld ms",
              killedSync + killedSend,
              killedSync,
              killedSend,
              finishedEarly,
              integrityOk,
              rounds,
              nextPolls,
              deferred,
              expectedTotal,
              stored,
              distinct,
              missing,
              qint64(replyTexts.size()),
              queued,
              sent,
              log.value(u"count"_s).toInteger(),
              twice,
              qPrintable(twiceOn.isEmpty() ? QString() : u" (on "_s + twiceOn.join(u", "_s) + u')'),
              never,
              requests,
              faultsFired,
              qPrintable(faultText.join(u", "_s)),
              qPrintable(perChannel.join(u", "_s)),
              total.elapsed());
        sim.kill();
        sim.waitForFinished(10'000);

        QCOMPARE(missing, 0);
        QCOMPARE(stored, expectedTotal);
        QCOMPARE(distinct, expectedTotal);
        QCOMPARE(queued, qint64(replyTexts.size()));
        QCOMPARE(sent, queued);
        QCOMPARE(twice, 0);
        QCOMPARE(never, 0);
        QCOMPARE(log.value(u"count"_s).toInteger(), qint64(replyTexts.size()));
        QVERIFY(faultsFired > 0);
        QVERIFY2(killedSync + killedSend >= kills, "every planned kill should land while the child works");
        QVERIFY2(killedSend > 0, "no kill landed while sending");
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "TestCrash.moc"
