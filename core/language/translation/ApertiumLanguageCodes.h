#pragma once

#include <QString>
#include <QStringList>

namespace hd {

/// ISO 639-1 (BCP 47 style: "en", "en-US", "pt-BR") ↔ Apertium's ISO 639-3 codes with optional
/// variant ("eng", "eng_US", "por_BR", "hbs_HR"). Pure.
class ApertiumLanguageCodes final
{
public:
    /// Apertium codes to try for `lang`, most specific first: "en-US" → {"eng_US", "eng"},
    /// "hr" → {"hbs_HR", "hbs", "hrv"}. A 3-letter code passes through ("ast" → {"ast"}).
    /// Empty for an unknown or empty code.
    static QStringList candidates(const QString &lang);
    /// The Apertium code to use when the installed pairs are unknown: "en-US" → "eng".
    static QString toApertium(const QString &lang);
    /// "eng" → "en", "eng_US" → "en-US", "hbs_HR" → "hr"; unknown 3-letter codes pass through.
    static QString fromApertium(const QString &code);
};

} // namespace hd
