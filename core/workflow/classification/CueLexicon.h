#pragma once

#include "core/common/Result.h"
#include "core/workflow/classification/TextNormalizer.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace hd {

/// A weighted phrase lexicon matched against NormalizedText units.
///
/// Source format (UTF-8, one cue per line, '#' starts a comment):
///     label <TAB> language <TAB> weight <TAB> cue
/// `language` is an ISO 639-1 code or `*` for any. The cue is written naturally ("money back",
/// "Rückerstattung", "返金") and normalised like the text, so case and accents never matter.
/// Inside a cue, a word ending in `*` matches any word starting with it ("erstatt*" matches
/// "Erstattung", "erstatten"), `~` skips up to 4 units and `~~` up to 10 ("cancel ~ order" matches
/// "cancel my whole order"). Words of 7+ letters (prefix stems of 6+) also match with one typo
/// (insertion, deletion, substitution or swap); such matches are flagged `fuzzy`.
///
/// Immutable after construction; match() is const and thread-safe.
class CueLexicon final {
public:
    struct Element {
        enum class Kind { Exact, Prefix, Gap };
        Kind kind = Kind::Exact;
        QString text;   ///< normalised unit (Exact, Prefix)
        int maxGap = 0; ///< Gap only
    };
    struct Cue {
        QString label;
        QString language; ///< "*" for any
        double weight = 0.0;
        QString text;     ///< as written in the lexicon, for explanations
        QList<Element> pattern;
    };
    struct Match {
        int cue = -1;
        int begin = 0; ///< first unit
        int end = 0;   ///< one past the last unit
        bool fuzzy = false;
    };

    CueLexicon() = default;

    /// Parses the TSV format above. Fails with the line number of the first bad line.
    static Result<CueLexicon> parse(const QByteArray &tsv);

    /// Adds one cue; returns false if the cue text is empty after normalisation or malformed.
    bool add(const QString &label, const QString &language, double weight, const QString &text);

    /// Every occurrence of every cue, except occurrences lying inside a longer match of another cue
    /// ("auf Rechnung" hides "Rechnung", "不错" hides "不"). Sorted by position.
    /// With allowTypos false only exact and prefix matches count (for short, ambiguous sentiment words).
    QList<Match> match(const NormalizedText &text, bool allowTypos = true) const;

    /// How much a cue of cueLanguage counts in a message of messageLanguage: 1 for "*", for the same
    /// language, or when the message's language is unknown or has no cues here; foreignWeight otherwise.
    double languageWeight(const QString &cueLanguage, const QString &messageLanguage, double foreignWeight) const;

    const Cue &cue(int index) const { return m_cues.at(index); }
    int size() const { return int(m_cues.size()); }

    /// True if a and b differ by at most one insertion, deletion, substitution or adjacent swap.
    static bool withinOneEdit(QStringView a, QStringView b);

private:
    bool matchFrom(const Cue &cue, int element, int pos, const NormalizedText &text, bool allowTypos, int *end,
                   bool *fuzzy) const;
    static bool elementMatches(const Element &e, const QString &unit, bool cjkUnit, bool allowTypos, bool *fuzzy);

    QList<Cue> m_cues;
    QSet<QString> m_languages; ///< languages with at least one cue
    QHash<QString, QList<int>> m_byExactHead;  ///< first element Exact: its text
    QHash<QString, QList<int>> m_byPrefixHead; ///< first element Prefix: first 1..3 chars of the stem
    QHash<QString, QList<int>> m_byFuzzyHead;  ///< first element typo-tolerant: first 2 chars
};

} // namespace hd
