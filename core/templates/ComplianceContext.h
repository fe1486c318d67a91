#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace hd {

/// What the checker needs to know besides the text and the channel.
struct ComplianceContext
{
    qint64 nowMs = 0;              ///< UTC ms (from the Clock)
    qint64 lastBuyerMessageAt = 0; ///< UTC ms of the buyer's newest message; 0 = none known
    /// ISO 639-1 language of the reply as detected (LanguageDetector); empty = the checker guesses
    /// from the script and common words (Walmart's English-only rule).
    QString replyLanguage;
    /// Order numbers, tracking numbers, SKUs in the reply (e.g. RenderResult::filled values): never
    /// reported as phone numbers or links.
    QStringList protectedTerms;
};

} // namespace hd
