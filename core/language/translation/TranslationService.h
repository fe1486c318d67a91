#pragma once

#include "core/language/translation/Translator.h"

#include <functional>

namespace hd {

class GlossaryRepository;
class TranslationCache;

/// What the app translates through: a provider plus span protection, the glossary and the cache.
///
/// For each request: the text is normalised (TranslationCache::normalize); an unknown source
/// language is guessed with the LanguageGuesser when the provider cannot detect it; the same
/// language in and out returns the text unchanged; order numbers, links, placeholders and glossary
/// terms are hidden (ProtectedText, in the provider's markup); the masked text is looked up in
/// the cache and only sent to the provider on a miss; the spans are put back (glossary
/// translations substituted) and a successful answer is cached. Any failure is an Error from
/// TranslationError and the caller keeps the original text. Not thread-safe: one per thread.
class TranslationService final : public Translator
{
public:
    struct Statistics
    {
        qint64 requests = 0; ///< translate() calls
        qint64 cacheHits = 0;
        qint64 cacheMisses = 0; ///< lookups that found nothing (each one calls the provider)
        qint64 providerCalls = 0;
        qint64 failures = 0;       ///< requests answered with an Error
        qint64 charactersSent = 0; ///< UTF-16 units sent to the provider (DeepL and Google bill by character)
    };

    /// Returns an ISO 639-1 code for a text, or "" (e.g. LanguageDetector::detect(text).language).
    using LanguageGuesser = std::function<QString(const QString &text)>;

    /// `provider` must outlive the service; `cache` and `glossary` may be null (not used).
    TranslationService(Translator &provider, const TranslationCache *cache, const GlossaryRepository *glossary);

    /// Used when a request has no source language and the provider cannot detect one (Apertium).
    void setLanguageGuesser(LanguageGuesser guesser) { m_guesser = std::move(guesser); }

    QString id() const override;
    QString displayName() const override;
    bool detectsSourceLanguage() const override;
    ProtectionMarkup markup() const override { return ProtectionMarkup::Tokens; }

    /// Takes plain text (not markup): the service applies the provider's markup itself.
    void translate(const TranslationRequest &request, QObject *context, TranslationCallback done) override;

    const Statistics &statistics() const { return m_stats; }
    void resetStatistics() { m_stats = {}; }

private:
    Translator &m_provider;
    const TranslationCache *m_cache;
    const GlossaryRepository *m_glossary;
    LanguageGuesser m_guesser;
    Statistics m_stats;
};

} // namespace hd
