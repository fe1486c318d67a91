#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace hd {

/// A message cut into matchable units. A unit is a lower-cased word without diacritics (Latin,
/// Cyrillic, ...), or one CJK character (Han, kana, Hangul), or one emoji. Cue lexicons and the
/// n-gram model both work on these units, so "Rückerstattung", "ruckerstattung" and "RÜCKERSTATTUNG"
/// look the same, and Japanese and Chinese (no spaces) are matched character by character.
struct NormalizedText {
    enum Flag : quint8 {
        Cjk = 1,         ///< one Han/kana/Hangul character
        ClauseStart = 2, ///< first unit after . , ; : ! ? or a line break (stops negation scope)
        Emoji = 4,
        Number = 8,      ///< a word containing digits (order ids, amounts, sizes)
    };
    QStringList units;
    QList<quint8> flags;    ///< one per unit
    int exclamations = 0;   ///< '!' count, full-width included
    int questions = 0;      ///< '?' count
    int maxExclamationRun = 0;
    int maxQuestionRun = 0;     ///< "??" and longer runs ("?!?" counts as a run of two)
    int maxCapsRun = 0;         ///< longest run of consecutive all-caps words of 2+ letters ("CANCEL MY ORDER")
    int letters = 0;        ///< cased letters seen
    int upperLetters = 0;   ///< of which upper-case
    bool truncated = false; ///< input was longer than TextNormalizer::MaxChars

    bool isCjk(int i) const { return flags.at(i) & Cjk; }
};

/// Turns raw buyer text into NormalizedText. Pure and thread-safe (no state).
class TextNormalizer final {
public:
    /// Inputs are cut at this many UTF-16 code units: intent and tone are in the first screens of a
    /// message, and the cap bounds the time a pasted log or e-mail thread can take.
    static constexpr int MaxChars = 20000;

    static NormalizedText normalize(const QString &text);

    /// Lower-case, strip diacritics (é→e, ł→l, ß→ss), NFKC (full-width → ASCII) without tokenising.
    static QString fold(const QString &text);

    /// True for Han, Hiragana, Katakana and Hangul code points.
    static bool isCjkCodePoint(char32_t cp);
    static bool isEmojiCodePoint(char32_t cp);
};

} // namespace hd
