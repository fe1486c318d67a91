#include "StorageFixture.h"
#include "core/storage/CustomerMergeRepository.h"

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
                       const QString &name,
                       const QString &email)
{
    InboundMessage m;
    m.channelId = channelId;
    m.conversationExternalId = conv;
    m.externalId = ext;
    m.customerExternalId = buyer;
    m.customerName = name;
    m.customerEmail = email;
    m.bodyText = u"Where is my order?"_s;
    m.sentAt = kNow - 1000;
    return m;
}

} // namespace

/// Runs on SQLite and, with HARBORDESK_PG_URL, PostgreSQL.
class TestCustomerMergeRepository : public QObject
{
    Q_OBJECT

    FakeClock m_clock{kNow};
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<CustomerMergeRepository> m_merges;
    qint64 m_mail = 0;
    qint64 m_amazon = 0;
    qint64 m_ebay = 0;

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
        m_ebay =
            m_ws->directory().addChannel(Channel{0, ChannelKind::Ebay, u"eBay US"_s, u"US"_s, {}, true, kNow}).value();
        m_merges = std::make_unique<CustomerMergeRepository>(m_ws->database(), m_clock);
        return true;
    }

    qint64 customerOf(qint64 channelId, const QString &external)
    {
        QSqlQuery q(m_ws->database().connection());
        q.prepare(u"SELECT customer_id FROM customer_identities WHERE channel_id = ? AND external_id = ?"_s);
        q.addBindValue(channelId);
        q.addBindValue(external);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

    /// Josh writes through the Amazon relay about order 111-…; the same order also reaches the
    /// workspace on the Amazon order channel under "Josh Miller" (another profile); Ana writes
    /// twice with the e-mail in a different case; Kim only shares a name with nobody.
    void seed()
    {
        auto relay = message(m_mail,
                             u"t1"_s,
                             u"<a1@amazon>"_s,
                             u"7yxwc3c8k00p1k3@marketplace.amazon.com"_s,
                             u"Josh"_s,
                             u"7yxwc3c8k00p1k3@marketplace.amazon.com"_s);
        relay.orderExternalId = u"111-0944945-3989852"_s;
        relay.order = Order{};
        auto api = message(m_amazon, u"o1"_s, u"o1-m"_s, u"amzn-buyer-1"_s, u"Josh Miller"_s, {});
        api.orderExternalId = u"111-0944945-3989852"_s;
        Order o;
        o.shipToPostcode = u"98101"_s;
        api.order = o;
        auto ana1 = message(m_ebay, u"e1"_s, u"e1-m"_s, u"ana_b"_s, u"Ana Borges"_s, u"Ana.Borges@example.pt"_s);
        auto ana2 =
            message(m_mail, u"t2"_s, u"<a2@mail>"_s, u"ana.borges@example.pt"_s, u"Ana"_s, u"ana.borges@example.pt"_s);
        auto kim = message(m_ebay, u"e2"_s, u"e2-m"_s, u"kim1"_s, u"Kim Lee"_s, {});
        auto r = m_ws->ingest().ingest({relay, api, ana1, ana2, kim});
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
        QCOMPARE(r->customersCreated, 5);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_clock.setNowMs(kNow); // every case (and engine) starts at the same time
    }
    void cleanup()
    {
        m_merges.reset();
        m_ws.reset();
        QFile::remove(m_dir.filePath(u"ws.sqlite"_s));
    }

    void suggestsBySharedOrderAndEmail_data() { test::addEngineRows(); }
    void suggestsBySharedOrderAndEmail()
    {
        QVERIFY(open());
        seed();
        const qint64 josh = customerOf(m_mail, u"7yxwc3c8k00p1k3@marketplace.amazon.com"_s);
        const qint64 joshApi = customerOf(m_amazon, u"amzn-buyer-1"_s);
        const qint64 ana = customerOf(m_ebay, u"ana_b"_s);
        const qint64 ana2 = customerOf(m_mail, u"ana.borges@example.pt"_s);
        const qint64 kim = customerOf(m_ebay, u"kim1"_s);
        QVERIFY(josh > 0 && joshApi > 0 && ana > 0 && ana2 > 0 && kim > 0);

        auto s = m_merges->suggest(josh);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().detail));
        QCOMPARE(s->size(), 1);
        QCOMPARE(s->first().other.id, joshApi);
        QCOMPARE(s->first().score.score, 60);
        QCOMPARE(s->first().score.reasons, QStringList{u"order"_s});
        QCOMPARE(s->first().score.sharedOrder, u"111-0944945-3989852"_s);

        auto a = m_merges->suggest(ana2);
        QVERIFY(a.ok());
        QCOMPARE(a->size(), 1);
        QCOMPARE(a->first().other.id, ana);
        QCOMPARE(a->first().score.reasons, QStringList{u"email"_s});

        auto none = m_merges->suggest(kim);
        QVERIFY(none.ok());
        QVERIFY(none->isEmpty());
    }

    void mergeThenUndo_data() { test::addEngineRows(); }
    void mergeThenUndo()
    {
        QVERIFY(open());
        seed();
        const qint64 ana = customerOf(m_ebay, u"ana_b"_s);
        const qint64 ana2 = customerOf(m_mail, u"ana.borges@example.pt"_s);
        // The agent picks the e-mail profile as the survivor; it has a name but no postcode.
        auto id = m_merges->merge(ana2, ana, u"li.wei@example.com"_s);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().detail));
        QCOMPARE(customerOf(m_ebay, u"ana_b"_s), ana2);
        QCOMPARE(scalar(*m_ws, u"SELECT COUNT(*) FROM conversations WHERE customer_id = %1"_s.arg(ana2)), 2);
        QCOMPARE(scalar(*m_ws, u"SELECT COUNT(*) FROM conversations WHERE customer_id = %1"_s.arg(ana)), 0);
        QCOMPARE(m_ws->customers().byId(ana)->mergedInto, ana2);
        QCOMPARE(scalar(*m_ws, u"SELECT COUNT(*) FROM audit_log WHERE action = 'customer.merge'"_s), 1);
        // The merged profile is no longer suggested; the merge can be undone from the survivor.
        QVERIFY(m_merges->suggest(ana2)->isEmpty());
        auto active = m_merges->activeMerges(ana2);
        QVERIFY(active.ok());
        QCOMPARE(active->size(), 1);
        QCOMPARE(active->first().mergedId, ana);
        QCOMPARE(active->first().mergedName, u"Ana Borges"_s);
        QCOMPARE(active->first().reasons, QStringList{u"email"_s});
        // Merging again is refused.
        auto again = m_merges->merge(ana2, ana);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, Error::Code::Conflict);

        m_clock.advanceMs(60'000);
        auto undone = m_merges->undo(id.value(), u"li.wei@example.com"_s);
        QVERIFY2(undone.ok(), qPrintable(undone.ok() ? QString() : undone.error().detail));
        QCOMPARE(customerOf(m_ebay, u"ana_b"_s), ana);
        QCOMPARE(scalar(*m_ws, u"SELECT COUNT(*) FROM conversations WHERE customer_id = %1"_s.arg(ana)), 1);
        QCOMPARE(m_ws->customers().byId(ana)->mergedInto, 0);
        QVERIFY(m_merges->activeMerges(ana2)->isEmpty());
        QCOMPARE(scalar(*m_ws, u"SELECT undone_at FROM customer_merges WHERE id = %1"_s.arg(id.value())),
                 kNow + 60'000);
        QCOMPARE(m_merges->suggest(ana2)->size(), 1);
        auto twice = m_merges->undo(id.value());
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().code, Error::Code::Conflict);
    }

    void survivorBlanksAreFilledAndRestored_data() { test::addEngineRows(); }
    void survivorBlanksAreFilledAndRestored()
    {
        QVERIFY(open());
        seed();
        const qint64 josh = customerOf(m_mail, u"7yxwc3c8k00p1k3@marketplace.amazon.com"_s);
        const qint64 joshApi = customerOf(m_amazon, u"amzn-buyer-1"_s);
        QCOMPARE(m_ws->customers().byId(joshApi)->email, QString());
        auto id = m_merges->merge(joshApi, josh);
        QVERIFY(id.ok());
        QCOMPARE(m_ws->customers().byId(joshApi)->email, u"7yxwc3c8k00p1k3@marketplace.amazon.com"_s);
        QCOMPARE(m_ws->customers().identities(joshApi)->size(), 2);
        QVERIFY(m_merges->undo(id.value()).ok());
        QCOMPARE(m_ws->customers().byId(joshApi)->email, QString());
        QCOMPARE(m_ws->customers().identities(joshApi)->size(), 1);
        QCOMPARE(m_ws->customers().identities(josh)->size(), 1);
    }

    void notTheSameIsRemembered_data() { test::addEngineRows(); }
    void notTheSameIsRemembered()
    {
        QVERIFY(open());
        seed();
        const qint64 josh = customerOf(m_mail, u"7yxwc3c8k00p1k3@marketplace.amazon.com"_s);
        const qint64 joshApi = customerOf(m_amazon, u"amzn-buyer-1"_s);
        QVERIFY(m_merges->dismiss(joshApi, josh).ok());
        QVERIFY(m_merges->dismiss(josh, joshApi).ok()); // idempotent, either order
        QVERIFY(m_merges->suggest(josh)->isEmpty());
        QVERIFY(m_merges->suggest(joshApi)->isEmpty());
    }

    void refusesBadInput_data() { test::addEngineRows(); }
    void refusesBadInput()
    {
        QVERIFY(open());
        seed();
        const qint64 kim = customerOf(m_ebay, u"kim1"_s);
        auto self = m_merges->merge(kim, kim);
        QVERIFY(!self.ok());
        QCOMPARE(self.error().code, Error::Code::InvalidArgument);
        auto missing = m_merges->merge(kim, 999'999);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        QVERIFY(!m_merges->undo(999'999).ok());
        QVERIFY(!m_merges->dismiss(kim, kim).ok());
        QCOMPARE(scalar(*m_ws, u"SELECT COUNT(*) FROM customer_merges"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestCustomerMergeRepository)
#include "TestCustomerMergeRepository.moc"
