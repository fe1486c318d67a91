#include "core/language/Cld2Detector.h"

// CLD2's public header uses FILE without including <cstdio>.
#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace hd {

QString Cld2Detector::normaliseCode(const char *cld2Code)
{
    if (!cld2Code || !*cld2Code || std::strcmp(cld2Code, "un") == 0 || std::strncmp(cld2Code, "xx", 2) == 0)
        return {};
    static constexpr struct
    {
        const char *from;
        const char *to;
    } kMap[] = {
        {"zh-Hant", "zh"},
        {"iw", "he"},
        {"jw", "jv"},
        {"nb", "no"},
        {"sr-ME", "sr"},
        {"zhh", "zh"},
    };
    for (const auto &m : kMap) {
        if (std::strcmp(cld2Code, m.from) == 0)
            return QString::fromLatin1(m.to);
    }
    return QString::fromLatin1(cld2Code);
}

Cld2Detector::Guess Cld2Detector::detect(QStringView text, bool bestEffort)
{
    Guess g;
    const QByteArray utf8 = text.toUtf8();
    if (utf8.isEmpty())
        return g;
    CLD2::Language language3[3];
    int percent3[3] = {};
    double normalizedScore3[3] = {};
    int textBytes = 0;
    bool reliable = false;
    int validPrefix = 0;
    const CLD2::CLDHints hints = {nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
    // QString::toUtf8() always yields valid UTF-8 (lone surrogates become U+FFFD), but the
    // checking entry point costs nothing noticeable and guards against surprises.
    const CLD2::Language lang = CLD2::ExtDetectLanguageSummaryCheckUTF8(utf8.constData(),
                                                                        int(utf8.size()),
                                                                        true,
                                                                        &hints,
                                                                        bestEffort ? CLD2::kCLDFlagBestEffort : 0,
                                                                        language3,
                                                                        percent3,
                                                                        normalizedScore3,
                                                                        nullptr,
                                                                        &textBytes,
                                                                        &reliable,
                                                                        &validPrefix);
    g.language = normaliseCode(CLD2::LanguageCode(lang));
    g.percent = percent3[0];
    g.reliable = reliable && !g.language.isEmpty();
    g.textBytes = textBytes;
    return g;
}

} // namespace hd
