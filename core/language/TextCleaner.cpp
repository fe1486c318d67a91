#include "core/language/TextCleaner.h"

using namespace Qt::StringLiterals;

namespace hd {

namespace {

bool isCodeChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u < 0x80
            && (c.isLetterOrNumber() || u == u'-' || u == u'_' || u == u'/' || u == u'#' || u == u'.' || u == u','
                || u == u':'))
        || (u >= 0xFF10 && u <= 0xFF19) // fullwidth digits
        || (u >= 0xFF21 && u <= 0xFF3A) || (u >= 0xFF41 && u <= 0xFF5A);
}

bool isDigitChar(QChar c)
{
    return c.isDigit() || (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19);
}

bool isNoiseToken(QStringView token)
{
    return token.contains(u'@') || token.contains(u"://"_s) || token.startsWith(u"www."_s, Qt::CaseInsensitive);
}

// Appends `token` to `out`, replacing runs of ASCII letters/digits that contain a digit (order
// numbers, tracking numbers, sizes, prices) by a space, and dropping symbols such as emoji.
void appendToken(QString &out, QStringView token)
{
    qsizetype i = 0;
    const qsizetype n = token.size();
    while (i < n) {
        if (isCodeChar(token[i])) {
            qsizetype j = i;
            bool hasDigit = false;
            while (j < n && isCodeChar(token[j])) {
                hasDigit = hasDigit || isDigitChar(token[j]);
                ++j;
            }
            if (hasDigit)
                out += u' ';
            else
                out += token.sliced(i, j - i);
            i = j;
            continue;
        }
        const QChar c = token[i];
        if (c.isHighSurrogate() && i + 1 < n && token[i + 1].isLowSurrogate()) {
            const char32_t cp = QChar::surrogateToUcs4(c, token[i + 1]);
            if (QChar::isLetterOrNumber(cp) || QChar::isMark(cp))
                out += token.sliced(i, 2);
            else
                out += u' ';
            i += 2;
            continue;
        }
        if (c.isSurrogate()) { // lone surrogate: invalid UTF-16
            out += u' ';
        } else if (c.unicode() >= 0xFE00 && c.unicode() <= 0xFE0F) {
            // variation selectors (emoji presentation): drop
        } else {
            switch (c.category()) {
            case QChar::Symbol_Math:
            case QChar::Symbol_Currency:
            case QChar::Symbol_Modifier:
            case QChar::Symbol_Other:
            case QChar::Other_Control:
            case QChar::Other_Format:
            case QChar::Other_PrivateUse:
            case QChar::Other_NotAssigned:
            case QChar::Mark_Enclosing: // keycap 1️⃣
                out += u' ';
                break;
            default: out += c;
            }
        }
        ++i;
    }
}

} // namespace

QString TextCleaner::clean(QStringView text)
{
    if (text.size() > MaxInputLength) {
        qsizetype cut = MaxInputLength;
        if (text[cut - 1].isHighSurrogate())
            --cut;
        text = text.first(cut);
    }
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && text[i].isSpace())
            ++i;
        qsizetype j = i;
        while (j < n && !text[j].isSpace())
            ++j;
        if (j > i) {
            const QStringView token = text.sliced(i, j - i);
            if (!isNoiseToken(token)) {
                if (!out.isEmpty())
                    out += u' ';
                appendToken(out, token);
            }
        }
        i = j;
    }
    return out.simplified();
}

} // namespace hd
