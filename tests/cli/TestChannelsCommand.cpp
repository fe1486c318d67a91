// Drives `harbordesk-cli channels` through QProcess against harbordesk-sim processes: a channel
// re-pointed at a new simulator with `channels update` keeps its id and messages, syncs from the new
// address and stores nothing twice (the demo's idempotent set-up, scripts/demo.sh), and bad updates
// fail with a one-line reason and change nothing.

#include "CliProcess.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

using Run = hd::test::CliRun;

/// harbordesk-sim on a free loopback port, stopped with the object.
class Sim
{
public:
    ~Sim()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    bool start(const QString &exe, const QString &scenario, qint64 idOffset)
    {
        m_process.start(exe,
                        {u"--port"_s, u"0"_s, u"--scenario"_s, scenario, u"--id-offset"_s, QString::number(idOffset)});
        if (!m_process.waitForStarted(10000))
            return false;
        // The first line of stdout is the port.
        if (!QTest::qWaitFor([this] { return m_process.canReadLine() || m_process.state() == QProcess::NotRunning; },
                             20000))
            return false;
        const int port = QString::fromUtf8(m_process.readLine()).trimmed().toInt();
        if (port <= 0)
            return false;
        m_url = u"http://127.0.0.1:%1"_s.arg(port);
        return true;
    }
    void stop()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    QString url() const { return m_url; }

    /// POST /_sim/inject: a new buyer message. Returns the simulator's answer (empty on failure).
    QJsonObject inject(const QJsonObject &request)
    {
        QNetworkAccessManager nam;
        QNetworkRequest r(QUrl(m_url + u"/_sim/inject"_s));
        r.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply = nam.post(r, QJsonDocument(request).toJson());
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError)
            return {};
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

private:
    QProcess m_process;
    QString m_url;
};

QString lastLine(const QString &text)
{
    return text.split(u'\n', Qt::SkipEmptyParts).value(text.split(u'\n', Qt::SkipEmptyParts).size() - 1);
}

} // namespace

class TestChannelsCommand : public QObject
{
    Q_OBJECT

private:
    Run run(const QStringList &args)
    {
        return hd::test::runCli(m_cli,
                                *m_home,
                                QStringList{u"--workspace"_s, m_home->filePath(u"ws.sqlite"_s)} + args,
                                [](QProcessEnvironment &env) {
                                    // No keychain in a test run: the simulator's made-up credentials go to the opt-in
                                    // file store.
                                    env.insert(u"HARBORDESK_ALLOW_PLAINTEXT_SECRETS"_s, u"1"_s);
                                    env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
                                    env.insert(u"T_EBAY_SECRET"_s, u"sim-ebay-secret"_s);
                                    env.insert(u"T_EBAY_REFRESH"_s, u"sim-ebay-refresh-1"_s);
                                    env.insert(u"T_WRONG"_s, u"not-the-refresh-token"_s);
                                });
    }

    static QString ebayConfig(const QString &simUrl)
    {
        return QString::fromUtf8(QJsonDocument(QJsonObject{{u"apiBaseUrl"_s, QString(simUrl + u"/ebay"_s)},
                                                           {u"clientId"_s, u"sim-ebay-client"_s},
                                                           {u"sellerUsername"_s, u"harbor_shop"_s}})
                                     .toJson(QJsonDocument::Compact));
    }

    /// Adds the eBay channel; returns its id (0 on failure).
    qint64 addEbay(const QString &simUrl, bool test)
    {
        QStringList args{u"channels"_s,
                         u"add"_s,
                         u"--kind"_s,
                         u"ebay"_s,
                         u"--name"_s,
                         u"eBay (simulator)"_s,
                         u"--marketplace"_s,
                         u"us"_s,
                         u"--config"_s,
                         ebayConfig(simUrl),
                         u"--secret"_s,
                         u"client_secret=T_EBAY_SECRET"_s,
                         u"--secret"_s,
                         u"refresh_token=T_EBAY_REFRESH"_s};
        if (!test)
            args << u"--no-test"_s;
        const Run r = run(args);
        if (r.exitCode != 0)
            qWarning("channels add failed: %s", qPrintable(r.err));
        return r.out.trimmed().toLongLong();
    }

    QList<QJsonObject> channels()
    {
        const Run r = run({u"channels"_s, u"list"_s, u"--json"_s});
        QList<QJsonObject> out;
        if (r.exitCode != 0)
            return out;
        for (const QString &line : r.out.split(u'\n', Qt::SkipEmptyParts))
            out << QJsonDocument::fromJson(line.toUtf8()).object();
        return out;
    }

    /// `sync --once --channel ID`: the number of messages it stored, -1 on failure.
    int syncOnce(qint64 id)
    {
        const Run r = run({u"sync"_s, u"--once"_s, u"--no-send"_s, u"--channel"_s, QString::number(id)});
        const auto m = QRegularExpression(u"messages stored: (\\d+)"_s).match(r.out);
        if (r.exitCode != 0 || !m.hasMatch()) {
            qWarning("sync failed (%d): %s %s", r.exitCode, qPrintable(r.out), qPrintable(r.err));
            return -1;
        }
        return m.captured(1).toInt();
    }

    QString m_cli;
    QString m_sim;
    QString m_scenario;
    std::unique_ptr<QTemporaryDir> m_home;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_cli = qEnvironmentVariable("HARBORDESK_CLI");
        m_sim = qEnvironmentVariable("HARBORDESK_SIM");
        m_scenario = qEnvironmentVariable("HARBORDESK_SOURCE_DIR") + u"/resources/sim/demo.json"_s;
        QVERIFY2(!m_cli.isEmpty() && QFile::exists(m_cli), "HARBORDESK_CLI must name the built harbordesk-cli");
        QVERIFY2(!m_sim.isEmpty() && QFile::exists(m_sim), "HARBORDESK_SIM must name the built harbordesk-sim");
        QVERIFY2(QFile::exists(m_scenario), qPrintable(m_scenario));
    }
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
    }
    void cleanup() { m_home.reset(); }

    void updateRepointsAChannelAtANewSimulator()
    {
        auto first = std::make_unique<Sim>();
        QVERIFY(first->start(m_sim, m_scenario, 0));
        const qint64 id = addEbay(first->url(), true);
        QVERIFY(id > 0);
        const int scenarioMessages = syncOnce(id);
        QVERIFY2(scenarioMessages > 0, "the scenario's eBay messages arrive");
        QVERIFY(!first->inject({{u"channel"_s, u"ebay"_s}, {u"buyer"_s, u"sarah.miller77"_s}, {u"text"_s, u"one"_s}})
                     .isEmpty());
        QCOMPARE(syncOnce(id), 1);
        first->stop();
        first.reset();

        // The next demo run: a new simulator, a new port, the same scenario, ids past the first's.
        Sim second;
        QVERIFY(second.start(m_sim, m_scenario, 1'000'000));
        Run r = run({u"channels"_s, u"test"_s, QString::number(id)});
        QCOMPARE(r.exitCode, 1); // still pointing at the stopped simulator

        r = run({u"channels"_s,
                 u"update"_s,
                 QString::number(id),
                 u"--config"_s,
                 QString::fromUtf8(QJsonDocument(QJsonObject{{u"apiBaseUrl"_s, QString(second.url() + u"/ebay"_s)}})
                                       .toJson(QJsonDocument::Compact)),
                 u"--clear-secret"_s,
                 u"access_token"_s,
                 u"--secret"_s,
                 u"refresh_token=T_EBAY_REFRESH"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), u"channel %1 updated"_s.arg(id));

        // One channel, the same id, the new address, the other settings kept.
        const QList<QJsonObject> list = channels();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().value("id"_L1).toInteger(), id);
        QCOMPARE(list.first().value("marketplace"_L1).toString(), u"US"_s);
        const QJsonObject config = list.first().value("config"_L1).toObject();
        QCOMPARE(config.value("apiBaseUrl"_L1).toString(), second.url() + u"/ebay"_s);
        QCOMPARE(config.value("clientId"_L1).toString(), u"sim-ebay-client"_s);
        QCOMPARE(config.value("sellerUsername"_L1).toString(), u"harbor_shop"_s);
        // The listing never carries a secret.
        QVERIFY(!QJsonDocument(list.first()).toJson().contains("sim-ebay-secret"));

        r = run({u"channels"_s, u"test"_s, QString::number(id)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // The scenario's messages are there already; the new simulator's own message is new.
        QCOMPARE(syncOnce(id), 0);
        QVERIFY(!second.inject({{u"channel"_s, u"ebay"_s}, {u"buyer"_s, u"sarah.miller77"_s}, {u"text"_s, u"two"_s}})
                     .isEmpty());
        QCOMPARE(syncOnce(id), 1);
        const QJsonObject stats = QJsonDocument::fromJson(run({u"stats"_s, u"--json"_s}).out.toUtf8()).object();
        QCOMPARE(stats.value("messages"_L1).toInt(), scenarioMessages + 2);
    }

    void updateThatFailsItsTestChangesNothing()
    {
        Sim sim;
        QVERIFY(sim.start(m_sim, m_scenario, 0));
        const qint64 id = addEbay(u"http://127.0.0.1:9"_s, false);
        QVERIFY(id > 0);
        // The simulator refuses this refresh token: the update is not saved.
        Run r = run({u"channels"_s,
                     u"update"_s,
                     QString::number(id),
                     u"--config"_s,
                     u"{\"apiBaseUrl\":\"%1/ebay\"}"_s.arg(sim.url()),
                     u"--secret"_s,
                     u"refresh_token=T_WRONG"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(lastLine(r.err).startsWith(
                     u"harbordesk-cli: channels update: the connection test failed, nothing was changed"_s),
                 qPrintable(r.err));
        QCOMPARE(channels().first().value("config"_L1).toObject().value("apiBaseUrl"_L1).toString(),
                 u"http://127.0.0.1:9/ebay"_s);
        // The stored secrets were not touched either: the right address with them works.
        r = run({u"channels"_s,
                 u"update"_s,
                 QString::number(id),
                 u"--config"_s,
                 u"{\"apiBaseUrl\":\"%1/ebay\"}"_s.arg(sim.url())});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void badUpdatesAreRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("errorStart");
        QTest::newRow("no id") << QStringList{} << u"channels update: give the channel id"_s;
        QTest::newRow("unknown id") << QStringList{u"99"_s, u"--name"_s, u"x"_s}
                                    << u"channels update: There is no channel 99"_s;
        QTest::newRow("type change") << QStringList{u"ID"_s, u"--kind"_s, u"shopee"_s}
                                     << u"channels update: a channel's type cannot change"_s;
        QTest::newRow("nothing to change") << QStringList{u"ID"_s} << u"channels update: nothing to change"_s;
        QTest::newRow("same settings again")
            << QStringList{u"ID"_s, u"--config"_s, u"{\"clientId\":\"sim-ebay-client\"}"_s}
            << u"channels update: nothing to change"_s;
        QTest::newRow("config not an object")
            << QStringList{u"ID"_s, u"--config"_s, u"[1,2]"_s} << u"channels update: --config is not a JSON object"_s;
        QTest::newRow("empty name") << QStringList{u"ID"_s, u"--name"_s, u"  "_s, u"--no-test"_s}
                                    << u"channels update: --name cannot be empty"_s;
        QTest::newRow("secret set and cleared") << QStringList{u"ID"_s,
                                                               u"--secret"_s,
                                                               u"refresh_token=T_EBAY_REFRESH"_s,
                                                               u"--clear-secret"_s,
                                                               u"refresh_token"_s}
                                                << u"channels update: secret refresh_token is both set and cleared"_s;
        QTest::newRow("missing environment variable")
            << QStringList{u"ID"_s, u"--secret"_s, u"refresh_token=T_NOT_SET_ANYWHERE"_s}
            << u"channels update: environment variable T_NOT_SET_ANYWHERE is not set"_s;
    }
    void badUpdatesAreRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, errorStart);
        const qint64 id = addEbay(u"http://127.0.0.1:9"_s, false);
        QVERIFY(id > 0);
        args.replaceInStrings(u"ID"_s, QString::number(id));
        const QList<QJsonObject> before = channels();
        const Run r = run(QStringList{u"channels"_s, u"update"_s} + args);
        QVERIFY2(r.exitCode == 1 || r.exitCode == 2, qPrintable(r.err));
        // The error is the last line (a warning that the plaintext store is in use may come first).
        QVERIFY2(lastLine(r.err).startsWith(u"harbordesk-cli: "_s + errorStart), qPrintable(r.err));
        QCOMPARE(channels(), before);
    }
};

QTEST_GUILESS_MAIN(TestChannelsCommand)
#include "TestChannelsCommand.moc"
