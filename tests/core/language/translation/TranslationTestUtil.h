#pragma once

// Shared by the translation tests: recorded API answers (fixtures/) and a fast, retry-free policy.

#include "core/language/translation/TranslationHttpClient.h"

#include <QFile>
#include <QTest>

namespace hd::test {

/// The bytes of fixtures/<name>; fails the test when the file is missing.
inline QByteArray fixture(const QString &name)
{
    const QString path = QFINDTESTDATA(QStringLiteral("fixtures/") + name);
    QFile f(path);
    if (path.isEmpty() || !f.open(QIODevice::ReadOnly)) {
        QTest::qFail(qPrintable(QStringLiteral("missing fixture ") + name), __FILE__, __LINE__);
        return {};
    }
    return f.readAll().trimmed();
}

/// One attempt, short timeout: error tables see each status as the provider maps it.
inline TranslationHttpClient::Policy singleAttemptPolicy()
{
    TranslationHttpClient::Policy p;
    p.maxAttempts = 1;
    p.baseBackoffMs = 10;
    p.maxBackoffMs = 20;
    p.maxRetryAfterMs = 0;
    p.transferTimeoutMs = 400;
    return p;
}

} // namespace hd::test
