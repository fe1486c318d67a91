#pragma once

#include "core/common/Result.h"
#include "core/workflow/classification/TextNormalizer.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace hd {

/// Multinomial naive Bayes over the binary presence of word, word-bigram, character n-gram (3-5, for
/// inflection and typos) and CJK character n-gram (1-3) features of a NormalizedText.
///
/// Small and explainable: every feature's per-label log-probability can be read back, so a
/// prediction names the n-grams that drove it. Trained offline by `harbordesk-clseval --write-model`
/// (see resources/classification/README.md) and loaded from the compiled-in TSV; also trainable in
/// memory, which is how cross-validation is measured. Immutable after construction; const methods are
/// thread-safe.
class NaiveBayesModel final {
public:
    struct Contribution {
        QString feature;  ///< raw feature key, e.g. "w:refund", "k:退款"
        double weight = 0.0; ///< log P(f|label) minus the mean over labels
    };

    NaiveBayesModel() = default;

    /// Feature keys of a text (deduplicated): "w:" word, "b:" word pair, "c:" character n-gram of a
    /// word padded with '<' '>', "k:" CJK n-gram, "e:" emoji, "w:#" any number.
    static QStringList features(const NormalizedText &text);

    /// A readable form of a feature key for explanations: "w:geld" -> "geld", "c:<erst" -> "erst…".
    static QString displayFeature(const QString &feature);

    /// Trains on (features, label) documents with Laplace smoothing alpha.
    static NaiveBayesModel train(const QList<QStringList> &documents, const QStringList &labels,
                                 double alpha = 0.3);

    /// Parses the TSV written by serialize().
    static Result<NaiveBayesModel> parse(const QByteArray &tsv);

    /// Writes the model as TSV, keeping only features seen in at least minDocuments documents.
    QByteArray serialize(int minDocuments = 1) const;

    bool isEmpty() const { return m_labels.isEmpty(); }
    const QStringList &labels() const { return m_labels; }
    int documentCount() const { return m_documents; }

    /// Average log-likelihood per known feature, one entry per labels() (uniform prior), centred to
    /// mean zero. `known` receives how many of the features the model has seen. Empty if no feature
    /// is known.
    QList<double> scores(const QStringList &features, int *known = nullptr) const;

    /// The features of a text that most favour `label`, strongest first (at most n, weight > 0).
    QList<Contribution> topContributions(const QStringList &features, int label, int n) const;

    /// In how many training documents a feature occurred (0 if unknown).
    int documentFrequency(const QString &feature) const { return m_df.value(feature); }

private:
    void finalize();

    QStringList m_labels;
    double m_alpha = 0.3;
    int m_documents = 0;
    QHash<QString, QList<int>> m_counts; ///< feature -> documents per label containing it
    QHash<QString, int> m_df;
    QHash<QString, QList<float>> m_logProb; ///< feature -> log P(f|label)
    QList<double> m_unseenLogProb;          ///< log P(unknown feature|label), for reference
};

} // namespace hd
