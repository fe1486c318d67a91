#include "core/language/translation/ApertiumLanguageCodes.h"

namespace hd {
using namespace Qt::StringLiterals;

namespace {

struct Code
{
    QLatin1StringView iso1;
    QLatin1StringView iso3;
};

// ISO 639-1 → the ISO 639-3 code Apertium's pairs use (apertium.org's language list).
constexpr Code Codes[] = {
    {"af"_L1, "afr"_L1}, {"an"_L1, "arg"_L1}, {"ar"_L1, "ara"_L1}, {"be"_L1, "bel"_L1}, {"bg"_L1, "bul"_L1},
    {"br"_L1, "bre"_L1}, {"ca"_L1, "cat"_L1}, {"cs"_L1, "ces"_L1}, {"cy"_L1, "cym"_L1}, {"da"_L1, "dan"_L1},
    {"de"_L1, "deu"_L1}, {"el"_L1, "ell"_L1}, {"en"_L1, "eng"_L1}, {"eo"_L1, "epo"_L1}, {"es"_L1, "spa"_L1},
    {"et"_L1, "est"_L1}, {"eu"_L1, "eus"_L1}, {"fa"_L1, "fas"_L1}, {"fi"_L1, "fin"_L1}, {"fo"_L1, "fao"_L1},
    {"fr"_L1, "fra"_L1}, {"ga"_L1, "gle"_L1}, {"gd"_L1, "gla"_L1}, {"gl"_L1, "glg"_L1}, {"he"_L1, "heb"_L1},
    {"hi"_L1, "hin"_L1}, {"hu"_L1, "hun"_L1}, {"id"_L1, "ind"_L1}, {"is"_L1, "isl"_L1}, {"it"_L1, "ita"_L1},
    {"ja"_L1, "jpn"_L1}, {"kk"_L1, "kaz"_L1}, {"ko"_L1, "kor"_L1}, {"ky"_L1, "kir"_L1}, {"lt"_L1, "lit"_L1},
    {"lv"_L1, "lav"_L1}, {"mk"_L1, "mkd"_L1}, {"ms"_L1, "msa"_L1}, {"mt"_L1, "mlt"_L1}, {"nb"_L1, "nob"_L1},
    {"nl"_L1, "nld"_L1}, {"nn"_L1, "nno"_L1}, {"oc"_L1, "oci"_L1}, {"pl"_L1, "pol"_L1}, {"pt"_L1, "por"_L1},
    {"ro"_L1, "ron"_L1}, {"ru"_L1, "rus"_L1}, {"sc"_L1, "srd"_L1}, {"se"_L1, "sme"_L1}, {"sk"_L1, "slk"_L1},
    {"sl"_L1, "slv"_L1}, {"sq"_L1, "sqi"_L1}, {"sv"_L1, "swe"_L1}, {"tr"_L1, "tur"_L1}, {"tt"_L1, "tat"_L1},
    {"uk"_L1, "ukr"_L1}, {"ur"_L1, "urd"_L1}, {"uz"_L1, "uzb"_L1}, {"zh"_L1, "zho"_L1},
};

QString iso3For(const QString &iso1)
{
    for (const Code &c : Codes)
        if (iso1 == c.iso1)
            return QString(c.iso3);
    return {};
}

// Splits "pt-BR", "pt_BR" into ("pt", "BR").
std::pair<QString, QString> split(const QString &lang)
{
    QString s = lang.trimmed();
    s.replace(u'_', u'-');
    const qsizetype dash = s.indexOf(u'-');
    if (dash < 0)
        return {s.toLower(), QString()};
    return {s.left(dash).toLower(), s.mid(dash + 1)};
}

} // namespace

QStringList ApertiumLanguageCodes::candidates(const QString &lang)
{
    const auto [base, region] = split(lang);
    if (base.isEmpty())
        return {};
    const QString reg = region.toUpper();
    // Serbo-Croatian is one Apertium language with variants; Norwegian "no" means Bokmål.
    if (base == "hr"_L1)
        return {u"hbs_HR"_s, u"hbs"_s, u"hrv"_s};
    if (base == "sr"_L1)
        return {u"hbs_SR"_s, u"srp"_s, u"hbs"_s};
    if (base == "bs"_L1)
        return {u"hbs_BS"_s, u"bos"_s, u"hbs"_s};
    if (base == "no"_L1)
        return {u"nob"_s};
    if (base == "ms"_L1)
        return {u"msa"_s, u"zlm"_s};
    QString iso3 = base.size() == 3 ? base : iso3For(base);
    if (iso3.isEmpty())
        return {};
    if (!reg.isEmpty() && reg.size() <= 3)
        return {iso3 + u'_' + reg, iso3};
    return {iso3};
}

QString ApertiumLanguageCodes::toApertium(const QString &lang)
{
    const QStringList c = candidates(lang);
    if (c.isEmpty())
        return {};
    const auto [base, region] = split(lang);
    Q_UNUSED(region);
    if (base == "hr"_L1 || base == "sr"_L1 || base == "bs"_L1)
        return u"hbs"_s;
    return c.last();
}

QString ApertiumLanguageCodes::fromApertium(const QString &code)
{
    const qsizetype cut = code.indexOf(u'_');
    const QString base = (cut < 0 ? code : code.left(cut)).toLower();
    const QString variant = cut < 0 ? QString() : code.mid(cut + 1);
    if (base == "hbs"_L1) {
        if (variant == "SR"_L1)
            return u"sr"_s;
        if (variant == "BS"_L1)
            return u"bs"_s;
        return u"hr"_s;
    }
    QString iso1;
    for (const Code &c : Codes)
        if (base == c.iso3)
            iso1 = QString(c.iso1);
    if (iso1.isEmpty())
        iso1 = base;
    return variant.isEmpty() ? iso1 : iso1 + u'-' + variant;
}

} // namespace hd
