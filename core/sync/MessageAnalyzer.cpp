#include "core/sync/MessageAnalyzer.h"

namespace hd {
using namespace Qt::StringLiterals;

MessageAnalyzer::Detail MessageAnalyzer::analyzeText(const QString &text, const QString &fallbackLanguage,
                                                     const QString &knownLanguage) const
{
    Detail d;
    if (!knownLanguage.isEmpty()) {
        d.language = knownLanguage;
        d.languageReliable = true;
    } else {
        const LanguageGuess guess = m_language.detect(text, fallbackLanguage);
        d.language = guess.language;
        d.languageReliable = guess.reliable;
    }
    const IntentResult intent = m_classifier.classifyIntent(text, d.language);
    d.intent = intent.intent;
    // The stored taxonomy spells it as the labelled buyer data does.
    if (d.intent == "pre_sales_question"_L1)
        d.intent = u"presales_question"_s;
    d.intentConfidence = intent.confidence;
    d.intentExplanation = m_classifier.explain(intent);
    const SentimentResult sentiment = m_classifier.classifySentiment(text, d.language);
    d.sentiment = sentiment.sentiment;
    d.sentimentExplanation = m_classifier.explain(sentiment);
    return d;
}

MessageAnalysis MessageAnalyzer::analyze(const InboundMessage &message, const QString &fallbackLanguage) const
{
    // A language the channel states (e.g. a marketplace's buyer locale) beats a guess.
    const QString text = message.bodyText.isEmpty() ? message.subject : message.bodyText;
    const QString language = message.language.isEmpty() ? m_language.detect(text, fallbackLanguage).language
                                                         : message.language;
    // One normalisation and one scoring pass for both labels, and no explanations: the ingest path
    // stores labels only (docs/PERFORMANCE.md, "pipeline-lean": 0.46 -> 0.54 of bare SQLite).
    const MessageClassification c = m_classifier.classify(text, language);
    QString intent = c.intent.intent;
    if (intent == "pre_sales_question"_L1)
        intent = u"presales_question"_s;
    return MessageAnalysis{language, intent, c.sentiment.sentiment};
}

} // namespace hd
