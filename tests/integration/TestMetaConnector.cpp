// Meta Graph connector against harbordesk-sim, in-process on loopback (no external server needed).
#include "app/sim/SimServer.h"
#include "app/sim/routes/SimRoutes.h"
#include "core/channels/ChannelHttp.h"
#include "core/channels/meta/MessagingWindow.h"
#include "core/channels/meta/MetaConnector.h"
#include "core/common/Clock.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace hd;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kNow = 1'790'000'000'000; // UTC ms
constexpr qint64 kHour = 3'600'000;

QString graphTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u"+0000"_s;
}

QJsonObject scenario()
{
    QJsonArray convs;
    for (int i = 0; i < 5; ++i) {
        const QString buyer = u"55%1"_s.arg(i);
        convs.append(QJsonObject{
            {u"id"_s, u"t_%1"_s.arg(i)},
            {u"platform"_s, i == 4 ? u"instagram"_s : u"messenger"_s},
            {u"participants"_s, QJsonArray{QJsonObject{{u"id"_s, buyer}, {u"name"_s, u"Buyer %1"_s.arg(i)}}}},
            {u"messages"_s,
             QJsonArray{QJsonObject{{u"id"_s, u"m_%1a"_s.arg(i)},
                                    {u"created_time"_s, graphTime(kNow - (10 - i) * kHour)},
                                    {u"from"_s, QJsonObject{{u"id"_s, buyer}, {u"name"_s, u"Buyer %1"_s.arg(i)}}},
                                    {u"message"_s, u"Hello %1"_s.arg(i)}},
                        QJsonObject{{u"id"_s, u"m_%1b"_s.arg(i)},
                                    {u"created_time"_s, graphTime(kNow - (10 - i) * kHour + 60'000)},
                                    {u"from"_s, QJsonObject{{u"id"_s, buyer}, {u"name"_s, u"Buyer %1"_s.arg(i)}}},
                                    {u"message"_s, u"Any news?"_s}}}}});
    }
    return QJsonObject{{u"meta"_s,
                        QJsonObject{{u"pageId"_s, u"PAGE1"_s},
                                    {u"pageName"_s, u"Harbor Gadgets"_s},
                                    {u"auth"_s, QJsonObject{{u"accessToken"_s, u"EAAsimtoken"_s}}},
                                    {u"conversations"_s, convs}}}};
}

struct FetchOutcome
{
    std::optional<FetchedPage> page;
    std::optional<ChannelFailure> failure;
};

} // namespace

class TestMetaConnector : public QObject
{
    Q_OBJECT

    FakeClock m_clock{kNow};
    std::unique_ptr<sim::SimServer> m_sim;
    std::unique_ptr<ChannelHttp> m_http;
    std::unique_ptr<MetaConnector> m_connector;

    MetaConfig config(const QString &platform = u"messenger"_s) const
    {
        MetaConfig c;
        c.channelId = 1;
        QUrl base = m_sim->baseUrl();
        base.setPath(u"/meta"_s);
        c.graphBaseUrl = base;
        c.pageId = u"PAGE1"_s;
        c.platform = platform;
        c.pageSize = 2;
        return c;
    }

    FetchOutcome fetch(const QString &cursor)
    {
        FetchOutcome out;
        bool done = false;
        m_connector->fetch(cursor, [&](Result<FetchedPage> page, std::optional<ChannelFailure> failure) {
            if (page)
                out.page = std::move(page).value();
            out.failure = failure;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10'000))
            qWarning("fetch did not report");
        return out;
    }

    std::pair<std::optional<SendReceipt>, std::optional<ChannelFailure>> send(const OutboundReply &reply)
    {
        std::optional<SendReceipt> receipt;
        std::optional<ChannelFailure> failure;
        bool done = false;
        m_connector->send(reply, [&](Result<SendReceipt> r, std::optional<ChannelFailure> f) {
            if (r)
                receipt = r.value();
            failure = f;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10'000))
            qWarning("the connector did not report within 10 s");
        return {receipt, failure};
    }

    OutboundReply reply(const QString &text, const QString &tag = {}) const
    {
        OutboundReply r;
        r.conversationExternalId = u"t_3"_s;
        r.recipientAddress = u"553"_s;
        r.bodyText = text;
        r.tag = tag;
        r.idempotencyKey = u"k-"_s + text;
        return r;
    }

private Q_SLOTS:
    void init()
    {
        m_clock.setNowMs(kNow);
        m_sim = std::make_unique<sim::SimServer>(m_clock);
        sim::installAllRoutes(*m_sim);
        QVERIFY(m_sim->loadScenario(scenario()).ok());
        QVERIFY(m_sim->listen(0).ok());
        m_http = std::make_unique<ChannelHttp>(&m_clock);
        m_http->setTransferTimeoutMs(2'000);
        m_connector = std::make_unique<MetaConnector>(config(), "EAAsimtoken", *m_http, m_clock);
    }
    void cleanup()
    {
        m_connector.reset();
        m_http.reset();
        m_sim.reset();
    }

    void walksCursorPagesThenOnlyWhatIsNew()
    {
        QString cursor;
        QSet<QString> ids;
        int pages = 0;
        bool more = true;
        while (more && pages < 10) {
            const FetchOutcome out = fetch(cursor);
            QVERIFY2(!out.failure, qPrintable(out.failure ? out.failure->detail : QString()));
            QVERIFY(out.page);
            for (const InboundMessage &m : out.page->messages)
                ids.insert(m.externalId);
            cursor = out.page->cursor;
            more = out.page->hasMore;
            ++pages;
        }
        QCOMPARE(pages, 2); // 4 Messenger conversations, 2 per page
        QCOMPARE(ids.size(), 8);
        QVERIFY(!ids.contains(u"m_4a"_s)); // the Instagram conversation is not on the Page's Messenger list

        // Up to date: the next poll brings nothing new (the newest second is read again, since
        // updated_time has whole seconds; ingest dedupes it).
        FetchOutcome idle = fetch(cursor);
        QVERIFY(idle.page);
        for (const InboundMessage &m : idle.page->messages)
            QVERIFY2(ids.contains(m.externalId), qPrintable(m.externalId));
        QVERIFY(!idle.page->hasMore);

        // A new buyer message arrives: only its conversation comes back.
        m_clock.advanceMs(60'000);
        QVERIFY(m_sim->inject(u"meta"_s, QJsonObject{{u"buyer"_s, u"551"_s}, {u"text"_s, u"Still waiting"_s}}).ok());
        FetchOutcome fresh = fetch(idle.page->cursor);
        QVERIFY(fresh.page);
        QStringList texts;
        for (const InboundMessage &m : fresh.page->messages)
            texts << m.bodyText;
        QVERIFY(texts.contains(u"Still waiting"_s));
        // Besides it, only what the first walk already had (that conversation, the newest second).
        for (const InboundMessage &m : fresh.page->messages)
            QVERIFY2(m.bodyText == u"Still waiting"_s || ids.contains(m.externalId), qPrintable(m.externalId));
    }

    void instagramUsesItsOwnList()
    {
        m_connector = std::make_unique<MetaConnector>(config(u"instagram"_s), "EAAsimtoken", *m_http, m_clock);
        QCOMPARE(m_connector->kind(), ChannelKind::Instagram);
        const FetchOutcome out = fetch({});
        QVERIFY(out.page);
        QCOMPARE(out.page->messages.size(), 2);
        QCOMPARE(out.page->messages.first().customerExternalId, u"554"_s);
    }

    void sendsInsideTheWindowOnceEvenIfRetried()
    {
        const auto [receipt, failure] = send(reply(u"It ships today."_s));
        QVERIFY2(!failure, qPrintable(failure ? failure->detail : QString()));
        QVERIFY(receipt);
        QVERIFY(!receipt->alreadySent);
        QVERIFY(receipt->remoteId.startsWith(u"m_"_s));
        // The outbox retries after a crash: the connector finds the message and does not send again.
        const auto [again, failure2] = send(reply(u"It ships today."_s));
        QVERIFY(!failure2);
        QVERIFY(again && again->alreadySent);
        QCOMPARE(again->remoteId, receipt->remoteId);
        QCOMPARE(m_sim->state().sent(u"meta"_s).size(), 1);
        QCOMPARE(m_sim->state().sent(u"meta"_s).first().toObject().value(u"messagingType"_s).toString(), u"RESPONSE"_s);
    }

    void humanAgentTagAfter24Hours()
    {
        // The buyer of t_3 last wrote 7 h before kNow; 2 days later only HUMAN_AGENT may answer.
        m_clock.advanceMs(2 * 24 * kHour);
        const qint64 lastInbound = kNow - 7 * kHour + 60'000;
        const MessagingWindowState window = MessagingWindow::at(lastInbound, m_clock.nowMs());
        QCOMPARE(window.messagingType(), u"MESSAGE_TAG"_s);
        QCOMPARE(MessagingWindow::describe(window), u"HUMAN_AGENT tag, 4 days left"_s);

        const auto [plain, plainFailure] = send(reply(u"Plain reply"_s));
        QVERIFY(!plain);
        QVERIFY(plainFailure);
        QCOMPARE(plainFailure->kind, ChannelFailure::Kind::Permanent);
        QVERIFY(plainFailure->message.contains(u"window"_s));

        const auto [tagged, taggedFailure] = send(reply(u"Tagged reply"_s, window.tag()));
        QVERIFY2(!taggedFailure, qPrintable(taggedFailure ? taggedFailure->detail : QString()));
        QVERIFY(tagged);
        QCOMPARE(m_sim->state().sent(u"meta"_s).last().toObject().value(u"tag"_s).toString(), u"HUMAN_AGENT"_s);

        m_clock.advanceMs(6 * 24 * kHour);
        const auto [late, lateFailure] = send(reply(u"Too late"_s, u"HUMAN_AGENT"_s));
        QVERIFY(!late);
        QCOMPARE(lateFailure->kind, ChannelFailure::Kind::Permanent);
    }

    void expiredTokenNeedsReauthorisation()
    {
        m_sim->state().expireAccessToken(u"meta"_s);
        const FetchOutcome out = fetch({});
        QVERIFY(!out.page);
        QVERIFY(out.failure);
        QCOMPARE(out.failure->kind, ChannelFailure::Kind::Auth);
    }

    void faults_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("expected");
        QTest::addColumn<qint64>("retryAfterMs");
        QTest::newRow("429 with Retry-After")
            << int(sim::SimFault::Kind::RateLimited) << int(ChannelFailure::Kind::RateLimited) << qint64(7'000);
        QTest::newRow("503") << int(sim::SimFault::Kind::ServerError) << int(ChannelFailure::Kind::Transient)
                             << qint64(0);
        QTest::newRow("malformed body") << int(sim::SimFault::Kind::Malformed) << int(ChannelFailure::Kind::Transient)
                                        << qint64(0);
        QTest::newRow("truncated body") << int(sim::SimFault::Kind::Truncated) << int(ChannelFailure::Kind::Transient)
                                        << qint64(0);
        QTest::newRow("no answer (timeout)")
            << int(sim::SimFault::Kind::Timeout) << int(ChannelFailure::Kind::Transient) << qint64(0);
    }
    void faults()
    {
        QFETCH(int, kind);
        QFETCH(int, expected);
        QFETCH(qint64, retryAfterMs);
        sim::SimFault f;
        f.route = u"meta.conversations"_s;
        f.kind = sim::SimFault::Kind(kind);
        f.retryAfterSec = 7;
        f.remaining = 1;
        m_sim->addFault(f);
        const FetchOutcome out = fetch({});
        QVERIFY(!out.page);
        QVERIFY(out.failure);
        QCOMPARE(int(out.failure->kind), expected);
        QCOMPARE(out.failure->retryAfterMs, retryAfterMs);
        QVERIFY(!out.failure->message.isEmpty());
        // The fault is gone: the same cursor now works.
        const FetchOutcome ok = fetch({});
        QVERIFY(ok.page);
        QCOMPARE(ok.page->messages.size(), 4);
    }

    void duplicatedPageIsHarmless()
    {
        const FetchOutcome first = fetch({});
        QVERIFY(first.page);
        sim::SimFault f;
        f.route = u"meta.conversations"_s;
        f.kind = sim::SimFault::Kind::Duplicate;
        f.remaining = 1;
        m_sim->addFault(f);
        const FetchOutcome dup = fetch(first.page->cursor);
        QVERIFY(dup.page);
        // The same messages again: the ingest pipeline dedupes by (channel, external id).
        QCOMPARE(dup.page->messages.first().externalId, first.page->messages.first().externalId);
    }
};

QTEST_GUILESS_MAIN(TestMetaConnector)
#include "TestMetaConnector.moc"
