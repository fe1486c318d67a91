#include "core/workflow/classification/TextNormalizer.h"

using namespace Qt::StringLiterals;

namespace hd {

namespace {

bool isClausePunctuation(char32_t cp)
{
    switch (cp) {
    case U'.': case U',': case U';': case U':': case U'!': case U'?': case U'\n': case U'\r':
    case U'(': case U')': case U'"':
    case 0x3002: case 0x3001: case 0xFF61: case 0xFF64: // 。、 and half-width forms
    case 0x2026: // …
        return true;
    default:
        return false;
    }
}

bool isApostrophe(char32_t cp)
{
    return cp == U'\'' || cp == U'`' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == 0x00B4;
}

char32_t codePointAt(const QString &s, qsizetype i, int *len)
{
    const QChar c = s.at(i);
    if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
        *len = 2;
        return QChar::surrogateToUcs4(c, s.at(i + 1));
    }
    *len = 1;
    return c.unicode();
}

void appendCodePoint(QString &s, char32_t cp)
{
    if (QChar::requiresSurrogates(cp)) {
        s.append(QChar(QChar::highSurrogate(cp)));
        s.append(QChar(QChar::lowSurrogate(cp)));
    } else {
        s.append(QChar(char16_t(cp)));
    }
}

} // namespace

bool TextNormalizer::isCjkCodePoint(char32_t cp)
{
    return (cp >= 0x3040 && cp <= 0x30FF)      // Hiragana, Katakana (incl. ー)
        || (cp >= 0x31F0 && cp <= 0x31FF)      // Katakana phonetic extensions
        || (cp >= 0x3400 && cp <= 0x4DBF)      // Han extension A
        || (cp >= 0x4E00 && cp <= 0x9FFF)      // Han
        || (cp >= 0xF900 && cp <= 0xFAFF)      // Han compatibility
        || (cp >= 0x20000 && cp <= 0x2FA1F)    // Han extensions B..
        || (cp >= 0xAC00 && cp <= 0xD7AF)      // Hangul syllables
        || (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x3130 && cp <= 0x318F) // Hangul jamo
        || cp == 0x3005 || cp == 0x3006;       // 々 〆
}

bool TextNormalizer::isEmojiCodePoint(char32_t cp)
{
    return (cp >= 0x1F000 && cp <= 0x1FAFF && !(cp >= 0x1F3FB && cp <= 0x1F3FF)) // not skin tones
        || (cp >= 0x2600 && cp <= 0x27BF) || (cp >= 0x2B00 && cp <= 0x2BFF)
        || (cp >= 0x2300 && cp <= 0x23FF) || cp == 0x3030 || cp == 0x303D;
}

QString TextNormalizer::fold(const QString &text)
{
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return text.toLower();

    // NFKD splits é into e + U+0301 and full-width letters into ASCII; drop the accents but keep the
    // kana voicing marks (が = か + U+3099), which NFKC then puts back.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString stripped;
    stripped.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing && c.unicode() != 0x3099 && c.unicode() != 0x309A)
            continue;
        stripped.append(c);
    }
    QString out = stripped.normalized(QString::NormalizationForm_KC).toCaseFolded();
    // Letters that carry no combining mark in Unicode, so NFKD leaves them alone.
    QString result;
    result.reserve(out.size());
    for (const QChar c : out) {
        switch (c.unicode()) {
        case 0x0142: result.append(u'l'); break;            // ł
        case 0x00F8: result.append(u'o'); break;            // ø
        case 0x0111: result.append(u'd'); break;            // đ
        case 0x0131: result.append(u'i'); break;            // ı
        case 0x00DF: result.append(u"ss"_s); break;         // ß
        case 0x00E6: result.append(u"ae"_s); break;         // æ
        case 0x0153: result.append(u"oe"_s); break;         // œ
        case 0x00FE: result.append(u"th"_s); break;         // þ
        case 0x2019: case 0x2018: case 0x02BC: case 0x00B4: result.append(u'\''); break;
        default: result.append(c);
        }
    }
    return result;
}

NormalizedText TextNormalizer::normalize(const QString &input)
{
    NormalizedText r;
    QString text = input;
    if (text.size() > MaxChars) {
        qsizetype cut = MaxChars;
        if (text.at(cut - 1).isHighSurrogate())
            --cut;
        text.truncate(cut);
        r.truncated = true;
    }

    int run = 0;
    int questionRun = 0;
    int capsRun = 0;
    int wordUpper = 0;
    int wordLower = 0;
    auto endWord = [&]() {
        if (wordUpper >= 2 && wordLower == 0)
            r.maxCapsRun = std::max(r.maxCapsRun, ++capsRun);
        else if (wordUpper + wordLower > 0)
            capsRun = 0;
        wordUpper = wordLower = 0;
    };
    for (const QChar c : text) {
        const bool exclamation = c == u'!' || c == QChar(0xFF01);
        const bool question = c == u'?' || c == QChar(0xFF1F);
        if (exclamation) {
            ++r.exclamations;
            r.maxExclamationRun = std::max(r.maxExclamationRun, ++run);
        } else {
            run = 0;
        }
        if (question) {
            ++r.questions;
            r.maxQuestionRun = std::max(r.maxQuestionRun, ++questionRun);
        } else if (!exclamation) {
            questionRun = 0;
        }
        if (c.isUpper()) {
            ++r.letters;
            ++r.upperLetters;
            ++wordUpper;
        } else if (c.isLower()) {
            ++r.letters;
            ++wordLower;
        } else if (!c.isLetterOrNumber() && c != u'\'') {
            endWord();
        }
    }
    endWord();

    const QString f = fold(text);
    QString word;
    bool wordHasDigit = false;
    bool clauseStart = true;

    auto push = [&](const QString &unit, quint8 flags) {
        if (clauseStart)
            flags |= NormalizedText::ClauseStart;
        clauseStart = false;
        r.units.append(unit);
        r.flags.append(flags);
    };
    auto flushWord = [&]() {
        if (word.isEmpty())
            return;
        push(word, wordHasDigit ? NormalizedText::Number : 0);
        word.clear();
        wordHasDigit = false;
    };

    for (qsizetype i = 0; i < f.size();) {
        int len = 1;
        const char32_t cp = codePointAt(f, i, &len);
        if (isCjkCodePoint(cp)) {
            flushWord();
            push(f.mid(i, len), NormalizedText::Cjk);
        } else if (QChar::isLetterOrNumber(cp)) {
            if (word.size() < 64) // longer runs are URLs or noise; the prefix is enough
                appendCodePoint(word, cp);
            if (QChar::isDigit(cp))
                wordHasDigit = true;
        } else if (isApostrophe(cp)) {
            // English "n't" becomes the word "not" so negation scopes see it ("don't" -> "do not").
            const bool contraction = word.endsWith(u'n') && word.size() > 1 && i + 1 < f.size()
                && f.at(i + 1) == u't' && (i + 2 >= f.size() || !f.at(i + 2).isLetter());
            if (contraction) {
                word.chop(1);
                flushWord();
                push(u"not"_s, 0);
                len = 2;
            } else {
                flushWord();
            }
        } else if (isEmojiCodePoint(cp)) {
            flushWord();
            push(f.mid(i, len), NormalizedText::Emoji);
        } else if (isClausePunctuation(cp)) {
            flushWord();
            clauseStart = true;
        } else {
            flushWord();
        }
        i += len;
    }
    flushWord();
    return r;
}

} // namespace hd
