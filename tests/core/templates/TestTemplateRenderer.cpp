#include "core/templates/TemplateRenderer.h"

#include <QElapsedTimer>
#include <QTest>

using namespace hd;
using namespace Qt::StringLiterals;

namespace {

PlaceholderValues sampleValues()
{
    PlaceholderValues v;
    v.set(u"customer.first_name"_s, u"Anna"_s);
    v.set(u"order.id"_s, u"302-4837261-9918273"_s);
    v.set(u"order.carrier"_s, u"DHL"_s);
    v.set(u"agent.name"_s, u"Lena"_s);
    // order.tracking_number is known but has no value: it is "missing".
    return v;
}

} // namespace

class TestTemplateRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void render_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QStringList>("filledKeys");
        QTest::addColumn<QStringList>("missing");
        QTest::addColumn<QStringList>("unknown");
        QTest::addColumn<int>("malformed");

        const QStringList none;
        QTest::newRow("plain text passes through")
            << u"Thanks for your order!"_s << u"Thanks for your order!"_s << none << none << none << 0;
        QTest::newRow("two values filled") << u"Hi {{customer.first_name}}, order {{order.id}} shipped."_s
                                           << u"Hi Anna, order 302-4837261-9918273 shipped."_s
                                           << QStringList{u"customer.first_name"_s, u"order.id"_s} << none << none << 0;
        QTest::newRow("spaces inside braces") << u"Hi {{  customer.first_name  }}!"_s << u"Hi Anna!"_s
                                              << QStringList{u"customer.first_name"_s} << none << none << 0;
        QTest::newRow("keys are case-insensitive")
            << u"{{Customer.First_Name}}"_s << u"Anna"_s << QStringList{u"customer.first_name"_s} << none << none << 0;
        QTest::newRow("missing value leaves a visible marker")
            << u"Tracking: {{order.tracking_number}}."_s << u"Tracking: [[order.tracking_number missing]]."_s << none
            << QStringList{u"order.tracking_number"_s} << none << 0;
        QTest::newRow("fallback used when value missing")
            << u"Hi {{customer.last_name|there}},"_s << u"Hi there,"_s << none << none << none << 0;
        QTest::newRow("fallback ignored when value present")
            << u"Hi {{customer.first_name|there}},"_s << u"Hi Anna,"_s << QStringList{u"customer.first_name"_s} << none
            << none << 0;
        QTest::newRow("empty fallback drops the space before a comma")
            << u"Bonjour {{customer.last_name|}},"_s << u"Bonjour,"_s << none << none << none << 0;
        QTest::newRow("empty fallback between words keeps one space")
            << u"Merci {{customer.last_name|}} pour tout"_s << u"Merci pour tout"_s << none << none << none << 0;
        QTest::newRow("unknown placeholder kept as written")
            << u"Order {{order.numbr}} is on its way"_s << u"Order {{order.numbr}} is on its way"_s << none << none
            << QStringList{u"order.numbr"_s} << 0;
        QTest::newRow("unknown placeholder flagged even with fallback")
            << u"{{customer.nick|friend}}"_s << u"{{customer.nick|friend}}"_s << none << none
            << QStringList{u"customer.nick"_s} << 0;
        QTest::newRow("unclosed opener is malformed")
            << u"Hi {{customer.first_name, thanks"_s << u"Hi {{customer.first_name, thanks"_s << none << none << none
            << 1;
        QTest::newRow("stray closer is malformed")
            << u"Done }} here"_s << u"Done }} here"_s << none << none << none << 1;
        QTest::newRow("two words inside braces are malformed")
            << u"{{ first name }}"_s << u"{{ first name }}"_s << none << none << none << 1;
        QTest::newRow("empty braces are malformed") << u"a {{}} b"_s << u"a {{}} b"_s << none << none << none << 1;
        QTest::newRow("nested opener: outer is malformed, inner fills")
            << u"{{ {{order.id}} }}"_s << u"{{ 302-4837261-9918273 }}"_s << QStringList{u"order.id"_s} << none << none
            << 2;
        QTest::newRow("triple braces are malformed")
            << u"{{{order.id}}}"_s << u"{{{order.id}}}"_s << none << none << none << 1;
        QTest::newRow("single braces are ordinary text")
            << u"Size {M} or {L}"_s << u"Size {M} or {L}"_s << none << none << none << 0;
        QTest::newRow("script-like key is malformed")
            << u"{{<script>alert(1)</script>}}"_s << u"{{<script>alert(1)</script>}}"_s << none << none << none << 1;
        QTest::newRow("key starting with a digit is malformed")
            << u"{{1order}}"_s << u"{{1order}}"_s << none << none << none << 1;
        QTest::newRow("CJK text around placeholders")
            << u"{{customer.first_name}}，您好！订单 {{order.id}} 已发货。"_s
            << u"Anna，您好！订单 302-4837261-9918273 已发货。"_s
            << QStringList{u"customer.first_name"_s, u"order.id"_s} << none << none << 0;
    }

    void render()
    {
        QFETCH(QString, body);
        QFETCH(QString, expected);
        QFETCH(QStringList, filledKeys);
        QFETCH(QStringList, missing);
        QFETCH(QStringList, unknown);
        QFETCH(int, malformed);

        const RenderResult r = TemplateRenderer::render(body, sampleValues());
        QCOMPARE(r.text, expected);
        QStringList filled;
        for (const auto &s : r.filled)
            filled << s.key;
        QCOMPARE(filled, filledKeys);
        QCOMPARE(r.missingKeys(), missing);
        QCOMPARE(r.unknownKeys(), unknown);
        QCOMPARE(int(r.malformed.size()), malformed);
        QCOMPARE(r.canSend(), missing.isEmpty() && unknown.isEmpty() && malformed == 0);
    }

    void spansPointAtTheirText()
    {
        const RenderResult r = TemplateRenderer::render(
            u"Hi {{customer.first_name}}, {{order.id}} via {{order.carrier}}: {{order.tracking_number}} {{x.y}} }}"_s,
            sampleValues());
        QCOMPARE(r.filled.size(), 3);
        for (const auto &s : r.filled)
            QCOMPARE(r.text.mid(s.start, s.length), sampleValues().value(s.key));
        QCOMPARE(r.missing.size(), 1);
        QCOMPARE(r.text.mid(r.missing[0].start, r.missing[0].length), u"[[order.tracking_number missing]]"_s);
        QCOMPARE(r.unknown.size(), 1);
        QCOMPARE(r.text.mid(r.unknown[0].start, r.unknown[0].length), u"{{x.y}}"_s);
        QCOMPARE(r.malformed.size(), 1);
        QCOMPARE(r.text.mid(r.malformed[0].start, r.malformed[0].length), u"}}"_s);
    }

    void valuesAreNeverRescanned()
    {
        PlaceholderValues v;
        v.set(u"customer.name"_s, u"{{agent.name}} [[x missing]]"_s);
        v.set(u"agent.name"_s, u"Lena"_s);
        const RenderResult r = TemplateRenderer::render(u"Dear {{customer.name}}"_s, v);
        QCOMPARE(r.text, u"Dear {{agent.name}} [[x missing]]"_s);
        QVERIFY(r.canSend());
    }

    void blankValueCountsAsMissing()
    {
        PlaceholderValues v;
        v.set(u"order.carrier"_s, u"   "_s);
        const RenderResult r = TemplateRenderer::render(u"via {{order.carrier}}"_s, v);
        QCOMPARE(r.missingKeys(), QStringList{u"order.carrier"_s});
        QVERIFY(!r.canSend());
    }

    void customKeysAreKnownOnceSet()
    {
        PlaceholderValues v;
        v.set(u"Coupon.Reason"_s, u"late delivery"_s);
        const RenderResult r = TemplateRenderer::render(u"because of {{coupon.reason}}"_s, v);
        QCOMPARE(r.text, u"because of late delivery"_s);
    }

    void placeholderKeysInOrder()
    {
        QCOMPARE(TemplateRenderer::placeholderKeys(u"{{b.x}} {{a.y|z}} {{b.x}} {{bad key}} {{"_s),
                 (QStringList{u"b.x"_s, u"a.y"_s}));
    }

    void hostileInputStaysLinear()
    {
        // 200k opening braces, then 200k placeholders-that-never-close: must finish quickly.
        const QString openers = QString(200000, u'{');
        const QString unclosed = u"{{ a"_s.repeated(50000);
        const QString longInner = u"{{"_s + QString(100000, u'a') + u"}}"_s;
        QElapsedTimer t;
        t.start();
        const RenderResult a = TemplateRenderer::render(openers, PlaceholderValues());
        const RenderResult b = TemplateRenderer::render(unclosed, PlaceholderValues());
        const RenderResult c = TemplateRenderer::render(longInner, PlaceholderValues());
        QVERIFY2(t.elapsed() < 2000, qPrintable(u"took %1 ms"_s.arg(t.elapsed())));
        QCOMPARE(a.text, openers);
        QCOMPARE(b.text, unclosed);
        QCOMPARE(c.text, longInner);
        QVERIFY(!a.canSend() && !b.canSend() && !c.canSend());
    }
};

QTEST_GUILESS_MAIN(TestTemplateRenderer)
#include "TestTemplateRenderer.moc"
