#pragma once

#include <QString>

namespace hd {

/// A finished translation.
struct TranslationResult
{
    QString text;
    QString detectedSourceLang; ///< ISO 639-1, lower case ("de"); empty when the provider did not say
    QString provider;           ///< Translator::id() of the engine that produced it ("apertium", "deepl")
    bool fromCache = false;     ///< served from the workspace's translation cache, no request sent
};

} // namespace hd
