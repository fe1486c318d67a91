#include "core/storage/SearchText.h"

namespace hd {
namespace {

bool isCjk(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF)     // hiragana, katakana
        || (c >= 0x3400 && c <= 0x4DBF)     // CJK ext A
        || (c >= 0x4E00 && c <= 0x9FFF)     // CJK unified
        || (c >= 0xAC00 && c <= 0xD7AF)     // hangul
        || (c >= 0xF900 && c <= 0xFAFF)     // compatibility ideographs
        || (c >= 0x20000 && c <= 0x2FFFF);  // ext B+
}

} // namespace

QString SearchText::normalize(const QString &text)
{
    // NFKD splits accents off their letters and folds full-width forms; then we drop the marks.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString out;
    out.reserve(decomposed.size() + decomposed.size() / 4);
    bool lastSpace = true;
    const auto ucs4 = decomposed.toUcs4();
    for (const char32_t c : ucs4) {
        const auto cat = QChar::category(c);
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining || cat == QChar::Mark_Enclosing)
            continue;
        if (isCjk(c)) {
            if (!lastSpace)
                out += QLatin1Char(' ');
            out += QString::fromUcs4(&c, 1);
            out += QLatin1Char(' ');
            lastSpace = true;
        } else if (QChar::isLetterOrNumber(c)) {
            out += QString::fromUcs4(&c, 1);
            lastSpace = false;
        } else if (!lastSpace) {
            out += QLatin1Char(' ');
            lastSpace = true;
        }
    }
    if (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

QList<QStringList> SearchText::queryPhrases(const QString &query)
{
    QList<QStringList> phrases;
    const QStringList words = query.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const QStringList toks = normalize(word).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (!toks.isEmpty())
            phrases << toks;
    }
    return phrases;
}

} // namespace hd
