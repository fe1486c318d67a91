#include "FakeHttpServer.h"
#include "TranslationTestUtil.h"
#include "core/language/translation/DeepLTranslator.h"
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
const QString Key = u"0123abcd-test-key:fx"_s;
}

class TestDeepLTranslator : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<TranslationHttpClient> m_http;
    MemorySecretProvider m_secrets;
    std::unique_ptr<DeepLTranslator> m_deepl;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_server = std::make_unique<FakeHttpServer>();
        QVERIFY(m_server->listen());
        m_http = std::make_unique<TranslationHttpClient>(singleAttemptPolicy(), nullptr);
        m_secrets = MemorySecretProvider({{DeepLTranslator::secretKey(), Key}});
        m_deepl = std::make_unique<DeepLTranslator>(*m_http, m_secrets, m_server->url());
    }

    void cleanup()
    {
        m_deepl.reset();
        m_http.reset();
        m_server.reset();
    }

    void sendsTheDocumentedRequestAndReadsTheAnswer()
    {
        m_server->enqueue(FakeHttpServer::json(200, fixture(u"deepl_translate.json"_s)));
        const QString masked = u"Hi María,\n\nWhere is order <x id=\"0\">113-4567890-1234567</x>? Tom &amp; Jerry\n"_s;
        const auto r = Translator::translateBlocking(*m_deepl, {masked, u"en"_s, u"es"_s});
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
        QCOMPARE(r->text,
                 u"Hola María,\n\n¿Dónde está el pedido <x id=\"0\">113-4567890-1234567</x>? Tom &amp; Jerry\n"_s);
        QCOMPARE(r->detectedSourceLang, u"en"_s);
        QCOMPARE(r->provider, u"deepl"_s);
        QVERIFY(!r->fromCache);

        QCOMPARE(m_server->received().size(), 1);
        const auto &req = m_server->received().first();
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.path, QByteArray("/v2/translate"));
        QCOMPARE(req.headers.value("authorization"), QString(u"DeepL-Auth-Key "_s + Key).toUtf8());
        QVERIFY(req.headers.value("content-type").startsWith("application/json"));
        const QJsonObject body = QJsonDocument::fromJson(req.body).object();
        QCOMPARE(body.value(u"text"_s).toArray().size(), 2); // one item per non-blank line
        QCOMPARE(body.value(u"text"_s).toArray().at(0).toString(), u"Hi María,"_s);
        QCOMPARE(body.value(u"target_lang"_s).toString(), u"ES"_s);
        QCOMPARE(body.value(u"source_lang"_s).toString(), u"EN"_s);
        QCOMPARE(body.value(u"tag_handling"_s).toString(), u"xml"_s);
        QCOMPARE(body.value(u"ignore_tags"_s).toArray(), QJsonArray{u"x"_s});
        QVERIFY(!req.query.hasQueryItem(u"auth_key"_s)); // the key travels in the header only
    }

    void omitsSourceLangToDetect()
    {
        m_server->enqueue(
            FakeHttpServer::json(200, R"({"translations": [{"detected_source_language": "DE", "text": "Hello"}]})"));
        const auto r = Translator::translateBlocking(*m_deepl, {u"Hallo"_s, QString(), u"en-GB"_s});
        QVERIFY(r.ok());
        QCOMPARE(r->detectedSourceLang, u"de"_s);
        const QJsonObject body = QJsonDocument::fromJson(m_server->received().first().body).object();
        QVERIFY(!body.contains(u"source_lang"_s));
        QCOMPARE(body.value(u"target_lang"_s).toString(), u"EN-GB"_s);
    }

    void mapsErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("fixtureName");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<TranslationFailure>("failure");
        QTest::addColumn<Error::Code>("code");
        QTest::addColumn<qint64>("retryAfterMs");
        QTest::newRow("456 quota exceeded")
            << 456 << u"deepl_error_quota.json"_s << QByteArray() << TranslationFailure::QuotaExceeded
            << Error::Code::Unavailable << qint64(-1);
        QTest::newRow("429 with Retry-After")
            << 429 << u"deepl_error_too_many.json"_s << QByteArray("30") << TranslationFailure::RateLimited
            << Error::Code::Unavailable << qint64(30000);
        QTest::newRow("529 high load") << 529 << u"deepl_error_too_many.json"_s << QByteArray()
                                       << TranslationFailure::RateLimited << Error::Code::Unavailable << qint64(-1);
        QTest::newRow("403 wrong key") << 403 << u"deepl_error_forbidden.json"_s << QByteArray()
                                       << TranslationFailure::AuthFailed << Error::Code::PermissionDenied << qint64(-1);
        QTest::newRow("400 unsupported target_lang")
            << 400 << u"deepl_error_target_lang.json"_s << QByteArray() << TranslationFailure::UnsupportedLanguage
            << Error::Code::InvalidArgument << qint64(-1);
        QTest::newRow("413 text too long") << 413 << QString() << QByteArray() << TranslationFailure::InvalidRequest
                                           << Error::Code::InvalidArgument << qint64(-1);
        QTest::newRow("503 unavailable") << 503 << QString() << QByteArray() << TranslationFailure::ServerError
                                         << Error::Code::Unavailable << qint64(-1);
        QTest::newRow("200 malformed JSON")
            << 200 << u"!{\"translations\": ["_s << QByteArray() << TranslationFailure::MalformedResponse
            << Error::Code::Parse << qint64(-1);
        QTest::newRow("200 translations not an array")
            << 200 << u"!{\"translations\": {}}"_s << QByteArray() << TranslationFailure::MalformedResponse
            << Error::Code::Parse << qint64(-1);
        QTest::newRow("200 fewer translations than texts")
            << 200 << u"!{\"translations\": []}"_s << QByteArray() << TranslationFailure::MalformedResponse
            << Error::Code::Parse << qint64(-1);
    }

    void mapsErrors()
    {
        QFETCH(int, status);
        QFETCH(QString, fixtureName);
        QFETCH(QByteArray, retryAfter);
        QFETCH(TranslationFailure, failure);
        QFETCH(Error::Code, code);
        QFETCH(qint64, retryAfterMs);
        // A name starting with '!' is an inline body.
        const QByteArray body = fixtureName.startsWith(u'!') ? fixtureName.mid(1).toUtf8()
            : fixtureName.isEmpty()                          ? QByteArray()
                                                             : fixture(fixtureName);
        QList<std::pair<QByteArray, QByteArray>> headers;
        if (!retryAfter.isEmpty())
            headers.append({"Retry-After", retryAfter});
        m_server->enqueue(FakeHttpServer::json(status, body, headers));
        const auto r = Translator::translateBlocking(*m_deepl, {u"Where is my order?"_s, u"en"_s, u"es"_s});
        QVERIFY(!r.ok());
        QCOMPARE(TranslationError::failure(r.error()), failure);
        QCOMPARE(r.error().code, code);
        QCOMPARE(TranslationError::retryAfterMs(r.error()), retryAfterMs);
        QVERIFY(!r.error().message.isEmpty());
        QVERIFY(!r.error().message.contains(Key) && !r.error().detail.contains(Key));
    }

    void timesOut()
    {
        m_server->setFallback([](const FakeHttpServer::Received &) {
            return FakeHttpServer::Reply{200, {}, {}, true};
        });
        const auto r = Translator::translateBlocking(*m_deepl, {u"Hello"_s, u"en"_s, u"de"_s});
        QVERIFY(!r.ok());
        QCOMPARE(TranslationError::failure(r.error()), TranslationFailure::Timeout);
    }

    void needsAKeyAndSendsNothingWithout()
    {
        MemorySecretProvider none;
        DeepLTranslator deepl(*m_http, none, m_server->url());
        const auto r = Translator::translateBlocking(deepl, {u"Hello"_s, u"en"_s, u"de"_s});
        QVERIFY(!r.ok());
        QCOMPARE(TranslationError::failure(r.error()), TranslationFailure::NotConfigured);
        QCOMPARE(m_server->received().size(), 0);
    }

    void choosesTheHostFromTheKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("host");
        QTest::newRow("free key") << u"abc-123:fx"_s << u"api-free.deepl.com"_s;
        QTest::newRow("pro key") << u"abc-123"_s << u"api.deepl.com"_s;
    }

    void choosesTheHostFromTheKey()
    {
        QFETCH(QString, key);
        QFETCH(QString, host);
        QCOMPARE(DeepLTranslator::baseUrlForKey(key).host(), host);
    }

    void languageCodes_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("source");
        QTest::newRow("en") << u"en"_s << u"EN-US"_s << u"EN"_s;
        QTest::newRow("en-GB") << u"en-GB"_s << u"EN-GB"_s << u"EN"_s;
        QTest::newRow("en_AU") << u"en_AU"_s << u"EN-GB"_s << u"EN"_s;
        QTest::newRow("pt") << u"pt"_s << u"PT-PT"_s << u"PT"_s;
        QTest::newRow("pt-BR") << u"pt-BR"_s << u"PT-BR"_s << u"PT"_s;
        QTest::newRow("zh") << u"zh"_s << u"ZH"_s << u"ZH"_s;
        QTest::newRow("zh-Hans") << u"zh-Hans"_s << u"ZH"_s << u"ZH"_s;
        QTest::newRow("zh-TW") << u"zh-TW"_s << u"ZH-HANT"_s << u"ZH"_s;
        QTest::newRow("no") << u"no"_s << u"NB"_s << u"NB"_s;
        QTest::newRow("de") << u"de"_s << u"DE"_s << u"DE"_s;
        QTest::newRow("empty") << QString() << QString() << QString();
    }

    void languageCodes()
    {
        QFETCH(QString, lang);
        QFETCH(QString, target);
        QFETCH(QString, source);
        QCOMPARE(DeepLTranslator::targetCode(lang), target);
        QCOMPARE(DeepLTranslator::sourceCode(lang), source);
    }
};

QTEST_GUILESS_MAIN(TestDeepLTranslator)
#include "TestDeepLTranslator.moc"
