#pragma once

#include "core/language/translation/Translator.h"

#include <QStringList>
#include <QUrl>

namespace hd {

class SecretProvider;
class TranslationHttpClient;

/// LibreTranslate (self-hosted Argos models, or a hosted instance with a key): POST {base}/translate
/// with JSON {"q": [lines…], "source": "en"|"auto", "target": "es", "format": "text", "api_key": "…"}
/// → {"translatedText": […], "detectedLanguage": {"language": "fr", "confidence": 90}} (arrays when
/// q is an array). Errors are {"error": "…"}: 400 (unsupported language, text too long), 403 (bad
/// key), 429 ("Slowdown"), 500. The key, when the instance wants one, is the secret
/// "translation/libretranslate/api_key". Detects the source language ("auto").
class LibreTranslateTranslator final : public Translator
{
public:
    static QString secretKey() { return QStringLiteral("translation/libretranslate/api_key"); }
    /// http://127.0.0.1:5000, LibreTranslate's default.
    static QUrl defaultBaseUrl();

    /// `secrets` may be null (an instance without keys).
    LibreTranslateTranslator(TranslationHttpClient &http, QUrl baseUrl, const SecretProvider *secrets = nullptr);

    QString id() const override { return QStringLiteral("libretranslate"); }
    QString displayName() const override { return QStringLiteral("LibreTranslate"); }
    bool detectsSourceLanguage() const override { return true; }
    ProtectionMarkup markup() const override { return ProtectionMarkup::Tokens; }

    void translate(const TranslationRequest &request, QObject *context, TranslationCallback done) override;

    /// "en-GB" → "en", "zh-Hant"/"zh-TW" → "zt" (LibreTranslate's Traditional Chinese), "" → "auto".
    static QString languageCode(const QString &lang, bool isSource);
    static QByteArray
    buildBody(const QStringList &texts, const QString &source, const QString &target, const QString &apiKey);
    struct Parsed
    {
        QStringList texts;
        QString detectedLanguage; ///< ISO 639-1, lower case; empty when not detected
    };
    /// Reads a response for `expected` texts, or returns the error its status and body mean.
    static Result<Parsed> parseResponse(int status,
                                        const QByteArray &body,
                                        qint64 retryAfterMs,
                                        qsizetype expected,
                                        const QString &source,
                                        const QString &target);

private:
    TranslationHttpClient &m_http;
    QUrl m_baseUrl;
    const SecretProvider *m_secrets;
};

} // namespace hd
