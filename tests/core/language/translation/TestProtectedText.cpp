#include "core/language/translation/ProtectedText.h"
#include "core/language/translation/TranslationError.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace hd;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(hd::ProtectionMarkup)

namespace {

// What an engine does to the masked text: reverses the order of its words (markers move as one
// word) and upper-cases the rest, so nothing but a marker survives in place.
QString reorderingEngine(const QString &masked, ProtectionMarkup markup)
{
    static const QRegularExpression units[] = {
        QRegularExpression(u"__\\d+__|\\S+"_s),
        QRegularExpression(u"<x id=\"\\d+\">.*?</x>|[^\\s<]+"_s),
        QRegularExpression(u"<span [^>]*>.*?</span>|[^\\s<]+"_s),
    };
    const QRegularExpression &re = units[int(markup)];
    QStringList words;
    auto it = re.globalMatch(masked);
    while (it.hasNext()) {
        QString w = it.next().captured(0);
        if (!w.startsWith(u"__"_s) && !w.startsWith(u'<'))
            w = w.toUpper();
        words.prepend(w);
    }
    return words.join(u' ');
}

} // namespace

class TestProtectedText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void recognisesSpans_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("span");
        QTest::addColumn<QString>("kind");
        QTest::newRow("Amazon order 3-7-7")
            << u"Order 113-4567890-1234567 arrived."_s << u"113-4567890-1234567"_s << u"order_number"_s;
        QTest::newRow("eBay order 2-5-5")
            << u"eBay order 12-34567-89012, thanks"_s << u"12-34567-89012"_s << u"order_number"_s;
        QTest::newRow("Shopify order name") << u"About order #1042 please"_s << u"#1042"_s << u"order_number"_s;
        QTest::newRow("long digit run (Walmart order)")
            << u"Walmart order 200011223344556 late"_s << u"200011223344556"_s << u"number"_s;
        QTest::newRow("UPS tracking") << u"Tracking 1Z999AA10123456784 shows delivered"_s << u"1Z999AA10123456784"_s
                                      << u"tracking_number"_s;
        QTest::newRow("UPU S10 tracking")
            << u"China Post LX123456789CN is stuck"_s << u"LX123456789CN"_s << u"tracking_number"_s;
        QTest::newRow("hyphenated SKU") << u"The LL-LAMP-01 lamp"_s << u"LL-LAMP-01"_s << u"sku"_s;
        QTest::newRow("ASIN-like code") << u"Item B08XYZ1234 is red"_s << u"B08XYZ1234"_s << u"sku"_s;
        QTest::newRow("URL without trailing period")
            << u"See https://shop.example/t?id=4&x=1."_s << u"https://shop.example/t?id=4&x=1"_s << u"url"_s;
        QTest::newRow("URL in parentheses") << u"(see www.example.com/a)"_s << u"www.example.com/a"_s << u"url"_s;
        QTest::newRow("e-mail address") << u"Write to help@lumen-loom.example today"_s << u"help@lumen-loom.example"_s
                                        << u"email"_s;
        QTest::newRow("template placeholder")
            << u"Hi {{customer.first_name}},"_s << u"{{customer.first_name}}"_s << u"placeholder"_s;
        QTest::newRow("unfilled placeholder marker")
            << u"Order [[order.id missing]] shipped"_s << u"[[order.id missing]]"_s << u"placeholder"_s;
        QTest::newRow("marker syntax in the source") << u"Literal __7__ here"_s << u"__7__"_s << u"literal"_s;
        QTest::newRow("order number inside a URL stays one URL")
            << u"https://x.example/o/113-4567890-1234567 ok"_s << u"https://x.example/o/113-4567890-1234567"_s
            << u"url"_s;
    }

    void recognisesSpans()
    {
        QFETCH(QString, text);
        QFETCH(QString, span);
        QFETCH(QString, kind);
        const ProtectedText p = ProtectedText::protect(text, ProtectionMarkup::Tokens);
        QCOMPARE(p.spans().size(), 1);
        QCOMPARE(p.spans().first().original, span);
        QCOMPARE(ProtectedText::toString(p.spans().first().kind), kind);
        QVERIFY(!p.masked().contains(span));
        QCOMPARE(p.spans().first().start, text.indexOf(span));
    }

    void leavesOrdinaryTextAlone_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("short numbers and prices") << u"2 lamps for 12,50 € arrive in 3-5 days"_s;
        QTest::newRow("dates and times") << u"Shipped on 2024-05-01 at 10:30"_s;
        QTest::newRow("words with hyphens") << u"A Wi-Fi e-mail X-Large USB-C cable"_s;
        QTest::newRow("lower-case word with digits") << u"a 3-pack of mp3 players"_s;
    }

    void leavesOrdinaryTextAlone()
    {
        QFETCH(QString, text);
        const ProtectedText p = ProtectedText::protect(text, ProtectionMarkup::Tokens);
        QCOMPARE(p.spans().size(), 0);
        QCOMPARE(p.masked(), text);
    }

    void roundTripsWhenTheEngineReorders_data()
    {
        QTest::addColumn<ProtectionMarkup>("markup");
        QTest::addColumn<QString>("text");
        const QString text = u"Hi {{customer.first_name}}, order 113-4567890-1234567 & eBay 12-34567-89012 left; "
                             "track 1Z999AA10123456784 or LX123456789CN at https://t.example/?a=1&b=<2> "
                             "or mail help@shop.example about LL-LAMP-01 (#1042, 200011223344556)."_s;
        QTest::newRow("tokens") << ProtectionMarkup::Tokens << text;
        QTest::newRow("xml tags (DeepL)") << ProtectionMarkup::XmlTags << text;
        QTest::newRow("html spans (Google)") << ProtectionMarkup::HtmlSpans << text;
        QTest::newRow("tokens, same order number twice")
            << ProtectionMarkup::Tokens << u"Order 113-4567890-1234567 = 113-4567890-1234567"_s;
    }

    void roundTripsWhenTheEngineReorders()
    {
        QFETCH(ProtectionMarkup, markup);
        QFETCH(QString, text);
        const ProtectedText p = ProtectedText::protect(text, markup);
        QVERIFY(p.spans().size() >= 2);
        const QString translated = reorderingEngine(p.masked(), markup);
        const auto restored = p.restore(translated, u"Fake"_s);
        QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.error().detail));
        for (const ProtectedText::Span &s : p.spans())
            QVERIFY2(restored->contains(s.original), qPrintable(s.original + u" missing from "_s + *restored));
        // The spans come back exactly; everything else is the engine's (upper-cased) text.
        QString rest = *restored;
        for (const ProtectedText::Span &s : p.spans())
            rest.replace(s.original, QString());
        QCOMPARE(rest, rest.toUpper());
    }

    void markupEscapesTheRestOfTheText_data()
    {
        QTest::addColumn<ProtectionMarkup>("markup");
        QTest::addColumn<QString>("masked");
        QTest::newRow("xml") << ProtectionMarkup::XmlTags
                             << uR"(Tom &amp; &quot;Jerry&quot; &lt;3 order <x id="0">113-4567890-1234567</x>)"_s;
        QTest::newRow("html")
            << ProtectionMarkup::HtmlSpans
            << uR"(Tom &amp; &quot;Jerry&quot; &lt;3 order <span translate="no" class="notranslate" id="hd0">113-4567890-1234567</span>)"_s;
    }

    void markupEscapesTheRestOfTheText()
    {
        QFETCH(ProtectionMarkup, markup);
        QFETCH(QString, masked);
        const QString text = uR"(Tom & "Jerry" <3 order 113-4567890-1234567)"_s;
        const ProtectedText p = ProtectedText::protect(text, markup);
        QCOMPARE(p.masked(), masked);
        QCOMPARE(p.restore(p.masked(), u"Fake"_s).value(), text);
    }

    void decodesEntitiesEnginesSendBack()
    {
        const ProtectedText p =
            ProtectedText::protect(u"It's order 113-4567890-1234567"_s, ProtectionMarkup::HtmlSpans);
        // Google's format=html answer: apostrophes as &#39;, attributes reordered, a non-breaking space.
        const QString google =
            uR"(C&#39;est la commande&nbsp;<span id="hd0" class="notranslate" translate="no">113-4567890-1234567</span> &amp; &#x263A;)"_s;
        QCOMPARE(p.restore(google, u"Google"_s).value(), u"C'est la commande\u00A0113-4567890-1234567 & \u263A"_s);
    }

    void toleratesWhatEnginesDoToTokens_data()
    {
        QTest::addColumn<QString>("translated");
        QTest::newRow("space inside the token") << u"Pedido __ 0 __ enviado"_s;
        QTest::newRow("full-width underscores") << u"注文 ＿＿0＿＿ 発送"_s;
        QTest::newRow("token glued to punctuation") << u"Pedido:__0__."_s;
    }

    void toleratesWhatEnginesDoToTokens()
    {
        QFETCH(QString, translated);
        const ProtectedText p =
            ProtectedText::protect(u"Order 113-4567890-1234567 shipped"_s, ProtectionMarkup::Tokens);
        const auto restored = p.restore(translated, u"Fake"_s);
        QVERIFY(restored.ok());
        QVERIFY(restored->contains(u"113-4567890-1234567"_s));
        QVERIFY(!restored->contains(u'_') && !restored->contains(u'＿'));
    }

    void failsWhenAMarkerIsLost_data()
    {
        QTest::addColumn<QString>("translated");
        QTest::newRow("token dropped") << u"Pedido enviado"_s;
        QTest::newRow("token renumbered") << u"Pedido __5__ enviado"_s;
    }

    void failsWhenAMarkerIsLost()
    {
        QFETCH(QString, translated);
        const ProtectedText p =
            ProtectedText::protect(u"Order 113-4567890-1234567 shipped"_s, ProtectionMarkup::Tokens);
        const auto restored = p.restore(translated, u"Fake"_s);
        QVERIFY(!restored.ok());
        QCOMPARE(TranslationError::failure(restored.error()), TranslationFailure::ProtectionLost);
        QCOMPARE(restored.error().code, Error::Code::Parse);
        QVERIFY(!restored.error().detail.contains(u"113-4567890"_s)); // details name the kind, not the value
    }

    void glossaryTerms()
    {
        const QList<GlossaryEntry> glossary{
            {1, u"Lumen & Loom"_s, {}, {}, {}, true},
            {2, u"Loom"_s, {}, {}, {}, true},
            {3, u"throw blanket"_s, u"en"_s, u"es"_s, u"manta decorativa"_s, false},
        };
        const QString text =
            u"Thanks for shopping at lumen & loom! Your Throw Blanket ships today; Loomis is not a term."_s;
        const ProtectedText p = ProtectedText::protect(text, ProtectionMarkup::Tokens, glossary);
        QCOMPARE(p.spans().size(), 2); // longest term wins; "Loomis" is not the whole word "Loom"
        QCOMPARE(p.spans().at(0).original, u"lumen & loom"_s);
        QCOMPARE(p.spans().at(0).replacement, u"lumen & loom"_s);
        QCOMPARE(p.spans().at(1).original, u"Throw Blanket"_s);
        QCOMPARE(p.spans().at(1).replacement, u"manta decorativa"_s);
        QCOMPARE(p.masked(), u"Thanks for shopping at __0__! Your __1__ ships today; Loomis is not a term."_s);
        QCOMPARE(p.restore(u"¡Gracias por comprar en __0__! Tu __1__ sale hoy."_s, u"Fake"_s).value(),
                 u"¡Gracias por comprar en lumen & loom! Tu manta decorativa sale hoy."_s);
    }

    void glossaryEntryLanguages_data()
    {
        QTest::addColumn<QString>("entrySource");
        QTest::addColumn<QString>("entryTarget");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("applies");
        QTest::newRow("any languages") << QString() << QString() << u"en"_s << u"de"_s << true;
        QTest::newRow("target matches with region") << QString() << u"pt"_s << u"en"_s << u"pt-BR"_s << true;
        QTest::newRow("other target") << QString() << u"es"_s << u"en"_s << u"fr"_s << false;
        QTest::newRow("bound source, unknown source") << u"en"_s << QString() << QString() << u"es"_s << false;
        QTest::newRow("bound source matches case-insensitively") << u"EN"_s << u"es"_s << u"en-US"_s << u"es"_s << true;
    }

    void glossaryEntryLanguages()
    {
        QFETCH(QString, entrySource);
        QFETCH(QString, entryTarget);
        QFETCH(QString, source);
        QFETCH(QString, target);
        QFETCH(bool, applies);
        const GlossaryEntry e{0, u"x"_s, entrySource, entryTarget, {}, true};
        QCOMPARE(e.appliesTo(source, target), applies);
    }

    void knowsWhenNothingIsLeftToTranslate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("translatable");
        QTest::newRow("only an order number") << u"113-4567890-1234567"_s << false;
        QTest::newRow("order number and punctuation") << u"#1042 ?!"_s << false;
        QTest::newRow("a link and an emoji") << u"https://x.example 👍"_s << false;
        QTest::newRow("a sentence") << u"Where is 113-4567890-1234567?"_s << true;
    }

    void knowsWhenNothingIsLeftToTranslate()
    {
        QFETCH(QString, text);
        QFETCH(bool, translatable);
        QCOMPARE(ProtectedText::protect(text, ProtectionMarkup::XmlTags).hasTranslatableText(), translatable);
    }
};

QTEST_GUILESS_MAIN(TestProtectedText)
#include "TestProtectedText.moc"
