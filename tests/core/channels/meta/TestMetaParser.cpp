#include "core/channels/meta/MetaParser.h"
#include "core/channels/meta/MetaRequests.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace hd;
using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QFINDTESTDATA(u"fixtures/"_s + QLatin1StringView(name)));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

MetaConfig config()
{
    MetaConfig c;
    c.channelId = 7;
    c.pageId = u"PAGE1"_s;
    c.graphBaseUrl = QUrl(u"http://127.0.0.1:9999/meta"_s);
    return c;
}

} // namespace

class TestMetaParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void conversationsPage()
    {
        auto page = MetaParser::conversations(fixture("conversations_page1.json"), config());
        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().detail));
        QCOMPARE(page->conversations.size(), 2);
        QVERIFY(page->hasNext);
        QCOMPARE(page->after, u"QVFIafter"_s);
        const MetaConversation &a = page->conversations.at(0);
        QCOMPARE(a.id, u"t_10161"_s);
        QCOMPARE(a.buyerId, u"5551"_s);
        QCOMPARE(a.buyerName, u"Anna Schmidt"_s);
        QCOMPARE(a.updatedAtMs, QDateTime(QDate(2026, 5, 2), QTime(9, 15), QTimeZone::utc()).toMSecsSinceEpoch());
        QCOMPARE(a.messages.size(), 3);
        // Oldest first; the Page's own message is outbound and still names the buyer.
        QCOMPARE(a.messages.at(0).externalId, u"m_1"_s);
        QCOMPARE(a.messages.at(0).direction, u"inbound"_s);
        QCOMPARE(a.messages.at(0).customerExternalId, u"5551"_s);
        QCOMPARE(a.messages.at(0).bodyText, u"Wo ist meine Bestellung?"_s);
        QCOMPARE(a.messages.at(0).conversationExternalId, u"t_10161"_s);
        QCOMPARE(a.messages.at(0).channelId, 7);
        QVERIFY(a.messages.at(1).bodyText.contains(u"[attachment: box.jpg https://scontent.example/box.jpg]"_s));
        QCOMPARE(a.messages.at(2).direction, u"outbound"_s);
        QCOMPARE(a.messages.at(2).customerExternalId, u"5551"_s);
        QCOMPARE(a.messages.at(2).customerName, u"Anna Schmidt"_s);
        // Instagram participants carry a username instead of a name.
        const MetaConversation &b = page->conversations.at(1);
        QCOMPARE(b.buyerName, u"kenji.t"_s);
        QCOMPARE(b.messages.size(), 1);
        QCOMPARE(b.messages.at(0).bodyText, u"サイズは？"_s);
    }

    void lastPageHasNoCursor()
    {
        auto page = MetaParser::conversations(fixture("conversations_last.json"), config());
        QVERIFY(page.ok());
        QVERIFY(!page->hasNext);
        QVERIFY(page->after.isEmpty());
        QCOMPARE(page->conversations.size(), 1);
        QVERIFY(page->conversations.at(0).messages.isEmpty());
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QByteArray full = fixture("conversations_page1.json");
        QTest::newRow("truncated") << full.left(full.size() / 2);
        QTest::newRow("not json") << QByteArray("<html>502 Bad Gateway</html>");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no data") << QByteArray("{\"paging\":{}}");
        QTest::newRow("next without cursor") << QByteArray("{\"data\":[],\"paging\":{\"next\":\"https://x\"}}");
        QTest::newRow("empty") << QByteArray();
    }
    void malformed()
    {
        QFETCH(QByteArray, body);
        auto page = MetaParser::conversations(body, config());
        QVERIFY(!page.ok());
        QCOMPARE(page.error().code, Error::Code::Parse);
        QVERIFY(!page.error().message.isEmpty());
    }

    void sendResponse()
    {
        auto r = MetaParser::sendResponse(fixture("send_ok.json"));
        QVERIFY(r.ok());
        QVERIFY(r->remoteId.startsWith(u"m_AG5Hz2U"_s));
        QVERIFY(!MetaParser::sendResponse("{\"recipient_id\":\"1\"}").ok());
    }

    void failures_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("usage");
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("retryAfterMs");
        QTest::newRow("190 expired token")
            << 400 << fixture("error_token.json") << QByteArray() << int(ChannelFailure::Kind::Auth) << qint64(0);
        QTest::newRow("outside window") << 400 << fixture("error_window.json") << QByteArray()
                                        << int(ChannelFailure::Kind::Permanent) << qint64(0);
        QTest::newRow("80006 throttled, regain in 7 min")
            << 400 << fixture("error_throttled.json")
            << QByteArray("{\"112233\":[{\"type\":\"messenger\",\"call_count\":100,\"total_cputime\":20,\"total_time\":"
                          "30,\"estimated_time_to_regain_access\":7}]}")
            << int(ChannelFailure::Kind::RateLimited) << qint64(7 * 60'000);
        QTest::newRow("code 2 transient")
            << 500 << QByteArray("{\"error\":{\"code\":2,\"message\":\"Service temporarily unavailable\"}}")
            << QByteArray() << int(ChannelFailure::Kind::Transient) << qint64(0);
        QTest::newRow("502 html") << 502 << QByteArray("<html>") << QByteArray() << int(ChannelFailure::Kind::Transient)
                                  << qint64(0);
        QTest::newRow("429 without body")
            << 429 << QByteArray() << QByteArray() << int(ChannelFailure::Kind::RateLimited) << qint64(0);
    }
    void failures()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, usage);
        QFETCH(int, kind);
        QFETCH(qint64, retryAfterMs);
        const ChannelFailure f = MetaParser::failure(status, body, usage);
        QCOMPARE(int(f.kind), kind);
        QCOMPARE(f.retryAfterMs, retryAfterMs);
        QVERIFY(!f.message.isEmpty());
    }

    void requests()
    {
        MetaConfig c = config();
        c.platform = u"instagram"_s;
        const QUrl first = MetaRequests::conversations(c);
        QCOMPARE(first.path(), u"/meta/v25.0/PAGE1/conversations"_s);
        const QUrlQuery q(first);
        QCOMPARE(q.queryItemValue(u"platform"_s), u"instagram"_s);
        QVERIFY(
            q.queryItemValue(u"fields"_s, QUrl::FullyDecoded).contains(u"messages.limit(25){id,created_time,from"_s));
        QVERIFY(!q.hasQueryItem(u"after"_s));
        QCOMPARE(QUrlQuery(MetaRequests::conversations(c, u"QVFIafter"_s)).queryItemValue(u"after"_s), u"QVFIafter"_s);
        QCOMPARE(MetaRequests::send(c).path(), u"/meta/v25.0/PAGE1/messages"_s);

        const QJsonObject response =
            QJsonDocument::fromJson(MetaRequests::sendBody(u"5551"_s, u"Hi"_s, u"RESPONSE"_s)).object();
        QCOMPARE(response.value("messaging_type"_L1).toString(), u"RESPONSE"_s);
        QCOMPARE(response.value("recipient"_L1).toObject().value("id"_L1).toString(), u"5551"_s);
        QCOMPARE(response.value("message"_L1).toObject().value("text"_L1).toString(), u"Hi"_s);
        QVERIFY(!response.contains("tag"_L1));
        const QJsonObject tagged =
            QJsonDocument::fromJson(MetaRequests::sendBody(u"5551"_s, u"Hi"_s, u"MESSAGE_TAG"_s, u"HUMAN_AGENT"_s))
                .object();
        QCOMPARE(tagged.value("tag"_L1).toString(), u"HUMAN_AGENT"_s);
    }

    void graphTime()
    {
        QCOMPARE(MetaParser::parseTime(u"2026-05-01T03:58:30+0000"_s),
                 QDateTime(QDate(2026, 5, 1), QTime(3, 58, 30), QTimeZone::utc()).toMSecsSinceEpoch());
        QCOMPARE(MetaParser::parseTime(u"2026-05-01T05:58:30+0200"_s),
                 QDateTime(QDate(2026, 5, 1), QTime(3, 58, 30), QTimeZone::utc()).toMSecsSinceEpoch());
        QCOMPARE(MetaParser::parseTime(u"yesterday"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestMetaParser)
#include "TestMetaParser.moc"
