#include "core/language/translation/TranslatorFactory.h"

#include "core/language/translation/ApertiumTranslator.h"
#include "core/language/translation/DeepLTranslator.h"
#include "core/language/translation/GoogleTranslator.h"
#include "core/language/translation/LibreTranslateTranslator.h"

namespace hd {
using namespace Qt::StringLiterals;

QString TranslatorFactory::toString(TranslationProvider provider)
{
    switch (provider) {
    case TranslationProvider::Apertium: return u"apertium"_s;
    case TranslationProvider::LibreTranslate: return u"libretranslate"_s;
    case TranslationProvider::DeepL: return u"deepl"_s;
    case TranslationProvider::Google: return u"google"_s;
    }
    return {};
}

std::optional<TranslationProvider> TranslatorFactory::fromString(const QString &name)
{
    for (const auto p : {TranslationProvider::Apertium,
                         TranslationProvider::LibreTranslate,
                         TranslationProvider::DeepL,
                         TranslationProvider::Google})
        if (name.trimmed().compare(toString(p), Qt::CaseInsensitive) == 0)
            return p;
    return std::nullopt;
}

QStringList TranslatorFactory::names()
{
    return {u"apertium"_s, u"libretranslate"_s, u"deepl"_s, u"google"_s};
}

QUrl TranslatorFactory::defaultBaseUrl(TranslationProvider provider)
{
    switch (provider) {
    case TranslationProvider::Apertium: return ApertiumTranslator::defaultBaseUrl();
    case TranslationProvider::LibreTranslate: return LibreTranslateTranslator::defaultBaseUrl();
    case TranslationProvider::DeepL: return {};
    case TranslationProvider::Google: return GoogleTranslator::defaultBaseUrl();
    }
    return {};
}

std::unique_ptr<Translator> TranslatorFactory::create(TranslationProvider provider,
                                                      TranslationHttpClient &http,
                                                      const SecretProvider &secrets,
                                                      const QUrl &baseUrl)
{
    const QUrl url = baseUrl.isEmpty() ? defaultBaseUrl(provider) : baseUrl;
    switch (provider) {
    case TranslationProvider::Apertium: return std::make_unique<ApertiumTranslator>(http, url);
    case TranslationProvider::LibreTranslate: return std::make_unique<LibreTranslateTranslator>(http, url, &secrets);
    case TranslationProvider::DeepL: return std::make_unique<DeepLTranslator>(http, secrets, url);
    case TranslationProvider::Google: return std::make_unique<GoogleTranslator>(http, secrets, url);
    }
    return {};
}

} // namespace hd
