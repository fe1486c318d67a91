#include "core/Workspace.h"
#include "core/common/Clock.h"
#include "core/language/translation/GlossaryRepository.h"
#include "core/language/translation/TranslationCache.h"
#include "core/language/translation/TranslationError.h"
#include "core/language/translation/TranslationService.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace hd;
using namespace Qt::StringLiterals;

namespace {

// An engine that answers on the next event-loop turn: "translates" by upper-casing every word
// but the markers and moving the first word to the end (engines reorder), or fails as told.
class FakeTranslator final : public Translator
{
public:
    QString id() const override { return u"fake"_s; }
    QString displayName() const override { return u"Fake"_s; }
    bool detectsSourceLanguage() const override { return detects; }
    ProtectionMarkup markup() const override { return ProtectionMarkup::Tokens; }

    void translate(const TranslationRequest &request, QObject *context, TranslationCallback done) override
    {
        ++calls;
        lastRequest = request;
        if (failWith) {
            deliverLater(context, std::move(done), *failWith);
            return;
        }
        if (dropMarkers) {
            deliverLater(context, std::move(done), TranslationResult{u"NOTHING LEFT"_s, {}, id(), false});
            return;
        }
        static const QRegularExpression words(u"__\\d+__|[^\\s]+"_s);
        QStringList out;
        auto it = words.globalMatch(request.text);
        while (it.hasNext()) {
            const QString w = it.next().captured(0);
            out << (w.startsWith(u"__"_s) ? w : w.toUpper());
        }
        if (out.size() > 1)
            out.append(out.takeFirst());
        deliverLater(context,
                     std::move(done),
                     TranslationResult{out.join(u' '), detects ? u"en"_s : QString(), id(), false});
    }

    int calls = 0;
    TranslationRequest lastRequest;
    std::optional<Error> failWith;
    bool dropMarkers = false;
    bool detects = true;
};

} // namespace

class TestTranslationService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeClock m_clock{1'700'000'000'000};
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<TranslationCache> m_cache;
    std::unique_ptr<GlossaryRepository> m_glossary;
    std::unique_ptr<FakeTranslator> m_engine;
    std::unique_ptr<TranslationService> m_service;

    Result<TranslationResult> run(const QString &text, const QString &source = u"en"_s, const QString &target = u"es"_s)
    {
        return Translator::translateBlocking(*m_service, {text, source, target}, 5000);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        auto ws =
            Workspace::open(m_dir.filePath(u"svc-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))),
                            m_clock);
        QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().detail));
        m_ws = std::move(ws).value();
        m_cache = std::make_unique<TranslationCache>(m_ws->database(), m_clock);
        m_glossary = std::make_unique<GlossaryRepository>(m_ws->database());
        m_engine = std::make_unique<FakeTranslator>();
        m_service = std::make_unique<TranslationService>(*m_engine, m_cache.get(), m_glossary.get());
    }

    void cleanup()
    {
        m_service.reset();
        m_engine.reset();
        m_glossary.reset();
        m_cache.reset();
        m_ws.reset();
    }

    void secondCallIsServedFromTheCache()
    {
        const auto first = run(u"Your order 113-4567890-1234567 has shipped."_s);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().detail));
        QVERIFY(!first->fromCache);
        QCOMPARE(first->text, u"ORDER 113-4567890-1234567 HAS SHIPPED. YOUR"_s);
        QCOMPARE(m_engine->lastRequest.text, u"Your order __0__ has shipped."_s); // the engine never sees the number

        const auto second = run(u"Your order 113-4567890-1234567 has shipped."_s);
        QVERIFY(second.ok());
        QVERIFY(second->fromCache);
        QCOMPARE(second->text, first->text);
        QCOMPARE(m_engine->calls, 1);
        QCOMPARE(m_service->statistics().cacheHits, 1);
        QCOMPARE(m_service->statistics().cacheMisses, 1);
        QCOMPARE(m_service->statistics().providerCalls, 1);
        QCOMPARE(m_service->statistics().charactersSent, qint64(u"Your order __0__ has shipped."_s.size()));
    }

    void sameTemplateWithAnotherOrderNumberIsACacheHit()
    {
        QVERIFY(run(u"Your order 113-4567890-1234567 has shipped."_s).ok());
        const auto other = run(u"Your order 114-0000000-7654321 has shipped."_s);
        QVERIFY(other.ok());
        QVERIFY(other->fromCache);
        QCOMPARE(other->text, u"ORDER 114-0000000-7654321 HAS SHIPPED. YOUR"_s);
        QCOMPARE(m_engine->calls, 1);
        QCOMPARE(m_cache->count().value(), 1);
        // The cache holds the masked text: no order number is stored.
        QCOMPARE(m_cache->lookup(u"fake"_s, u"en"_s, u"es"_s, u"Your order __0__ has shipped."_s)
                     .value()
                     .value_or(QString()),
                 u"ORDER __0__ HAS SHIPPED. YOUR"_s);
    }

    void appliesTheGlossary()
    {
        QVERIFY(m_glossary->save({0, u"Lumen & Loom"_s, {}, {}, {}, true}).ok());
        QVERIFY(m_glossary->save({0, u"throw blanket"_s, u"en"_s, u"es"_s, u"manta decorativa"_s, false}).ok());
        QVERIFY(m_glossary->save({0, u"lamp"_s, u"en"_s, u"de"_s, u"Lampe"_s, false}).ok()); // other target: unused
        const auto r = run(u"Lumen & Loom ships your throw blanket and lamp"_s);
        QVERIFY(r.ok());
        QCOMPARE(m_engine->lastRequest.text, u"__0__ ships your __1__ and lamp"_s);
        QCOMPARE(r->text, u"SHIPS YOUR manta decorativa AND LAMP Lumen & Loom"_s);
    }

    void failuresKeepNothingAndAreCounted()
    {
        m_engine->failWith = TranslationError::make(TranslationFailure::QuotaExceeded, u"Fake"_s, u"HTTP 456"_s);
        const auto r = run(u"Where is my lamp?"_s);
        QVERIFY(!r.ok());
        QCOMPARE(TranslationError::failure(r.error()), TranslationFailure::QuotaExceeded);
        QCOMPARE(m_service->statistics().failures, 1);
        QCOMPARE(m_cache->count().value(), 0);
    }

    void aLostMarkerFailsAndIsNotCached()
    {
        m_engine->dropMarkers = true;
        const auto r = run(u"Your order 113-4567890-1234567 has shipped."_s);
        QVERIFY(!r.ok());
        QCOMPARE(TranslationError::failure(r.error()), TranslationFailure::ProtectionLost);
        QCOMPARE(m_cache->count().value(), 0);
    }

    void skipsTheEngineWhenThereIsNothingToTranslate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << u"  \n"_s << u"en"_s << u"es"_s << QString();
        QTest::newRow("same language") << u"Hola"_s << u"es"_s << u"es-MX"_s << u"Hola"_s;
        QTest::newRow("only an order number")
            << u"113-4567890-1234567 "_s << u"en"_s << u"es"_s << u"113-4567890-1234567"_s;
    }

    void skipsTheEngineWhenThereIsNothingToTranslate()
    {
        QFETCH(QString, text);
        QFETCH(QString, source);
        QFETCH(QString, target);
        QFETCH(QString, expected);
        const auto r = run(text, source, target);
        QVERIFY(r.ok());
        QCOMPARE(r->text, expected);
        QCOMPARE(m_engine->calls, 0);
    }

    void guessesTheSourceForAnEngineThatCannot()
    {
        m_engine->detects = false;
        m_service->setLanguageGuesser([](const QString &) { return u"de"_s; });
        QVERIFY(m_service->detectsSourceLanguage());
        const auto r = run(u"Wo ist meine Lampe?"_s, QString(), u"es"_s);
        QVERIFY(r.ok());
        QCOMPARE(m_engine->lastRequest.sourceLang, u"de"_s);
        QCOMPARE(r->detectedSourceLang, u"de"_s);
    }

    void dropsTheAnswerWhenTheContextDies()
    {
        bool called = false;
        {
            QObject context;
            m_service->translate({u"Hello there"_s, u"en"_s, u"es"_s},
                                 &context,
                                 [&called](const Result<TranslationResult> &) { called = true; });
        }
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void worksWithoutCacheOrGlossary()
    {
        TranslationService bare(*m_engine, nullptr, nullptr);
        const auto a = Translator::translateBlocking(bare, {u"Hello there"_s, u"en"_s, u"es"_s});
        const auto b = Translator::translateBlocking(bare, {u"Hello there"_s, u"en"_s, u"es"_s});
        QVERIFY(a.ok() && b.ok());
        QVERIFY(!b->fromCache);
        QCOMPARE(m_engine->calls, 2);
    }
};

QTEST_GUILESS_MAIN(TestTranslationService)
#include "TestTranslationService.moc"
