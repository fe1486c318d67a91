#pragma once

#include "core/language/translation/Translator.h"

#include <QStringList>
#include <QUrl>

namespace hd {

class SecretProvider;
class TranslationHttpClient;

/// Google Cloud Translation v2 (Basic): POST {base}/language/translate/v2?key=<key> with JSON
/// {"q": [lines…], "target": "es", "source": "en" (optional: detect), "format": "html"|"text"}
/// → {"data": {"translations": [{"translatedText": "…", "detectedSourceLanguage": "en"}]}}.
/// By default spans are protected as <span translate="no"> (format=html, Google's documented
/// way to keep text untranslated; entities are decoded on the way back); with Tokens markup it
/// sends format=text. The key is the secret "translation/google/api_key" and only ever travels
/// in the query. Errors are {"error": {"code", "message", "errors": [{"reason"}], "status"}}:
/// 403 dailyLimitExceeded/quotaExceeded → quota, 403 userRateLimitExceeded or 429 → rate limited,
/// 400 "API key not valid"/401/403 → auth, 400 invalid language → unsupported.
class GoogleTranslator final : public Translator
{
public:
    static QString secretKey() { return QStringLiteral("translation/google/api_key"); }
    /// https://translation.googleapis.com
    static QUrl defaultBaseUrl();

    GoogleTranslator(TranslationHttpClient &http,
                     const SecretProvider &secrets,
                     QUrl baseUrl = defaultBaseUrl(),
                     ProtectionMarkup markup = ProtectionMarkup::HtmlSpans);

    QString id() const override { return QStringLiteral("google"); }
    QString displayName() const override { return QStringLiteral("Google Translate"); }
    bool detectsSourceLanguage() const override { return true; }
    ProtectionMarkup markup() const override { return m_markup; }

    void translate(const TranslationRequest &request, QObject *context, TranslationCallback done) override;

    /// Google's codes: "zh"/"zh-Hans"/"zh-CN" → "zh-CN", "zh-Hant"/"zh-TW"/"zh-HK" → "zh-TW",
    /// "pt-PT" kept, others their primary subtag ("en-GB" → "en").
    static QString languageCode(const QString &lang);
    static QByteArray buildBody(const QStringList &texts, const QString &source, const QString &target, bool html);
    struct Parsed
    {
        QStringList texts;
        QString detectedLanguage; ///< primary subtag, lower case
    };
    static Result<Parsed> parseResponse(int status,
                                        const QByteArray &body,
                                        qint64 retryAfterMs,
                                        qsizetype expected,
                                        const QString &source,
                                        const QString &target);

private:
    TranslationHttpClient &m_http;
    const SecretProvider &m_secrets;
    QUrl m_baseUrl;
    ProtectionMarkup m_markup;
};

} // namespace hd
