#pragma once

#include "core/common/Result.h"
#include "core/workflow/classification/ClassificationResult.h"
#include "core/workflow/classification/CueLexicon.h"
#include "core/workflow/classification/NaiveBayesModel.h"
#include "core/workflow/classification/ToneScorer.h"

#include <QHash>
#include <QAtomicInt>
#include <QReadWriteLock>
#include <QString>
#include <QStringList>

#include <array>

namespace hd {

/// Offline, explainable intent and sentiment classification of buyer messages in en es de fr it pt ja
/// zh nl pl (other languages fall back to the shared cues and the n-gram model).
///
/// Intent = weighted multilingual cue phrases (resources/classification/intent_cues.tsv) + a small
/// naive Bayes model over word/character n-grams + boosts learned from agent corrections. Cue weights
/// encode the "dominant intent" rule: a legal threat outweighs the refund it asks for, thanks for a
/// refund is praise. With no cue and no model signal the intent is "other".
/// Sentiment = signed cue lexicon per language with negation ("not happy", "nicht schlecht", "不满意",
/// "満足していません"), intensifiers, contrast ("but ..."), emoji, "!!!"/"???"/shouting, plus the pull of
/// the intent (complaint and chargeback push negative, praise positive).
///
/// Every result carries its evidence. All classify/explain methods are const and thread-safe;
/// addCorrection() may run concurrently with them. Typical cost is tens of microseconds per message
/// (see docs/QUALITY.md).
class MessageClassifier final {
public:
    static constexpr int IntentCount = 14;

    /// Lexicons and models the classifier runs on.
    struct Resources {
        CueLexicon intentCues;
        CueLexicon sentimentCues;
        NaiveBayesModel intentModel;    ///< may be empty: lexicon only
        NaiveBayesModel sentimentModel; ///< may be empty

        /// The data compiled into harbordesk_core from resources/classification/.
        static Resources builtin();
        /// Reads intent_cues.tsv, sentiment_cues.tsv and, if present, intent_model.tsv and
        /// sentiment_model.tsv from dir (for tuning without rebuilding).
        static Result<Resources> fromDirectory(const QString &dir);
    };

    /// Knobs of the score combination; the defaults are the tuned values reported in docs/QUALITY.md.
    struct Tuning {
        double foreignCueWeight = 0.6; ///< intent cues of a language other than the message's
        double foreignSentimentCueWeight = 0.25; ///< sentiment cues: false friends abound (nl "ruim" = loose, pt "ruim" = bad)
        double fuzzyCueWeight = 0.8;   ///< cues matched with one typo
        double otherPrior = 0.9;       ///< score "other" starts with; cues must beat it
        double intentModelWeight = 0.75;
        double intentModelSharpness = 2.0;
        double sentimentModelWeight = 0.0;
        double negativeThreshold = 0.8;
        double positiveThreshold = 1.5;
        double correctionWeight = 1.0;
        double toneWeight = 0.4; ///< complaint/praise score per unit of lexical tone with no specific cue
        double toneCap = 1.5;
        bool useLexicon = true;
        bool useModel = true;
    };

    MessageClassifier();
    explicit MessageClassifier(Resources resources);
    MessageClassifier(Resources resources, Tuning tuning);
    MessageClassifier(const MessageClassifier &) = delete;
    MessageClassifier &operator=(const MessageClassifier &) = delete;

    /// Intent of text. language is an ISO 639-1 code, or empty when unknown; it only weights cues.
    IntentResult classifyIntent(const QString &text, const QString &language) const;
    /// Tone of text: negative, neutral or positive, with a score in -1..1.
    SentimentResult classifySentiment(const QString &text, const QString &language) const;

    /// Both at once, sharing the normalisation and the intent scoring: about half the cost of calling
    /// classifyIntent() and classifySentiment(). The ingest pipeline's entry point.
    MessageClassification classify(const QString &text, const QString &language) const;

    /// One line for an agent, e.g. "refund: matched 'money back', 'refund*'; model: 'geld'".
    QString explain(const IntentResult &result) const;
    QString explain(const SentimentResult &result) const;

    /// Records an agent's correction. Later messages with the same text get the corrected labels;
    /// messages sharing its distinctive words or characters lean towards them. In memory only: the
    /// caller persists corrections and replays them at start-up. Empty intent or sentiment = unchanged.
    void addCorrection(const QString &text, const QString &language, const QString &intent,
                       const QString &sentiment);
    int correctionCount() const;

    /// The 14 intent labels, in a fixed order.
    static const QStringList &intentLabels();
    /// "negative", "neutral", "positive".
    static const QStringList &sentimentLabels();
    /// Maps accepted spellings to the label used here ("presales_question" -> "pre_sales_question");
    /// returns an empty string for an unknown label.
    static QString canonicalIntent(const QString &label);

    const Tuning &tuning() const { return m_tuning; }
    const Resources &resources() const { return m_resources; }

private:
    struct IntentScores {
        std::array<double, IntentCount> total{};
        std::array<double, IntentCount> lexicon{};
        std::array<double, IntentCount> model{}; ///< the n-gram model's share of total
        std::array<QList<Evidence>, IntentCount> evidence;
        QList<quint64> features; ///< hashed model features (also key corrections)
    };
    IntentScores scoreIntent(const NormalizedText &text, const QString &language) const;
    IntentResult intentFrom(const IntentScores &scores) const;
    SentimentResult sentimentFrom(const NormalizedText &text, const QString &language, const IntentScores &scores) const;
    static QString correctionKey(const NormalizedText &text);
    static QList<std::pair<quint64, QString>> correctionFeatures(const NormalizedText &text);

    Resources m_resources;
    Tuning m_tuning;
    ToneScorer m_tone; ///< reads m_resources.sentimentCues
    std::array<int, IntentCount> m_modelIndex{}; ///< intent -> label index in the model, -1 if absent
    std::array<int, 3> m_sentimentModelIndex{};

    mutable QReadWriteLock m_correctionLock;
    QHash<QString, std::pair<int, int>> m_exactCorrections; ///< text key -> (intent, sentiment), -1 = none
    QHash<quint64, std::array<double, IntentCount>> m_intentFeatureVotes; ///< feature hash -> votes
    QHash<quint64, std::array<double, 3>> m_sentimentFeatureVotes;
    QHash<quint64, QString> m_correctionNames; ///< feature hash -> key, for explanations
    QAtomicInt m_correctionCount = 0;          ///< read without the lock: no corrections, no locking
};

} // namespace hd
