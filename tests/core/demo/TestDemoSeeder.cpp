#include "core/Workspace.h"
#include "core/demo/DemoSeeder.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hd;
using namespace Qt::StringLiterals;

// Seeds the bundled demo workspace through the real ingest pipeline and checks what a seller sees.
class TestDemoSeeder : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock{1'790'000'000'000};
    std::unique_ptr<Workspace> m_ws;

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(m_ws->database().connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto ws = Workspace::open(m_dir.filePath(u"demo.sqlite"_s), m_clock);
        QVERIFY(ws.ok());
        m_ws = std::move(ws).value();
        const QByteArray json = DemoSeeder::bundledJson();
        QVERIFY2(!json.isEmpty(), "the demo JSON is not compiled into the library");
        DemoSeeder seeder(m_ws->database(), m_ws->ingest(), m_clock);
        auto report = seeder.seed(json);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().detail));
        QVERIFY(report->conversations >= 300);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM conversations"_s), qint64(report->conversations));
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM messages"_s), qint64(report->messages));
    }

    void coversEveryMarketplaceAndLanguage()
    {
        QSqlQuery q(m_ws->database().connection());
        QVERIFY(q.exec(u"SELECT DISTINCT ch.kind FROM conversations c JOIN channels ch ON ch.id = c.channel_id"_s));
        QSet<QString> kinds;
        while (q.next())
            kinds << q.value(0).toString();
        for (const char *k : {"amazon", "ebay", "etsy", "walmart", "shopify", "shopee", "tiktok", "email", "facebook", "instagram"})
            QVERIFY2(kinds.contains(QLatin1String(k)), k);
        // Languages as the pipeline detected them, at least 20 conversations each.
        for (const char *lang : {"en", "es", "de", "fr", "it", "ja", "zh"}) {
            const qint64 n = scalar(u"SELECT COUNT(*) FROM conversations WHERE language = '%1'"_s.arg(QLatin1String(lang)));
            QVERIFY2(n >= 20, qPrintable(u"%1: %2 conversations"_s.arg(QLatin1String(lang)).arg(n)));
        }
    }

    void ordersAndBuyersAreLinked()
    {
        QVERIFY(scalar(u"SELECT COUNT(*) FROM conversations WHERE order_id IS NOT NULL"_s) >= 250);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM orders WHERE carrier = '' AND status IN ('shipped', 'delivered')"_s), 0);
        // Some buyers write on several channels and are one customer.
        QVERIFY(scalar(u"SELECT COUNT(*) FROM (SELECT customer_id FROM conversations GROUP BY customer_id"
                       " HAVING COUNT(DISTINCT channel_id) > 1) x"_s) >= 20);
        QVERIFY(scalar(u"SELECT COUNT(*) FROM messages WHERE direction = 'note'"_s) >= 20);
        QVERIFY(scalar(u"SELECT COUNT(*) FROM messages WHERE direction = 'outbound'"_s) >= 100);
        QVERIFY(scalar(u"SELECT COUNT(*) FROM conversations WHERE assignee_id IS NOT NULL"_s) >= 100);
    }

    void searchFindsDemoContent()
    {
        QVERIFY(!m_ws->search().search(u"Lampe"_s)->isEmpty());
        QVERIFY(!m_ws->search().search(u"退款"_s)->isEmpty());
        QSqlQuery q(m_ws->database().connection());
        QVERIFY(q.exec(u"SELECT external_id FROM orders ORDER BY id LIMIT 1"_s) && q.next());
        const QString order = q.value(0).toString();
        q.finish();
        QVERIFY2(!m_ws->search().search(order)->isEmpty(), qPrintable(order));
    }

    void refusesANonEmptyWorkspace()
    {
        DemoSeeder seeder(m_ws->database(), m_ws->ingest(), m_clock);
        auto again = seeder.seed(DemoSeeder::bundledJson());
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, Error::Code::Conflict);
    }

    void rejectsMalformedJson()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.filePath(u"x.sqlite"_s), m_clock);
        QVERIFY(ws.ok());
        DemoSeeder seeder(ws.value()->database(), ws.value()->ingest(), m_clock);
        auto r = seeder.seed("{\"conversations\": [ {\"channel\": ");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Parse);
    }
};

QTEST_GUILESS_MAIN(TestDemoSeeder)
#include "TestDemoSeeder.moc"
