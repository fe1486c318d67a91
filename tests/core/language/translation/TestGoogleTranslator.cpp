#include "FakeHttpServer.h"
#include "TranslationTestUtil.h"
#include "core/language/translation/GoogleTranslator.h"
#include "core/language/translation/SecretProvider.h"
#include "core/language/translation/TranslationError.h"
#include "core/language/translation/TranslationHttpClient.h"
#include "core/language/translation/TranslationService.h"

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
const QString Key = u"AIzaTESTKEY-0123456789"_s;
}

class TestGoogleTranslator : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<TranslationHttpClient> m_http;
    MemorySecretProvider m_secrets;
    std::unique_ptr<GoogleTranslator> m_google;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_server = std::make_unique<FakeHttpServer>();
        QVERIFY(m_server->listen());
        m_http = std::make_unique<TranslationHttpClient>(singleAttemptPolicy(), nullptr);
        m_secrets = MemorySecretProvider({{GoogleTranslator::secretKey(), Key}});
        m_google = std::make_unique<GoogleTranslator>(*m_http, m_secrets, m_server->url());
    }

    void cleanup()
    {
        m_google.reset();
        m_http.reset();
        m_server.reset();
    }

    void sendsTheDocumentedRequest()
    {
        m_server->enqueue(FakeHttpServer::json(200, fixture(u"google_translate.json"_s)));
        const auto r =
            Translator::translateBlocking(*m_google, {u"Hi María,\nWhere is my order?"_s, QString(), u"es"_s});
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
        QCOMPARE(r->detectedSourceLang, u"en"_s);
        QCOMPARE(r->provider, u"google"_s);
        QCOMPARE(m_server->received().size(), 1);
        const auto &req = m_server->received().first();
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.path, QByteArray("/language/translate/v2"));
        QCOMPARE(req.query.queryItemValue(u"key"_s), Key);
        const QJsonObject body = QJsonDocument::fromJson(req.body).object();
        QCOMPARE(body.value(u"q"_s).toArray(), (QJsonArray{u"Hi María,"_s, u"Where is my order?"_s}));
        QCOMPARE(body.value(u"target"_s).toString(), u"es"_s);
        QCOMPARE(body.value(u"format"_s).toString(), u"html"_s);
        QVERIFY(!body.contains(u"source"_s));
    }

    void tokensMarkupSendsPlainText()
    {
        GoogleTranslator plain(*m_http, m_secrets, m_server->url(), ProtectionMarkup::Tokens);
        m_server->enqueue(FakeHttpServer::json(200, R"({"data": {"translations": [{"translatedText": "Hallo"}]}})"));
        const auto r = Translator::translateBlocking(plain, {u"Hello"_s, u"en"_s, u"de"_s});
        QVERIFY(r.ok());
        QCOMPARE(r->text, u"Hallo"_s);
        const QJsonObject body = QJsonDocument::fromJson(m_server->received().first().body).object();
        QCOMPARE(body.value(u"format"_s).toString(), u"text"_s);
        QCOMPARE(body.value(u"source"_s).toString(), u"en"_s);
    }

    void protectedSpansSurviveTheHtmlRoundTrip()
    {
        // Through the service: spans become <span translate="no">, entities come back decoded.
        m_server->enqueue(FakeHttpServer::json(200, fixture(u"google_translate.json"_s)));
        TranslationService service(*m_google, nullptr, nullptr);
        const auto r = Translator::translateBlocking(
            service,
            {u"Hi María,\nWhere is my order 113-4567890-1234567? Tom & Jerry's"_s, QString(), u"es"_s});
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
        QCOMPARE(r->text, u"Hola María,\n¿Dónde está mi pedido 113-4567890-1234567? Tom & Jerry's"_s);
        const QJsonArray q =
            QJsonDocument::fromJson(m_server->received().first().body).object().value(u"q"_s).toArray();
        QCOMPARE(
            q.at(1).toString(),
            uR"(Where is my order <span translate="no" class="notranslate" id="hd0">113-4567890-1234567</span>? Tom &amp; Jerry's)"_s);
    }

    void mapsErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("fixtureName");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<TranslationFailure>("failure");
        QTest::addColumn<Error::Code>("code");
        QTest::newRow("400 API key not valid") << 400 << u"google_error_key_invalid.json"_s << QByteArray()
                                               << TranslationFailure::AuthFailed << Error::Code::PermissionDenied;
        QTest::newRow("403 missing key") << 403 << u"google_error_forbidden.json"_s << QByteArray()
                                         << TranslationFailure::AuthFailed << Error::Code::PermissionDenied;
        QTest::newRow("403 daily limit exceeded") << 403 << u"google_error_daily_limit.json"_s << QByteArray()
                                                  << TranslationFailure::QuotaExceeded << Error::Code::Unavailable;
        QTest::newRow("403 user rate limit exceeded") << 403 << u"google_error_user_rate.json"_s << QByteArray()
                                                      << TranslationFailure::RateLimited << Error::Code::Unavailable;
        QTest::newRow("429 resource exhausted with Retry-After")
            << 429 << u"google_error_resource_exhausted.json"_s << QByteArray("7") << TranslationFailure::RateLimited
            << Error::Code::Unavailable;
        QTest::newRow("400 invalid target") << 400 << u"google_error_invalid_target.json"_s << QByteArray()
                                            << TranslationFailure::UnsupportedLanguage << Error::Code::InvalidArgument;
        QTest::newRow("500 backend error")
            << 500 << QString() << QByteArray() << TranslationFailure::ServerError << Error::Code::Unavailable;
        QTest::newRow("200 malformed JSON")
            << 200 << u"!{\"data\": {"_s << QByteArray() << TranslationFailure::MalformedResponse << Error::Code::Parse;
        QTest::newRow("200 no translations") << 200 << u"!{\"data\": {}}"_s << QByteArray()
                                             << TranslationFailure::MalformedResponse << Error::Code::Parse;
    }

    void mapsErrors()
    {
        QFETCH(int, status);
        QFETCH(QString, fixtureName);
        QFETCH(QByteArray, retryAfter);
        QFETCH(TranslationFailure, failure);
        QFETCH(Error::Code, code);
        const QByteArray body = fixtureName.startsWith(u'!') ? fixtureName.mid(1).toUtf8()
            : fixtureName.isEmpty()                          ? QByteArray()
                                                             : fixture(fixtureName);
        QList<std::pair<QByteArray, QByteArray>> headers;
        if (!retryAfter.isEmpty())
            headers.append({"Retry-After", retryAfter});
        m_server->enqueue(FakeHttpServer::json(status, body, headers));
        const auto r = Translator::translateBlocking(*m_google, {u"Where is my order?"_s, u"en"_s, u"es"_s});
        QVERIFY(!r.ok());
        QCOMPARE(TranslationError::failure(r.error()), failure);
        QCOMPARE(r.error().code, code);
        if (!retryAfter.isEmpty())
            QCOMPARE(TranslationError::retryAfterMs(r.error()), retryAfter.toLongLong() * 1000);
        // The key is in the request URL: it must not leak into what is shown or logged.
        QVERIFY(!r.error().message.contains(Key) && !r.error().detail.contains(Key));
    }

    void timesOutWithoutLeakingTheKey()
    {
        m_server->setFallback([](const FakeHttpServer::Received &) {
            return FakeHttpServer::Reply{200, {}, {}, true};
        });
        const auto r = Translator::translateBlocking(*m_google, {u"Hello"_s, u"en"_s, u"de"_s});
        QVERIFY(!r.ok());
        QCOMPARE(TranslationError::failure(r.error()), TranslationFailure::Timeout);
        QVERIFY(!r.error().detail.contains(Key));
    }

    void needsAKey()
    {
        MemorySecretProvider none;
        GoogleTranslator google(*m_http, none, m_server->url());
        const auto r = Translator::translateBlocking(google, {u"Hello"_s, u"en"_s, u"de"_s});
        QVERIFY(!r.ok());
        QCOMPARE(TranslationError::failure(r.error()), TranslationFailure::NotConfigured);
        QCOMPARE(m_server->received().size(), 0);
    }

    void languageCodes_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("code");
        QTest::newRow("zh") << u"zh"_s << u"zh-CN"_s;
        QTest::newRow("zh-Hant") << u"zh-Hant"_s << u"zh-TW"_s;
        QTest::newRow("zh_HK") << u"zh_HK"_s << u"zh-TW"_s;
        QTest::newRow("pt-PT") << u"pt-PT"_s << u"pt-PT"_s;
        QTest::newRow("pt-BR") << u"pt-BR"_s << u"pt"_s;
        QTest::newRow("en-GB") << u"en-GB"_s << u"en"_s;
        QTest::newRow("JA") << u"JA"_s << u"ja"_s;
    }

    void languageCodes()
    {
        QFETCH(QString, lang);
        QFETCH(QString, code);
        QCOMPARE(GoogleTranslator::languageCode(lang), code);
    }
};

QTEST_GUILESS_MAIN(TestGoogleTranslator)
#include "TestGoogleTranslator.moc"
