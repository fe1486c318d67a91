#include "core/language/translation/TranslationError.h"

#include <QStandardPaths>
#include <QTest>

using namespace hd;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(hd::TranslationFailure)
Q_DECLARE_METATYPE(hd::Error::Code)

class TestTranslationError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void buildsReadableErrors_data()
    {
        QTest::addColumn<TranslationFailure>("failure");
        QTest::addColumn<Error::Code>("code");
        QTest::addColumn<QString>("name");
        QTest::newRow("quota") << TranslationFailure::QuotaExceeded << Error::Code::Unavailable << u"quota_exceeded"_s;
        QTest::newRow("rate limit") << TranslationFailure::RateLimited << Error::Code::Unavailable << u"rate_limited"_s;
        QTest::newRow("auth") << TranslationFailure::AuthFailed << Error::Code::PermissionDenied << u"auth_failed"_s;
        QTest::newRow("no key") << TranslationFailure::NotConfigured << Error::Code::InvalidArgument
                                << u"not_configured"_s;
        QTest::newRow("pair") << TranslationFailure::UnsupportedLanguage << Error::Code::InvalidArgument
                              << u"unsupported_language"_s;
        QTest::newRow("bad request") << TranslationFailure::InvalidRequest << Error::Code::InvalidArgument
                                     << u"invalid_request"_s;
        QTest::newRow("network") << TranslationFailure::Network << Error::Code::Network << u"network"_s;
        QTest::newRow("timeout") << TranslationFailure::Timeout << Error::Code::Network << u"timeout"_s;
        QTest::newRow("server") << TranslationFailure::ServerError << Error::Code::Unavailable << u"server_error"_s;
        QTest::newRow("malformed") << TranslationFailure::MalformedResponse << Error::Code::Parse
                                   << u"malformed_response"_s;
        QTest::newRow("protection") << TranslationFailure::ProtectionLost << Error::Code::Parse << u"protection_lost"_s;
    }

    void buildsReadableErrors()
    {
        QFETCH(TranslationFailure, failure);
        QFETCH(Error::Code, code);
        QFETCH(QString, name);
        const Error e = TranslationError::make(failure, u"DeepL"_s, u"HTTP 418: teapot"_s);
        QCOMPARE(e.code, code);
        QCOMPARE(TranslationError::failure(e), failure);
        QCOMPARE(TranslationError::toString(failure), name);
        QCOMPARE(TranslationError::fromString(name), failure);
        QVERIFY(!e.message.isEmpty());
        QVERIFY(!e.message.contains(u"HTTP"_s)); // technical detail stays in the detail
        QVERIFY(e.detail.contains(u"HTTP 418: teapot"_s));
        QCOMPARE(TranslationError::retryAfterMs(e), -1);
    }

    void carriesRetryAfter()
    {
        const Error e = TranslationError::make(TranslationFailure::RateLimited, u"DeepL"_s, u"HTTP 429"_s, 30'000);
        QCOMPARE(TranslationError::retryAfterMs(e), 30'000);
        QVERIFY(e.message.contains(u"30 s"_s));
    }

    void ignoresOtherErrors()
    {
        const Error e =
            Error::make(Error::Code::Database, u"x"_s, u"[translation:quota_exceeded] not at the start"_s.mid(1));
        QVERIFY(!TranslationError::failure(e).has_value());
    }

    void statusMeanings_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<TranslationFailure>("failure");
        QTest::newRow("400") << 400 << TranslationFailure::InvalidRequest;
        QTest::newRow("401") << 401 << TranslationFailure::AuthFailed;
        QTest::newRow("403") << 403 << TranslationFailure::AuthFailed;
        QTest::newRow("404") << 404 << TranslationFailure::Network;
        QTest::newRow("408") << 408 << TranslationFailure::Timeout;
        QTest::newRow("413") << 413 << TranslationFailure::InvalidRequest;
        QTest::newRow("429") << 429 << TranslationFailure::RateLimited;
        QTest::newRow("456") << 456 << TranslationFailure::QuotaExceeded;
        QTest::newRow("500") << 500 << TranslationFailure::ServerError;
        QTest::newRow("504") << 504 << TranslationFailure::Timeout;
    }

    void statusMeanings()
    {
        QFETCH(int, status);
        QFETCH(TranslationFailure, failure);
        QCOMPARE(TranslationError::failureForStatus(status), failure);
    }
};

QTEST_GUILESS_MAIN(TestTranslationError)
#include "TestTranslationError.moc"
