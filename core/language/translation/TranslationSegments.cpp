#include "core/language/translation/TranslationSegments.h"

namespace hd {

TranslationSegments TranslationSegments::split(const QString &text, int maxSegments)
{
    TranslationSegments s;
    QString gap;
    qsizetype pos = 0;
    const qsizetype n = text.size();
    while (pos <= n) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), pos);
        if (end < 0)
            end = n;
        qsizetype a = pos;
        qsizetype b = end;
        while (a < b && text.at(a).isSpace())
            ++a;
        while (b > a && text.at(b - 1).isSpace())
            --b;
        if (a == b) {
            gap += QStringView(text).sliced(pos, end - pos);
        } else {
            gap += QStringView(text).sliced(pos, a - pos);
            s.m_gaps.append(gap);
            s.m_texts.append(text.mid(a, b - a));
            gap = QStringView(text).sliced(b, end - b).toString();
        }
        if (end < n)
            gap += QLatin1Char('\n');
        pos = end + 1;
    }
    s.m_gaps.append(gap);

    // Too many items for one request: merge neighbours, keeping what separated them inside the item.
    while (maxSegments > 0 && s.m_texts.size() > maxSegments) {
        QStringList texts;
        QStringList gaps{s.m_gaps.first()};
        for (qsizetype i = 0; i < s.m_texts.size(); i += 2) {
            if (i + 1 < s.m_texts.size()) {
                texts.append(s.m_texts.at(i) + s.m_gaps.at(i + 1) + s.m_texts.at(i + 1));
                gaps.append(s.m_gaps.at(i + 2));
            } else {
                texts.append(s.m_texts.at(i));
                gaps.append(s.m_gaps.at(i + 1));
            }
        }
        s.m_texts = texts;
        s.m_gaps = gaps;
    }
    return s;
}

QString TranslationSegments::join(const QStringList &translated) const
{
    QString out = m_gaps.value(0);
    for (qsizetype i = 0; i < m_texts.size(); ++i)
        out += translated.value(i) + m_gaps.value(i + 1);
    return out;
}

} // namespace hd
