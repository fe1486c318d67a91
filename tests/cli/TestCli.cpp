// Drives the built harbordesk-cli through QProcess: exit codes, one-line errors, and the output of
// generate / stats / search on a small synthetic workspace.

#include "CliProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Run = hd::test::CliRun;

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    Run run(const QStringList &args) { return hd::test::runCli(m_cli, *m_home, args); }
    QString workspace() const { return m_home->filePath(u"ws.sqlite"_s); }

    QString m_cli;
    std::unique_ptr<QTemporaryDir> m_home;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_cli = qEnvironmentVariable("HARBORDESK_CLI");
        QVERIFY2(!m_cli.isEmpty() && QFile::exists(m_cli), "HARBORDESK_CLI must name the built harbordesk-cli");
    }
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
    }
    void cleanup() { m_home.reset(); }

    void errorsAreOneLineWithAnExitCode_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("errorStart");
        QTest::newRow("no command") << QStringList{} << 2 << u"harbordesk-cli: no command given"_s;
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << 2
                                         << u"harbordesk-cli: unknown command 'frobnicate'"_s;
        QTest::newRow("unknown global option")
            << QStringList{u"--frob"_s, u"stats"_s} << 2 << u"harbordesk-cli: Unknown option 'frob'"_s;
        QTest::newRow("unknown command option")
            << QStringList{u"stats"_s, u"--frob"_s} << 2 << u"harbordesk-cli: stats: Unknown option 'frob'"_s;
        QTest::newRow("count that is not a number") << QStringList{u"generate"_s, u"--conversations"_s, u"many"_s} << 2
                                                    << u"harbordesk-cli: --conversations expects a whole number"_s;
        QTest::newRow("fewer messages than conversations")
            << QStringList{u"generate"_s, u"--conversations"_s, u"10"_s, u"--messages"_s, u"5"_s} << 2
            << u"harbordesk-cli: generate: --messages (5) must be at least --conversations (10)"_s;
        QTest::newRow("search without a query")
            << QStringList{u"search"_s} << 2 << u"harbordesk-cli: search: no query given"_s;
        QTest::newRow("search limit zero") << QStringList{u"search"_s, u"refund"_s, u"--limit"_s, u"0"_s} << 2
                                           << u"harbordesk-cli: --limit expects a whole number"_s;
        QTest::newRow("unreachable PostgreSQL")
            << QStringList{u"--workspace"_s, u"postgresql://x@127.0.0.1:1/db"_s, u"stats"_s} << 1
            << u"harbordesk-cli: cannot open the workspace postgresql://x@127.0.0.1:1/db: "_s;
        QTest::newRow("PostgreSQL URL without a database")
            << QStringList{u"stats"_s, u"--workspace"_s, u"postgresql://x@127.0.0.1:1"_s} << 1
            << u"harbordesk-cli: cannot open the workspace postgresql://x@127.0.0.1:1: "_s;
        QTest::newRow("SQLite path under a file")
            << QStringList{u"--workspace"_s, u"/dev/null/ws.sqlite"_s, u"stats"_s} << 1
            << u"harbordesk-cli: cannot open the workspace /dev/null/ws.sqlite: "_s;
    }
    void errorsAreOneLineWithAnExitCode()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, errorStart);
        const Run r = run(args);
        QCOMPARE(r.exitCode, exitCode);
        const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() == 1, qPrintable(u"stderr was:\n"_s + r.err));
        QVERIFY2(lines.constFirst().startsWith(errorStart), qPrintable(lines.constFirst()));
        QVERIFY(r.out.isEmpty());
    }

    void versionAndHelp_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("version") << QStringList{u"--version"_s} << u"harbordesk-cli "_s;
        QTest::newRow("help lists the commands") << QStringList{u"--help"_s} << u"seed-demo"_s;
        // The longest command name still has a gap before its summary.
        QTest::newRow("help keeps a gap after long names") << QStringList{u"--help"_s} << u"  conversation  Show"_s;
        QTest::newRow("help of a command") << QStringList{u"search"_s, u"--help"_s} << u"--ranked"_s;
        QTest::newRow("help command") << QStringList{u"help"_s, u"generate"_s} << u"--bulk"_s;
    }
    void versionAndHelp()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(expected), qPrintable(r.out));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    }

    void generateThenStatsAndSearch_data()
    {
        QTest::addColumn<bool>("bulk");
        QTest::newRow("indexed while ingesting") << false;
        QTest::newRow("bulk import, index rebuilt after") << true;
    }
    void generateThenStatsAndSearch()
    {
        QFETCH(bool, bulk);
        QStringList args{u"--workspace"_s,
                         workspace(),
                         u"generate"_s,
                         u"--conversations"_s,
                         u"120"_s,
                         u"--messages"_s,
                         u"500"_s,
                         u"--seed"_s,
                         u"4"_s,
                         u"--batch"_s,
                         u"64"_s};
        if (bulk)
            args << u"--bulk"_s;
        Run r = run(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"inserted 500 messages (0 duplicates), 120 new conversations"_s), qPrintable(r.out));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        // A bulk import builds the dashboard's facts ahead of the first dashboard.
        QCOMPARE(r.out.contains(u"dashboard facts of 120 conversations built in"_s), bulk);

        // The same seed again stores nothing new.
        r = run(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"inserted 0 messages (500 duplicates), 0 new conversations"_s), qPrintable(r.out));

        r = run({u"stats"_s, u"--json"_s, u"--workspace"_s, workspace()});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject stats = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(stats.value("conversations"_L1).toInt(), 120);
        QCOMPARE(stats.value("messages"_L1).toInt(), 500);
        const QJsonObject byDirection = stats.value("messages_by_direction"_L1).toObject();
        QCOMPARE(byDirection.value("inbound"_L1).toInt() + byDirection.value("outbound"_L1).toInt(), 500);
        QVERIFY(stats.value("customers"_L1).toInt() > 0);
        QVERIFY(stats.value("orders"_L1).toInt() > 0);
        QVERIFY(stats.value("size_bytes"_L1).toDouble() > 0);

        // Every synthetic conversation is a "syn-" thread; an order number finds its messages.
        r = run({u"--workspace"_s, workspace(), u"search"_s, u"order"_s, u"--json"_s, u"--limit"_s, u"5"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray hits = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(hits.size(), 5);
        for (const QJsonValue &h : hits) {
            QVERIFY(h.toObject().value("message_id"_L1).toInteger() > 0);
            QVERIFY(!h.toObject().value("channel"_L1).toString().isEmpty());
        }
        r = run({u"--workspace"_s, workspace(), u"search"_s, u"order"_s, u"--ranked"_s, u"--limit"_s, u"3"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.split(u'\n', Qt::SkipEmptyParts).size(), 3);
        r = run({u"--workspace"_s, workspace(), u"search"_s, u"zzzqqqnothing"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);
    }

    void conversationActions()
    {
        // The demo workspace has marketplace channels with content rules (Amazon relay mail among them).
        Run r = run({u"--workspace"_s, workspace(), u"seed-demo"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        auto show = [&](qint64 id) {
            const Run s =
                run({u"--workspace"_s, workspace(), u"conversation"_s, u"show"_s, QString::number(id), u"--json"_s});
            return s.exitCode == 0 ? QJsonDocument::fromJson(s.out.toUtf8()).object() : QJsonObject{};
        };
        qint64 amazon = 0;
        for (qint64 id = 1; id <= 200 && amazon == 0; ++id) {
            const QJsonObject c = show(id);
            if (c.value("platform"_L1).toString() == "amazon"_L1 && c.value("status"_L1).toString() == "open"_L1)
                amazon = id;
        }
        QVERIFY2(amazon > 0, "the demo workspace has an open Amazon conversation");
        QJsonObject c = show(amazon);
        QVERIFY(!c.value("messages"_L1).toArray().isEmpty());
        const QString id = QString::number(amazon);
        auto act = [&](const QStringList &args) {
            return run(QStringList{u"--workspace"_s, workspace(), u"conversation"_s} + args);
        };

        // A link breaks Amazon's buyer-messaging rules: refused, nothing queued.
        const int before = c.value("messages"_L1).toArray().size();
        r = act({u"reply"_s, id, u"--text"_s, u"Track it at https://track.example.com/x"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.startsWith(u"blocked: "_s) && r.err.contains(u"nothing was queued"_s),
                 qPrintable(r.out + r.err));
        QCOMPARE(show(amazon).value("messages"_L1).toArray().size(), before);

        r = act({u"reply"_s, id, u"--text"_s, u"Thank you, your parcel left our warehouse today."_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        c = show(amazon);
        const QJsonArray thread = c.value("messages"_L1).toArray();
        QCOMPARE(thread.size(), before + 1);
        QCOMPARE(thread.last().toObject().value("status"_L1).toString(), u"queued"_s);
        QCOMPARE(thread.last().toObject().value("direction"_L1).toString(), u"outbound"_s);

        // A hand-made assignment is logged with who made it.
        r = act({u"assign"_s, id, u"2"_s, u"--agent"_s, u"1"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        c = show(amazon);
        QVERIFY(!c.value("assignee"_L1).toString().isEmpty());
        const QJsonObject last = c.value("assignments"_L1).toArray().last().toObject();
        QCOMPARE(last.value("strategy"_L1).toString(), u"manual"_s);
        QCOMPARE(last.value("agent_id"_L1).toInteger(), 2);
        QVERIFY(!last.value("reason"_L1).toString().isEmpty());

        r = act({u"tag"_s, id, u"Fragile"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(show(amazon).value("tags"_L1).toArray().contains(u"fragile"_s));
        r = act({u"untag"_s, id, u"fragile"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!show(amazon).value("tags"_L1).toArray().contains(u"fragile"_s));

        r = act({u"no-response"_s, id});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        c = show(amazon);
        QVERIFY(c.value("no_response_needed"_L1).toBool());
        QCOMPARE(c.value("sla_due_at"_L1).toString(), QString()); // no response clock runs

        r = act({u"status"_s, id, u"resolved"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(show(amazon).value("status"_L1).toString(), u"resolved"_s);

        // Usage errors: exit 2, one line.
        QCOMPARE(act({u"status"_s, id, u"closed"_s}).exitCode, 2);
        QCOMPARE(act({u"reply"_s, id}).exitCode, 2);
        QCOMPARE(act({u"show"_s, u"x"_s}).exitCode, 2);
        QCOMPARE(act({u"assign"_s, id, u"9999"_s}).exitCode, 1);
        QCOMPARE(act({u"show"_s, u"999999"_s}).exitCode, 1);
    }

    void defaultWorkspaceIsInTheDataFolder()
    {
        const Run r = run({u"stats"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString ws = QJsonDocument::fromJson(r.out.toUtf8()).object().value("workspace"_L1).toString();
        QVERIFY2(ws.startsWith(m_home->path()) && ws.endsWith(u"/demo.sqlite"_s), qPrintable(ws));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
