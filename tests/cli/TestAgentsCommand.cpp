// Drives `harbordesk-cli agents` through QProcess on the seeded demo workspace: the list (table and
// JSON) shows the demo's regional teams; update normalises teams ("EU, , Night" -> "eu,night"), sets
// languages, capacity and the active flag, and what it stores is what `report --team` filters by;
// bad input fails with one line and exit code 2 and changes nothing.

#include "CliProcess.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

using Run = hd::test::CliRun;

qsizetype lineCount(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    return QString::fromUtf8(f.readAll()).count(u'\n');
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    return out;
}

} // namespace

class TestAgentsCommand : public QObject
{
    Q_OBJECT

private:
    Run run(const QStringList &args)
    {
        return hd::test::runCli(m_cli, *m_home, QStringList{u"--workspace"_s, m_home->filePath(u"ws.sqlite"_s)} + args);
    }
    /// `agents list --json` as an array of objects (empty on failure).
    QJsonArray list()
    {
        const Run r = run({u"agents"_s, u"list"_s, u"--json"_s});
        if (r.exitCode != 0) {
            qWarning("agents list failed (%d): %s", r.exitCode, qPrintable(r.err));
            return {};
        }
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }
    QJsonObject agentNamed(const QString &name)
    {
        for (const QJsonValue &v : list())
            if (v[u"name"_s].toString() == name)
                return v.toObject();
        return {};
    }

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
        const Run seeded = run({u"seed-demo"_s});
        QVERIFY2(seeded.exitCode == 0, qPrintable(seeded.err));
    }
    void cleanup() { m_home.reset(); }

    void listShowsTheDemoTeams()
    {
        const QJsonArray agents = list();
        QCOMPARE(agents.size(), 5);
        const QJsonObject maria = agentNamed(u"Maria Garcia"_s);
        QCOMPARE(maria[u"email"_s].toString(), u"maria.garcia@lumenloom.example"_s);
        QCOMPARE(maria[u"role"_s].toString(), u"agent"_s);
        QCOMPARE(strings(maria[u"languages"_s]), (QStringList{u"es"_s, u"en"_s}));
        QCOMPARE(strings(maria[u"teams"_s]), (QStringList{u"eu"_s, u"americas"_s}));
        QCOMPARE(maria[u"capacity"_s].toInt(), 25);
        QCOMPARE(maria[u"active"_s].toBool(), true);
        QVERIFY(maria[u"id"_s].toInteger() > 0);
        QCOMPARE(strings(agentNamed(u"Li Wei"_s)[u"teams"_s]), QStringList{u"apac"_s});

        const Run table = run({u"agents"_s, u"list"_s});
        QCOMPARE(table.exitCode, 0);
        const QStringList lines = table.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6); // header + 5 agents
        QVERIFY(lines.first().contains(u"TEAMS"_s));
        bool found = false;
        for (const QString &line : lines)
            found = found || (line.contains(u"Maria Garcia"_s) && line.contains(u"eu,americas"_s));
        QVERIFY2(found, qPrintable(table.out));
    }

    void updateNormalisesAndTheReportFiltersByIt()
    {
        const qint64 id = agentNamed(u"Tom Becker"_s)[u"id"_s].toInteger();
        QVERIFY(id > 0);
        const Run r = run({u"agents"_s,
                           u"update"_s,
                           QString::number(id),
                           u"--teams"_s,
                           u" Night , , EU,night"_s,
                           u"--languages"_s,
                           u"de, en ,fr"_s,
                           u"--capacity"_s,
                           u"12"_s,
                           u"--active"_s,
                           u"false"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"night,eu"_s));
        const QJsonObject tom = agentNamed(u"Tom Becker"_s);
        QCOMPARE(strings(tom[u"teams"_s]), (QStringList{u"night"_s, u"eu"_s}));
        QCOMPARE(strings(tom[u"languages"_s]), (QStringList{u"de"_s, u"en"_s, u"fr"_s}));
        QCOMPARE(tom[u"capacity"_s].toInt(), 12);
        QCOMPARE(tom[u"active"_s].toBool(), false);
        // Other agents are untouched.
        QCOMPARE(strings(agentNamed(u"Maria Garcia"_s)[u"teams"_s]), (QStringList{u"eu"_s, u"americas"_s}));

        // The new team is one the report knows (a misspelt team is an error there) and it narrows the
        // report to Tom's conversations.
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const QStringList period{u"--from"_s,
                                 today.addDays(-29).toString(Qt::ISODate),
                                 u"--to"_s,
                                 today.toString(Qt::ISODate),
                                 u"--kind"_s,
                                 u"conversations"_s};
        const QString allCsv = m_home->filePath(u"all.csv"_s), nightCsv = m_home->filePath(u"night.csv"_s);
        const Run all = run(QStringList{u"report"_s} + period + QStringList{u"--output"_s, allCsv});
        QVERIFY2(all.exitCode == 0, qPrintable(all.err));
        const Run night =
            run(QStringList{u"report"_s} + period + QStringList{u"--team"_s, u"Night"_s, u"--output"_s, nightCsv});
        QVERIFY2(night.exitCode == 0, qPrintable(night.err));
        const qsizetype allRows = lineCount(allCsv), nightRows = lineCount(nightCsv);
        QVERIFY2(nightRows > 1 && nightRows < allRows, qPrintable(u"%1 of %2"_s.arg(nightRows).arg(allRows)));

        // Only the options given change; --teams "" takes the agent off every team.
        const Run cleared = run({u"agents"_s, u"update"_s, QString::number(id), u"--teams"_s, u""_s});
        QVERIFY2(cleared.exitCode == 0, qPrintable(cleared.err));
        const QJsonObject after = agentNamed(u"Tom Becker"_s);
        QVERIFY(strings(after[u"teams"_s]).isEmpty());
        QCOMPARE(after[u"capacity"_s].toInt(), 12);
        QCOMPARE(strings(after[u"languages"_s]), (QStringList{u"de"_s, u"en"_s, u"fr"_s}));
        QCOMPARE(after[u"active"_s].toBool(), false);
    }

    void badInputFailsWithUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown id") << QStringList{u"update"_s, u"999"_s, u"--capacity"_s, u"5"_s}
                                    << u"There is no agent #999."_s;
        QTest::newRow("not an id") << QStringList{u"update"_s, u"tom"_s, u"--capacity"_s, u"5"_s}
                                   << u"'tom' is not an agent id"_s;
        QTest::newRow("no id") << QStringList{u"update"_s} << u"update needs an agent id"_s;
        QTest::newRow("nothing to change") << QStringList{u"update"_s, u"1"_s} << u"update needs --teams"_s;
        QTest::newRow("capacity not a number")
            << QStringList{u"update"_s, u"1"_s, u"--capacity"_s, u"many"_s} << u"--capacity needs a whole number"_s;
        QTest::newRow("capacity negative")
            << QStringList{u"update"_s, u"1"_s, u"--capacity"_s, u"-1"_s} << u"from 0 to 1000"_s;
        QTest::newRow("active not a boolean")
            << QStringList{u"update"_s, u"1"_s, u"--active"_s, u"maybe"_s} << u"--active is true or false"_s;
        QTest::newRow("bad language code")
            << QStringList{u"update"_s, u"1"_s, u"--languages"_s, u"en,english!"_s} << u"is not a language code"_s;
        QTest::newRow("unknown action") << QStringList{u"remove"_s, u"1"_s} << u"usage: agents list"_s;
        QTest::newRow("list with argument") << QStringList{u"list"_s, u"1"_s} << u"list takes no argument"_s;
    }
    void badInputFailsWithUsage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, error);
        const QJsonArray before = list();
        QCOMPARE(before.size(), 5);
        const Run r = run(QStringList{u"agents"_s} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(error), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(list(), before); // nothing changed
    }
};

QTEST_GUILESS_MAIN(TestAgentsCommand)
#include "TestAgentsCommand.moc"
