#include "core/language/ScriptProfile.h"

#include <QChar>

using namespace Qt::StringLiterals;

namespace hd {

namespace {

// Frequent characters that Japanese does not use: simplified forms (们 这 个 说 ...) and Chinese
// particles and words (吗 呢 吧 啊 没 很 ...). One of them in a Han-only text makes it Chinese.
constexpr QStringView kChineseOnly =
    u"们這这个说說吗嗎呢吧啊么麼没沒还对對谢请问给过货发發订单單哪怎为钱錢买卖賣东时运遞递邮码碼边邊该呀哦嗯啦跟很也收";

ScriptProfile::Script scriptOf(char32_t cp)
{
    using S = ScriptProfile::Script;
    switch (QChar::script(cp)) {
    case QChar::Script_Latin: return S::Latin;
    case QChar::Script_Cyrillic: return S::Cyrillic;
    case QChar::Script_Greek: return S::Greek;
    case QChar::Script_Arabic: return S::Arabic;
    case QChar::Script_Hebrew: return S::Hebrew;
    case QChar::Script_Han: return S::Han;
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana: return S::Kana;
    case QChar::Script_Hangul: return S::Hangul;
    case QChar::Script_Thai: return S::Thai;
    case QChar::Script_Devanagari: return S::Devanagari;
    case QChar::Script_Georgian: return S::Georgian;
    case QChar::Script_Armenian: return S::Armenian;
    default: return S::Other;
    }
}

} // namespace

ScriptProfile ScriptProfile::of(QStringView text)
{
    ScriptProfile p;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t cp = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < n && text[i + 1].isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        // The prolonged sound mark ー is Script_Common but only ever Japanese.
        const bool isKanaMark = cp == U'ー' || cp == U'ｰ';
        if (!QChar::isLetter(cp) && !isKanaMark)
            continue;
        const Script s = isKanaMark ? Script::Kana : scriptOf(cp);
        ++p.m_counts[static_cast<size_t>(s)];
        ++p.m_letters;
        if (s == Script::Han && cp < 0x10000 && kChineseOnly.contains(QChar(char16_t(cp))))
            ++p.m_chineseOnly;
    }
    return p;
}

ScriptProfile::Script ScriptProfile::dominant() const
{
    Script best = Script::Other;
    int bestWeight = 0;
    for (size_t i = 0; i < m_counts.size(); ++i) {
        const auto s = static_cast<Script>(i);
        const bool cjk = s == Script::Han || s == Script::Kana || s == Script::Hangul;
        const int w = m_counts[i] * (cjk ? CjkWeight : 1);
        if (w > bestWeight) {
            bestWeight = w;
            best = s;
        }
    }
    // Japanese mixes kanji and kana: together they decide against Latin words around them.
    const int japanese = (count(Script::Han) + count(Script::Kana)) * CjkWeight;
    if (count(Script::Kana) > 0 && japanese >= bestWeight)
        return Script::Kana;
    return best;
}

} // namespace hd
