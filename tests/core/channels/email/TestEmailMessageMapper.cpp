#include "core/channels/email/EmailMessageMapper.h"
#include "core/channels/email/MimeMessageParser.h"

#include <QFile>
#include <QTest>

using namespace hd;
using namespace Qt::StringLiterals;

class TestEmailMessageMapper final : public QObject
{
    Q_OBJECT

private:
    static ParsedMail parsed(const char *file)
    {
        QFile f(QFINDTESTDATA(u"fixtures/"_s + QString::fromLatin1(file)));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", file);
        auto r = MimeMessageParser::parse(f.readAll());
        if (!r.ok())
            qFatal("fixture %s does not parse", file);
        return *r;
    }

private Q_SLOTS:
    void mapsAmazonRelay()
    {
        const InboundMessage m = EmailMessageMapper::map(parsed("amazon_de.eml"),
                                                         7,
                                                         u"seller@shop.example"_s,
                                                         u"imap:INBOX;UIDVALIDITY=3/;UID=9"_s);
        QCOMPARE(m.channelId, 7);
        QCOMPARE(m.externalId, u"0100018c-amazon-de-1@email.amazonses.com"_s);
        QCOMPARE(m.direction, u"inbound"_s);
        QCOMPARE(m.relayPlatform, u"amazon"_s);
        QCOMPARE(m.relayMarketplace, u"DE"_s);
        QCOMPARE(m.orderExternalId, u"302-1234567-7654321"_s);
        QCOMPARE(m.customerExternalId, u"7yxwc3c8k00p1k3@marketplace.amazon.de"_s);
        QCOMPARE(m.customerName, u"Alisa"_s);
        QCOMPARE(m.customerCountry, u"DE"_s);
        QCOMPARE(m.conversationExternalId, u"amazon:7yxwc3c8k00p1k3@marketplace.amazon.de:302-1234567-7654321"_s);
        QCOMPARE(m.threadRefs, u"[commMgrTok:AF9E104T7W2Q2]"_s);
        QVERIFY(m.tags.contains(u"amazon"_s));
    }

    void threadsByReferencesRoot()
    {
        const InboundMessage m =
            EmailMessageMapper::map(parsed("attachments.eml"), 1, {}, u"imap:INBOX;UIDVALIDITY=3/;UID=10"_s);
        QCOMPARE(m.conversationExternalId, u"root-1@shop.example"_s);
        QCOMPARE(m.threadRefs, u"<root-1@shop.example>"_s);
        QCOMPARE(m.attachments.size(), 2);
        QCOMPARE(m.attachments.at(1).externalRef, u"imap:INBOX;UIDVALIDITY=3/;UID=10/;SECTION=2"_s);
        QCOMPARE(m.attachments.at(1).filename, u"Rechnung März.pdf"_s);
        QVERIFY(m.attachments.at(1).sizeBytes > 2000);
    }

    void ownMailIsOutboundHistory()
    {
        ParsedMail mail;
        mail.messageId = u"mine@shop.example"_s;
        mail.fromAddress = u"Seller@Shop.Example"_s;
        mail.toAddresses = {u"Buyer@Example.com"_s};
        mail.subject = u"Re: hi"_s;
        const InboundMessage m = EmailMessageMapper::map(mail, 1, u"seller@shop.example"_s);
        QCOMPARE(m.direction, u"outbound"_s);
        QCOMPARE(m.customerExternalId, u"buyer@example.com"_s);
    }

    void noMessageIdUsesContentHash()
    {
        ParsedMail mail;
        mail.contentHash = u"ab12"_s;
        mail.fromAddress = u"a@example.com"_s;
        const InboundMessage m = EmailMessageMapper::map(mail, 1, {}, {}, 1234);
        QCOMPARE(m.externalId, u"sha256:ab12"_s);
        QCOMPARE(m.conversationExternalId, u"sha256:ab12"_s);
        QCOMPARE(m.sentAt, 1234);
        QCOMPARE(m.customerName, u"a"_s);
    }

    void etsyIsReadOnlyWithLink()
    {
        const InboundMessage m = EmailMessageMapper::map(parsed("etsy.eml"), 1);
        QCOMPARE(m.relayPlatform, u"etsy"_s);
        QVERIFY(m.tags.contains(u"read-only"_s));
        QCOMPARE(m.conversationExternalId, u"etsy:https://www.etsy.com/your/conversations/987654321?ref=email"_s);
        QVERIFY(m.bodyText.contains(u"https://www.etsy.com/your/conversations/987654321"_s));
    }
};

QTEST_GUILESS_MAIN(TestEmailMessageMapper)
#include "TestEmailMessageMapper.moc"
