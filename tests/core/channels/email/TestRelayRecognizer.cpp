#include "core/channels/email/MimeMessageParser.h"
#include "core/channels/email/RelayRecognizer.h"

#include <QFile>
#include <QTest>

using namespace hd;
using namespace Qt::StringLiterals;

class TestRelayRecognizer final : public QObject
{
    Q_OBJECT

private:
    static ParsedMail
    mailFrom(const QString &from, const QString &fromName, const QString &subject, const QString &body)
    {
        ParsedMail m;
        m.fromAddress = from;
        m.fromName = fromName;
        m.subject = subject;
        m.bodyText = body;
        return m;
    }

private Q_SLOTS:
    void amazonMarketplaceFromTld_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("marketplace");
        QTest::newRow(".com") << u"marketplace.amazon.com"_s << u"US"_s;
        QTest::newRow(".de") << u"marketplace.amazon.de"_s << u"DE"_s;
        QTest::newRow(".co.uk") << u"marketplace.amazon.co.uk"_s << u"UK"_s;
        QTest::newRow(".co.jp") << u"marketplace.amazon.co.jp"_s << u"JP"_s;
        QTest::newRow(".fr") << u"marketplace.amazon.fr"_s << u"FR"_s;
        QTest::newRow(".com.mx") << u"marketplace.amazon.com.mx"_s << u"MX"_s;
        QTest::newRow(".ca") << u"MARKETPLACE.AMAZON.CA"_s << u"CA"_s;
        QTest::newRow(".com.au") << u"marketplace.amazon.com.au"_s << u"AU"_s;
        QTest::newRow("unknown tld") << u"marketplace.amazon.xyz"_s << QString();
    }

    void amazonMarketplaceFromTld()
    {
        QFETCH(QString, domain);
        QFETCH(QString, marketplace);
        QCOMPARE(RelayRecognizer::amazonMarketplace(domain), marketplace);
    }

    void recognizes_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("fromName");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("isRelay");
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("marketplace");
        QTest::addColumn<QString>("orderId");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("buyerName");

        QTest::newRow("Amazon US inquiry")
            << u"7yxwc3c8k00p1k3@marketplace.amazon.com"_s << u"Josh - Amazon Marketplace"_s
            << u"Inquiry from Amazon customer Josh (Order: 111-0944945-3989852)"_s
            << u"Where is it?\n[commMgrTok:AF9E104T7W2Q2]"_s << true << u"amazon"_s << u"US"_s
            << u"111-0944945-3989852"_s << u"[commMgrTok:AF9E104T7W2Q2]"_s << u"Josh"_s;
        QTest::newRow("Amazon DE follow-up RE:")
            << u"abc@marketplace.amazon.de"_s << QString()
            << u"RE: Message from Amazon customer Hans (Order: 302-1234567-7654321)"_s << u"Danke"_s << true
            << u"amazon"_s << u"DE"_s << u"302-1234567-7654321"_s << QString() << u"Hans"_s; // name from the subject
        QTest::newRow("Amazon JP, order only in body")
            << u"xyz@marketplace.amazon.co.jp"_s << u"Taro - Amazon Marketplace"_s << u"お問い合わせ"_s
            << u"注文番号 503-1111111-2222222 について"_s << true << u"amazon"_s << u"JP"_s << u"503-1111111-2222222"_s
            << QString() << u"Taro"_s;
        QTest::newRow("Amazon, no order number") << u"xyz@marketplace.amazon.co.uk"_s << u"Bob - Amazon Marketplace"_s
                                                 << u"Question"_s << u"phone 0123-4567890-1234567890"_s << true
                                                 << u"amazon"_s << u"UK"_s << QString() << QString() << u"Bob"_s;
        QTest::newRow("eBay UK member") << u"jane.x1@members.ebay.co.uk"_s << u"jane"_s
                                        << u"Question about 12-34567-89012"_s << QString() << true << u"ebay"_s
                                        << u"UK"_s << u"12-34567-89012"_s << QString() << u"jane"_s;
        QTest::newRow("Walmart relay") << u"0123456789abcdef0123456789abcdef@relay.walmart.com"_s << u"Pat"_s
                                       << u"Customer inquiry for order 1234567890123"_s << QString() << true
                                       << u"walmart"_s << u"US"_s << u"1234567890123"_s << QString() << u"Pat"_s;
        QTest::newRow("Walmart, digits without order word")
            << u"f@relay.walmart.com"_s << QString() << u"Call 1234567890123"_s << QString() << true << u"walmart"_s
            << u"US"_s << QString() << QString() << QString();
        QTest::newRow("plain e-mail") << u"someone@gmail.com"_s << u"Someone"_s << u"Order 111-0944945-3989852"_s
                                      << QString() << false << u"email"_s << QString() << QString() << QString()
                                      << QString();
        QTest::newRow("look-alike domain is not Amazon")
            << u"x@marketplace.amazon.evil.example"_s << QString() << u"(Order: 111-0944945-3989852)"_s << QString()
            << false << u"email"_s << QString() << QString() << QString() << QString();
    }

    void recognizes()
    {
        QFETCH(QString, from);
        QFETCH(QString, fromName);
        QFETCH(QString, subject);
        QFETCH(QString, body);
        QFETCH(bool, isRelay);
        QFETCH(QString, platform);
        QFETCH(QString, marketplace);
        QFETCH(QString, orderId);
        QFETCH(QString, token);
        QFETCH(QString, buyerName);
        const RelayInfo info = RelayRecognizer::recognize(mailFrom(from, fromName, subject, body));
        QCOMPARE(info.isRelay, isRelay);
        QCOMPARE(channelKindToString(info.platform), platform);
        QCOMPARE(info.marketplace, marketplace);
        QCOMPARE(info.orderId, orderId);
        QCOMPARE(info.relayToken, token);
        if (isRelay)
            QCOMPARE(info.buyerName, buyerName);
    }

    void replyToRelayWins()
    {
        ParsedMail m = mailFrom(u"notifications@amazon.com"_s,
                                u"Amazon"_s,
                                u"Message from Amazon customer Ann (Order: 111-2222222-3333333)"_s,
                                QString());
        m.replyToAddress = u"ann123@marketplace.amazon.com"_s;
        const RelayInfo info = RelayRecognizer::recognize(m);
        QVERIFY(info.isRelay);
        QCOMPARE(info.relayAddress, u"ann123@marketplace.amazon.com"_s);
    }

    void etsyIsReadOnlyWithLink()
    {
        QFile f(QFINDTESTDATA("fixtures/etsy.eml"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto mail = MimeMessageParser::parse(f.readAll());
        QVERIFY(mail.ok());
        const RelayInfo info = RelayRecognizer::recognize(*mail);
        QVERIFY(info.isRelay);
        QCOMPARE(info.platform, ChannelKind::Etsy);
        QVERIFY(info.readOnly);
        QCOMPARE(info.link, u"https://www.etsy.com/your/conversations/987654321?ref=email"_s);
        QCOMPARE(info.orderId, u"1234567890"_s);
        QVERIFY(info.buyerName.isEmpty()); // "Etsy" is not the buyer
    }

    void amazonTokenFromHtmlFixture()
    {
        QFile f(QFINDTESTDATA("fixtures/amazon_uk_html.eml"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto mail = MimeMessageParser::parse(f.readAll());
        QVERIFY(mail.ok());
        const RelayInfo info = RelayRecognizer::recognize(*mail);
        QCOMPARE(info.marketplace, u"UK"_s);
        QCOMPARE(info.orderId, u"203-7654321-1234567"_s);
        QCOMPARE(info.relayToken, u"[commMgrTok:ZZ9Y8X7W6V5]"_s);
        QCOMPARE(info.buyerName, u"Bob"_s);
    }
};

QTEST_GUILESS_MAIN(TestRelayRecognizer)
#include "TestRelayRecognizer.moc"
