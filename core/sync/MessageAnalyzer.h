#pragma once

#include "core/language/LanguageDetector.h"
#include "core/sync/IngestPipeline.h"
#include "core/workflow/classification/MessageClassifier.h"

namespace hd {

/// The analysis step of the ingest pipeline: detects the language of each inbound message
/// (falling back to the buyer's known language on short texts) and classifies its intent and
/// sentiment. Const and thread-safe, so one instance may serve several pipelines.
class MessageAnalyzer final {
public:
    /// Everything the analysis found, with the explanations an agent sees.
    struct Detail {
        QString language;
        bool languageReliable = false;
        QString intent;
        double intentConfidence = 0.0;
        QString intentExplanation;
        QString sentiment;
        QString sentimentExplanation;
    };

    MessageAnalysis analyze(const InboundMessage &message, const QString &fallbackLanguage) const;
    /// Analyses bare text; `knownLanguage` (if any) is trusted over detection.
    Detail analyzeText(const QString &text, const QString &fallbackLanguage, const QString &knownLanguage = {}) const;

private:
    LanguageDetector m_language;
    MessageClassifier m_classifier;
};

} // namespace hd
