#pragma once

#include <QString>

namespace hd {

/// One text to translate. Language codes are ISO 639-1, optionally with a region or script
/// ("en", "en-GB", "pt-BR", "zh-Hant"); each provider maps them to its own codes.
struct TranslationRequest
{
    QString text;
    QString sourceLang; ///< empty: let the provider detect it (where it can; Apertium cannot)
    QString targetLang;
};

} // namespace hd
