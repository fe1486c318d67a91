#include "core/workflow/classification/CueLexicon.h"

#include <QVarLengthArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hd {

namespace {

constexpr int MinFuzzyExact = 7;  // shorter words have too many one-typo neighbours (cuenta/cuesta)
constexpr int MinFuzzyPrefix = 6;
constexpr int MaxPrefixHead = 3;

bool fuzzyEligible(const CueLexicon::Element &e)
{
    if (e.kind == CueLexicon::Element::Kind::Exact)
        return e.text.size() >= MinFuzzyExact;
    if (e.kind == CueLexicon::Element::Kind::Prefix)
        return e.text.size() >= MinFuzzyPrefix;
    return false;
}

} // namespace

bool CueLexicon::withinOneEdit(QStringView a, QStringView b)
{
    const qsizetype la = a.size();
    const qsizetype lb = b.size();
    if (la - lb > 1 || lb - la > 1)
        return false;
    qsizetype i = 0;
    while (i < la && i < lb && a[i] == b[i])
        ++i;
    if (i == la && i == lb)
        return true;
    if (la == lb) {
        if (a.mid(i + 1) == b.mid(i + 1))
            return true; // substitution
        return i + 1 < la && a[i] == b[i + 1] && a[i + 1] == b[i] && a.mid(i + 2) == b.mid(i + 2); // swap
    }
    if (la > lb)
        return a.mid(i + 1) == b.mid(i);
    return a.mid(i) == b.mid(i + 1);
}

double CueLexicon::languageWeight(const QString &cueLanguage, const QString &messageLanguage,
                                  double foreignWeight) const
{
    if (cueLanguage == u"*"_s || messageLanguage.isEmpty() || cueLanguage == messageLanguage
        || !m_languages.contains(messageLanguage))
        return 1.0;
    return foreignWeight;
}

Result<CueLexicon> CueLexicon::parse(const QByteArray &tsv)
{
    CueLexicon lex;
    int lineNo = 0;
    for (const QByteArray &rawLine : tsv.split('\n')) {
        ++lineNo;
        const QString line = QString::fromUtf8(rawLine).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList f = line.split(u'\t');
        bool ok = false;
        const double weight = f.size() == 4 ? f.at(2).toDouble(&ok) : 0.0;
        if (f.size() != 4 || !ok || !lex.add(f.at(0).trimmed(), f.at(1).trimmed(), weight, f.at(3).trimmed())) {
            return Error::make(Error::Code::Parse, u"Invalid cue lexicon line %1"_s.arg(lineNo), line);
        }
    }
    return lex;
}

bool CueLexicon::add(const QString &label, const QString &language, double weight, const QString &text)
{
    if (label.isEmpty() || language.isEmpty())
        return false;
    Cue cue{label, language, weight, text, {}};
    const QStringList pieces = text.split(u' ', Qt::SkipEmptyParts);
    for (const QString &piece : pieces) {
        if (piece == u"~"_s || piece == u"~~"_s) {
            if (cue.pattern.isEmpty() || cue.pattern.constLast().kind == Element::Kind::Gap)
                return false;
            cue.pattern.append(Element{Element::Kind::Gap, {}, piece.size() == 1 ? 4 : 10});
            continue;
        }
        const bool prefix = piece.endsWith(u'*');
        const NormalizedText n = TextNormalizer::normalize(prefix ? piece.chopped(1) : piece);
        for (int i = 0; i < n.units.size(); ++i) {
            const bool last = i == n.units.size() - 1;
            const bool isPrefix = prefix && last && !n.isCjk(i);
            cue.pattern.append(Element{isPrefix ? Element::Kind::Prefix : Element::Kind::Exact, n.units.at(i), 0});
        }
    }
    if (cue.pattern.isEmpty() || cue.pattern.constLast().kind == Element::Kind::Gap)
        return false;

    const int index = int(m_cues.size());
    if (language != u"*"_s)
        m_languages.insert(language);
    const Element &head = cue.pattern.constFirst();
    if (head.kind == Element::Kind::Exact)
        m_byExactHead[head.text].append(index);
    else
        m_byPrefixHead[head.text.left(MaxPrefixHead)].append(index);
    if (fuzzyEligible(head))
        m_byFuzzyHead[head.text.left(2)].append(index);
    m_cues.append(std::move(cue));
    return true;
}

bool CueLexicon::elementMatches(const Element &e, const QString &unit, bool cjkUnit, bool allowTypos, bool *fuzzy)
{
    if (e.kind == Element::Kind::Exact) {
        if (unit == e.text)
            return true;
        if (!allowTypos || cjkUnit || e.text.size() < MinFuzzyExact || !CueLexicon::withinOneEdit(unit, e.text))
            return false;
        *fuzzy = true;
        return true;
    }
    // Prefix
    if (unit.startsWith(e.text))
        return true;
    if (!allowTypos || cjkUnit || e.text.size() < MinFuzzyPrefix || unit.size() < e.text.size())
        return false;
    // A typo inside the stem: substituted/swapped letter (same length), extra letter (n + 1) or
    // missing letter (n - 1, only for long stems: "erstatung" for "erstatt*").
    const QStringView u(unit);
    const qsizetype n = e.text.size();
    if (CueLexicon::withinOneEdit(u.left(n), e.text) || CueLexicon::withinOneEdit(u.left(n + 1), e.text)
        || (n >= 7 && CueLexicon::withinOneEdit(u.left(n - 1), e.text))) {
        *fuzzy = true;
        return true;
    }
    return false;
}

bool CueLexicon::matchFrom(const Cue &cue, int element, int pos, const NormalizedText &text, bool allowTypos,
                           int *end, bool *fuzzy) const
{
    if (element == cue.pattern.size()) {
        *end = pos;
        return true;
    }
    const Element &e = cue.pattern.at(element);
    const int n = int(text.units.size());
    if (e.kind == Element::Kind::Gap) {
        for (int g = 0; g <= e.maxGap && pos + g < n; ++g) {
            if (matchFrom(cue, element + 1, pos + g, text, allowTypos, end, fuzzy))
                return true;
        }
        return false;
    }
    if (pos >= n)
        return false;
    bool f = false;
    if (!elementMatches(e, text.units.at(pos), text.isCjk(pos), allowTypos, &f))
        return false;
    if (!matchFrom(cue, element + 1, pos + 1, text, allowTypos, end, fuzzy))
        return false;
    *fuzzy = *fuzzy || f;
    return true;
}

QList<CueLexicon::Match> CueLexicon::match(const NormalizedText &text, bool allowTypos) const
{
    QList<Match> found;
    const int n = int(text.units.size());
    QVarLengthArray<int, 64> candidates;
    for (int i = 0; i < n; ++i) {
        const QString &u = text.units.at(i);
        candidates.clear();
        if (auto it = m_byExactHead.constFind(u); it != m_byExactHead.cend())
            candidates.append(it->constData(), it->size());
        if (!text.isCjk(i)) {
            for (int k = 1; k <= MaxPrefixHead && k <= u.size(); ++k) {
                if (auto it = m_byPrefixHead.constFind(u.left(k)); it != m_byPrefixHead.cend())
                    candidates.append(it->constData(), it->size());
            }
            if (allowTypos && u.size() >= MinFuzzyPrefix && !(text.flags.at(i) & NormalizedText::Number)) {
                if (auto it = m_byFuzzyHead.constFind(u.left(2)); it != m_byFuzzyHead.cend()) {
                    // Cheap length and one-edit checks on the head before a full match attempt.
                    for (const int c : *it) {
                        const Element &head = m_cues.at(c).pattern.constFirst();
                        const qsizetype n = head.text.size();
                        if (head.kind == Element::Kind::Exact) {
                            if (std::abs(u.size() - n) <= 1 && withinOneEdit(u, head.text))
                                candidates.append(c);
                        } else if (u.size() >= n) {
                            const QStringView uv(u);
                            if (withinOneEdit(uv.left(n), head.text) || withinOneEdit(uv.left(n + 1), head.text)
                                || (n >= 7 && withinOneEdit(uv.left(n - 1), head.text)))
                                candidates.append(c);
                        }
                    }
                }
            }
        }
        std::sort(candidates.begin(), candidates.end());
        const auto last = std::unique(candidates.begin(), candidates.end());
        for (auto c = candidates.begin(); c != last; ++c) {
            int end = 0;
            bool fuzzy = false;
            if (matchFrom(m_cues.at(*c), 0, i, text, allowTypos, &end, &fuzzy))
                found.append(Match{*c, i, end, fuzzy});
        }
    }
    if (found.size() < 2)
        return found;

    // Longest first; an occurrence strictly inside a longer accepted one is dropped.
    std::stable_sort(found.begin(), found.end(), [](const Match &a, const Match &b) {
        return (a.end - a.begin) > (b.end - b.begin);
    });
    QList<Match> kept;
    kept.reserve(found.size());
    for (const Match &m : std::as_const(found)) {
        const bool inside = std::any_of(kept.cbegin(), kept.cend(), [&m](const Match &k) {
            return k.begin <= m.begin && m.end <= k.end && (k.end - k.begin) > (m.end - m.begin);
        });
        if (!inside)
            kept.append(m);
    }
    std::sort(kept.begin(), kept.end(), [](const Match &a, const Match &b) {
        return a.begin != b.begin ? a.begin < b.begin : a.cue < b.cue;
    });
    return kept;
}

} // namespace hd
