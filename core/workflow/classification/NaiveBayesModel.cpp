#include "core/workflow/classification/NaiveBayesModel.h"

#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace hd {

namespace {

// Character n-grams of 3-4 letters: 5-grams added cost and no accuracy in cross-validation.
constexpr int MinCharGram = 3;
constexpr int MaxCharGram = 4;

/// Calls emit(QStringView key) for every feature of text, in order, duplicates included. The view
/// points into a reused buffer: copy it if it must outlive the call.
template <typename Emit>
void forEachFeature(const NormalizedText &text, Emit &&emit)
{
    QString key;
    key.reserve(128);
    auto put = [&](QStringView prefix, std::initializer_list<QStringView> parts) {
        key.clear();
        key.append(prefix);
        for (QStringView p : parts)
            key.append(p);
        emit(QStringView(key));
    };
    static const QString space = u" "_s;
    static const QString number = u"#"_s;
    const int n = int(text.units.size());
    QStringView previousWord;
    int cjkStart = -1;
    auto flushCjk = [&](int end) {
        if (cjkStart < 0)
            return;
        for (int i = cjkStart; i < end; ++i) {
            put(u"k:", {text.units.at(i)});
            if (i + 1 < end)
                put(u"k:", {text.units.at(i), text.units.at(i + 1)});
            if (i + 2 < end)
                put(u"k:", {text.units.at(i), text.units.at(i + 1), text.units.at(i + 2)});
        }
        cjkStart = -1;
    };
    for (int i = 0; i < n; ++i) {
        const QString &u = text.units.at(i);
        const quint8 f = text.flags.at(i);
        if (f & NormalizedText::ClauseStart) {
            flushCjk(i);
            previousWord = {};
        }
        if (f & NormalizedText::Cjk) {
            if (cjkStart < 0)
                cjkStart = i;
            previousWord = {};
            continue;
        }
        flushCjk(i);
        if (f & NormalizedText::Emoji) {
            put(u"e:", {u});
            previousWord = {};
            continue;
        }
        const bool isNumber = (f & NormalizedText::Number)
            && std::count_if(u.cbegin(), u.cend(), [](QChar c) { return c.isDigit(); }) >= 3;
        const QStringView word = isNumber ? QStringView(number) : QStringView(u);
        put(u"w:", {word});
        if (!previousWord.isEmpty())
            put(u"b:", {previousWord, space, word});
        previousWord = word;
        if (isNumber)
            continue;
        // Grams of the word padded with '<' and '>', without building the padded copy.
        const qsizetype padded = u.size() + 2;
        for (int len = MinCharGram; len <= MaxCharGram; ++len) {
            for (qsizetype s = 0; s + len <= padded; ++s) {
                key.clear();
                key.append(u"c:");
                for (qsizetype j = s; j < s + len; ++j) {
                    if (j == 0)
                        key.append(u'<');
                    else if (j == padded - 1)
                        key.append(u'>');
                    else
                        key.append(u.at(j - 1));
                }
                emit(QStringView(key));
            }
        }
    }
    flushCjk(n);
}

} // namespace

quint64 NaiveBayesModel::hashFeature(QStringView key)
{
    quint64 h = 14695981039346656037ULL; // FNV-1a, 64 bit
    for (const QChar c : key) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return h;
}

QStringList NaiveBayesModel::features(const NormalizedText &text)
{
    QStringList out;
    QSet<QString> seen;
    forEachFeature(text, [&](QStringView key) {
        const QString k = key.toString();
        if (!seen.contains(k)) {
            seen.insert(k);
            out.append(k);
        }
    });
    return out;
}

QList<quint64> NaiveBayesModel::hashedFeatures(const NormalizedText &text)
{
    QList<quint64> out;
    out.reserve(256);
    forEachFeature(text, [&](QStringView key) { out.append(hashFeature(key)); });
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

QString NaiveBayesModel::displayFeature(const QString &feature)
{
    const QString body = feature.mid(2);
    if (!feature.startsWith(u"c:"_s))
        return body;
    QString shown = body;
    const bool start = shown.startsWith(u'<');
    const bool end = shown.endsWith(u'>');
    if (start)
        shown.remove(0, 1);
    if (end)
        shown.chop(1);
    return (start ? QString() : u"…"_s) + shown + (end ? QString() : u"…"_s);
}

NaiveBayesModel NaiveBayesModel::train(const QList<QStringList> &documents, const QStringList &labels,
                                       double alpha)
{
    NaiveBayesModel m;
    m.m_alpha = alpha;
    QHash<QString, int> labelIndex;
    for (const QString &l : labels) {
        if (!labelIndex.contains(l)) {
            labelIndex.insert(l, int(m.m_labels.size()));
            m.m_labels.append(l);
        }
    }
    const int k = int(m.m_labels.size());
    for (qsizetype d = 0; d < documents.size() && d < labels.size(); ++d) {
        const int c = labelIndex.value(labels.at(d));
        ++m.m_documents;
        for (const QString &f : documents.at(d)) {
            QList<int> &counts = m.m_counts[f];
            if (counts.isEmpty())
                counts.resize(k, 0);
            ++counts[c];
        }
    }
    m.finalize();
    return m;
}

void NaiveBayesModel::finalize()
{
    const int k = int(m_labels.size());
    m_totals = QList<double>(k, 0.0);
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        for (int c = 0; c < k; ++c)
            m_totals[c] += it->at(c);
    }
    m_vocabulary = double(m_counts.size());
    buildTable();
}

void NaiveBayesModel::buildTable()
{
    const int k = int(m_labels.size());
    m_unseenLogProb.resize(k);
    QList<double> denominators(k);
    for (int c = 0; c < k; ++c) {
        denominators[c] = std::log(m_totals[c] + m_alpha * (m_vocabulary + 1.0));
        m_unseenLogProb[c] = std::log(m_alpha) - denominators[c];
    }
    m_index.clear();
    m_index.reserve(m_counts.size());
    m_names.clear();
    m_table.clear();
    m_rowDf.clear();
    m_rowMean.clear();
    m_table.reserve(m_counts.size() * k);
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        int df = 0;
        float mean = 0;
        for (int c = 0; c < k; ++c) {
            const float lp = float(std::log(it->at(c) + m_alpha) - denominators[c]);
            m_table.append(lp);
            mean += lp / k;
            df += it->at(c);
        }
        m_rowMean.append(mean);
        m_index.insert(hashFeature(it.key()), int(m_names.size()));
        m_names.append(it.key());
        m_rowDf.append(df);
    }
}

QByteArray NaiveBayesModel::serialize(int minDocuments) const
{
    // Totals and vocabulary size are those of the full model, so pruning rare features does not
    // shift the probabilities of the features that are kept.
    const int k = int(m_labels.size());
    QByteArray out = "#hd-naive-bayes\t1\n";
    out += "labels\t" + m_labels.join(u'\t').toUtf8() + '\n';
    out += "alpha\t" + QByteArray::number(m_alpha) + '\n';
    out += "documents\t" + QByteArray::number(m_documents) + '\n';
    out += "vocabulary\t" + QByteArray::number(qint64(m_vocabulary)) + '\n';
    out += "totals";
    for (double t : m_totals)
        out += '\t' + QByteArray::number(qint64(t));
    out += '\n';
    QStringList keys;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        if (std::accumulate(it->cbegin(), it->cend(), 0) >= minDocuments)
            keys.append(it.key());
    }
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        const QList<int> &counts = m_counts.value(key);
        out += "f\t" + key.toUtf8() + '\t';
        bool first = true;
        for (int c = 0; c < k; ++c) {
            if (counts.at(c) == 0)
                continue;
            if (!first)
                out += ' ';
            out += QByteArray::number(c) + ':' + QByteArray::number(counts.at(c));
            first = false;
        }
        out += '\n';
    }
    return out;
}

Result<NaiveBayesModel> NaiveBayesModel::parse(const QByteArray &tsv)
{
    NaiveBayesModel m;
    QList<double> totals;
    double vocabulary = -1;
    int lineNo = 0;
    auto bad = [&lineNo](const QString &why) {
        return Error::make(Error::Code::Parse, u"Invalid naive Bayes model at line %1"_s.arg(lineNo), why);
    };
    for (const QByteArray &raw : tsv.split('\n')) {
        ++lineNo;
        if (raw.isEmpty() || raw.startsWith('#'))
            continue;
        const QList<QByteArray> f = raw.split('\t');
        const QByteArray &key = f.at(0);
        if (key == "f") {
            if (f.size() != 3 || m.m_labels.isEmpty())
                return bad(u"feature line"_s);
            QList<int> counts(m.m_labels.size(), 0);
            for (const QByteArray &pair : f.at(2).split(' ')) {
                const qsizetype colon = pair.indexOf(':');
                const int c = pair.left(colon).toInt();
                if (colon <= 0 || c < 0 || c >= counts.size())
                    return bad(QString::fromUtf8(pair));
                counts[c] = pair.mid(colon + 1).toInt();
            }
            m.m_counts.insert(QString::fromUtf8(f.at(1)), counts);
        } else if (key == "labels") {
            for (qsizetype i = 1; i < f.size(); ++i)
                m.m_labels.append(QString::fromUtf8(f.at(i)));
        } else if (key == "alpha" && f.size() == 2) {
            m.m_alpha = f.at(1).toDouble();
        } else if (key == "documents" && f.size() == 2) {
            m.m_documents = f.at(1).toInt();
        } else if (key == "vocabulary" && f.size() == 2) {
            vocabulary = f.at(1).toDouble();
        } else if (key == "totals") {
            for (qsizetype i = 1; i < f.size(); ++i)
                totals.append(f.at(i).toDouble());
        } else {
            return bad(QString::fromUtf8(key));
        }
    }
    if (m.m_labels.isEmpty())
        return m;
    if (totals.size() != m.m_labels.size() || vocabulary < 0 || m.m_alpha <= 0)
        return Error::make(Error::Code::Parse, u"Invalid naive Bayes model header"_s);

    m.m_totals = totals;
    m.m_vocabulary = vocabulary;
    m.buildTable();
    return m;
}

QList<quint64> NaiveBayesModel::hashes(const QStringList &features)
{
    QList<quint64> out;
    out.reserve(features.size());
    for (const QString &f : features)
        out.append(hashFeature(f));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

int NaiveBayesModel::documentFrequency(quint64 feature) const
{
    const auto it = m_index.constFind(feature);
    return it == m_index.cend() ? 0 : m_rowDf.at(*it);
}

QList<double> NaiveBayesModel::scores(const QList<quint64> &features, int *known) const
{
    const int k = int(m_labels.size());
    QList<double> s(k, 0.0);
    int seen = 0;
    for (const quint64 f : features) {
        const auto it = m_index.constFind(f);
        if (it == m_index.cend())
            continue;
        ++seen;
        const float *row = m_table.constData() + qsizetype(*it) * k;
        for (int c = 0; c < k; ++c)
            s[c] += row[c];
    }
    if (known)
        *known = seen;
    if (seen == 0)
        return {};
    double mean = 0.0;
    for (double &v : s) {
        v /= seen;
        mean += v;
    }
    mean /= k;
    for (double &v : s)
        v -= mean;
    return s;
}

QList<NaiveBayesModel::Contribution> NaiveBayesModel::topContributions(const QList<quint64> &features, int label,
                                                                        int n) const
{
    const int k = int(m_labels.size());
    if (label < 0 || label >= k)
        return {};
    // (weight, row) pairs first; names are copied only for the few that are reported.
    QVarLengthArray<std::pair<float, int>, 256> ranked;
    for (const quint64 f : features) {
        const auto it = m_index.constFind(f);
        if (it == m_index.cend())
            continue;
        const float w = m_table.at(qsizetype(*it) * k + label) - m_rowMean.at(*it);
        // "re…" explains nothing: boundary grams with fewer than 3 letters are not reported.
        const QString &name = m_names.at(*it);
        const bool tooShort = name.startsWith(u"c:"_s)
            && name.size() - 2 - (name.at(2) == u'<') - (name.endsWith(u'>') ? 1 : 0) < 3;
        if (w > 0 && !tooShort)
            ranked.append({w, *it});
    }
    const qsizetype keep = std::min<qsizetype>(ranked.size(), qsizetype(n) * 4);
    std::partial_sort(ranked.begin(), ranked.begin() + keep, ranked.end(), [this](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : m_names.at(a.second) < m_names.at(b.second);
    });
    QList<Contribution> all;
    for (qsizetype i = 0; i < keep; ++i)
        all.append(Contribution{m_names.at(ranked[i].second), ranked[i].first});
    // Overlapping character n-grams of one word say the same thing; keep the strongest per word.
    QList<Contribution> out;
    QStringList shown;
    for (const Contribution &c : std::as_const(all)) {
        if (out.size() >= n)
            break;
        const QString core = displayFeature(c.feature).remove(u'…');
        const bool redundant = std::any_of(shown.cbegin(), shown.cend(), [&](const QString &o) {
            return o.contains(core) || core.contains(o);
        });
        if (!redundant) {
            out.append(c);
            shown.append(core);
        }
    }
    return out;
}

} // namespace hd
