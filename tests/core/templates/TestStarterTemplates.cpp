// The shipped starter set (resources/templates/starter_templates.json) as a product: complete,
// well-formed, and compliant on the platforms its variants are written for.

#include "core/templates/ComplianceChecker.h"
#include "core/templates/TemplateIntents.h"
#include "core/templates/TemplateLanguage.h"
#include "core/templates/TemplateLibrary.h"
#include "core/templates/TemplateRenderer.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace hd;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kNow = 1'790'000'000'000;

const QStringList kLanguages{u"en"_s, u"zh_CN"_s, u"es"_s, u"de"_s, u"fr"_s, u"it"_s, u"ja"_s};

/// Every known placeholder filled, the way a shipped Amazon order in the buyer's language would be.
PlaceholderValues fullValues(const QString &language, const QString &platform)
{
    PlaceholderSources src;
    src.customer = Customer{1, u"Anna Müller"_s, {}, {}, u"DE"_s, language, {}, 0, 0};
    Order o;
    o.externalId = u"302-4837261-9918273"_s;
    o.status = u"shipped"_s;
    o.currency = u"EUR"_s;
    o.totalCents = 4998;
    o.items = {OrderItem{u"AUR-LED"_s, u"Aurora LED Desk Lamp"_s, 2, 2499}};
    o.carrier = u"DHL"_s;
    o.trackingNumber = u"00340434161234567890"_s;
    o.orderedAt = kNow - 5 * 86'400'000LL;
    o.shippedAt = kNow - 4 * 86'400'000LL;
    o.deliveredAt = kNow - 86'400'000LL;
    src.order = o;
    Agent agent;
    agent.id = 7;
    agent.name = u"Lena Wu"_s;
    src.agent = agent;
    bool ok = false;
    const ChannelKind kind = channelKindFromString(platform.isEmpty() ? u"email"_s : platform, &ok);
    src.channel = Channel{3, kind, u"Store"_s, u"DE"_s, {}, true, 0};
    Conversation c;
    c.subject = u"Order question"_s;
    src.conversation = c;
    src.storeName = u"Lumen & Loom"_s;
    src.language = language;
    return PlaceholderValues::fromSources(src);
}

const QList<ChannelKind> kAllKinds{ChannelKind::Email,
                                   ChannelKind::Amazon,
                                   ChannelKind::Ebay,
                                   ChannelKind::Etsy,
                                   ChannelKind::Walmart,
                                   ChannelKind::Shopify,
                                   ChannelKind::Shopee,
                                   ChannelKind::AliExpress,
                                   ChannelKind::TikTokShop,
                                   ChannelKind::Facebook,
                                   ChannelKind::Instagram};

} // namespace

class TestStarterTemplates : public QObject
{
    Q_OBJECT

    TemplateLibrary m_lib;

private Q_SLOTS:
    void initTestCase()
    {
        m_lib = TemplateLibrary::starterSet();
        QVERIFY2(m_lib.size() > 0, "the starter set resource did not load");
    }

    void resourceMatchesTheSourceFile()
    {
        QFile source(qEnvironmentVariable("HARBORDESK_SOURCE_DIR") + u"/resources/templates/starter_templates.json"_s);
        QVERIFY2(source.open(QIODevice::ReadOnly), qPrintable(source.fileName()));
        QFile resource(u":/templates/starter_templates.json"_s);
        QVERIFY(resource.open(QIODevice::ReadOnly));
        QCOMPARE(resource.readAll(), source.readAll());
    }

    void coversTheCommonCases_data()
    {
        QTest::addColumn<QString>("shortcut");
        QTest::addColumn<QString>("intent");
        QTest::addColumn<QStringList>("platforms");
        const QStringList processes{u"amazon"_s, u"ebay"_s, u"etsy"_s, u"shopee"_s};
        QTest::newRow("where is my order") << u"/wismo"_s << u"where_is_my_order"_s << processes;
        QTest::newRow("delivery delay apology") << u"/delay"_s << u"delivery_delay"_s << QStringList{};
        QTest::newRow("refund") << u"/refund"_s << u"refund"_s << QStringList{u"amazon"_s};
        QTest::newRow("return or exchange") << u"/return"_s << u"return_exchange"_s << processes;
        QTest::newRow("damaged item") << u"/damaged"_s << u"damaged_or_wrong_item"_s << QStringList{};
        QTest::newRow("wrong item") << u"/wrongitem"_s << u"damaged_or_wrong_item"_s << QStringList{};
        QTest::newRow("address change") << u"/address"_s << u"address_change"_s << processes;
        QTest::newRow("cancellation") << u"/cancel"_s << u"cancellation"_s << processes;
        QTest::newRow("pre-sales question") << u"/presales"_s << u"pre_sales_question"_s << QStringList{};
    }

    void coversTheCommonCases()
    {
        QFETCH(QString, shortcut);
        QFETCH(QString, intent);
        QFETCH(QStringList, platforms);
        const Template *t = m_lib.byShortcut(shortcut);
        QVERIFY2(t, qPrintable(shortcut));
        QCOMPARE(t->intent, intent);
        QVERIFY(t->keywords.size() >= 10);
        for (const QString &lang : kLanguages) {
            bool mt = true;
            const TemplateVariant *v = m_lib.pick(t->id, lang, {}, &mt);
            QVERIFY2(v && !mt && v->human && v->platform.isEmpty(), qPrintable(lang));
        }
        for (const QString &platform : platforms) {
            // English and Simplified Chinese at least, with the platform's own wording.
            for (const QString &lang : {u"en"_s, u"zh_CN"_s}) {
                const TemplateVariant *v = m_lib.pick(t->id, lang, platform);
                QVERIFY2(v && v->platform == platform, qPrintable(lang + u' ' + platform));
            }
        }
        if (platforms.contains(u"amazon"_s)) {
            for (const QString &lang : kLanguages)
                QCOMPARE(m_lib.pick(t->id, lang, u"amazon"_s)->platform, u"amazon"_s);
        }
    }

    void metadataIsWellFormed()
    {
        QSet<QString> shortcuts;
        for (const Template &t : m_lib.templates()) {
            QVERIFY(!t.name.isEmpty());
            QVERIFY(!t.category.isEmpty());
            QVERIFY2(TemplateIntents::all().contains(t.intent), qPrintable(t.intent));
            QVERIFY(t.shortcut.startsWith(u'/'));
            QVERIFY(!shortcuts.contains(t.shortcut));
            shortcuts.insert(t.shortcut);
            QCOMPARE(t.useCount, 0);
            for (const TemplateVariant &v : t.variants) {
                QVERIFY(v.human);
                QVERIFY2(kLanguages.contains(v.language), qPrintable(v.language));
            }
        }
    }

    void everyVariantRendersCompletely()
    {
        int checked = 0;
        for (const Template &t : m_lib.templates()) {
            for (const TemplateVariant &v : t.variants) {
                const QString where = t.shortcut + u' ' + v.language + u' ' + v.platform;
                for (const QString &key : TemplateRenderer::placeholderKeys(v.body))
                    QVERIFY2(PlaceholderValues::knownKeys().contains(key), qPrintable(where + u": "_s + key));
                const RenderResult r = TemplateRenderer::render(v.body, fullValues(v.language, v.platform));
                QVERIFY2(r.canSend(), qPrintable(where + u"\n"_s + r.text));
                QVERIFY2(!r.text.contains(u"{{"_s) && !r.text.contains(u"[["_s), qPrintable(where));
                QVERIFY2(r.text.contains(u"Lena Wu"_s), qPrintable(where)); // signed by the agent
                QVERIFY2(!r.text.contains(u"  "_s) && !r.text.contains(u" ,"_s), qPrintable(where + u"\n"_s + r.text));
                ++checked;
            }
        }
        QVERIFY(checked >= 120);
    }

    void greetingsWithoutAName()
    {
        // No customer known: the fallbacks read naturally, nothing is left empty.
        PlaceholderValues values = fullValues(u"en"_s, {});
        values.clear(u"customer.first_name"_s);
        values.clear(u"customer.name"_s);
        const Template *t = m_lib.byShortcut(u"/wismo"_s);
        const QHash<QString, QString> expectedStart{{u"en"_s, u"Hi there,\n"_s},
                                                    {u"de"_s, u"Guten Tag,\n"_s},
                                                    {u"es"_s, u"Hola:\n"_s},
                                                    {u"fr"_s, u"Bonjour,\n"_s},
                                                    {u"it"_s, u"Gentile cliente,\n"_s},
                                                    {u"ja"_s, u"お客様\n"_s},
                                                    {u"zh_CN"_s, u"亲爱的顾客，您好！\n"_s}};
        for (auto it = expectedStart.cbegin(); it != expectedStart.cend(); ++it) {
            const RenderResult r = TemplateRenderer::render(m_lib.pick(t->id, it.key(), {})->body, values);
            QVERIFY2(r.canSend(), qPrintable(it.key()));
            QVERIFY2(r.text.startsWith(it.value()), qPrintable(it.key() + u": "_s + r.text.left(30)));
        }
    }

    void everyVariantIsCompliantWhereItIsUsed()
    {
        // A generic variant may be picked on any platform; a platform variant only on its own.
        int checked = 0;
        for (const Template &t : m_lib.templates()) {
            for (const TemplateVariant &v : t.variants) {
                const RenderResult r = TemplateRenderer::render(v.body, fullValues(v.language, v.platform));
                ComplianceContext ctx;
                ctx.nowMs = kNow;
                ctx.lastBuyerMessageAt = kNow - 3'600'000;
                ctx.replyLanguage = TemplateLanguage::primary(v.language);
                for (const auto &span : r.filled)
                    ctx.protectedTerms << r.text.mid(span.start, span.length);
                QList<ChannelKind> kinds;
                if (v.platform.isEmpty())
                    kinds = kAllKinds;
                else
                    kinds = {channelKindFromString(v.platform)};
                for (ChannelKind kind : kinds) {
                    if (kind == ChannelKind::Walmart && ctx.replyLanguage != "en"_L1)
                        continue; // Walmart US/CA takes English only; the editor translates or warns
                    const auto issues = ComplianceChecker().check(r.text, CompliancePolicy::forChannel(kind), ctx);
                    QStringList found;
                    for (const auto &i : issues)
                        found << i.ruleId + u": "_s + i.excerpt;
                    QVERIFY2(issues.isEmpty(),
                             qPrintable(t.shortcut + u' ' + v.language + u' ' + v.platform + u" on "_s
                                        + channelKindToString(kind) + u": "_s + found.join(u"; "_s)));
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 500);
    }

    void suggestionsForRealMessages_data()
    {
        QTest::addColumn<QString>("intent");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expectedFirst");
        QTest::newRow("English WISMO with intent")
            << u"where_is_my_order"_s << u"Hi, where is my order? Tracking hasn't changed in days."_s << u"en"_s
            << u"/wismo"_s;
        QTest::newRow("German cancellation, keywords only")
            << QString() << u"Ich möchte meine Bestellung bitte stornieren."_s << u"de"_s << u"/cancel"_s;
        QTest::newRow("Spanish return without accents")
            << QString() << u"Quiero devolver el producto, no me queda bien"_s << u"es"_s << u"/return"_s;
        QTest::newRow("French damaged") << QString() << u"La lampe est arrivée cassée."_s << u"fr"_s << u"/damaged"_s;
        QTest::newRow("Italian refund") << QString() << u"Quando arriva il rimborso?"_s << u"it"_s << u"/refund"_s;
        QTest::newRow("Japanese damaged") << QString() << u"商品が壊れていました。"_s << u"ja"_s << u"/damaged"_s;
        QTest::newRow("Chinese address change")
            << QString() << u"我想修改地址，可以吗？"_s << u"zh_CN"_s << u"/address"_s;
        QTest::newRow("Chinese delay") << u"delivery_delay"_s << u"怎么还没到，太慢了"_s << u"zh_CN"_s << u"/delay"_s;
        QTest::newRow("pre-sales with the classifier's label")
            << u"pre_sales_question"_s << u"Is this lamp compatible with EU plugs?"_s << u"en"_s << u"/presales"_s;
        QTest::newRow("wrong item beats damaged on its keywords")
            << u"damaged_or_wrong_item"_s << u"You sent the wrong item, I ordered the white one."_s << u"en"_s
            << u"/wrongitem"_s;
    }

    void suggestionsForRealMessages()
    {
        QFETCH(QString, intent);
        QFETCH(QString, message);
        QFETCH(QString, language);
        QFETCH(QString, expectedFirst);
        const auto s = m_lib.suggest(intent, message, language, u"amazon"_s, 3);
        QVERIFY2(!s.isEmpty(), qPrintable(message));
        QCOMPARE(m_lib.find(s.constFirst().templateId)->shortcut, expectedFirst);
        QVERIFY(s.constFirst().humanVariant);
    }

    void jsonRoundTripKeepsEverything()
    {
        const auto back = TemplateLibrary::fromJson(m_lib.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back->templates(), m_lib.templates());
    }
};

QTEST_GUILESS_MAIN(TestStarterTemplates)
#include "TestStarterTemplates.moc"
