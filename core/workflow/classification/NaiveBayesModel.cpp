#include "core/workflow/classification/NaiveBayesModel.h"

#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace hd {

namespace {

constexpr int MinCharGram = 3;
constexpr int MaxCharGram = 5;

} // namespace

QStringList NaiveBayesModel::features(const NormalizedText &text)
{
    QSet<QString> out;
    const int n = int(text.units.size());
    QString previousWord;
    QString cjkRun;
    auto flushCjk = [&]() {
        for (int i = 0; i < cjkRun.size(); ++i) {
            for (int len = 1; len <= 3 && i + len <= cjkRun.size(); ++len)
                out.insert(u"k:"_s + cjkRun.mid(i, len));
        }
        cjkRun.clear();
    };
    for (int i = 0; i < n; ++i) {
        const QString &u = text.units.at(i);
        const quint8 f = text.flags.at(i);
        if (f & NormalizedText::ClauseStart) {
            flushCjk();
            previousWord.clear();
        }
        if (f & NormalizedText::Cjk) {
            cjkRun.append(u);
            previousWord.clear();
            continue;
        }
        flushCjk();
        if (f & NormalizedText::Emoji) {
            out.insert(u"e:"_s + u);
            previousWord.clear();
            continue;
        }
        const bool number = (f & NormalizedText::Number)
            && std::count_if(u.cbegin(), u.cend(), [](QChar c) { return c.isDigit(); }) >= 3;
        const QString word = number ? u"#"_s : u;
        out.insert(u"w:"_s + word);
        if (!previousWord.isEmpty())
            out.insert(u"b:"_s + previousWord + QLatin1Char(' ') + word);
        previousWord = word;
        if (number)
            continue;
        const QString padded = QLatin1Char('<') + u + QLatin1Char('>');
        for (int len = MinCharGram; len <= MaxCharGram; ++len) {
            for (int s = 0; s + len <= padded.size(); ++s)
                out.insert(u"c:"_s + padded.mid(s, len));
        }
    }
    flushCjk();
    QStringList list(out.cbegin(), out.cend());
    list.sort();
    return list;
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
    QList<double> totals(k, 0.0);
    m_df.clear();
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        int df = 0;
        for (int c = 0; c < k; ++c) {
            totals[c] += it->at(c);
            df += it->at(c);
        }
        m_df.insert(it.key(), df);
    }
    const double vocabulary = double(m_counts.size());
    m_unseenLogProb.resize(k);
    QList<double> denominators(k);
    for (int c = 0; c < k; ++c) {
        denominators[c] = std::log(totals[c] + m_alpha * (vocabulary + 1.0));
        m_unseenLogProb[c] = std::log(m_alpha) - denominators[c];
    }
    m_logProb.clear();
    m_logProb.reserve(m_counts.size());
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        QList<float> lp(k);
        for (int c = 0; c < k; ++c)
            lp[c] = float(std::log(it->at(c) + m_alpha) - denominators[c]);
        m_logProb.insert(it.key(), lp);
    }
}

QByteArray NaiveBayesModel::serialize(int minDocuments) const
{
    // Totals and vocabulary size are those of the full model, so pruning rare features does not
    // shift the probabilities of the features that are kept.
    const int k = int(m_labels.size());
    QList<double> totals(k, 0.0);
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        for (int c = 0; c < k; ++c)
            totals[c] += it->at(c);
    }
    QByteArray out = "#hd-naive-bayes\t1\n";
    out += "labels\t" + m_labels.join(u'\t').toUtf8() + '\n';
    out += "alpha\t" + QByteArray::number(m_alpha) + '\n';
    out += "documents\t" + QByteArray::number(m_documents) + '\n';
    out += "vocabulary\t" + QByteArray::number(m_counts.size()) + '\n';
    out += "totals";
    for (double t : totals)
        out += '\t' + QByteArray::number(qint64(t));
    out += '\n';
    QStringList keys;
    for (auto it = m_df.cbegin(); it != m_df.cend(); ++it) {
        if (it.value() >= minDocuments)
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

    const int k = int(m.m_labels.size());
    m.m_unseenLogProb.resize(k);
    QList<double> denominators(k);
    for (int c = 0; c < k; ++c) {
        denominators[c] = std::log(totals[c] + m.m_alpha * (vocabulary + 1.0));
        m.m_unseenLogProb[c] = std::log(m.m_alpha) - denominators[c];
    }
    for (auto it = m.m_counts.cbegin(); it != m.m_counts.cend(); ++it) {
        QList<float> lp(k);
        int df = 0;
        for (int c = 0; c < k; ++c) {
            lp[c] = float(std::log(it->at(c) + m.m_alpha) - denominators[c]);
            df += it->at(c);
        }
        m.m_logProb.insert(it.key(), lp);
        m.m_df.insert(it.key(), df);
    }
    return m;
}

QList<double> NaiveBayesModel::scores(const QStringList &features, int *known) const
{
    const int k = int(m_labels.size());
    QList<double> s(k, 0.0);
    int seen = 0;
    for (const QString &f : features) {
        const auto it = m_logProb.constFind(f);
        if (it == m_logProb.cend())
            continue;
        ++seen;
        for (int c = 0; c < k; ++c)
            s[c] += it->at(c);
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

QList<NaiveBayesModel::Contribution> NaiveBayesModel::topContributions(const QStringList &features, int label,
                                                                        int n) const
{
    QList<Contribution> all;
    const int k = int(m_labels.size());
    if (label < 0 || label >= k)
        return all;
    for (const QString &f : features) {
        const auto it = m_logProb.constFind(f);
        if (it == m_logProb.cend())
            continue;
        double mean = 0.0;
        for (int c = 0; c < k; ++c)
            mean += it->at(c);
        mean /= k;
        const double w = it->at(label) - mean;
        if (w > 0)
            all.append(Contribution{f, w});
    }
    std::sort(all.begin(), all.end(), [](const Contribution &a, const Contribution &b) {
        return a.weight != b.weight ? a.weight > b.weight : a.feature < b.feature;
    });
    // Overlapping character n-grams of one word say the same thing; keep the strongest per word.
    QList<Contribution> out;
    for (const Contribution &c : std::as_const(all)) {
        if (out.size() >= n)
            break;
        const QString shown = displayFeature(c.feature);
        const QString core = QString(shown).remove(u'…');
        const bool redundant = std::any_of(out.cbegin(), out.cend(), [&](const Contribution &o) {
            const QString other = displayFeature(o.feature).remove(u'…');
            return other.contains(core) || core.contains(other);
        });
        if (!redundant)
            out.append(c);
    }
    return out;
}

} // namespace hd
