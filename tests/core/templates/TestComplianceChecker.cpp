#include "core/templates/ComplianceChecker.h"

#include <QElapsedTimer>
#include <QTest>

using namespace hd;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kNow = 1'790'000'000'000; // UTC ms
constexpr qint64 kHour = 3'600'000;

/// "rule|severity|excerpt" per issue, in the checker's order.
QStringList summarize(const QList<ComplianceIssue> &issues)
{
    QStringList out;
    for (const auto &i : issues)
        out << i.ruleId + u'|' + complianceSeverityToString(i.severity) + u'|' + i.excerpt;
    return out;
}

ChannelKind kind(const QString &name)
{
    bool ok = false;
    const ChannelKind k = channelKindFromString(name, &ok);
    if (!ok)
        qFatal("unknown channel kind in test data");
    return k;
}

} // namespace

class TestComplianceChecker : public QObject
{
    Q_OBJECT

    /// Adds a row checked on `channel` with a buyer message one hour old and no detected language.
    static void row(const char *name,
                    const QString &channel,
                    const QString &text,
                    const QStringList &expected,
                    const QString &marketplace = {},
                    const QString &replyLanguage = {},
                    const QStringList &protectedTerms = {},
                    int buyerAgeHours = 1)
    {
        QTest::newRow(name) << channel << marketplace << text << replyLanguage << protectedTerms << buyerAgeHours
                            << expected;
    }

private Q_SLOTS:
    void check_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("marketplace");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("replyLanguage");
        QTest::addColumn<QStringList>("protectedTerms");
        QTest::addColumn<int>("buyerAgeHours");
        QTest::addColumn<QStringList>("expected");
        const QStringList none;

        // Unfilled placeholders: every channel.
        row("leftover placeholder blocks on e-mail",
            u"email"_s,
            u"Your tracking number is {{order.tracking_number}}."_s,
            {u"unfilled_placeholder|block|{{order.tracking_number}}"_s});
        row("missing-value marker blocks on Amazon",
            u"amazon"_s,
            u"Tracking: [[order.tracking_number missing]]"_s,
            {u"unfilled_placeholder|block|[[order.tracking_number missing]]"_s});
        row("single braces are fine", u"email"_s, u"Sizes {S, M, L} are in stock."_s, none);

        // Links.
        row("Amazon link allowed on Amazon",
            u"amazon"_s,
            u"You can see it at https://www.amazon.de/gp/your-account/order-history."_s,
            none);
        row("Amazon subdomain with co.uk allowed",
            u"amazon"_s,
            u"See sellercentral.amazon.co.uk/help for details"_s,
            none);
        row("amzn.to short link allowed", u"amazon"_s, u"Here: https://amzn.to/3xYzAb"_s, none);
        row("outside https link blocked on Amazon",
            u"amazon"_s,
            u"See https://lumenloom.com/care for care tips."_s,
            {u"external_link|block|https://lumenloom.com/care"_s});
        row("www link blocked on Amazon",
            u"amazon"_s,
            u"Details: www.lumenloom.de!"_s,
            {u"external_link|block|www.lumenloom.de"_s});
        row("bare domain with path blocked",
            u"amazon"_s,
            u"Manuals are on lumenloom.com/manuals."_s,
            {u"external_link|block|lumenloom.com/manuals"_s});
        row("look-alike amazon.com.evil.io blocked",
            u"amazon"_s,
            u"Log in at https://amazon.com.evil.io/login"_s,
            {u"external_link|block|https://amazon.com.evil.io/login"_s});
        row("amazon-deals.shop is not Amazon",
            u"amazon"_s,
            u"Try amazon-deals.shop today"_s,
            {u"external_link|block|amazon-deals.shop"_s});
        row("link in parentheses keeps its own bracket out",
            u"amazon"_s,
            u"(see https://example.com/a)"_s,
            {u"external_link|block|https://example.com/a"_s});
        row("abbreviation e.g. is not a link",
            u"amazon"_s,
            u"Please check the label, e.g. the sticker on the box."_s,
            none);
        row("missing space after a sentence is not a link", u"amazon"_s, u"It arrived.It works now."_s, none);
        row("version number is not a link", u"amazon"_s, u"Firmware 2.1.3 fixes it."_s, none);
        row("file name is not a link", u"amazon"_s, u"Open manual.pdf please."_s, none);
        row("Walmart link allowed on Walmart", u"walmart"_s, u"Your order: https://www.walmart.com/orders"_s, none);
        row("outside link blocked on Walmart",
            u"walmart"_s,
            u"Size guide: https://lumenloom.com/size"_s,
            {u"external_link|block|https://lumenloom.com/size"_s});
        row("outside link only warns on eBay",
            u"ebay"_s,
            u"Size guide: https://lumenloom.com/size"_s,
            {u"external_link|warn|https://lumenloom.com/size"_s});
        row("eBay link allowed on eBay", u"ebay"_s, u"See https://www.ebay.de/mye/myebay/purchase"_s, none);
        row("links are fine on our own store", u"shopify"_s, u"Size guide: https://lumenloom.com/size"_s, none);

        // E-mail addresses.
        row("e-mail address blocked on Amazon, not also a link",
            u"amazon"_s,
            u"Write to support@lumenloom.com."_s,
            {u"email_address|block|support@lumenloom.com"_s});
        row("spelled-out e-mail blocked on Amazon",
            u"amazon"_s,
            u"Mail anna (at) lumenloom (dot) com"_s,
            {u"email_address|block|anna (at) lumenloom (dot) com"_s});
        row("e-mail address warns on eBay",
            u"ebay"_s,
            u"Write to support@lumenloom.com"_s,
            {u"email_address|warn|support@lumenloom.com"_s});
        row("'at' in a sentence is not an e-mail", u"amazon"_s, u"We are at the post office at 5 pm."_s, none);
        row("e-mail fine on our own store", u"shopify"_s, u"Write to support@lumenloom.com"_s, none);

        // Phone numbers.
        row("international number with plus",
            u"amazon"_s,
            u"Call us on +49 30 1234567."_s,
            {u"phone_number|block|+49 30 1234567"_s});
        row("US number with area code in brackets",
            u"amazon"_s,
            u"Our line: (555) 123-4567"_s,
            {u"phone_number|block|(555) 123-4567"_s});
        row("US number with dashes",
            u"amazon"_s,
            u"Our line 555-123-4567 is open"_s,
            {u"phone_number|block|555-123-4567"_s});
        row("UK national number",
            u"amazon"_s,
            u"Ring 020 7946 0958 any time"_s,
            {u"phone_number|block|020 7946 0958"_s});
        row("German mobile", u"amazon"_s, u"Handy: 0171 2345678"_s, {u"phone_number|block|0171 2345678"_s});
        row("French grouped mobile",
            u"amazon"_s,
            u"Appelez le 06 12 34 56 78"_s,
            {u"phone_number|block|06 12 34 56 78"_s});
        row("Japanese landline", u"amazon"_s, u"お電話は03-1234-5678まで"_s, {u"phone_number|block|03-1234-5678"_s});
        row("Chinese mobile with +86",
            u"amazon"_s,
            u"我的号码 +86 138 0013 8000"_s,
            {u"phone_number|block|+86 138 0013 8000"_s});
        row("Chinese mobile after 电话", u"amazon"_s, u"电话：13800138000"_s, {u"phone_number|block|13800138000"_s});
        row("00 international prefix",
            u"amazon"_s,
            u"Tel. 0044 20 7946 0958"_s,
            {u"phone_number|block|0044 20 7946 0958"_s});
        row("bare digits after WhatsApp", u"amazon"_s, u"WhatsApp 5551234567"_s, {u"phone_number|block|5551234567"_s});
        row("phone only warns on eBay", u"ebay"_s, u"Call 555-123-4567"_s, {u"phone_number|warn|555-123-4567"_s});
        row("Amazon order number is not a phone", u"amazon"_s, u"Your order 302-4837261-9918273 has shipped."_s, none);
        row("eBay order number is not a phone", u"amazon"_s, u"Order 12-34567-89012 is on its way."_s, none);
        row("order number next to 'call' is still not a phone",
            u"amazon"_s,
            u"Please call the carrier about order 12-34567-89012"_s,
            none);
        row("USPS tracking number is not a phone", u"amazon"_s, u"Tracking: 9400 1000 0000 0000 0000 00"_s, none);
        row("UPS tracking number is not a phone", u"amazon"_s, u"UPS 1Z999AA10123456784"_s, none);
        row("DHL tracking number is not a phone", u"amazon"_s, u"DHL JJD000390007791234567"_s, none);
        row("plain 10-digit tracking number is not a phone", u"amazon"_s, u"Tracking number 1234567890"_s, none);
        row("ISO date is not a phone", u"amazon"_s, u"Shipped on 2025-03-15."_s, none);
        row("dotted date is not a phone", u"amazon"_s, u"Versand am 15.03.2025"_s, none);
        row("big amount is not a phone", u"amazon"_s, u"Umsatz 1.299.000 Stück"_s, none);
        row("postcode is not a phone", u"amazon"_s, u"Hauptstr. 12, 10115 Berlin"_s, none);
        row("time range is not a phone", u"amazon"_s, u"Open 9:00-17:30, Mon-Fri"_s, none);
        row("SKU is not a phone", u"amazon"_s, u"SKU AUR-2024-001-55"_s, none);
        row("protected order number is never a phone",
            u"amazon"_s,
            u"Order 0123 4567 8901 has shipped."_s,
            none,
            {},
            {},
            {u"0123 4567 8901"_s});
        row("same digits unprotected look like a phone",
            u"amazon"_s,
            u"Order 0123 4567 8901 has shipped."_s,
            {u"phone_number|block|0123 4567 8901"_s});
        row("phones are fine on our own store", u"shopify"_s, u"Call 555-123-4567"_s, none);

        // Marketing (Amazon and Walmart).
        row("coupon blocked on Amazon",
            u"amazon"_s,
            u"Here is a coupon for your next order."_s,
            {u"marketing|block|coupon"_s});
        row("percent off blocked on Amazon",
            u"amazon"_s,
            u"Enjoy 20% off your next purchase"_s,
            {u"marketing|block|20% off"_s});
        row("follow us blocked on Amazon",
            u"amazon"_s,
            u"Follow us for more lamps"_s,
            {u"marketing|block|Follow us"_s});
        row("German Gutschein blocked",
            u"amazon"_s,
            u"Als Entschuldigung erhalten Sie einen Gutschein."_s,
            {u"marketing|block|Gutschein"_s});
        row("Spanish descuento only warns",
            u"amazon"_s,
            u"Le aplicamos un descuento."_s,
            {u"marketing|warn|descuento"_s});
        row("Chinese coupon blocked", u"amazon"_s, u"送您一张优惠券"_s, {u"marketing|block|优惠券"_s});
        row("Japanese coupon blocked", u"amazon"_s, u"クーポンをお送りします"_s, {u"marketing|block|クーポン"_s});
        row("English discount only warns",
            u"amazon"_s,
            u"The discount was applied at checkout."_s,
            {u"marketing|warn|discount"_s});
        row("follow up is not follow us", u"amazon"_s, u"We will follow up with the carrier."_s, none);
        row("wholesale is not a sale", u"amazon"_s, u"We are a wholesale supplier."_s, none);
        row("Walmart blocks marketing",
            u"walmart"_s,
            u"Check out our new arrivals."_s,
            {u"marketing|block|new arrivals"_s});
        row("eBay does not check marketing words", u"ebay"_s, u"Here is a coupon."_s, none);

        // Review requests and incentives.
        row("five-star request blocked on Amazon",
            u"amazon"_s,
            u"Please leave us a 5-star review!"_s,
            {u"review_request|block|Please leave us a 5-star"_s});
        row("positive feedback request blocked on Amazon",
            u"amazon"_s,
            u"We would appreciate positive feedback."_s,
            {u"review_request|block|would appreciate positive feedback"_s});
        row("thanking for positive feedback is fine", u"amazon"_s, u"Thank you for your positive feedback!"_s, none);
        row("neutral review request is fine", u"amazon"_s, u"If you have a moment, please leave a review."_s, none);
        row("Chinese request for a good review",
            u"amazon"_s,
            u"麻烦给个好评"_s,
            {u"review_request|block|麻烦给个好评"_s});
        row("German request for a positive rating",
            u"amazon"_s,
            u"Wir würden uns über eine positive Bewertung freuen."_s,
            {u"review_request|block|würden uns über eine positive Bewertung"_s});
        row("review request only warns on eBay",
            u"ebay"_s,
            u"Please leave positive feedback"_s,
            {u"review_request|warn|Please leave positive feedback"_s});
        row("gift card for a review blocked even on e-mail",
            u"email"_s,
            u"We will send you a $10 gift card for a 5-star review."_s,
            {u"review_incentive|block|$10 gift card for a 5-star"_s});
        row("review and get a free gift",
            u"email"_s,
            u"Leave a review and get a free gift!"_s,
            {u"review_incentive|block|review and get a free gift"_s});
        row("Chinese cash back for good review", u"shopee"_s, u"好评返现5元"_s, {u"review_incentive|block|好评返现"_s});
        row("refund and feedback in separate sentences are fine",
            u"email"_s,
            u"Your refund has been issued. Feedback is always welcome."_s,
            none);
        row("refund after return, reviews mentioned later, is fine",
            u"email"_s,
            u"We'll refund you once you send the item back; reviews help us improve."_s,
            none);

        // Off-platform trade and payment.
        row("pay via PayPal directly blocked on eBay",
            u"ebay"_s,
            u"You can pay via PayPal directly to save fees."_s,
            {u"off_platform_payment|block|pay via PayPal"_s});
        row("WhatsApp contact blocked on eBay",
            u"ebay"_s,
            u"Contact me on WhatsApp for a better price."_s,
            {u"off_platform_contact|block|Contact me on WhatsApp"_s});
        row("buying from our website blocked on eBay",
            u"ebay"_s,
            u"You can buy it directly from our website."_s,
            {u"off_platform_contact|block|buy it directly from our website"_s});
        row("bank transfer blocked on eBay",
            u"ebay"_s,
            u"We also accept bank transfer."_s,
            {u"off_platform_payment|block|bank transfer"_s});
        row("German PayPal friends blocked on eBay",
            u"ebay"_s,
            u"Zahlung bitte per PayPal Freunde."_s,
            {u"off_platform_payment|block|per PayPal Freunde"_s});
        row("Chinese add-my-WeChat blocked on Shopee",
            u"shopee"_s,
            u"加我微信聊"_s,
            {u"off_platform_contact|block|加我微信"_s});
        row("replying in eBay messages is fine", u"ebay"_s, u"Please reply here in eBay messages."_s, none);
        row("refund to a PayPal account is fine", u"ebay"_s, u"The refund goes back to your PayPal account."_s, none);
        row("Venmo payment blocked on Etsy",
            u"etsy"_s,
            u"Pay me through Venmo and I'll ship today"_s,
            {u"off_platform_payment|block|Pay me through Venmo"_s});
        row("Instagram contact only warns on Etsy",
            u"etsy"_s,
            u"Message me on Instagram"_s,
            {u"off_platform_contact|warn|Message me on Instagram"_s});
        row("WhatsApp is fine on our own store", u"shopify"_s, u"Contact us on WhatsApp any time."_s, none);

        // Walmart: English for US and Canada.
        const QString german =
            u"Vielen Dank für Ihre Bestellung, wir haben sie heute versandt und Sie erhalten sie bald."_s;
        const QString chinese = u"您好，您的订单已发货"_s;
        row("English reply passes on Walmart US", u"walmart"_s, u"Thank you, your order has shipped."_s, none, u"US"_s);
        row("English with a German name passes",
            u"walmart"_s,
            u"Thank you, Herr Müller, your order has shipped."_s,
            none,
            u"US"_s);
        row("detected Spanish blocked on Walmart US",
            u"walmart"_s,
            u"Gracias, su pedido ha sido enviado."_s,
            {u"english_only|block|Gracias, su pedido ha sido enviado."_s},
            u"US"_s,
            u"es"_s);
        row("detected French blocked on Walmart CA",
            u"walmart"_s,
            u"Merci, votre commande est partie."_s,
            {u"english_only|block|Merci, votre commande est partie."_s},
            u"CA"_s,
            u"fr"_s);
        row("Chinese script blocked on Walmart US",
            u"walmart"_s,
            chinese,
            {u"english_only|block|"_s + chinese},
            u"US"_s);
        row("German words warn when no language is detected",
            u"walmart"_s,
            german,
            {u"english_only|warn|"_s + german},
            u"US"_s);
        row("Walmart Mexico is not English-only",
            u"walmart"_s,
            u"Gracias, su pedido ha sido enviado."_s,
            none,
            u"MX"_s,
            u"es"_s);

        // Messenger and Instagram reply window.
        row("Messenger within 24 hours", u"facebook"_s, u"Thanks!"_s, none, {}, {}, {}, 23);
        row("Messenger after 30 hours needs the HUMAN_AGENT tag",
            u"facebook"_s,
            u"Thanks!"_s,
            {u"messaging_window|warn|"_s},
            {},
            {},
            {},
            30);
        row("Instagram after 8 days is closed",
            u"instagram"_s,
            u"Thanks!"_s,
            {u"messaging_window|block|"_s},
            {},
            {},
            {},
            8 * 24);
        row("Messenger with no buyer message known",
            u"facebook"_s,
            u"Thanks!"_s,
            {u"messaging_window|warn|"_s},
            {},
            {},
            {},
            -1);
        row("window is not checked on e-mail", u"email"_s, u"Thanks!"_s, none, {}, {}, {}, 30 * 24);
    }

    void check()
    {
        QFETCH(QString, channel);
        QFETCH(QString, marketplace);
        QFETCH(QString, text);
        QFETCH(QString, replyLanguage);
        QFETCH(QStringList, protectedTerms);
        QFETCH(int, buyerAgeHours);
        QFETCH(QStringList, expected);

        ComplianceContext ctx;
        ctx.nowMs = kNow;
        ctx.lastBuyerMessageAt = buyerAgeHours < 0 ? 0 : kNow - buyerAgeHours * kHour;
        ctx.replyLanguage = replyLanguage;
        ctx.protectedTerms = protectedTerms;
        const auto policy = CompliancePolicy::forChannel(kind(channel), marketplace);
        const auto issues = ComplianceChecker().check(text, policy, ctx);
        // Joined, so a failure prints every issue rather than only the list sizes.
        QCOMPARE(summarize(issues).join(u" ## "_s), expected.join(u" ## "_s));
        for (const auto &i : issues) {
            QVERIFY(!i.message.isEmpty());
            QVERIFY(i.start >= 0 && i.start + i.length <= text.size());
            QCOMPARE(text.mid(i.start, i.length), i.excerpt);
        }
        QCOMPARE(ComplianceChecker::blocksSending(issues), expected.join(u' ').contains(u"|block|"_s));
    }

    void issuesAreOrderedAndNamed()
    {
        const QString text = u"Call +1 555 123 4567 or write to a@b.com, or see lumenloom.com. Coupon inside!"_s;
        const auto issues = ComplianceChecker().check(text,
                                                      CompliancePolicy::forChannel(ChannelKind::Amazon),
                                                      ComplianceContext{kNow, kNow, {}, {}});
        QCOMPARE(summarize(issues),
                 (QStringList{u"phone_number|block|+1 555 123 4567"_s,
                              u"email_address|block|a@b.com"_s,
                              u"external_link|block|lumenloom.com"_s,
                              u"marketing|block|Coupon"_s}));
        for (const auto &i : issues)
            QVERIFY2(i.message.contains(u"Amazon"_s), qPrintable(i.message));
    }

    void hostileInputStaysLinear_data()
    {
        QTest::addColumn<QString>("text");
        // Each once made, or could make, a pattern rescan from every position.
        QTest::newRow("dotted letters") << u"a.a"_s.repeated(50000);
        QTest::newRow("digits and dashes") << u"1-"_s.repeated(50000);
        QTest::newRow("spelled-out e-mail parts") << u"x (at) "_s.repeated(20000);
        QTest::newRow("at signs") << u"a.b@"_s.repeated(40000);
        QTest::newRow("scheme prefixes") << u"https://"_s.repeated(20000);
        QTest::newRow("opening braces") << u"{{"_s.repeated(50000);
        QTest::newRow("review words") << u"leave 5 stars "_s.repeated(10000);
        QTest::newRow("CJK review words") << u"好评"_s.repeated(50000);
        QTest::newRow("one long word") << QString(100000, u'a');
    }

    void hostileInputStaysLinear()
    {
        QFETCH(QString, text);
        QElapsedTimer t;
        t.start();
        const auto issues = ComplianceChecker().check(text,
                                                      CompliancePolicy::forChannel(ChannelKind::Amazon),
                                                      ComplianceContext{kNow, kNow, {}, {}});
        // About 50 ms each on the 2-core box; quadratic behaviour takes minutes.
        QVERIFY2(t.elapsed() < 3000, qPrintable(u"took %1 ms"_s.arg(t.elapsed())));
        for (const auto &i : issues)
            QVERIFY(i.start >= 0 && i.start + i.length <= text.size());
    }

    void allowedHosts_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("amazon.de") << u"amazon.de"_s << true;
        QTest::newRow("www.amazon.com") << u"www.amazon.com"_s << true;
        QTest::newRow("amazon.co.uk") << u"amazon.co.uk"_s << true;
        QTest::newRow("sellercentral.amazon.com.au") << u"sellercentral.amazon.com.au"_s << true;
        QTest::newRow("upper case") << u"WWW.AMAZON.FR"_s << true;
        QTest::newRow("amzn.to") << u"amzn.to"_s << true;
        QTest::newRow("amazon.com.evil.io") << u"amazon.com.evil.io"_s << false;
        QTest::newRow("amazon.evil.io") << u"amazon.evil.io"_s << false;
        QTest::newRow("myamazon.com") << u"myamazon.com"_s << false;
        QTest::newRow("amazon-deals.com") << u"amazon-deals.com"_s << false;
        QTest::newRow("notamzn.to") << u"notamzn.to"_s << false;
    }

    void allowedHosts()
    {
        QFETCH(QString, host);
        QFETCH(bool, allowed);
        QCOMPARE(ComplianceChecker::isAllowedHost(host,
                                                  CompliancePolicy::forChannel(ChannelKind::Amazon).allowedLinkDomains),
                 allowed);
    }

    void messagingWindow_data()
    {
        QTest::addColumn<qint64>("ageMs");
        QTest::addColumn<int>("window");
        using W = ComplianceChecker::MessagingWindow;
        QTest::newRow("just now") << qint64(0) << int(W::Standard);
        QTest::newRow("exactly 24 h") << 24 * kHour << int(W::Standard);
        QTest::newRow("24 h and a second") << 24 * kHour + 1000 << int(W::HumanAgentTag);
        QTest::newRow("exactly 7 days") << 7 * 24 * kHour << int(W::HumanAgentTag);
        QTest::newRow("7 days and a second") << 7 * 24 * kHour + 1000 << int(W::Closed);
        QTest::newRow("no buyer message") << qint64(-1) << int(W::Unknown);
    }

    void messagingWindow()
    {
        QFETCH(qint64, ageMs);
        QFETCH(int, window);
        ComplianceContext ctx;
        ctx.nowMs = kNow;
        ctx.lastBuyerMessageAt = ageMs < 0 ? 0 : kNow - ageMs;
        QCOMPARE(int(ComplianceChecker::messagingWindow(ctx)), window);
    }
};

QTEST_GUILESS_MAIN(TestComplianceChecker)
#include "TestComplianceChecker.moc"
