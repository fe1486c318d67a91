#include "FakeHttpServer.h"
#include "TranslationTestUtil.h"
#include "core/language/translation/LibreTranslateTranslator.h"
#include "core/language/translation/SecretProvider.h"
#include "core/language/translation/TranslationError.h"
#include "core/language/translation/TranslationHttpClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(hd::TranslationFailure)
Q_DECLARE_METATYPE(hd::Error::Code)

namespace {
const QString Key = u"lt-test-key-42"_s;
}

class TestLibreTranslateTranslator : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<TranslationHttpClient> m_http;
    MemorySecretProvider m_secrets;
    std::unique_ptr<LibreTranslateTranslator> m_libre;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_server = std::make_unique<FakeHttpServer>();
        QVERIFY(m_server->listen());
        m_http = std::make_unique<TranslationHttpClient>(singleAttemptPolicy(), nullptr);
        m_secrets = MemorySecretProvider({{LibreTranslateTranslator::secretKey(), Key}});
        m_libre = std::make_unique<LibreTranslateTranslator>(*m_http, m_server->url(), &m_secrets);
    }

    void cleanup()
    {
        m_libre.reset();
        m_http.reset();
        m_server.reset();
    }

    void sendsTheDocumentedRequest()
    {
        m_server->enqueue(FakeHttpServer::json(200, fixture(u"libretranslate_translate.json"_s)));
        const auto r =
            Translator::translateBlocking(*m_libre, {u"Hi María!\n\nWhere is my order __0__?"_s, QString(), u"es"_s});
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
        QCOMPARE(r->text, u"¡Hola María!\n\n¿Dónde está mi pedido __0__?"_s);
        QCOMPARE(r->detectedSourceLang, u"en"_s);
        QCOMPARE(r->provider, u"libretranslate"_s);
        const auto &req = m_server->received().first();
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.path, QByteArray("/translate"));
        const QJsonObject body = QJsonDocument::fromJson(req.body).object();
        QCOMPARE(body.value(u"q"_s).toArray().size(), 2);
        QCOMPARE(body.value(u"source"_s).toString(), u"auto"_s);
        QCOMPARE(body.value(u"target"_s).toString(), u"es"_s);
        QCOMPARE(body.value(u"format"_s).toString(), u"text"_s);
        QCOMPARE(body.value(u"api_key"_s).toString(), Key);
    }

    void readsASingleStringAnswer()
    {
        m_server->enqueue(FakeHttpServer::json(200, fixture(u"libretranslate_translate_single.json"_s)));
        const auto r = Translator::translateBlocking(*m_libre, {u"Bonjour !"_s, QString(), u"es"_s});
        QVERIFY(r.ok());
        QCOMPARE(r->text, u"¡Hola!"_s);
        QCOMPARE(r->detectedSourceLang, u"fr"_s);
    }

    void sendsNoKeyWhenNoneIsStored()
    {
        LibreTranslateTranslator open(*m_http, m_server->url());
        m_server->enqueue(FakeHttpServer::json(200, fixture(u"libretranslate_translate_single.json"_s)));
        QVERIFY(Translator::translateBlocking(open, {u"Bonjour"_s, u"fr"_s, u"es"_s}).ok());
        const QJsonObject body = QJsonDocument::fromJson(m_server->received().first().body).object();
        QVERIFY(!body.contains(u"api_key"_s));
        QCOMPARE(body.value(u"source"_s).toString(), u"fr"_s);
    }

    void mapsErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("fixtureName");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<TranslationFailure>("failure");
        QTest::addColumn<Error::Code>("code");
        QTest::newRow("400 language not supported")
            << 400 << u"libretranslate_error_unsupported.json"_s << QByteArray()
            << TranslationFailure::UnsupportedLanguage << Error::Code::InvalidArgument;
        QTest::newRow("400 over the character limit")
            << 400 << u"libretranslate_error_char_limit.json"_s << QByteArray() << TranslationFailure::InvalidRequest
            << Error::Code::InvalidArgument;
        QTest::newRow("403 invalid API key") << 403 << u"libretranslate_error_api_key.json"_s << QByteArray()
                                             << TranslationFailure::AuthFailed << Error::Code::PermissionDenied;
        QTest::newRow("429 slowdown with Retry-After")
            << 429 << u"libretranslate_error_slowdown.json"_s << QByteArray("60") << TranslationFailure::RateLimited
            << Error::Code::Unavailable;
        QTest::newRow("500 server error") << 500 << u"!{\"error\": \"boom\"}"_s << QByteArray()
                                          << TranslationFailure::ServerError << Error::Code::Unavailable;
        QTest::newRow("200 malformed JSON") << 200 << u"!{\"translatedText\": "_s << QByteArray()
                                            << TranslationFailure::MalformedResponse << Error::Code::Parse;
        QTest::newRow("200 wrong item count") << 200 << u"!{\"translatedText\": [\"a\", \"b\"]}"_s << QByteArray()
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
        m_server->enqueue(FakeHttpServer::json(status, body, headers));
        const auto r = Translator::translateBlocking(*m_libre, {u"Where is my order?"_s, u"en"_s, u"xx"_s});
        QVERIFY(!r.ok());
        QCOMPARE(TranslationError::failure(r.error()), failure);
        QCOMPARE(r.error().code, code);
        if (!retryAfter.isEmpty())
            QCOMPARE(TranslationError::retryAfterMs(r.error()), retryAfter.toLongLong() * 1000);
        QVERIFY(!r.error().detail.contains(Key));
    }

    void timesOut()
    {
        m_server->setFallback([](const FakeHttpServer::Received &) {
            return FakeHttpServer::Reply{200, {}, {}, true};
        });
        const auto r = Translator::translateBlocking(*m_libre, {u"Hello"_s, u"en"_s, u"de"_s});
        QVERIFY(!r.ok());
        QCOMPARE(TranslationError::failure(r.error()), TranslationFailure::Timeout);
    }

    void languageCodes_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<bool>("isSource");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty source is auto") << QString() << true << u"auto"_s;
        QTest::newRow("region dropped") << u"en-GB"_s << false << u"en"_s;
        QTest::newRow("traditional Chinese") << u"zh-Hant"_s << false << u"zt"_s;
        QTest::newRow("simplified Chinese") << u"zh-CN"_s << false << u"zh"_s;
    }

    void languageCodes()
    {
        QFETCH(QString, lang);
        QFETCH(bool, isSource);
        QFETCH(QString, code);
        QCOMPARE(LibreTranslateTranslator::languageCode(lang, isSource), code);
    }
};

QTEST_GUILESS_MAIN(TestLibreTranslateTranslator)
#include "TestLibreTranslateTranslator.moc"
