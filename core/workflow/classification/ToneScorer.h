#pragma once

#include "core/workflow/classification/ClassificationResult.h"
#include "core/workflow/classification/CueLexicon.h"

namespace hd {

/// Signed tone of a message from a sentiment CueLexicon (labels "polarity", "negator",
/// "negator_after", "intensifier", "contrast"; see resources/classification/sentiment_cues.tsv):
/// each polarity cue counts once per span, flipped and softened by a negator shortly before it in
/// the same clause ("not happy", "nicht schlecht", "不满意") or, for Japanese, after it
/// ("満足していません"), scaled by an intensifier right before it, and weighted up after a contrast
/// word ("but ...") and down before it. Emoji are never negated. Stateless apart from the lexicon,
/// which must outlive the scorer; const and thread-safe.
class ToneScorer final {
public:
    static constexpr int NegationWindow = 3;      ///< units between negator and cue
    static constexpr int NegationAfterWindow = 4; ///< units between cue and a following negator
    static constexpr int IntensifierWindow = 2;
    static constexpr double NegationFactor = -0.6; ///< "not good" is milder than "bad"

    explicit ToneScorer(const CueLexicon *lexicon) : m_lexicon(lexicon) {}

    /// Sum of the tone cues (negative..positive, unbounded). foreignWeight scales cues of another
    /// language than `language`. Appends one Evidence per cue that counted.
    double tone(const NormalizedText &text, const QString &language, double foreignWeight,
                QList<Evidence> *evidence) const;

    /// Typography on top of a tone so far: "!!" (anger unless the tone is positive), "??"
    /// (impatience), a run of capitalised words (shouting). Returns the change.
    static double typography(const NormalizedText &text, double toneSoFar, QList<Evidence> *evidence);

private:
    const CueLexicon *m_lexicon;
};

} // namespace hd
