#include "SlaTestScript.h"
#include "core/workflow/sla/ResponseRate.h"

#include <QTest>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

/// "t1: buyer 2024-01-15T10:00Z, agent 11:00 | spam!: buyer ..." - a name ending in "!" is an excluded thread.
QList<ResponseRate::Thread> parseThreads(const QString &script)
{
    QList<ResponseRate::Thread> threads;
    for (const QString &part : script.split(u'|', Qt::SkipEmptyParts)) {
        const qsizetype colon = part.indexOf(u':');
        ResponseRate::Thread t;
        t.id = part.left(colon).trimmed();
        if (t.id.endsWith(u'!')) {
            t.excluded = true;
            t.id.chop(1);
        }
        t.events = parseEvents(part.mid(colon + 1)).events;
        threads.append(t);
    }
    return threads;
}

QString percent(std::optional<double> v)
{
    return v ? QString::number(*v * 100, 'f', 1) + u'%' : u"n/a"_s;
}

/// "in time/late/missed/open/excluded rate R best B worst W"
QString describe(const ResponseRate::Report &r)
{
    return u"%1/%2/%3/%4/%5 rate %6 best %7 worst %8"_s.arg(r.answeredInTime)
        .arg(r.answeredLate)
        .arg(r.missed)
        .arg(r.open)
        .arg(r.excluded)
        .arg(percent(r.rate), percent(r.bestCase), percent(r.worstCase));
}

qint64 at(const QString &iso)
{
    QString prefix;
    QString suffix;
    return parseTime(iso, prefix, suffix);
}

} // namespace

class TestResponseRate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void platformRules_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("threads");
        QTest::addColumn<QString>("now");
        QTest::addColumn<QString>("expected");
        auto row =
            [](const char *name, const char *platform, const char *threads, const char *now, const char *expected) {
                QTest::newRow(name) << QString::fromUtf8(platform) << QString::fromUtf8(threads)
                                    << QString::fromUtf8(now) << QString::fromUtf8(expected);
            };
        row("Amazon message answered within 24 h",
            "amazon",
            "t1: buyer 2024-01-15T10:00Z, agent 20:00",
            "2024-01-20T12:00Z",
            "1/0/0/0/0 rate 100.0% best 100.0% worst 100.0%");
        row("auto-reply does not count on Amazon",
            "amazon",
            "t1: buyer 2024-01-15T10:00Z, auto 10:01, agent 2024-01-16T12:00Z",
            "2024-01-20T12:00Z",
            "0/1/0/0/0 rate 0.0% best 0.0% worst 0.0%");
        row("no response needed is excluded on Amazon",
            "amazon",
            "t1: buyer 2024-01-15T10:00Z, nrn 11:00",
            "2024-01-20T12:00Z",
            "0/0/0/0/1 rate n/a best n/a worst n/a");
        row("each message of a burst is a sample on Amazon",
            "amazon",
            "t1: buyer 2024-01-19T10:00Z, buyer 2024-01-20T08:00Z, agent 11:00",
            "2024-01-20T12:00Z",
            "1/1/0/0/0 rate 50.0% best 50.0% worst 50.0%");
        row("messages older than 7 days fall out on Amazon",
            "amazon",
            "old: buyer 2024-01-10T10:00Z | t2: buyer 2024-01-19T10:00Z, agent 11:00",
            "2024-01-20T12:00Z",
            "1/0/0/0/0 rate 100.0% best 100.0% worst 100.0%");
        row("forecast with open messages on Amazon",
            "amazon",
            "t1: buyer 2024-01-18T10:00Z, agent 11:00 | t2: buyer 2024-01-18T10:00Z | t3: buyer 2024-01-20T01:00Z | "
            "t4: buyer 2024-01-20T11:00Z",
            "2024-01-20T12:00Z",
            "1/0/1/2/0 rate 50.0% best 75.0% worst 25.0%");
        row("no response needed still needs a reply on Walmart",
            "walmart",
            "t1: buyer 2024-01-15T10:00Z, nrn 10:05",
            "2024-01-20T12:00Z",
            "0/0/1/0/0 rate 0.0% best 0.0% worst 0.0%");
        row("Walmart allows 48 h",
            "walmart",
            "t1: buyer 2024-01-15T10:00Z, agent 2024-01-17T09:00Z",
            "2024-01-20T12:00Z",
            "1/0/0/0/0 rate 100.0% best 100.0% worst 100.0%");
        row("only the first message of a thread counts on Etsy",
            "etsy",
            "t1: buyer 2024-01-15T10:00Z, agent 11:00, buyer 12:00, buyer 2024-01-17T12:00Z",
            "2024-01-20T12:00Z",
            "1/0/0/0/0 rate 100.0% best 100.0% worst 100.0%");
        row("thread the seller started does not count on Etsy",
            "etsy",
            "t1: agent 2024-01-15T10:00Z, buyer 11:00",
            "2024-01-20T12:00Z",
            "0/0/0/0/0 rate n/a best n/a worst n/a");
        row("auto-reply counts on Etsy",
            "etsy",
            "t1: buyer 2024-01-15T10:00Z, auto 10:01",
            "2024-01-20T12:00Z",
            "1/0/0/0/0 rate 100.0% best 100.0% worst 100.0%");
        row("spam thread is excluded on Etsy",
            "etsy",
            "spam!: buyer 2024-01-15T10:00Z",
            "2024-01-20T12:00Z",
            "0/0/0/0/1 rate n/a best n/a worst n/a");
        row("Etsy looks back three months",
            "etsy",
            "t1: buyer 2023-11-01T10:00Z | t2: buyer 2023-10-01T10:00Z | t3: buyer 2024-01-19T10:00Z, agent 11:00",
            "2024-01-20T12:00Z",
            "1/0/1/0/0 rate 50.0% best 50.0% worst 50.0%");
        row("a chat is a run of buyer messages on Shopee",
            "shopee",
            "t1: buyer 2024-01-15T10:00Z, buyer 10:05, buyer 10:10, agent 11:00, buyer 2024-01-16T10:00Z",
            "2024-01-20T12:00Z",
            "1/0/1/0/0 rate 50.0% best 50.0% worst 50.0%");
        row("auto-reply does not end a Shopee chat",
            "shopee",
            "t1: buyer 2024-01-15T10:00Z, auto 10:01, agent 23:00",
            "2024-01-20T12:00Z",
            "0/1/0/0/0 rate 0.0% best 0.0% worst 0.0%");
        row("chat resolved by an auto-reply is excluded on TikTok",
            "tiktok",
            "t1: buyer 2024-01-15T10:00Z, auto 10:01",
            "2024-01-20T12:00Z",
            "0/0/0/0/1 rate n/a best n/a worst n/a");
        row("follow-up after an auto-reply is a new chat on TikTok",
            "tiktok",
            "t1: buyer 2024-01-15T10:00Z, auto 10:01, buyer 11:00, agent 12:00",
            "2024-01-20T12:00Z",
            "1/0/0/0/1 rate 100.0% best 100.0% worst 100.0%");
        row("seller-initiated chat is excluded on TikTok",
            "tiktok",
            "t1: agent 2024-01-15T10:00Z, buyer 11:00, agent 2024-01-16T12:00Z, buyer 2024-01-17T10:00Z, agent 11:00",
            "2024-01-20T12:00Z",
            "1/0/0/0/1 rate 100.0% best 100.0% worst 100.0%");
        row("reply not yet synced counts as unanswered",
            "tiktok",
            "t1: buyer 2024-01-20T10:00Z, agent 2024-01-20T13:00Z",
            "2024-01-20T12:00Z",
            "0/0/0/1/0 rate n/a best 100.0% worst 0.0%");
    }
    void platformRules()
    {
        QFETCH(QString, platform);
        QFETCH(QString, threads);
        QFETCH(QString, now);
        QFETCH(QString, expected);
        bool ok = false;
        const auto rule = ResponseRate::ruleFor(channelKindFromString(platform, &ok));
        QVERIFY(ok && rule);
        QCOMPARE(describe(ResponseRate::compute(parseThreads(threads), *rule, at(now))), expected);
    }

    void noRuleWherePlatformsPublishNone_data()
    {
        QTest::addColumn<QString>("platform");
        for (const char *p : {"ebay", "shopify", "email", "aliexpress", "facebook", "instagram"})
            QTest::newRow(p) << QString::fromUtf8(p);
    }
    void noRuleWherePlatformsPublishNone()
    {
        QFETCH(QString, platform);
        QVERIFY(!ResponseRate::ruleFor(channelKindFromString(platform)));
    }

    void atRiskWithinTheHorizon()
    {
        const auto rule = *ResponseRate::ruleFor(ChannelKind::Shopee);
        const auto threads = parseThreads(u"a: buyer 2024-01-20T01:00Z | b: buyer 2024-01-20T03:00Z | "
                                          u"c: buyer 2024-01-20T10:00Z | d: buyer 2024-01-19T10:00Z"_s);
        FakeClock clock(at(u"2024-01-20T12:00Z"_s));
        const auto r = ResponseRate::compute(threads, rule, clock, 2 * 3'600'000);
        QCOMPARE(r.open, 3);
        QCOMPARE(r.missed, 1);
        QCOMPARE(r.dueWithinHorizon, 1); // a is due at 13:00; b at 15:00 is outside 2 h
        QCOMPARE(r.nextDeadline, at(u"2024-01-20T13:00Z"_s));
        QCOMPARE(r.openSamples.size(), 3);
        QCOMPARE(r.openSamples[0].threadId, u"a"_s);
        QCOMPARE(r.openSamples[1].threadId, u"b"_s);
        QCOMPARE(r.openSamples[2].threadId, u"c"_s);
    }

    void samplesOfOneThread()
    {
        const auto rule = *ResponseRate::ruleFor(ChannelKind::Amazon);
        const auto thread =
            parseThreads(u"t: buyer 2024-01-15T10:00Z, buyer 10:30, agent 11:00, buyer 12:00"_s).first();
        const auto samples = ResponseRate::samples(thread, rule);
        QCOMPARE(samples.size(), 3);
        QCOMPARE(samples[0].answeredAt, at(u"2024-01-15T11:00Z"_s));
        QCOMPARE(samples[1].answeredAt, at(u"2024-01-15T11:00Z"_s));
        QCOMPARE(samples[2].answeredAt, 0);
        QCOMPARE(samples[2].dueAt, at(u"2024-01-16T12:00Z"_s));
    }

    void rulesMatchFeaturesReference_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<int>("deadlineHours");
        QTest::addColumn<int>("periodDays");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("autoReplies");
        QTest::newRow("Amazon") << u"amazon"_s << 24 << 7 << u"message"_s << u"do_not_count"_s;
        QTest::newRow("Walmart") << u"walmart"_s << 48 << 30 << u"message"_s << u"do_not_count"_s;
        QTest::newRow("Etsy") << u"etsy"_s << 24 << 90 << u"thread_start"_s << u"count"_s;
        QTest::newRow("Shopee") << u"shopee"_s << 12 << 30 << u"chat"_s << u"do_not_count"_s;
        QTest::newRow("TikTok Shop") << u"tiktok"_s << 12 << 30 << u"chat"_s << u"exclude_sample"_s;
    }
    void rulesMatchFeaturesReference()
    {
        QFETCH(QString, platform);
        QFETCH(int, deadlineHours);
        QFETCH(int, periodDays);
        QFETCH(QString, unit);
        QFETCH(QString, autoReplies);
        const auto rule = ResponseRate::ruleFor(channelKindFromString(platform));
        QVERIFY(rule);
        QCOMPARE(rule->deadlineMs, qint64(deadlineHours) * 3'600'000);
        QCOMPARE(rule->periodMs, qint64(periodDays) * 24 * 3'600'000);
        QCOMPARE(ResponseRate::unitToString(rule->unit), unit);
        QCOMPARE(ResponseRate::autoRepliesToString(rule->autoReplies), autoReplies);
        QVERIFY(rule->targetRate > 0.8 && rule->targetRate <= 0.95);
    }
};

QTEST_GUILESS_MAIN(TestResponseRate)
#include "TestResponseRate.moc"
