#include "FakeHttpServer.h"
#include "TranslationTestUtil.h"
#include "core/language/translation/ApertiumTranslator.h"
#include "core/language/translation/TranslationError.h"
#include "core/language/translation/TranslationHttpClient.h"

#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(hd::TranslationFailure)
Q_DECLARE_METATYPE(hd::Error::Code)

class TestApertiumTranslator : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<TranslationHttpClient> m_http;
    std::unique_ptr<ApertiumTranslator> m_apy;

    // Answers /listPairs from the recorded fixture and queues nothing else.
    void serveListPairs()
    {
        m_server->setFallback([](const FakeHttpServer::Received &r) {
            if (r.path == "/apy/listPairs")
                return FakeHttpServer::json(200, fixture(u"apertium_listPairs.json"_s));
            return FakeHttpServer::json(500, R"({"status": "error", "code": 500})");
        });
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_server = std::make_unique<FakeHttpServer>();
        QVERIFY(m_server->listen());
        m_http = std::make_unique<TranslationHttpClient>(singleAttemptPolicy(), nullptr);
        QUrl base = m_server->url();
        base.setPath(u"/apy/"_s); // a path prefix, as behind a reverse proxy
        m_apy = std::make_unique<ApertiumTranslator>(*m_http, base);
    }

    void cleanup()
    {
        m_apy.reset();
        m_http.reset();
        m_server.reset();
    }

    void listsPairsThenTranslates()
    {
        m_server->enqueue(FakeHttpServer::json(200, fixture(u"apertium_listPairs.json"_s)));
        m_server->enqueue(FakeHttpServer::json(200, fixture(u"apertium_translate.json"_s)));
        const auto r =
            Translator::translateBlocking(*m_apy, {u"Where is my order __0__? 1+1 & more"_s, u"en"_s, u"es"_s});
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
        QCOMPARE(r->text, u"Dónde es mi orden __0__?"_s);
        QCOMPARE(r->provider, u"apertium"_s);
        QVERIFY(r->detectedSourceLang.isEmpty());

        QCOMPARE(m_server->received().size(), 2);
        QCOMPARE(m_server->received().at(0).method, QByteArray("GET"));
        QCOMPARE(m_server->received().at(0).path, QByteArray("/apy/listPairs"));
        const auto &post = m_server->received().at(1);
        QCOMPARE(post.method, QByteArray("POST"));
        QCOMPARE(post.path, QByteArray("/apy/translate"));
        QCOMPARE(post.headers.value("content-type"), QByteArray("application/x-www-form-urlencoded"));
        const QUrlQuery form(QString::fromUtf8(post.body));
        QCOMPARE(form.queryItemValue(u"langpair"_s, QUrl::FullyDecoded), u"eng|spa"_s);
        QCOMPARE(form.queryItemValue(u"q"_s, QUrl::FullyDecoded), u"Where is my order __0__? 1+1 & more"_s);
        QCOMPARE(form.queryItemValue(u"markUnknown"_s), u"no"_s);
        QVERIFY(post.body.contains("1%2B1")); // '+' encoded, or APy would read a space

        // The pairs are remembered: the next request goes straight to /translate.
        m_server->enqueue(FakeHttpServer::json(200, fixture(u"apertium_translate.json"_s)));
        QVERIFY(Translator::translateBlocking(*m_apy, {u"Again"_s, u"en"_s, u"es"_s}).ok());
        QCOMPARE(m_server->received().size(), 3);
        QCOMPARE(m_server->received().at(2).path, QByteArray("/apy/translate"));
    }

    void prefersAnInstalledVariant()
    {
        m_server->enqueue(FakeHttpServer::json(200, fixture(u"apertium_listPairs.json"_s)));
        m_server->enqueue(
            FakeHttpServer::json(200, R"({"responseData": {"translatedText": "Color"}, "responseStatus": 200})"));
        QVERIFY(Translator::translateBlocking(*m_apy, {u"Color"_s, u"es"_s, u"en-US"_s}).ok());
        const QUrlQuery form(QString::fromUtf8(m_server->received().at(1).body));
        QCOMPARE(form.queryItemValue(u"langpair"_s, QUrl::FullyDecoded), u"spa|eng_US"_s);
    }

    void refusesAPairThatIsNotListed_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("target");
        QTest::newRow("English to Japanese not installed") << u"en"_s << u"ja"_s;
        QTest::newRow("unknown code") << u"en"_s << u"xx"_s;
    }

    void refusesAPairThatIsNotListed()
    {
        QFETCH(QString, source);
        QFETCH(QString, target);
        serveListPairs();
        const auto r = Translator::translateBlocking(*m_apy, {u"Hello"_s, source, target});
        QVERIFY(!r.ok());
        QCOMPARE(TranslationError::failure(r.error()), TranslationFailure::UnsupportedLanguage);
        for (const auto &req : m_server->received())
            QCOMPARE(req.path, QByteArray("/apy/listPairs")); // never asked to translate
    }

    void needsASourceLanguage()
    {
        const auto r = Translator::translateBlocking(*m_apy, {u"Hello"_s, QString(), u"es"_s});
        QVERIFY(!r.ok());
        QCOMPARE(TranslationError::failure(r.error()), TranslationFailure::UnsupportedLanguage);
        QVERIFY(r.error().message.contains(u"Apertium"_s));
        QCOMPARE(m_server->received().size(), 0);
    }

    void mapsErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("fixtureName");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<TranslationFailure>("failure");
        QTest::addColumn<Error::Code>("code");
        QTest::newRow("400 pair not installed")
            << 400 << u"apertium_pair_not_installed.json"_s << QByteArray() << TranslationFailure::UnsupportedLanguage
            << Error::Code::InvalidArgument;
        QTest::newRow("400 missing q") << 400 << u"apertium_missing_q.json"_s << QByteArray()
                                       << TranslationFailure::InvalidRequest << Error::Code::InvalidArgument;
        QTest::newRow("429 behind a rate-limiting proxy")
            << 429 << u"!{}"_s << QByteArray("12") << TranslationFailure::RateLimited << Error::Code::Unavailable;
        QTest::newRow("403 behind an authenticating proxy")
            << 403 << u"!{}"_s << QByteArray() << TranslationFailure::AuthFailed << Error::Code::PermissionDenied;
        QTest::newRow("503 overloaded") << 503 << u"!{}"_s << QByteArray() << TranslationFailure::ServerError
                                        << Error::Code::Unavailable;
        QTest::newRow("200 malformed JSON") << 200 << u"!{\"responseData\": "_s << QByteArray()
                                            << TranslationFailure::MalformedResponse << Error::Code::Parse;
        QTest::newRow("200 JSONP instead of JSON")
            << 200 << u"!cb({\"responseData\": {\"translatedText\": \"x\"}})"_s << QByteArray()
            << TranslationFailure::MalformedResponse << Error::Code::Parse;
        QTest::newRow("200 without translatedText")
            << 200 << u"!{\"responseData\": {}, \"responseStatus\": 200}"_s << QByteArray()
            << TranslationFailure::MalformedResponse << Error::Code::Parse;
    }

    void mapsErrors()
    {
        QFETCH(int, status);
        QFETCH(QString, fixtureName);
        QFETCH(QByteArray, retryAfter);
        QFETCH(TranslationFailure, failure);
        QFETCH(Error::Code, code);
        const QByteArray body = fixtureName.startsWith(u'!') ? fixtureName.mid(1).toUtf8() : fixture(fixtureName);
        QList<std::pair<QByteArray, QByteArray>> headers;
        if (!retryAfter.isEmpty())
            headers.append({"Retry-After", retryAfter});
        m_server->enqueue(FakeHttpServer::json(200, fixture(u"apertium_listPairs.json"_s)));
        m_server->enqueue(FakeHttpServer::json(status, body, headers));
        const auto r = Translator::translateBlocking(*m_apy, {u"Where is my order?"_s, u"en"_s, u"es"_s});
        QVERIFY(!r.ok());
        QCOMPARE(TranslationError::failure(r.error()), failure);
        QCOMPARE(r.error().code, code);
        if (!retryAfter.isEmpty())
            QCOMPARE(TranslationError::retryAfterMs(r.error()), retryAfter.toLongLong() * 1000);
    }

    void translatesWhenListPairsIsUnavailable()
    {
        m_server->enqueue(FakeHttpServer::json(404, "Not Found"));
        m_server->enqueue(FakeHttpServer::json(200, fixture(u"apertium_translate.json"_s)));
        const auto r = Translator::translateBlocking(*m_apy, {u"Where is my order?"_s, u"en"_s, u"es"_s});
        QVERIFY(r.ok());
        QCOMPARE(QUrlQuery(QString::fromUtf8(m_server->received().at(1).body))
                     .queryItemValue(u"langpair"_s, QUrl::FullyDecoded),
                 u"eng|spa"_s);
    }

    void timesOut()
    {
        m_server->setFallback([](const FakeHttpServer::Received &) {
            return FakeHttpServer::Reply{200, {}, {}, true};
        });
        const auto r = Translator::translateBlocking(*m_apy, {u"Hello"_s, u"en"_s, u"es"_s});
        QVERIFY(!r.ok());
        QCOMPARE(TranslationError::failure(r.error()), TranslationFailure::Timeout);
    }

    void parsesPairs()
    {
        const auto pairs = ApertiumTranslator::parsePairs(200, fixture(u"apertium_listPairs.json"_s));
        QVERIFY(pairs.ok());
        QCOMPARE(pairs->size(), 3);
        QVERIFY(pairs->contains(ApertiumTranslator::Pair{u"eng"_s, u"spa"_s}));
        QVERIFY(pairs->contains(ApertiumTranslator::Pair{u"spa"_s, u"eng_US"_s}));
    }
};

QTEST_GUILESS_MAIN(TestApertiumTranslator)
#include "TestApertiumTranslator.moc"
