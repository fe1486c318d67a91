#pragma once

#include "core/language/LanguageDetector.h"
#include "core/sync/IngestPipeline.h"

namespace hd {

/// The analysis step of the ingest pipeline: detects the language of each inbound message
/// (falling back to the buyer's known language on short texts) and classifies its intent and
/// sentiment. Stateless and const, so one instance may serve several pipelines.
class MessageAnalyzer final {
public:
    MessageAnalysis analyze(const InboundMessage &message, const QString &fallbackLanguage) const;

private:
    LanguageDetector m_language;
};

} // namespace hd
