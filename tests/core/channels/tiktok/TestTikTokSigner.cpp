#include "core/channels/tiktok/TikTokRequests.h"
#include "core/channels/tiktok/TikTokSigner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace hd;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(hd::TikTokSigner::Params)

namespace {
const QByteArray kSecret = "e59af819cc";
} // namespace

// Expected signatures computed independently with Python's hmac/hashlib from the reference's rule.
class TestTikTokSigner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void message()
    {
        const TikTokSigner::Params params{{u"timestamp"_s, u"1700000000"_s},
                                          {u"app_key"_s, u"38abcd"_s},
                                          {u"sign"_s, u"zzz"_s},
                                          {u"access_token"_s, u"ROW_xyz"_s},
                                          {u"page_size"_s, u"20"_s},
                                          {u"empty"_s, QString()}};
        QCOMPARE(TikTokSigner::message(kSecret, u"/p"_s, params, "{}"),
                 QByteArray("e59af819cc/papp_key38abcdpage_size20timestamp1700000000{}e59af819cc"));
    }

    void sign_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<TikTokSigner::Params>("params");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("POST orders search with body, sign and access_token excluded, empty dropped")
            << u"/order/202309/orders/search"_s
            << TikTokSigner::Params{{u"app_key"_s, u"38abcd"_s},
                                    {u"timestamp"_s, u"1700000000"_s},
                                    {u"shop_cipher"_s, u"GCP_XF90igAAAABh00qsWgtvOiGFNqyubMt3"_s},
                                    {u"page_size"_s, u"20"_s},
                                    {u"sort_field"_s, u"update_time"_s},
                                    {u"sort_order"_s, u"ASC"_s},
                                    {u"access_token"_s, u"ROW_xyz"_s},
                                    {u"sign"_s, u"zzz"_s},
                                    {u"empty"_s, QString()}}
            << QByteArray("{\"update_time_ge\":1690000000}")
            << u"56ef4e55d937c7ef1e1d6f2d53257af68e7ed4a1e8eb9bc56f41c88dd460458a"_s;
        QTest::newRow("GET conversations, no body")
            << u"/customer_service/202309/conversations"_s
            << TikTokSigner::Params{{u"page_size"_s, u"20"_s},
                                    {u"shop_cipher"_s, u"GCP_X"_s},
                                    {u"timestamp"_s, u"1700000000"_s},
                                    {u"app_key"_s, u"38abcd"_s}}
            << QByteArray() << u"2817fbf76e3a093c2889845d803d98a7c44b6f4c8debd2fbdeb866be8bec5aed"_s;
    }
    void sign()
    {
        QFETCH(QString, path);
        QFETCH(TikTokSigner::Params, params);
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        QCOMPARE(TikTokSigner::sign(kSecret, path, params, body), expected);
    }

    void requestsAreSignedOverTheApiPath()
    {
        TikTokConfig c;
        c.appKey = u"38abcd"_s;
        c.shopCipher = u"GCP_X"_s;
        c.apiBaseUrl = QUrl(u"http://127.0.0.1:1234/tiktok"_s);
        const TikTokRequest r = TikTokRequests::conversations(c, kSecret, 1'700'000'000);
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.url.path(), u"/tiktok/customer_service/202309/conversations"_s);
        const QUrlQuery q(r.url);
        // The base URL's prefix is not part of what is signed.
        QCOMPARE(q.queryItemValue(u"sign"_s), u"2817fbf76e3a093c2889845d803d98a7c44b6f4c8debd2fbdeb866be8bec5aed"_s);

        const TikTokRequest send =
            TikTokRequests::sendText(c, kSecret, 1'700'000'000, u"777"_s, u"Gracias \"Albert\""_s);
        QCOMPARE(send.method, QByteArray("POST"));
        QCOMPARE(send.url.path(), u"/tiktok/customer_service/202309/conversations/777/messages"_s);
        const QJsonObject body = QJsonDocument::fromJson(send.body).object();
        QCOMPARE(body.value("type"_L1).toString(), u"TEXT"_s);
        // content is a JSON document encoded as a string
        QVERIFY(body.value("content"_L1).isString());
        QCOMPARE(QJsonDocument::fromJson(body.value("content"_L1).toString().toUtf8())
                     .object()
                     .value("content"_L1)
                     .toString(),
                 u"Gracias \"Albert\""_s);
        TikTokSigner::Params params;
        for (const auto &item : QUrlQuery(send.url).queryItems(QUrl::FullyDecoded))
            params << item;
        QCOMPARE(
            QUrlQuery(send.url).queryItemValue(u"sign"_s),
            TikTokSigner::sign(kSecret, u"/customer_service/202309/conversations/777/messages"_s, params, send.body));

        const TikTokRequest refresh = TikTokRequests::refreshToken(c, kSecret, "ROW_refresh");
        QCOMPARE(QUrlQuery(refresh.url).queryItemValue(u"grant_type"_s), u"refresh_token"_s);
        QVERIFY(refresh.url.path().endsWith(u"/token/refresh"_s));
    }
};

QTEST_GUILESS_MAIN(TestTikTokSigner)
#include "TestTikTokSigner.moc"
