#pragma once

#include "core/language/translation/Translator.h"

#include <QStringList>
#include <QUrl>

namespace hd {

class SecretProvider;
class TranslationHttpClient;

/// DeepL API v2: POST {base}/v2/translate, header "Authorization: DeepL-Auth-Key <key>", JSON
/// {"text": [lines…], "target_lang": "EN-GB", "source_lang": "DE", "tag_handling": "xml",
/// "ignore_tags": ["x"]} → {"translations": [{"detected_source_language": "DE", "text": "…"}]}.
/// Spans are protected as <x id="n">…</x>, which ignore_tags keeps verbatim. The key is the secret
/// "translation/deepl/api_key"; Free keys (ending ":fx") go to api-free.deepl.com, others to
/// api.deepl.com, unless a base URL is given. Errors: 456 quota exceeded, 429 (and 529) too many
/// requests, 403 bad key, 400 bad parameter or unsupported language, 413 text too long.
class DeepLTranslator final : public Translator
{
public:
    static QString secretKey() { return QStringLiteral("translation/deepl/api_key"); }
    static QUrl freeBaseUrl();
    static QUrl proBaseUrl();
    /// api-free.deepl.com for a Free key (":fx"), api.deepl.com otherwise.
    static QUrl baseUrlForKey(const QString &key);

    /// `baseUrl` empty: chosen from the key on each request.
    DeepLTranslator(TranslationHttpClient &http, const SecretProvider &secrets, QUrl baseUrl = {});

    QString id() const override { return QStringLiteral("deepl"); }
    QString displayName() const override { return QStringLiteral("DeepL"); }
    bool detectsSourceLanguage() const override { return true; }
    ProtectionMarkup markup() const override { return ProtectionMarkup::XmlTags; }

    void translate(const TranslationRequest &request, QObject *context, TranslationCallback done) override;

    /// DeepL target codes: "en" → "EN-US", "en-GB" → "EN-GB", "pt" → "PT-PT", "pt-BR" → "PT-BR",
    /// "zh"/"zh-CN"/"zh-Hans" → "ZH", "zh-TW"/"zh-Hant" → "ZH-HANT", "no" → "NB", else upper case.
    static QString targetCode(const QString &lang);
    /// DeepL source codes have no variant: "en-GB" → "EN", "no" → "NB"; "" → "" (detect).
    static QString sourceCode(const QString &lang);
    static QByteArray buildBody(const QStringList &texts, const QString &source, const QString &target);
    struct Parsed
    {
        QStringList texts;
        QString detectedLanguage; ///< lower case ("de")
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
};

} // namespace hd
