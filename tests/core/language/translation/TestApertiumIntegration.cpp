// Real Apertium APy on loopback: scripts/test.sh starts it and exports HARBORDESK_APY_URL
// (scripts/lib/services.sh, start_apy). With CI=true a missing variable fails the test.

#include "core/Workspace.h"
#include "core/common/Clock.h"
#include "core/language/translation/ApertiumTranslator.h"
#include "core/language/translation/GlossaryRepository.h"
#include "core/language/translation/TranslationCache.h"
#include "core/language/translation/TranslationError.h"
#include "core/language/translation/TranslationHttpClient.h"
#include "core/language/translation/TranslationService.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace hd;
using namespace Qt::StringLiterals;

class TestApertiumIntegration : public QObject
{
    Q_OBJECT

private:
    QUrl m_url;
    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<TranslationHttpClient> m_http;
    std::unique_ptr<ApertiumTranslator> m_apy;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<TranslationCache> m_cache;
    std::unique_ptr<GlossaryRepository> m_glossary;
    std::unique_ptr<TranslationService> m_service;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString url = qEnvironmentVariable("HARBORDESK_APY_URL");
        if (url.isEmpty()) {
            if (qEnvironmentVariable("CI") == "true"_L1)
                QFAIL("CI=true but HARBORDESK_APY_URL is not set: scripts/test.sh must start Apertium APy "
                      "(scripts/lib/services.sh start_apy)");
            QFAIL("HARBORDESK_APY_URL is not set: run scripts/test.sh, or start APy (scripts/lib/services.sh "
                  "start_apy) and export HARBORDESK_APY_URL=http://127.0.0.1:PORT; skip with ctest -LE integration");
        }
        m_url = QUrl(url);
        QVERIFY2(m_url.isValid() && !m_url.host().isEmpty(), qPrintable(u"HARBORDESK_APY_URL is not a URL: "_s + url));
    }

    void init()
    {
        m_http = std::make_unique<TranslationHttpClient>();
        m_apy = std::make_unique<ApertiumTranslator>(*m_http, m_url);
        QVERIFY(m_dir.isValid());
        auto ws =
            Workspace::open(m_dir.filePath(u"apy-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))),
                            m_clock);
        QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().detail));
        m_ws = std::move(ws).value();
        m_cache = std::make_unique<TranslationCache>(m_ws->database(), m_clock);
        m_glossary = std::make_unique<GlossaryRepository>(m_ws->database());
        m_service = std::make_unique<TranslationService>(*m_apy, m_cache.get(), m_glossary.get());
    }

    void cleanup()
    {
        m_service.reset();
        m_glossary.reset();
        m_cache.reset();
        m_ws.reset();
        m_apy.reset();
        m_http.reset();
    }

    void listsTheInstalledPairs()
    {
        std::optional<Result<QList<ApertiumTranslator::Pair>>> pairs;
        QObject context;
        m_apy->listPairs(&context,
                         [&pairs](Result<QList<ApertiumTranslator::Pair>> r) { pairs.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(pairs.has_value(), 30000);
        QVERIFY2(pairs->ok(), qPrintable(pairs->ok() ? QString() : pairs->error().detail));
        QVERIFY(pairs->value().contains(ApertiumTranslator::Pair{u"eng"_s, u"spa"_s}));
    }

    void translatesEnglishToSpanish()
    {
        QElapsedTimer timer;
        timer.start();
        const auto r = Translator::translateBlocking(*m_apy, {u"Where is my order?"_s, u"en"_s, u"es"_s}, 60000);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message + u" | "_s + r.error().detail));
        qInfo("APy eng->spa, first request (with /listPairs): %lld ms -> %s", timer.elapsed(), qPrintable(r->text));
        QCOMPARE(r->text, u"Dónde es mi orden?"_s); // what APy 0.11.7 + apertium-eng-spa answers (reference §7.4)
        QVERIFY(!r->text.contains(u'*'));           // markUnknown=no
    }

    void protectedSpansComeBackExactly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("spans");
        QTest::newRow("Amazon order mid-sentence")
            << u"Your order 113-4567890-1234567 has shipped."_s << QStringList{u"113-4567890-1234567"_s};
        QTest::newRow("order number first, adjective reordered")
            << u"113-4567890-1234567 is the red LL-LAMP-01 lamp you ordered."_s
            << QStringList{u"113-4567890-1234567"_s, u"LL-LAMP-01"_s};
        QTest::newRow("eBay order, tracking numbers, link and e-mail")
            << u"Hello Maria,\n\nyour eBay order 12-34567-89012 left today with tracking 1Z999AA10123456784 "
               "(China Post LX123456789CN). Track it at https://lumenloom.example/track?id=42&lang=es or write "
               "to help@lumenloom.example.\n\nBest regards,\n{{agent.first_name}}"_s
            << QStringList{u"12-34567-89012"_s,
                           u"1Z999AA10123456784"_s,
                           u"LX123456789CN"_s,
                           u"https://lumenloom.example/track?id=42&lang=es"_s,
                           u"help@lumenloom.example"_s,
                           u"{{agent.first_name}}"_s};
        QTest::newRow("adjacent order numbers and possessive")
            << u"Orders #1042, 200011223344556 and 113-4567890-1234567's refund are ready."_s
            << QStringList{u"#1042"_s, u"200011223344556"_s, u"113-4567890-1234567"_s};
    }

    void protectedSpansComeBackExactly()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, spans);
        const auto r = Translator::translateBlocking(*m_service, {text, u"en"_s, u"es"_s}, 60000);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message + u" | "_s + r.error().detail));
        qInfo("%s", qPrintable(r->text));
        for (const QString &span : spans)
            QVERIFY2(r->text.count(span) == text.count(span), qPrintable(span + u" not intact in: "_s + r->text));
        QVERIFY(r->text != text); // it was translated
        QCOMPARE(r->text.count(u'\n'), TranslationCache::normalize(text).count(u'\n'));
    }

    void glossaryAndCacheOnAWorkspace()
    {
        // APy turns "Lumen & Loom" into "Lumen & Telar" and "LL-LAMP-01" into "LL-LÁMPARA-01" unprotected.
        QVERIFY(m_glossary->save({0, u"Lumen & Loom"_s, {}, {}, {}, true}).ok());
        QVERIFY(m_glossary->save({0, u"throw blanket"_s, u"en"_s, u"es"_s, u"manta decorativa"_s, false}).ok());
        const QString text =
            u"Thank you for buying the throw blanket LL-LAMP-01 from Lumen & Loom, order 113-4567890-1234567."_s;
        QElapsedTimer timer;
        timer.start();
        const auto first = Translator::translateBlocking(*m_service, {text, u"en"_s, u"es"_s}, 60000);
        const qint64 missMs = timer.elapsed();
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().detail));
        QVERIFY(!first->fromCache);
        QVERIFY2(first->text.contains(u"Lumen & Loom"_s), qPrintable(first->text));
        QVERIFY2(first->text.contains(u"manta decorativa"_s), qPrintable(first->text));
        QVERIFY(first->text.contains(u"LL-LAMP-01"_s));
        QVERIFY(first->text.contains(u"113-4567890-1234567"_s));

        timer.restart();
        const auto second = Translator::translateBlocking(*m_service, {text, u"en"_s, u"es"_s}, 60000);
        const qint64 hitMs = timer.elapsed();
        QVERIFY(second.ok());
        QVERIFY(second->fromCache);
        QCOMPARE(second->text, first->text);
        QCOMPARE(m_service->statistics().cacheHits, 1);
        QCOMPARE(m_service->statistics().cacheMisses, 1);
        qInfo("service on SQLite: miss %lld ms (APy), hit %lld ms -> %s", missMs, hitMs, qPrintable(first->text));
    }

    void translatesSpanishToEnglish()
    {
        const auto r =
            Translator::translateBlocking(*m_service,
                                          {u"¿Dónde está mi pedido 113-4567890-1234567?"_s, u"es"_s, u"en"_s},
                                          60000);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
        QVERIFY(r->text.contains(u"113-4567890-1234567"_s));
        QVERIFY2(r->text.contains(u"order"_s, Qt::CaseInsensitive)
                     || r->text.contains(u"request"_s, Qt::CaseInsensitive),
                 qPrintable(r->text));
    }

    void refusesAPairThatIsNotInstalled()
    {
        const auto r = Translator::translateBlocking(*m_apy, {u"Where is my order?"_s, u"en"_s, u"ja"_s}, 60000);
        QVERIFY(!r.ok());
        QCOMPARE(TranslationError::failure(r.error()), TranslationFailure::UnsupportedLanguage);
    }
};

QTEST_GUILESS_MAIN(TestApertiumIntegration)
#include "TestApertiumIntegration.moc"
