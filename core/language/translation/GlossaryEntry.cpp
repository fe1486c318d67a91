#include "core/language/translation/GlossaryEntry.h"

namespace hd {

namespace {

QString primary(const QString &lang)
{
    const qsizetype cut =
        lang.indexOf(QLatin1Char('-')) >= 0 ? lang.indexOf(QLatin1Char('-')) : lang.indexOf(QLatin1Char('_'));
    return (cut >= 0 ? lang.left(cut) : lang).trimmed().toLower();
}

} // namespace

bool GlossaryEntry::appliesTo(const QString &source, const QString &target) const
{
    if (!sourceLang.isEmpty() && primary(sourceLang) != primary(source))
        return false;
    if (!targetLang.isEmpty() && primary(targetLang) != primary(target))
        return false;
    return true;
}

} // namespace hd
