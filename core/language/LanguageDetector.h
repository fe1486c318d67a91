#pragma once

#include "core/language/LanguageGuess.h"

#include <QString>

#include <memory>

namespace hd {

class NgramModel;
class ScriptProfile;

/// Detects the language of a buyer's message, offline.
///
/// Order of evidence: the text is cleaned of URLs, e-mail addresses, order/tracking numbers and
/// emoji (TextCleaner); the writing system decides where it alone can (kana → ja, Hangul → ko,
/// Han without kana → zh, Thai, Greek, Hebrew, Arabic/Persian/Urdu letters...); Latin and
/// Cyrillic text goes to a small embedded n-gram model (NgramModel) that separates the close
/// languages CLD2 confuses on short sentences (es/pt/gl, da/no/sv, nl/af, cs/sk, ru/sr/bg), with
/// CLD2 trusted for long text in a language the model does not know; other scripts go to CLD2.
///
/// Stateless after construction: detect() is const and safe to call from many threads at once.
/// Cost: a few µs per message (see docs/QUALITY.md); input beyond TextCleaner::MaxInputLength
/// characters is ignored.
class LanguageDetector final
{
public:
    /// Uses the n-gram model compiled into the library.
    LanguageDetector();
    /// Uses `model` instead (held-out evaluation of retrained tables).
    explicit LanguageDetector(std::shared_ptr<const NgramModel> model);
    ~LanguageDetector();
    LanguageDetector(const LanguageDetector &) = default;
    LanguageDetector &operator=(const LanguageDetector &) = default;

    /// Best guess for `text`. `reliable` is false when the text is too short or too ambiguous
    /// ("ok thanks", "👍", an order number): the language may then be a guess or empty.
    LanguageGuess detect(const QString &text) const;

    /// Like detect(text), but when the text is too short or ambiguous to decide on its own,
    /// returns `fallback` (the conversation's or customer's language) with reliable=false and
    /// method "fallback". An empty `fallback` behaves like detect(text).
    LanguageGuess detect(const QString &text, const QString &fallback) const;

    /// Texts with fewer letters than this are never reliable in Latin or Cyrillic script.
    static constexpr int MinReliableLetters = 12;
    /// Confidence below which an n-gram or CLD2 answer is not reliable.
    static constexpr double MinReliableConfidence = 0.80;

private:
    LanguageGuess detectAlphabetic(const QString &cleaned, const ScriptProfile &profile, bool cyrillic) const;

    std::shared_ptr<const NgramModel> m_model;
};

} // namespace hd
