#include "core/templates/TemplateLanguage.h"

#include <QStringList>

namespace hd::TemplateLanguage {
using namespace Qt::StringLiterals;

QString normalize(const QString &tag)
{
    QString t = tag.trimmed();
    t.replace(u'-', u'_');
    if (t.isEmpty())
        return {};
    QStringList parts = t.split(u'_', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return {};
    const QString lang = parts.first().toLower();
    if (lang == "zh"_L1) {
        // Script decides: Traditional (TW, HK, MO, Hant) or Simplified (everything else).
        for (const QString &p : parts.mid(1)) {
            const QString u = p.toUpper();
            if (u == "HANT"_L1 || u == "TW"_L1 || u == "HK"_L1 || u == "MO"_L1)
                return u"zh_TW"_s;
        }
        return u"zh_CN"_s;
    }
    for (int i = 1; i < parts.size(); ++i) {
        if (parts[i].size() == 2) // a region: "BR", "us"
            return lang + u'_' + parts[i].toUpper();
    }
    return lang;
}

QString primary(const QString &tag)
{
    const QString n = normalize(tag);
    const qsizetype us = n.indexOf(u'_');
    return us < 0 ? n : n.left(us);
}

int matchQuality(const QString &wanted, const QString &offered)
{
    const QString w = normalize(wanted);
    const QString o = normalize(offered);
    if (w.isEmpty() || o.isEmpty())
        return 0;
    if (w == o)
        return 2;
    if (primary(w) != primary(o))
        return 0;
    if (primary(w) == "zh"_L1)
        return 0; // zh_CN vs zh_TW: different scripts
    // "de" wanted, "de_AT" offered (or the other way): same language.
    return 1;
}

} // namespace hd::TemplateLanguage
