#pragma once

// Value types returned by MessageClassifier. Plain data: no QObject, safe to copy across threads.

#include <QList>
#include <QString>

namespace hd {

/// One reason behind a classification. `cue` is what matched, as a person would read it: a lexicon
/// phrase ("money back", "Erstattung", "返金"), a model feature ("geld zurück", "退款"), a learned cue
/// from an agent correction, or a signal such as "!!!". `weight` is its contribution to the score
/// (signed for sentiment). `source` says which of those it is: "lexicon", "rule" (dominant-intent
/// rule, e.g. a wrong item beats the exchange it asks for), "tone" (a clearly negative or positive
/// message with no specific request leans complaint or praise), "model", "correction", "signal" or
/// "intent" (sentiment pushed by the message's intent).
struct Evidence {
    QString cue;
    double weight = 0.0;
    QString source = {};
};

/// The intent of a buyer message, one of MessageClassifier::intentLabels(), with the evidence for it,
/// strongest first. confidence is in 0..1.
struct IntentResult {
    QString intent;
    double confidence = 0.0;
    QList<Evidence> evidence;
};

/// The tone of a buyer message: "negative", "neutral" or "positive". score is in -1..1 (negative to
/// positive); evidence lists the cues that moved it, strongest first.
struct SentimentResult {
    QString sentiment;
    double score = 0.0; // -1..1
    QList<Evidence> evidence;
};

/// Intent and sentiment of one message, as MessageClassifier::classify() returns them.
struct MessageClassification {
    IntentResult intent;
    SentimentResult sentiment;
};

} // namespace hd
