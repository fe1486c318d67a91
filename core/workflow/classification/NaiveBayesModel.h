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

    /// Feature keys of a text (deduplicated): "w:" word, "b:" word pair, "c:" character 3-4-gram of
    /// a word padded with '<' '>', "k:" CJK 1-3-gram, "e:" emoji, "w:#" any number with 3+ digits.
    static QStringList features(const NormalizedText &text);
    /// The same features as 64-bit hashes (sorted, unique), built without allocating a string per
    /// feature: this is what classification uses, several times faster than features().
    static QList<quint64> hashedFeatures(const NormalizedText &text);
    static QList<quint64> hashes(const QStringList &features);
    static quint64 hashFeature(QStringView key);

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
    QList<double> scores(const QList<quint64> &features, int *known = nullptr) const;
    QList<double> scores(const QStringList &features, int *known = nullptr) const { return scores(hashes(features), known); }

    /// The features of a text that most favour `label`, strongest first (at most n, weight > 0), by
    /// name; overlapping n-grams of one word are reported once.
    QList<Contribution> topContributions(const QList<quint64> &features, int label, int n) const;
    QList<Contribution> topContributions(const QStringList &features, int label, int n) const
    {
        return topContributions(hashes(features), label, n);
    }

    /// In how many training documents a feature occurred (0 if unknown).
    int documentFrequency(quint64 feature) const;
    int documentFrequency(const QString &feature) const { return documentFrequency(hashFeature(feature)); }

private:
    void finalize();
    void buildTable();

    QStringList m_labels;
    double m_alpha = 0.3;
    int m_documents = 0;
    QHash<QString, QList<int>> m_counts; ///< feature -> documents per label containing it
    QHash<quint64, int> m_index;         ///< feature hash -> row
    QStringList m_names;                 ///< row -> feature key
    QList<float> m_table;                ///< row * labels + label -> log P(f|label)
    QList<int> m_rowDf;                  ///< row -> documents containing the feature
    QList<float> m_rowMean;              ///< row -> mean log P(f|label) over labels
    QList<double> m_totals;              ///< feature occurrences per label, of the unpruned model
    double m_vocabulary = 0;             ///< features in the unpruned model
    QList<double> m_unseenLogProb;       ///< log P(unknown feature|label), for reference
};

} // namespace hd
