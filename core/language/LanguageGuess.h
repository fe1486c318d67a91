#pragma once

#include <QString>

namespace hd {

/// What LanguageDetector thinks a text is written in.
struct LanguageGuess
{
    /// ISO 639-1 code ("en", "zh", "ja"); both Simplified and Traditional Chinese are "zh".
    /// Empty when unknown (no letters at all and no fallback).
    QString language;
    /// 0..1: how sure the detector is of `language`.
    double confidence = 0.0;
    /// False when the text is too short or too ambiguous to trust on its own.
    bool reliable = false;
    /// How the answer was reached, for explanations and logs: "script" (decided by the writing
    /// system, e.g. kana → ja), "ngram" (the built-in n-gram model), "cld2", "fallback" (the
    /// caller's language was kept), "empty" / "no-letters" (nothing to detect).
    QString method;
};

} // namespace hd
