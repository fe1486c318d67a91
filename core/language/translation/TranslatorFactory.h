#pragma once

#include "core/language/translation/Translator.h"

#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

namespace hd {

class SecretProvider;
class TranslationHttpClient;

/// The translation providers HarborDesk knows, stored in settings as stable strings.
enum class TranslationProvider { Apertium, LibreTranslate, DeepL, Google };

/// Builds a provider from settings (kind, base URL) for the CLI and the settings page.
class TranslatorFactory final
{
public:
    /// "apertium", "libretranslate", "deepl", "google".
    static QString toString(TranslationProvider provider);
    static std::optional<TranslationProvider> fromString(const QString &name);
    static QStringList names();

    /// The provider's default base URL (DeepL: chosen from the key, so empty here).
    static QUrl defaultBaseUrl(TranslationProvider provider);

    /// A new provider using `http` and `secrets` (both must outlive it). `baseUrl` empty → default.
    static std::unique_ptr<Translator> create(TranslationProvider provider,
                                              TranslationHttpClient &http,
                                              const SecretProvider &secrets,
                                              const QUrl &baseUrl = {});
};

} // namespace hd
