#include "../../storage/StorageFixture.h"
#include "core/sync/OrderIngest.h"

#include <QSqlQuery>

using namespace hd;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kNow = 1'790'000'000'000; // UTC ms

qint64 scalar(Workspace &ws, const QString &sql)
{
    QSqlQuery q(ws.database().connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

InboundMessage message(qint64 channelId,
                       const QString &conv,
                       const QString &ext,
                       const QString &buyer,
                       const QString &subject,
                       const QString &body)
{
    InboundMessage m;
    m.channelId = channelId;
    m.conversationExternalId = conv;
    m.externalId = ext;
    m.customerExternalId = buyer;
    m.customerName = buyer;
    m.subject = subject;
    m.bodyText = body;
    m.sentAt = kNow - 1000;
    return m;
}

} // namespace

/// The ingest pipeline links a message that names no order to the order its text mentions.
/// Runs on SQLite and, with HARBORDESK_PG_URL, PostgreSQL.
class TestOrderNumberLinking : public QObject
{
    Q_OBJECT

    FakeClock m_clock{kNow};
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_mail = 0;
    qint64 m_amazon = 0;
    qint64 m_tiktok = 0;

    bool open()
    {
        QFETCH(QString, engine);
        m_ws = test::openFresh(engine, m_dir, m_clock);
        if (!m_ws)
            return false;
        m_mail = m_ws->directory().addChannel(Channel{0, ChannelKind::Email, u"Support"_s, {}, {}, true, kNow}).value();
        m_amazon = m_ws->directory()
                       .addChannel(Channel{0, ChannelKind::Amazon, u"Amazon US"_s, u"US"_s, {}, true, kNow})
                       .value();
        m_tiktok = m_ws->directory()
                       .addChannel(Channel{0, ChannelKind::TikTokShop, u"TikTok"_s, u"US"_s, {}, true, kNow})
                       .value();
        return true;
    }

    qint64 insertOrder(qint64 channelId, const QString &number)
    {
        QSqlQuery q(m_ws->database().connection());
        q.prepare(
            u"INSERT INTO orders(channel_id, external_id, status, ordered_at, updated_at) VALUES (?, ?, 'paid', ?, ?)"
            " RETURNING id"_s);
        q.addBindValue(channelId);
        q.addBindValue(number);
        q.addBindValue(kNow);
        q.addBindValue(kNow);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }
    void cleanup()
    {
        m_ws.reset();
        QFile::remove(m_dir.filePath(u"ws.sqlite"_s));
    }

    void mentionedOrderIsLinkedWithItsBuyer_data() { test::addEngineRows(); }
    void mentionedOrderIsLinkedWithItsBuyer()
    {
        QVERIFY(open());
        // Orders fetched from order APIs: no buyer profile yet.
        const qint64 amazonOrder = insertOrder(m_amazon, u"111-0944945-3989852"_s);
        const qint64 tiktokOrder = insertOrder(m_tiktok, u"576461413038785752"_s);
        QVERIFY(amazonOrder > 0 && tiktokOrder > 0);

        auto mail = message(m_mail,
                            u"t1"_s,
                            u"<1@x>"_s,
                            u"josh@example.com"_s,
                            u"Question about order 111-0944945-3989852"_s,
                            u"Hello, when will it ship?"_s);
        auto tiktok = message(m_tiktok, u"c9"_s, u"m9"_s, u"buyer-9"_s, {}, u"where is 576461413038785752??"_s);
        auto unknown =
            message(m_mail, u"t2"_s, u"<2@x>"_s, u"zoe@example.com"_s, u"Order 114-5652017-6650426"_s, u"?"_s);
        auto r = m_ws->ingest().ingest({mail, tiktok, unknown});
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
        QCOMPARE(r->inserted, 3);

        QCOMPARE(scalar(*m_ws, u"SELECT order_id FROM conversations WHERE external_id = 't1'"_s), amazonOrder);
        QCOMPARE(scalar(*m_ws, u"SELECT order_id FROM conversations WHERE external_id = 'c9'"_s), tiktokOrder);
        // An order number that is not stored links nothing.
        QCOMPARE(scalar(*m_ws, u"SELECT COUNT(*) FROM conversations WHERE external_id = 't2' AND order_id IS NULL"_s),
                 1);
        // The order gets the buyer who wrote about it.
        QCOMPARE(scalar(*m_ws, u"SELECT customer_id FROM orders WHERE id = %1"_s.arg(amazonOrder)),
                 scalar(*m_ws, u"SELECT customer_id FROM conversations WHERE external_id = 't1'"_s));
    }

    void fetchedOrdersAreStoredWithTheirBuyerThenLinked_data() { test::addEngineRows(); }
    void fetchedOrdersAreStoredWithTheirBuyerThenLinked()
    {
        QVERIFY(open());
        // The buyer wrote through the relay before the order API ran.
        QVERIFY(m_ws->ingest()
                    .ingest({message(m_mail,
                                     u"t1"_s,
                                     u"<1@x>"_s,
                                     u"7yxwc3c8k00p1k3@marketplace.amazon.com"_s,
                                     u"Hi"_s,
                                     u"Hello"_s)})
                    .ok());
        Order o;
        o.channelId = m_amazon;
        o.externalId = u"902-1845936-5435065"_s;
        o.status = u"paid"_s;
        o.currency = u"USD"_s;
        o.totalCents = 1101;
        o.items << OrderItem{u"SKU-1"_s, u"Lamp"_s, 1, 1101};
        o.buyerEmail = u"7YXWC3C8K00P1K3@marketplace.amazon.com"_s;
        Order other;
        other.channelId = m_amazon;
        other.externalId = u"111-0944945-3989852"_s;
        OrderIngest orders(m_ws->database(), m_clock);
        auto r = orders.store({o, other}, SyncCursor{m_amazon, u"orders"_s, u"{\"w\":1}"_s});
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
        QCOMPARE(r->inserted, 2);
        QCOMPARE(r->linkedToBuyer, 1);
        QCOMPARE(scalar(*m_ws, u"SELECT customer_id FROM orders WHERE external_id = '902-1845936-5435065'"_s),
                 scalar(*m_ws, u"SELECT customer_id FROM conversations WHERE external_id = 't1'"_s));
        QCOMPARE(scalar(*m_ws, u"SELECT COUNT(*) FROM sync_cursors WHERE name = 'orders'"_s), 1);
        // The order changes (shipped): updated in place, not duplicated.
        o.status = u"shipped"_s;
        o.trackingNumber = u"1Z999"_s;
        auto again = orders.store({o});
        QVERIFY(again.ok());
        QCOMPARE(again->updated, 1);
        QCOMPARE(scalar(*m_ws, u"SELECT COUNT(*) FROM orders"_s), 2);
        QCOMPARE(scalar(*m_ws, u"SELECT COUNT(*) FROM orders WHERE status = 'shipped' AND tracking_number = '1Z999'"_s),
                 1);
        // A follow-up that quotes the order links the conversation.
        QVERIFY(m_ws->ingest()
                    .ingest({message(m_mail,
                                     u"t1"_s,
                                     u"<2@x>"_s,
                                     u"7yxwc3c8k00p1k3@marketplace.amazon.com"_s,
                                     u"Re: Hi"_s,
                                     u"Order 902-1845936-5435065 please"_s)})
                    .ok());
        QCOMPARE(scalar(*m_ws,
                        u"SELECT o.external_id = '902-1845936-5435065' FROM conversations c JOIN orders o"
                        " ON o.id = c.order_id WHERE c.external_id = 't1'"_s),
                 1);
    }

    void laterMessageAttachesOrderToExistingConversation_data() { test::addEngineRows(); }
    void laterMessageAttachesOrderToExistingConversation()
    {
        QVERIFY(open());
        const qint64 order = insertOrder(m_amazon, u"902-1845936-5435065"_s);
        QVERIFY(
            m_ws->ingest().ingest({message(m_mail, u"t1"_s, u"<1@x>"_s, u"ann@x.com"_s, u"Hi"_s, u"Question"_s)}).ok());
        QCOMPARE(scalar(*m_ws, u"SELECT COUNT(*) FROM conversations WHERE order_id IS NULL"_s), 1);
        QVERIFY(m_ws->ingest()
                    .ingest({message(m_mail,
                                     u"t1"_s,
                                     u"<2@x>"_s,
                                     u"ann@x.com"_s,
                                     u"Re: Hi"_s,
                                     u"It is order 902-1845936-5435065"_s)})
                    .ok());
        QCOMPARE(scalar(*m_ws, u"SELECT order_id FROM conversations WHERE external_id = 't1'"_s), order);
    }

    void orderOfAnotherBuyerIsNotTakenOver_data() { test::addEngineRows(); }
    void orderOfAnotherBuyerIsNotTakenOver()
    {
        QVERIFY(open());
        auto owner = message(m_amazon, u"a1"_s, u"a1"_s, u"amzn-1"_s, {}, u"hi"_s);
        owner.orderExternalId = u"111-7366207-0755439"_s;
        owner.order = Order{};
        QVERIFY(m_ws->ingest().ingest({owner}).ok());
        const qint64 ownerId =
            scalar(*m_ws, u"SELECT customer_id FROM orders WHERE external_id = '111-7366207-0755439'"_s);
        QVERIFY(ownerId > 0);
        QVERIFY(
            m_ws->ingest()
                .ingest(
                    {message(m_mail, u"t5"_s, u"<5@x>"_s, u"other@x.com"_s, u"Order 111-7366207-0755439"_s, u"?"_s)})
                .ok());
        // Linked to the conversation, but the order keeps its buyer (a merge suggestion, not a takeover).
        QCOMPARE(scalar(*m_ws, u"SELECT customer_id FROM orders WHERE external_id = '111-7366207-0755439'"_s), ownerId);
        QVERIFY(scalar(*m_ws, u"SELECT order_id FROM conversations WHERE external_id = 't5'"_s) > 0);
    }
};

QTEST_GUILESS_MAIN(TestOrderNumberLinking)
#include "TestOrderNumberLinking.moc"
