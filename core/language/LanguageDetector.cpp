#include "core/language/LanguageDetector.h"

#include "core/language/Cld2Detector.h"
#include "core/language/NgramModel.h"
#include "core/language/ScriptProfile.h"
#include "core/language/TextCleaner.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace hd {

namespace {

using Script = ScriptProfile::Script;

LanguageGuess guess(QString language, double confidence, bool reliable, QString method)
{
    return LanguageGuess{std::move(language), confidence, reliable, std::move(method)};
}

// Arabic script: Arabic, Persian and Urdu differ in a handful of letters.
QString arabicScriptLanguage(QStringView text)
{
    int arabic = 0;
    int persian = 0;
    int urdu = 0;
    for (const QChar c : text) {
        switch (c.unicode()) {
        case 0x0629:
        case 0x0649:
        case 0x064A:
        case 0x0643:
        case 0x0623:
        case 0x0625:
        case 0x0624:
            ++arabic; // ة ى ي ك أ إ ؤ
            break;
        case 0x067E:
        case 0x0686:
        case 0x0698:
        case 0x06AF:
        case 0x06A9:
        case 0x06CC:
            ++persian; // پ چ ژ گ ک ی (Urdu writes them too)
            break;
        case 0x0679:
        case 0x0688:
        case 0x0691:
        case 0x06BA:
        case 0x06D2:
        case 0x06C1:
        case 0x06BE:
        case 0x06D3:
            ++urdu; // ٹ ڈ ڑ ں ے ہ ھ ۓ
            break;
        default: break;
        }
    }
    if (urdu > 0 && urdu + persian > arabic)
        return u"ur"_s;
    if (persian > arabic)
        return u"fa"_s;
    return u"ar"_s;
}

// Cyrillic letters that rule languages out: the n-gram tables for Ukrainian, Belarusian,
// Serbian and Macedonian are small, so an unmistakable letter must not be outvoted.
bool cyrillicLettersAllow(QStringView text, const QString &code)
{
    bool russianOnly = false;    // ы э ъ ё (Belarusian has ы э ё, Bulgarian ъ)
    bool ukrainianI = false;     // і ї є ґ
    bool belarusianU = false;    // ў
    bool serbMacedonian = false; // ђ ћ џ ј љ њ ѓ ќ ѕ
    bool hardSign = false;
    bool yeruOrE = false;
    for (const QChar c : text) {
        switch (c.toLower().unicode()) {
        case u'ы':
        case u'э':
        case u'ё':
            yeruOrE = true;
            russianOnly = true;
            break;
        case u'ъ':
            hardSign = true;
            russianOnly = true;
            break;
        case u'і':
        case u'ї':
        case u'є':
        case u'ґ': ukrainianI = true; break;
        case u'ў': belarusianU = true; break;
        case u'ђ':
        case u'ћ':
        case u'џ':
        case u'ј':
        case u'љ':
        case u'њ':
        case u'ѓ':
        case u'ќ':
        case u'ѕ': serbMacedonian = true; break;
        default: break;
        }
    }
    if (code == u"ru"_s)
        return !ukrainianI && !belarusianU && !serbMacedonian;
    if (code == u"uk"_s)
        return !russianOnly && !belarusianU && !serbMacedonian;
    if (code == u"be"_s)
        return !hardSign && !serbMacedonian && !(ukrainianI && !belarusianU && !yeruOrE);
    if (code == u"bg"_s)
        return !yeruOrE && !ukrainianI && !belarusianU && !serbMacedonian;
    if (code == u"sr"_s || code == u"mk"_s)
        return !russianOnly && !ukrainianI && !belarusianU;
    return true;
}

// Scripts written by (practically) one language.
QString singleScriptLanguage(Script s)
{
    switch (s) {
    case Script::Kana: return u"ja"_s;
    case Script::Hangul: return u"ko"_s;
    case Script::Han: return u"zh"_s;
    case Script::Thai: return u"th"_s;
    case Script::Greek: return u"el"_s;
    case Script::Hebrew: return u"he"_s;
    case Script::Georgian: return u"ka"_s;
    case Script::Armenian: return u"hy"_s;
    default: return {};
    }
}

} // namespace

LanguageDetector::LanguageDetector()
    : m_model(std::shared_ptr<const NgramModel>(&NgramModel::builtin(), [](const NgramModel *) {}))
{
}

LanguageDetector::LanguageDetector(std::shared_ptr<const NgramModel> model)
    : m_model(std::move(model))
{
}

LanguageDetector::~LanguageDetector() = default;

LanguageGuess LanguageDetector::detect(const QString &text, const QString &fallback) const
{
    LanguageGuess g = detect(text);
    if (g.reliable || fallback.isEmpty())
        return g;
    return guess(fallback, g.language == fallback ? std::max(g.confidence, 0.5) : 0.5, false, u"fallback"_s);
}

LanguageGuess LanguageDetector::detect(const QString &text) const
{
    const QString cleaned = TextCleaner::clean(text);
    if (cleaned.isEmpty())
        return guess({}, 0.0, false, text.trimmed().isEmpty() ? u"empty"_s : u"no-letters"_s);
    const ScriptProfile profile = ScriptProfile::of(cleaned);
    if (profile.letters() == 0)
        return guess({}, 0.0, false, u"no-letters"_s);

    const Script dominant = profile.dominant();
    switch (dominant) {
    case Script::Latin: return detectAlphabetic(cleaned, profile, false);
    case Script::Cyrillic: return detectAlphabetic(cleaned, profile, true);
    case Script::Kana: {
        const int cjk = profile.count(Script::Kana) + profile.count(Script::Han);
        return guess(u"ja"_s, cjk >= 2 ? 0.99 : 0.7, cjk >= 2, u"script"_s);
    }
    case Script::Han: {
        // Han alone is Chinese unless it is a few kanji of Japanese ("了解", "確認"): trust it
        // from four characters on, or at once when a character Japanese never uses appears.
        const bool sure = profile.count(Script::Han) >= 4 || profile.chineseOnlyHan() > 0;
        return guess(u"zh"_s, sure ? 0.97 : 0.6, sure, u"script"_s);
    }
    case Script::Arabic: {
        const int n = profile.count(Script::Arabic);
        return guess(arabicScriptLanguage(cleaned), n >= 8 ? 0.95 : 0.6, n >= 8, u"script"_s);
    }
    case Script::Hangul:
    case Script::Thai:
    case Script::Greek:
    case Script::Hebrew:
    case Script::Georgian:
    case Script::Armenian: {
        const int n = profile.count(dominant);
        const bool sure = dominant == Script::Hangul ? n >= 2 : n >= 4;
        return guess(singleScriptLanguage(dominant), sure ? 0.98 : 0.7, sure, u"script"_s);
    }
    case Script::Devanagari:
    case Script::Other:
    case Script::Count_: break;
    }
    // Scripts shared by several languages (Devanagari: hi/mr/ne, Bengali, Tamil, Ethiopic...).
    const Cld2Detector::Guess c = Cld2Detector::detect(cleaned, true);
    if (c.language.isEmpty())
        return guess(dominant == Script::Devanagari ? u"hi"_s : QString(), 0.3, false, u"cld2"_s);
    const bool sure = c.reliable && profile.letters() >= MinReliableLetters;
    return guess(c.language, sure ? c.percent / 100.0 : std::min(0.6, c.percent / 100.0), sure, u"cld2"_s);
}

LanguageGuess
LanguageDetector::detectAlphabetic(const QString &cleaned, const ScriptProfile &profile, bool cyrillic) const
{
    const NgramModel::Scores s =
        m_model->score(cleaned, cyrillic ? NgramModel::Script::Cyrillic : NgramModel::Script::Latin);
    std::vector<NgramModel::Score> ranked = s.ranked;
    if (cyrillic) {
        std::erase_if(ranked, [&](const NgramModel::Score &sc) {
            return !cyrillicLettersAllow(cleaned, m_model->code(sc.language));
        });
        if (ranked.empty()) // contradictory letters: let the n-gram scores alone decide
            ranked = s.ranked;
    }
    if (ranked.empty())
        return guess({}, 0.0, false, u"no-letters"_s);

    // Naive Bayes probabilities are overconfident because neighbouring n-grams are not
    // independent: temper them by the number of n-grams per word before the softmax.
    const double temper = std::max(1.0, double(s.features) / std::max(1, s.words) / 2.0);
    double sum = 0.0;
    for (const auto &sc : ranked)
        sum += std::exp(-(sc.cost - ranked.front().cost) / temper);
    const double confidence = 1.0 / sum;
    const QString best = m_model->code(ranked.front().language);

    // Long text in a language the model does not know (Swahili, Tagalog, Icelandic...): CLD2
    // knows some 80 languages and is reliable on long text.
    if (profile.letters() >= 40) {
        // The first few hundred characters decide as well as the whole text, at a fraction of
        // the cost.
        const Cld2Detector::Guess c =
            Cld2Detector::detect(QStringView(cleaned).first(std::min<qsizetype>(cleaned.size(), 400)), false);
        if (c.reliable && c.percent >= 80 && c.language != best) {
            bool known = false;
            for (int l = 0; l < m_model->languageCount() && !known; ++l)
                known = m_model->code(l) == c.language;
            if (!known)
                return guess(c.language, c.percent / 100.0, true, u"cld2"_s);
        }
    }
    const bool reliable = confidence >= MinReliableConfidence && profile.letters() >= MinReliableLetters;
    return guess(best, confidence, reliable, u"ngram"_s);
}

} // namespace hd
