// Drives `harbordesk-cli report` through QProcess on the seeded demo workspace, as a supervisor or
// cron would: each kind with filters, the Excel and semicolon options, formula injection in buyer
// names, one-line errors with exit code 2 for bad input (a misspelt team, tag or language is an
// error, not an empty report), and saved definitions (save, list, run, run-due, remove).

#include "CliProcess.h"
#include "tests/support/CsvRows.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Run = hd::test::CliRun;
using hd::test::parseCsv;

} // namespace

class TestReportCommand : public QObject
{
    Q_OBJECT

private:
    Run run(const QStringList &args)
    {
        return hd::test::runCli(m_cli, *m_home, QStringList{u"--workspace"_s, workspace()} + args);
    }
    QString workspace() const { return m_home->filePath(u"ws.sqlite"_s); }
    QString path(const QString &name) const { return m_home->filePath(name); }
    /// The last 30 days (UTC), as --from/--to take them: the demo's conversations are all recent.
    static QStringList period()
    {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        return {u"--from"_s, today.addDays(-29).toString(Qt::ISODate), u"--to"_s, today.toString(Qt::ISODate)};
    }
    QList<QStringList> report(const QStringList &options, const QString &file, QByteArray *raw = nullptr)
    {
        const Run r = run(QStringList{u"report"_s} + period() + options + QStringList{u"--output"_s, path(file)});
        if (r.exitCode != 0) {
            qWarning("report failed (%d): %s", r.exitCode, qPrintable(r.err));
            return {};
        }
        QFile f(path(file));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const QByteArray data = f.readAll();
        if (raw)
            *raw = data;
        return parseCsv(QString::fromUtf8(data), options.contains(u"--semicolon"_s) ? u';' : u',');
    }
    static int column(const QList<QStringList> &rows, const QString &name)
    {
        return rows.isEmpty() ? -1 : int(rows.first().indexOf(name));
    }
    static QString figure(const QList<QStringList> &summary, const QString &id)
    {
        for (const QStringList &row : summary)
            if (row.value(0) == "figure"_L1 && row.value(1) == id)
                return row.value(3);
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

    void eachKindWithFilters()
    {
        const auto all = report({u"--kind"_s, u"conversations"_s}, u"all.csv"_s);
        QVERIFY(all.size() > 100);
        QCOMPARE(all.first().value(0), u"conversation_id"_s);
        const int platform = column(all, u"platform"_s);
        const int language = column(all, u"language"_s);
        QVERIFY(platform > 0 && language > 0);

        const auto amazon = report({u"--kind"_s, u"conversations"_s, u"--channel"_s, u"amazon"_s}, u"amazon.csv"_s);
        QVERIFY(amazon.size() > 1 && amazon.size() < all.size());
        for (const QStringList &row : amazon.mid(1))
            QCOMPARE(row.value(platform), u"amazon"_s);

        const auto german = report({u"--kind"_s, u"conversations"_s, u"--language"_s, u"DE"_s}, u"de.csv"_s);
        QVERIFY(german.size() > 1 && german.size() < all.size());
        for (const QStringList &row : german.mid(1))
            QCOMPARE(row.value(language), u"de"_s);

        const auto messages = report({u"--kind"_s, u"messages"_s, u"--channel"_s, u"amazon"_s}, u"messages.csv"_s);
        QVERIFY(messages.size() > amazon.size());
        QCOMPARE(messages.first().value(0), u"message_id"_s);

        // The summary counts what the conversation rows hold.
        const auto summary = report({u"--kind"_s, u"summary"_s, u"--channel"_s, u"amazon"_s}, u"summary.csv"_s);
        QVERIFY(summary.size() > 200);
        QCOMPARE(figure(summary, u"new_conversations"_s).toInt(), int(amazon.size() - 1));
    }

    void excelAndSemicolon()
    {
        QByteArray raw;
        const auto rows = report({u"--kind"_s, u"summary"_s, u"--excel"_s, u"--semicolon"_s}, u"excel.csv"_s, &raw);
        QVERIFY(raw.startsWith("\xEF\xBB\xBF"
                               "section;key;metric;"));
        QVERIFY(raw.contains("\r\n"));
        QCOMPARE(raw.count("\r\n"), raw.count("\n"));
        // Decimal commas in numbers: a fraction such as the CSAT score.
        const QString csat = figure(rows, u"csat_score"_s);
        QVERIFY2(csat.contains(u','), qPrintable(csat));
        QByteArray plain;
        report({u"--kind"_s, u"summary"_s}, u"plain.csv"_s, &plain);
        QVERIFY(plain.startsWith("section,key,"));
        QVERIFY(!plain.contains('\r'));
    }

    void formulaInjectionIsNeutralised()
    {
        {
            auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inject"_s);
            db.setDatabaseName(workspace());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(u"UPDATE customers SET display_name = '=HYPERLINK(\"http://x\",\"y\")' WHERE id = "
                            "(SELECT customer_id FROM conversations ORDER BY id LIMIT 1)"_s),
                     qPrintable(q.lastError().text()));
            QVERIFY(q.exec(u"UPDATE channels SET name = '@SUM(1+1)' WHERE id = "
                           "(SELECT channel_id FROM conversations ORDER BY id LIMIT 1)"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"inject"_s);
        const auto rows = report({u"--kind"_s, u"conversations"_s}, u"inject.csv"_s);
        QVERIFY(rows.size() > 1);
        QCOMPARE(rows.at(1).value(column(rows, u"buyer"_s)), u"'=HYPERLINK(\"http://x\",\"y\")"_s);
        QCOMPARE(rows.at(1).value(column(rows, u"channel"_s)), u"'@SUM(1+1)"_s);
        const auto summary = report({u"--kind"_s, u"summary"_s}, u"inject-summary.csv"_s);
        bool found = false;
        for (const QStringList &row : summary)
            if (row.value(0) == "sla_marketplace"_L1 && row.value(1).contains(u"SUM(1+1)"_s)) {
                QCOMPARE(row.value(1), u"'@SUM(1+1)"_s);
                found = true;
            }
        QVERIFY(found);
    }

    void badInputIsAUsageError_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown kind") << QStringList{u"--kind"_s, u"orders"_s} << u"Unknown report kind"_s;
        QTest::newRow("unknown channel") << QStringList{u"--channel"_s, u"nosuch"_s} << u"no channel 'nosuch'"_s;
        QTest::newRow("unknown agent") << QStringList{u"--agent"_s, u"nobody"_s} << u"no agent 'nobody'"_s;
        QTest::newRow("unknown team") << QStringList{u"--team"_s, u"nosuch"_s} << u"no team 'nosuch'"_s;
        QTest::newRow("unknown tag") << QStringList{u"--tag"_s, u"nosuch"_s} << u"no tag 'nosuch'"_s;
        QTest::newRow("unknown language") << QStringList{u"--language"_s, u"zz"_s} << u"no language 'zz'"_s;
    }
    void badInputIsAUsageError()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, error);
        const Run r =
            run(QStringList{u"report"_s} + period() + options + QStringList{u"--output"_s, path(u"bad.csv"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(u"harbordesk-cli: report: "_s) && r.err.contains(error), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY(!QFile::exists(path(u"bad.csv"_s)));
    }

    void badPeriods()
    {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        Run r = run({u"report"_s,
                     u"--from"_s,
                     u"2026-13-01"_s,
                     u"--to"_s,
                     today.toString(Qt::ISODate),
                     u"--output"_s,
                     path(u"x.csv"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"dates are YYYY-MM-DD"_s), qPrintable(r.err));
        r = run({u"report"_s,
                 u"--from"_s,
                 today.toString(Qt::ISODate),
                 u"--to"_s,
                 today.addDays(-3).toString(Qt::ISODate),
                 u"--output"_s,
                 path(u"x.csv"_s)});
        QCOMPARE(r.exitCode, 2);
        r = run({u"report"_s, u"--kind"_s, u"summary"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"give --from, --to and --output"_s), qPrintable(r.err));
        // An unwritable file is a runtime failure, and leaves nothing behind.
        r = run(QStringList{u"report"_s} + period() + QStringList{u"--output"_s, path(u"no/such/dir/x.csv"_s)});
        QCOMPARE(r.exitCode, 1);
    }

    void savedDefinitions()
    {
        const QString folder = path(u"reports"_s);
        Run r = run({u"report"_s,
                     u"--save"_s,
                     u"Amazon daily"_s,
                     u"--kind"_s,
                     u"summary"_s,
                     u"--channel"_s,
                     u"amazon"_s,
                     u"--schedule"_s,
                     u"daily"_s,
                     u"--folder"_s,
                     folder,
                     u"--excel"_s,
                     u"--semicolon"_s});
        QCOMPARE(r.exitCode, 0);
        const QString id = r.out.trimmed();
        QVERIFY(id.toLongLong() > 0);
        r = run({u"report"_s, u"--list"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(id + u"\tAmazon daily\tsummary\tdaily\t"_s), qPrintable(r.out));
        QVERIFY(r.out.trimmed().endsWith(u"never"_s));

        // Due at once (yesterday is complete), written once.
        r = run({u"report"_s, u"--run-due"_s});
        QCOMPARE(r.exitCode, 0);
        const QString written = r.out.trimmed();
        QVERIFY2(written.startsWith(folder) && QFile::exists(written), qPrintable(r.out));
        {
            // Written as saved: Excel-friendly, semicolons.
            QFile file(written);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(file.readLine().startsWith("\xEF\xBB\xBF"
                                               "section;key;metric;"));
        }
        r = run({u"report"_s, u"--run-due"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QString());
        r = run({u"report"_s, u"--definition"_s, id});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), written);

        // Removed: gone from the list, and a second remove is a usage error.
        r = run({u"report"_s, u"--remove"_s, id});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, u"removed %1\tAmazon daily\n"_s.arg(id));
        r = run({u"report"_s, u"--list"_s});
        QCOMPARE(r.out, QString());
        r = run({u"report"_s, u"--remove"_s, id});
        QCOMPARE(r.exitCode, 2);
        r = run({u"report"_s, u"--remove"_s, u"abc"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"--remove needs a numeric id"_s), qPrintable(r.err));
    }

    void runDueGoesOnPastAFailingDefinition()
    {
        // The first definition's folder cannot be created (a file is in the way).
        QFile blocker(path(u"blocker"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        for (const auto &[name, folder] :
             {std::pair{u"Broken"_s, path(u"blocker/reports"_s)}, std::pair{u"Fine"_s, path(u"fine"_s)}}) {
            const Run r = run({u"report"_s, u"--save"_s, name, u"--folder"_s, folder});
            QCOMPARE(r.exitCode, 0);
        }
        const Run r = run({u"report"_s, u"--run-due"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.trimmed().startsWith(path(u"fine/Fine-summary-"_s)), qPrintable(r.out));
        QVERIFY2(r.err.contains(u"\"Broken\""_s), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestReportCommand)
#include "TestReportCommand.moc"
