#include "core/sync/MessageAnalyzer.h"

namespace hd {

MessageAnalysis MessageAnalyzer::analyze(const InboundMessage &message, const QString &fallbackLanguage) const
{
    MessageAnalysis out;
    // A language the channel states (e.g. a marketplace's buyer locale) beats a guess.
    if (!message.language.isEmpty()) {
        out.language = message.language;
    } else {
        const QString text = message.bodyText.isEmpty() ? message.subject : message.bodyText;
        out.language = m_language.detect(text, fallbackLanguage).language;
    }
    return out;
}

} // namespace hd
