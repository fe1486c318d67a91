#pragma once

#include <QString>
#include <QStringView>

namespace hd {

/// Thin wrapper over CLD2 (the compact language detector from Chrome), giving product codes:
/// ISO 639-1 where one exists, "zh" for both Chinese scripts, "he" for CLD2's "iw", "no" for
/// Bokmål. CLD2 keeps no state between calls, so this is safe from any thread.
class Cld2Detector final
{
public:
    struct Guess
    {
        QString language; ///< empty when CLD2 answers "unknown"
        int percent = 0;  ///< share of the text CLD2 gave to `language`, 0..100
        bool reliable = false;
        int textBytes = 0; ///< letters-only bytes CLD2 scored
    };

    /// `bestEffort` asks CLD2 for an answer even on short text (kCLDFlagBestEffort); without it
    /// this is plain CLD2, the baseline the evaluator compares against.
    static Guess detect(QStringView text, bool bestEffort);

    /// Maps a CLD2 language code to the product's code ("zh-Hant" -> "zh", "iw" -> "he", ...).
    static QString normaliseCode(const char *cld2Code);
};

} // namespace hd
