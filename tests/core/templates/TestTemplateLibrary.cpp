#include "core/templates/TemplateLibrary.h"

#include <QTest>

using namespace hd;
using namespace Qt::StringLiterals;

namespace {

TemplateVariant variant(const QString &lang, const QString &platform, const QString &body, bool human = true)
{
    return TemplateVariant{0, lang, platform, body, human};
}

/// A library with two templates whose variants exercise every step of pick().
TemplateLibrary sampleLibrary()
{
    TemplateLibrary lib;
    Template wismo;
    wismo.id = 10;
    wismo.name = u"Where is my order"_s;
    wismo.intent = u"where_is_my_order"_s;
    wismo.shortcut = u"/wismo"_s;
    wismo.keywords = {u"tracking"_s, u"where is my order"_s, u"sendungsverfolgung"_s, u"dónde está"_s, u"物流"_s};
    wismo.useCount = 3;
    wismo.variants = {variant(u"en"_s, {}, u"EN any"_s),
                      variant(u"en"_s, u"amazon"_s, u"EN amazon"_s),
                      variant(u"de"_s, {}, u"DE any"_s),
                      variant(u"de"_s, u"ebay"_s, u"DE ebay"_s),
                      variant(u"zh_CN"_s, {}, u"ZH any"_s),
                      variant(u"fr"_s, {}, u"FR machine"_s, false),
                      variant(u"pt_BR"_s, {}, u"PT-BR any"_s)};
    if (!lib.add(wismo))
        qFatal("sample library: wismo rejected");

    Template refund;
    refund.id = 11;
    refund.name = u"Refund issued"_s;
    refund.intent = u"refund"_s;
    refund.shortcut = u"refund"_s;
    refund.keywords = {u"refund"_s, u"money back"_s, u"erstattung"_s};
    refund.useCount = 40;
    refund.variants = {variant(u"ja"_s, u"amazon"_s, u"JA amazon only"_s), variant(u"es"_s, {}, u"ES any"_s)};
    if (!lib.add(refund))
        qFatal("sample library: refund rejected");

    Template delay;
    delay.id = 12;
    delay.name = u"Delivery delay"_s;
    delay.intent = u"delivery_delay"_s;
    delay.shortcut = u"/delay"_s;
    delay.keywords = {u"late"_s, u"tracking"_s};
    delay.variants = {variant(u"en"_s, {}, u"EN delay"_s)};
    if (!lib.add(delay))
        qFatal("sample library: delay rejected");
    return lib;
}

} // namespace

class TestTemplateLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pick_data()
    {
        QTest::addColumn<qint64>("templateId");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("expectedBody");
        QTest::addColumn<bool>("needsMt");

        QTest::newRow("exact language and platform") << qint64(10) << u"en"_s << u"amazon"_s << u"EN amazon"_s << false;
        QTest::newRow("language, any platform") << qint64(10) << u"en"_s << u"walmart"_s << u"EN any"_s << false;
        QTest::newRow("no platform asked: generic variant")
            << qint64(10) << u"en"_s << QString() << u"EN any"_s << false;
        QTest::newRow("German on eBay") << qint64(10) << u"de"_s << u"ebay"_s << u"DE ebay"_s << false;
        QTest::newRow("German on Amazon: generic German beats English Amazon")
            << qint64(10) << u"de"_s << u"amazon"_s << u"DE any"_s << false;
        QTest::newRow("regional tag matches the language")
            << qint64(10) << u"de-AT"_s << u"etsy"_s << u"DE any"_s << false;
        QTest::newRow("ISO 639-1 zh matches zh_CN") << qint64(10) << u"zh"_s << u"shopee"_s << u"ZH any"_s << false;
        QTest::newRow("Traditional Chinese does not take Simplified")
            << qint64(10) << u"zh_TW"_s << u"amazon"_s << u"EN amazon"_s << true;
        QTest::newRow("stored machine translation is used, not flagged")
            << qint64(10) << u"fr"_s << QString() << u"FR machine"_s << false;
        QTest::newRow("pt matches pt_BR") << qint64(10) << u"pt"_s << QString() << u"PT-BR any"_s << false;
        QTest::newRow("unknown language: English base, platform first")
            << qint64(10) << u"it"_s << u"amazon"_s << u"EN amazon"_s << true;
        QTest::newRow("unknown language on other platform: English generic")
            << qint64(10) << u"it"_s << u"ebay"_s << u"EN any"_s << true;
        QTest::newRow("empty language means English") << qint64(10) << QString() << QString() << u"EN any"_s << false;
        QTest::newRow("no English: any usable variant") << qint64(11) << u"fr"_s << u"ebay"_s << u"ES any"_s << true;
        QTest::newRow("other platform's variant is never used")
            << qint64(11) << u"ja"_s << u"ebay"_s << u"ES any"_s << true;
        QTest::newRow("platform variant in the language")
            << qint64(11) << u"ja"_s << u"amazon"_s << u"JA amazon only"_s << false;
    }

    void pick()
    {
        QFETCH(qint64, templateId);
        QFETCH(QString, language);
        QFETCH(QString, platform);
        QFETCH(QString, expectedBody);
        QFETCH(bool, needsMt);
        const TemplateLibrary lib = sampleLibrary();
        bool mt = !needsMt;
        const TemplateVariant *v = lib.pick(templateId, language, platform, &mt);
        QVERIFY(v);
        QCOMPARE(v->body, expectedBody);
        QCOMPARE(mt, needsMt);
    }

    void pickUnknownTemplate()
    {
        const TemplateLibrary lib = sampleLibrary();
        bool mt = true;
        QCOMPARE(lib.pick(999, u"en"_s, {}, &mt), nullptr);
        QVERIFY(!mt);
    }

    void suggest_data()
    {
        QTest::addColumn<QString>("intent");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<qint64>>("expected");

        QTest::newRow("intent match ranks first") << u"where_is_my_order"_s << u"hello"_s << QList<qint64>{10};
        QTest::newRow("keyword only") << u"other"_s << u"Can I get my money back?"_s << QList<qint64>{11};
        QTest::newRow("keyword with inflection") << QString() << u"Was it refunded yet?"_s << QList<qint64>{11};
        QTest::newRow("keyword needs a word boundary") << QString() << u"I want a prefund thing"_s << QList<qint64>{};
        QTest::newRow("accents optional") << QString() << u"donde esta mi paquete"_s << QList<qint64>{10};
        QTest::newRow("CJK keyword as substring") << QString() << u"请问我的物流到哪里了"_s << QList<qint64>{10};
        QTest::newRow("more keywords rank higher")
            << QString() << u"Any tracking update? It's late."_s << QList<qint64>{12, 10};
        QTest::newRow("intent beats keywords")
            << u"refund"_s << u"tracking says delivered but where is my order"_s << QList<qint64>{11, 10, 12};
        QTest::newRow("nothing relevant") << u"praise"_s << u"Love it!"_s << QList<qint64>{};
    }

    void suggest()
    {
        QFETCH(QString, intent);
        QFETCH(QString, text);
        QFETCH(QList<qint64>, expected);
        const TemplateLibrary lib = sampleLibrary();
        QList<qint64> ids;
        for (const auto &s : lib.suggest(intent, text, u"en"_s, u"amazon"_s, 5))
            ids << s.templateId;
        QCOMPARE(ids, expected);
    }

    void suggestExplainsItself()
    {
        const TemplateLibrary lib = sampleLibrary();
        const auto s =
            lib.suggest(u"where_is_my_order"_s, u"Where is my order? Tracking shows nothing"_s, u"de"_s, u"ebay"_s, 1);
        QCOMPARE(s.size(), 1);
        QCOMPARE(s[0].templateId, qint64(10));
        QVERIFY(s[0].intentMatch);
        QCOMPARE(s[0].matchedKeywords, (QStringList{u"tracking"_s, u"where is my order"_s}));
        QVERIFY(s[0].humanVariant);
        QVERIFY(s[0].score > 16.0);
    }

    void usesRaiseRanking()
    {
        TemplateLibrary lib = sampleLibrary();
        auto first = [&] { return lib.suggest({}, u"late, no tracking"_s, u"en"_s, {}, 0).constFirst().templateId; };
        // delay matches two keywords, wismo one: delay first until wismo is used a lot.
        QCOMPARE(first(), qint64(12));
        for (int i = 0; i < 200; ++i)
            lib.recordUse(10);
        QCOMPARE(first(), qint64(10));
    }

    void shortcuts_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("with slash") << u"/wismo"_s << qint64(10);
        QTest::newRow("without slash") << u"wismo"_s << qint64(10);
        QTest::newRow("case-insensitive") << u"/WISMO"_s << qint64(10);
        QTest::newRow("stored without slash") << u"/refund"_s << qint64(11);
        QTest::newRow("padded") << u"  /delay "_s << qint64(12);
        QTest::newRow("prefix is not a match") << u"/wis"_s << qint64(0);
        QTest::newRow("bare slash") << u"/"_s << qint64(0);
        QTest::newRow("empty") << QString() << qint64(0);
    }

    void shortcuts()
    {
        QFETCH(QString, typed);
        QFETCH(qint64, expected);
        const TemplateLibrary lib = sampleLibrary();
        const Template *t = lib.byShortcut(typed);
        QCOMPARE(t ? t->id : 0, expected);
    }

    void completeShortcut()
    {
        const TemplateLibrary lib = sampleLibrary();
        QList<qint64> ids;
        for (const Template *t : lib.completeShortcut(u"/"_s))
            ids << t->id;
        QCOMPARE(ids, (QList<qint64>{11, 10, 12})); // by use count, then shortcut
        QCOMPARE(lib.completeShortcut(u"/re"_s).size(), 1);
        QCOMPARE(lib.completeShortcut(u"/x"_s).size(), 0);
    }

    void addRejects_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("intent");
        QTest::addColumn<QString>("shortcut");
        QTest::addColumn<QList<TemplateVariant>>("variants");
        QTest::addColumn<QString>("messagePart");
        const QList<TemplateVariant> ok{variant(u"en"_s, {}, u"Hi"_s)};
        QTest::newRow("empty name") << u"  "_s << QString() << QString() << ok << u"name"_s;
        QTest::newRow("unknown intent") << u"X"_s << u"refnd"_s << QString() << ok << u"refnd"_s;
        QTest::newRow("duplicate shortcut") << u"X"_s << QString() << u"/WISMO"_s << ok << u"/wismo"_s;
        QTest::newRow("shortcut with space") << u"X"_s << QString() << u"/a b"_s << ok << u"spaces"_s;
        QTest::newRow("variant without language")
            << u"X"_s << QString() << QString() << QList<TemplateVariant>{variant({}, {}, u"Hi"_s)} << u"language"_s;
        QTest::newRow("variant without body") << u"X"_s << QString() << QString()
                                              << QList<TemplateVariant>{variant(u"en"_s, {}, u"  "_s)} << u"no text"_s;
        QTest::newRow("unknown platform")
            << u"X"_s << QString() << QString() << QList<TemplateVariant>{variant(u"en"_s, u"myspace"_s, u"Hi"_s)}
            << u"myspace"_s;
        QTest::newRow("two variants for the same language and platform")
            << u"X"_s << QString() << QString()
            << QList<TemplateVariant>{variant(u"de"_s, u"ebay"_s, u"A"_s), variant(u"DE"_s, u"eBay"_s, u"B"_s)}
            << u"two de variants"_s;
    }

    void addRejects()
    {
        QFETCH(QString, name);
        QFETCH(QString, intent);
        QFETCH(QString, shortcut);
        QFETCH(QList<TemplateVariant>, variants);
        QFETCH(QString, messagePart);
        TemplateLibrary lib = sampleLibrary();
        Template t;
        t.name = name;
        t.intent = intent;
        t.shortcut = shortcut;
        t.variants = variants;
        const auto r = lib.add(t);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(messagePart), qPrintable(r.error().message));
        QCOMPARE(lib.size(), 3);
    }

    void addNormalizes()
    {
        TemplateLibrary lib;
        Template t;
        t.name = u" Pre-sales "_s;
        t.intent = u"presales_question"_s;
        t.shortcut = u"PreSales"_s;
        t.keywords = {u"In Stock"_s, u"in stock"_s, u" "_s};
        t.variants = {variant(u"zh-hans"_s, u"Shopee"_s, u"有货"_s)};
        const auto id = lib.add(t);
        QVERIFY(id.ok());
        const Template *stored = lib.find(*id);
        QCOMPARE(stored->name, u"Pre-sales"_s);
        QCOMPARE(stored->intent, u"pre_sales_question"_s);
        QCOMPARE(stored->shortcut, u"/presales"_s);
        QCOMPARE(stored->keywords, QStringList{u"in stock"_s});
        QCOMPARE(stored->variants[0].language, u"zh_CN"_s);
        QCOMPARE(stored->variants[0].platform, u"shopee"_s);
    }

    void updateAndRemove()
    {
        TemplateLibrary lib = sampleLibrary();
        Template t = *lib.find(12);
        t.shortcut = u"/wismo"_s;
        QVERIFY(!lib.update(t).ok()); // shortcut taken by 10
        t.shortcut = u"/late"_s;
        QVERIFY(lib.update(t).ok());
        QCOMPARE(lib.byShortcut(u"late"_s)->id, qint64(12));
        QVERIFY(lib.remove(12));
        QVERIFY(!lib.remove(12));
        QCOMPARE(lib.find(12), nullptr);
        Template ghost = t;
        ghost.id = 77;
        QCOMPARE(lib.update(ghost).error().code, Error::Code::NotFound);
    }

    void jsonRoundTrip()
    {
        const TemplateLibrary lib = sampleLibrary();
        const auto back = TemplateLibrary::fromJson(lib.toJson());
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
        QCOMPARE(back->size(), lib.size());
        for (int i = 0; i < lib.size(); ++i) {
            Template a = lib.templates()[i];
            Template b = back->templates()[i];
            a.id = b.id = 0; // ids belong to a workspace, not to the file
            QCOMPARE(b, a);
        }
        QVERIFY(!back->templates()[0].variants[5].human); // the machine translation stays marked
    }

    void jsonErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("not JSON") << QByteArray("{\"format\": ") << u"not valid JSON"_s;
        QTest::newRow("array at top") << QByteArray("[]") << u"expected a JSON object"_s;
        QTest::newRow("wrong format tag") << QByteArray(R"({"format":"zendesk.macros","version":1,"templates":[]})")
                                          << u"not a HarborDesk template export"_s;
        QTest::newRow("future version") << QByteArray(R"({"format":"harbordesk.templates","version":9,"templates":[]})")
                                        << u"version 9"_s;
        QTest::newRow("templates not a list")
            << QByteArray(R"({"format":"harbordesk.templates","version":1,"templates":{}})")
            << u"no \"templates\" list"_s;
        QTest::newRow("template not an object")
            << QByteArray(R"({"format":"harbordesk.templates","version":1,"templates":[3]})") << u"Template 1"_s;
        QTest::newRow("name not text") << QByteArray(
            R"({"format":"harbordesk.templates","version":1,"templates":[{"name":5,"variants":[]}]})")
                                       << u"\"name\" must be text"_s;
        QTest::newRow("no variants") << QByteArray(
            R"({"format":"harbordesk.templates","version":1,"templates":[{"name":"A","variants":[]}]})")
                                     << u"Template 1 (\"A\"): it has no \"variants\""_s;
        QTest::newRow("variant without body") << QByteArray(
            R"({"format":"harbordesk.templates","version":1,"templates":[{"name":"A","variants":[{"language":"en"}]}]})")
                                              << u"variant 1: \"body\""_s;
        QTest::newRow("human not a boolean") << QByteArray(
            R"({"format":"harbordesk.templates","version":1,"templates":[{"name":"A","variants":[{"language":"en","body":"x","human":"yes"}]}]})")
                                             << u"\"human\" must be true or false"_s;
        QTest::newRow("keywords not a list") << QByteArray(
            R"({"format":"harbordesk.templates","version":1,"templates":[{"name":"A","keywords":"x","variants":[{"language":"en","body":"x"}]}]})")
                                             << u"\"keywords\""_s;
        QTest::newRow("negative use count") << QByteArray(
            R"({"format":"harbordesk.templates","version":1,"templates":[{"name":"A","useCount":-1,"variants":[{"language":"en","body":"x"}]}]})")
                                            << u"useCount"_s;
        QTest::newRow("second template has a bad intent")
            << QByteArray(R"({"format":"harbordesk.templates","version":1,"templates":[)"
                          R"({"name":"A","variants":[{"language":"en","body":"x"}]},)"
                          R"({"name":"B","intent":"nope","variants":[{"language":"en","body":"y"}]}]})")
            << u"Template 2 (\"B\"): \"nope\" is not a known intent"_s;
        QTest::newRow("duplicate shortcut across templates")
            << QByteArray(R"({"format":"harbordesk.templates","version":1,"templates":[)"
                          R"({"name":"A","shortcut":"/x","variants":[{"language":"en","body":"x"}]},)"
                          R"({"name":"B","shortcut":"X","variants":[{"language":"en","body":"y"}]}]})")
            << u"already used by \"A\""_s;
    }

    void jsonErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, messagePart);
        const auto r = TemplateLibrary::fromJson(json);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Parse);
        QVERIFY2(r.error().message.contains(messagePart), qPrintable(r.error().message));
    }

    void jsonOptionalFieldsDefault()
    {
        const auto r = TemplateLibrary::fromJson(
            R"({"format":"harbordesk.templates","version":1,"templates":[{"name":"Thanks","variants":[{"language":"en","body":"Thank you!"}]}]})");
        QVERIFY(r.ok());
        const Template &t = r->templates().constFirst();
        QCOMPARE(t.id, qint64(1));
        QVERIFY(t.intent.isEmpty() && t.shortcut.isEmpty() && t.keywords.isEmpty());
        QCOMPARE(t.useCount, 0);
        QVERIFY(t.variants[0].human);
        QVERIFY(t.variants[0].platform.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTemplateLibrary)
#include "TestTemplateLibrary.moc"
