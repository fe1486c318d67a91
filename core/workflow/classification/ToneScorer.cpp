#include "core/workflow/classification/ToneScorer.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace hd {

double ToneScorer::tone(const NormalizedText &nt, const QString &lang, double foreignWeight,
                        QList<Evidence> *evidence) const
{
    double sum = 0.0;
    struct Span {
        int begin, end;
        double weight;
        QString text;
    };
    QList<Span> negators, negatorsAfter, intensifiers;
    QList<std::pair<CueLexicon::Match, const CueLexicon::Cue *>> polar;
    int contrastAt = -1;
    // Typos are not forgiven here: short tone words have too many one-letter neighbours.
    {
        for (const CueLexicon::Match &m : m_lexicon->match(nt, false)) {
            const CueLexicon::Cue &cue = m_lexicon->cue(m.cue);
            if (cue.label == u"polarity"_s)
                polar.append({m, &cue});
            else if (cue.label == u"negator"_s)
                negators.append(Span{m.begin, m.end, cue.weight, cue.text});
            else if (cue.label == u"negator_after"_s)
                negatorsAfter.append(Span{m.begin, m.end, cue.weight, cue.text});
            else if (cue.label == u"intensifier"_s)
                intensifiers.append(Span{m.begin, m.end, cue.weight, cue.text});
            else if (cue.label == u"contrast"_s)
                contrastAt = std::max(contrastAt, m.begin);
        }
    }
    // No clause boundary may lie in units [from, to] for a modifier to reach across them.
    const auto sameClause = [&nt](int from, int to) {
        for (int j = std::max(from, 0); j <= to && j < nt.units.size(); ++j) {
            if (nt.flags.at(j) & NormalizedText::ClauseStart)
                return false;
        }
        return true;
    };
    // One reading per span: the same word listed for several languages counts once, the strongest.
    struct Polar {
        CueLexicon::Match match;
        const CueLexicon::Cue *cue;
        double weight;
    };
    QList<Polar> unique;
    for (const auto &[m, cue] : std::as_const(polar)) {
        const double w = cue->weight * m_lexicon->languageWeight(cue->language, lang, foreignWeight);
        auto same = std::find_if(unique.begin(), unique.end(), [&m = m](const Polar &p) {
            return p.match.begin == m.begin && p.match.end == m.end;
        });
        if (same == unique.end())
            unique.append(Polar{m, cue, w});
        else if (std::abs(w) > std::abs(same->weight))
            *same = Polar{m, cue, w};
    }
    for (const Polar &p : std::as_const(unique)) {
        const CueLexicon::Match &m = p.match;
        double w = p.weight;
        if (w == 0.0)
            continue; // neutral cues exist only to hide their parts ("best regards", "你好")
        QString shown = p.cue->text;
        // Emoji carry their tone whatever precedes them ("não caiu no cartão 🙄").
        const bool emoji = nt.flags.at(m.begin) & NormalizedText::Emoji;
        bool negated = false;
        for (const Span &n : std::as_const(negators)) {
            if (!emoji && n.end <= m.begin && m.begin - n.end <= NegationWindow && sameClause(n.end, m.begin)) {
                negated = !negated;
                shown = n.text + u" … "_s + shown;
                break;
            }
        }
        for (const Span &n : std::as_const(negatorsAfter)) {
            if (!emoji && n.begin >= m.end && n.begin - m.end <= NegationAfterWindow && sameClause(m.end, n.begin)) {
                negated = !negated;
                shown = shown + u" … "_s + n.text;
                break;
            }
        }
        if (negated)
            w *= NegationFactor;
        for (const Span &i : std::as_const(intensifiers)) {
            if (i.end <= m.begin && m.begin - i.end < IntensifierWindow && sameClause(i.end, m.begin)) {
                w *= i.weight;
                shown = i.text + u' ' + shown;
                break;
            }
        }
        if (contrastAt >= 0)
            w *= m.begin > contrastAt ? 1.3 : 0.7; // "took a while, but solved in the end"
        sum += w;
        if (evidence)
            evidence->append(Evidence{shown, w, u"lexicon"_s});
    }
    return sum;
}

double ToneScorer::typography(const NormalizedText &nt, double sum, QList<Evidence> *evidence)
{
    const double before = sum;
    if (nt.maxExclamationRun >= 2 || nt.exclamations >= 3) {
        const double w = sum > 0.01 ? 0.4 : -0.8;
        sum += w;
        if (evidence)
            evidence->append(Evidence{u"!!"_s, w, u"signal"_s});
    }
    if (nt.maxQuestionRun >= 2 || nt.questions >= 3) {
        const double w = nt.maxQuestionRun >= 2 ? -1.0 : -0.6;
        sum += w;
        if (evidence)
            evidence->append(Evidence{u"??"_s, w, u"signal"_s});
    }
    if (nt.maxCapsRun >= 3 || (nt.letters >= 12 && nt.upperLetters >= 0.6 * nt.letters)) {
        sum -= 1.0;
        if (evidence)
            evidence->append(Evidence{u"SHOUTING"_s, -1.0, u"signal"_s});
    }

    return sum - before;
}

} // namespace hd
