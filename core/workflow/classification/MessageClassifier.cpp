#include "core/workflow/classification/MessageClassifier.h"

#include "core/common/Log.h"
#include "core/workflow/classification/BuiltinClassifierData.h"

#include <QDir>
#include <QFile>
#include <QReadLocker>
#include <QSet>
#include <QWriteLocker>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace hd {

namespace {

constexpr const char *LogArea = "workflow.classification";

enum Sentiment { Negative = 0, Neutral = 1, Positive = 2 };

constexpr double ExactCorrectionBoost = 10.0;
constexpr double FeatureCorrectionCap = 3.0;

int intentIndex(const QString &label)
{
    return int(MessageClassifier::intentLabels().indexOf(label));
}

int otherIndex()
{
    static const int index = intentIndex(u"other"_s);
    return index;
}

QString baseLanguage(const QString &language)
{
    return language.left(2).toLower();
}

template <std::size_t N>
std::array<double, N> softmax(const std::array<double, N> &x, double scale)
{
    std::array<double, N> p{};
    const double top = *std::max_element(x.cbegin(), x.cend());
    double sum = 0.0;
    for (std::size_t i = 0; i < N; ++i) {
        p[i] = std::exp(scale * (x[i] - top));
        sum += p[i];
    }
    for (double &v : p)
        v /= sum;
    return p;
}

void sortEvidence(QList<Evidence> &evidence)
{
    std::stable_sort(evidence.begin(), evidence.end(), [](const Evidence &a, const Evidence &b) {
        return std::abs(a.weight) > std::abs(b.weight);
    });
}

QString quotedList(const QList<Evidence> &evidence, const QString &source, int max)
{
    QStringList parts;
    for (const Evidence &e : evidence) {
        if (e.source == source && parts.size() < max)
            parts.append(u'\'' + e.cue + u'\'');
    }
    return parts.join(u", "_s);
}

// Sentiment pull of a (lexically evident) intent. Complaint and legal threats are negative by
// definition; praise positive; late and broken parcels lean negative.
double intentSentimentPush(const QString &intent)
{
    static const QHash<QString, double> push{
        {u"complaint"_s, -1.6}, {u"chargeback_or_legal"_s, -1.3}, {u"praise"_s, 1.6},
        {u"delivery_delay"_s, -0.7}, {u"damaged_or_wrong_item"_s, -0.6}, {u"payment_problem"_s, -0.3}};
    return push.value(intent, 0.0);
}

// Ties go to the intent that dominates in the dataset's labelling rule (legal first, "other" last).
int bestIntent(const std::array<double, MessageClassifier::IntentCount> &total)
{
    static const std::array<int, MessageClassifier::IntentCount> rank = [] {
        const QStringList order{u"chargeback_or_legal"_s, u"refund"_s,          u"damaged_or_wrong_item"_s,
                                u"delivery_delay"_s,      u"cancellation"_s,    u"return_exchange"_s,
                                u"address_change"_s,      u"payment_problem"_s, u"invoice"_s,
                                u"where_is_my_order"_s,   u"pre_sales_question"_s, u"complaint"_s,
                                u"praise"_s,              u"other"_s};
        std::array<int, MessageClassifier::IntentCount> r{};
        for (int i = 0; i < MessageClassifier::IntentCount; ++i)
            r[i] = int(order.indexOf(MessageClassifier::intentLabels().at(i)));
        return r;
    }();
    int best = 0;
    for (int i = 1; i < MessageClassifier::IntentCount; ++i) {
        const double d = total[i] - total[best];
        if (d > 1e-9 || (d > -1e-9 && rank[i] < rank[best]))
            best = i;
    }
    return best;
}

} // namespace

// ---------------------------------------------------------------------------------------------------

const QStringList &MessageClassifier::intentLabels()
{
    static const QStringList labels{
        u"where_is_my_order"_s, u"delivery_delay"_s,      u"refund"_s,
        u"return_exchange"_s,   u"cancellation"_s,        u"damaged_or_wrong_item"_s,
        u"address_change"_s,    u"payment_problem"_s,     u"invoice"_s,
        u"pre_sales_question"_s, u"complaint"_s,          u"chargeback_or_legal"_s,
        u"praise"_s,            u"other"_s};
    return labels;
}

const QStringList &MessageClassifier::sentimentLabels()
{
    static const QStringList labels{u"negative"_s, u"neutral"_s, u"positive"_s};
    return labels;
}

QString MessageClassifier::canonicalIntent(const QString &label)
{
    QString l = label.trimmed().toLower();
    l.replace(u'-', u'_');
    l.replace(u' ', u'_');
    if (l == u"presales_question"_s || l == u"presales"_s || l == u"pre_sales"_s)
        l = u"pre_sales_question"_s;
    return intentLabels().contains(l) ? l : QString();
}

// ---------------------------------------------------------------------------------------------------

MessageClassifier::Resources MessageClassifier::Resources::builtin()
{
    Resources r;
    const auto load = [](const QByteArray &data, const char *what, auto &target, auto parse) {
        auto parsed = parse(data);
        if (parsed.ok())
            target = std::move(parsed).value();
        else
            log::error(LogArea, u"built-in %1: %2 (%3)"_s.arg(QLatin1StringView(what), parsed.error().message,
                                                              parsed.error().detail));
    };
    load(BuiltinClassifierData::intentCues(), "intent cues", r.intentCues, &CueLexicon::parse);
    load(BuiltinClassifierData::sentimentCues(), "sentiment cues", r.sentimentCues, &CueLexicon::parse);
    load(BuiltinClassifierData::intentModel(), "intent model", r.intentModel, &NaiveBayesModel::parse);
    load(BuiltinClassifierData::sentimentModel(), "sentiment model", r.sentimentModel, &NaiveBayesModel::parse);
    return r;
}

Result<MessageClassifier::Resources> MessageClassifier::Resources::fromDirectory(const QString &dir)
{
    Resources r;
    const QDir d(dir);
    auto read = [&d](const QString &name, bool required, QByteArray *out) -> Result<void> {
        QFile f(d.filePath(name));
        if (!f.exists() && !required)
            return {};
        if (!f.open(QIODevice::ReadOnly))
            return Error::make(Error::Code::NotFound, u"Cannot read %1"_s.arg(f.fileName()), f.errorString());
        *out = f.readAll();
        return {};
    };
    QByteArray data;
    if (auto s = read(u"intent_cues.tsv"_s, true, &data); !s.ok())
        return s.error();
    auto intent = CueLexicon::parse(data);
    if (!intent.ok())
        return intent.error();
    r.intentCues = std::move(intent).value();

    data.clear();
    if (auto s = read(u"sentiment_cues.tsv"_s, true, &data); !s.ok())
        return s.error();
    auto sentiment = CueLexicon::parse(data);
    if (!sentiment.ok())
        return sentiment.error();
    r.sentimentCues = std::move(sentiment).value();

    data.clear();
    if (auto s = read(u"intent_model.tsv"_s, false, &data); !s.ok())
        return s.error();
    auto model = NaiveBayesModel::parse(data);
    if (!model.ok())
        return model.error();
    r.intentModel = std::move(model).value();

    data.clear();
    if (auto s = read(u"sentiment_model.tsv"_s, false, &data); !s.ok())
        return s.error();
    auto smodel = NaiveBayesModel::parse(data);
    if (!smodel.ok())
        return smodel.error();
    r.sentimentModel = std::move(smodel).value();
    return r;
}

// ---------------------------------------------------------------------------------------------------

MessageClassifier::MessageClassifier() : MessageClassifier(Resources::builtin(), Tuning{}) {}

MessageClassifier::MessageClassifier(Resources resources) : MessageClassifier(std::move(resources), Tuning{}) {}

MessageClassifier::MessageClassifier(Resources resources, Tuning tuning)
    : m_resources(std::move(resources)), m_tuning(tuning), m_tone(&m_resources.sentimentCues)
{
    const QStringList &modelLabels = m_resources.intentModel.labels();
    for (int i = 0; i < IntentCount; ++i) {
        m_modelIndex[i] = -1;
        for (int m = 0; m < modelLabels.size(); ++m) {
            if (canonicalIntent(modelLabels.at(m)) == intentLabels().at(i))
                m_modelIndex[i] = m;
        }
    }
    const QStringList &sentimentModelLabels = m_resources.sentimentModel.labels();
    for (int i = 0; i < 3; ++i)
        m_sentimentModelIndex[i] = int(sentimentModelLabels.indexOf(sentimentLabels().at(i)));
    for (int i = 0; i < m_resources.intentCues.size(); ++i) {
        if (intentIndex(m_resources.intentCues.cue(i).label) < 0)
            log::warn(LogArea, u"intent cue with unknown label ignored: %1"_s.arg(m_resources.intentCues.cue(i).label));
    }
}

QString MessageClassifier::correctionKey(const NormalizedText &text)
{
    QStringList parts;
    for (int i = 0; i < text.units.size(); ++i) {
        if (!(text.flags.at(i) & NormalizedText::Number))
            parts.append(text.units.at(i));
    }
    return parts.join(u' ');
}

QList<std::pair<quint64, QString>> MessageClassifier::correctionFeatures(const NormalizedText &text)
{
    // Words of 3+ letters, word pairs, CJK pairs/triples and emoji: single letters and CJK
    // characters are too common to teach anything.
    QList<std::pair<quint64, QString>> out;
    for (const QString &f : NaiveBayesModel::features(text)) {
        if (f == u"w:#"_s)
            continue;
        if ((f.startsWith(u"w:"_s) && f.size() >= 5) || f.startsWith(u"b:"_s)
            || (f.startsWith(u"k:"_s) && f.size() >= 4) || f.startsWith(u"e:"_s))
            out.append({NaiveBayesModel::hashFeature(f), f});
    }
    return out;
}

MessageClassifier::IntentScores MessageClassifier::scoreIntent(const NormalizedText &text,
                                                               const QString &language) const
{
    IntentScores s;
    const int other = otherIndex();
    s.total[other] = std::max(m_tuning.otherPrior, 1e-6); // with no evidence at all, "other"
    const QString lang = baseLanguage(language);

    if (m_tuning.useLexicon) {
        // One contribution per intent and span: the same word listed for several languages ("super",
        // "adresse"/"adres*") or matched twice must not count twice. The strongest reading wins.
        struct Hit {
            int begin, end;
            double weight;
            QString shown;
        };
        std::array<QList<Hit>, IntentCount> hits;
        QList<std::pair<int, int>> negators, negatorsAfter;
        int contrastAt = -1;
        for (const CueLexicon::Match &m : m_resources.sentimentCues.match(text, false)) {
            const QString &kind = m_resources.sentimentCues.cue(m.cue).label;
            if (kind == u"negator"_s)
                negators.append({m.begin, m.end});
            else if (kind == u"negator_after"_s)
                negatorsAfter.append({m.begin, m.end});
            else if (kind == u"contrast"_s)
                contrastAt = std::max(contrastAt, m.begin);
        }
        QSet<int> seen;
        for (const CueLexicon::Match &m : m_resources.intentCues.match(text)) {
            if (seen.contains(m.cue))
                continue;
            const CueLexicon::Cue &cue = m_resources.intentCues.cue(m.cue);
            const int idx = intentIndex(cue.label);
            if (idx < 0 || cue.weight == 0.0)
                continue; // zero-weight cues only hide their parts ("订单号" hides "单号")
            // A gap must not swallow a negation: "Qualität ist nicht schlecht" is not "Qualität ~ schlecht".
            if (m.end - m.begin > 1 && std::any_of(negators.cbegin(), negators.cend(), [&m](const auto &n) {
                    return n.first > m.begin && n.second < m.end;
                }))
                continue;
            seen.insert(m.cue);
            const double languageWeight = m_resources.intentCues.languageWeight(cue.language, lang, m_tuning.foreignCueWeight);
            if (m.fuzzy && languageWeight < 1.0)
                continue; // a typo of a foreign word is usually a different word ("policy" vs pl "policja")
            double w = cue.weight * languageWeight;
            QString shown = cue.text;
            if (m.fuzzy) {
                w *= m_tuning.fuzzyCueWeight;
                shown += u" ≈ "_s + text.units.mid(m.begin, m.end - m.begin).join(u' ');
            }
            auto same = std::find_if(hits[idx].begin(), hits[idx].end(),
                                     [&m](const Hit &h) { return h.begin == m.begin && h.end == m.end; });
            if (same == hits[idx].end())
                hits[idx].append(Hit{m.begin, m.end, w, shown});
            else if (w > same->weight)
                *same = Hit{m.begin, m.end, w, shown};
        }
        // "nie polecam", "not happy", "non consiglio": negated praise is a complaint.
        const int praise = intentIndex(u"praise"_s);
        const int complaint = intentIndex(u"complaint"_s);
        if (!hits[praise].isEmpty()) {
            // "always happy with you, but lately ..." : praise before a "but" is a preamble.
            for (Hit &h : hits[praise]) {
                if (h.begin < contrastAt) {
                    h.weight *= 0.5;
                    h.shown += u" (before 'but')"_s;
                }
            }
            for (auto it = hits[praise].begin(); it != hits[praise].end();) {
                const bool negated = std::any_of(negators.cbegin(), negators.cend(), [&](const auto &n) {
                    return n.second <= it->begin && it->begin - n.second <= 1
                        && !(text.flags.at(it->begin) & NormalizedText::ClauseStart);
                }) || std::any_of(negatorsAfter.cbegin(), negatorsAfter.cend(), [&](const auto &n) {
                    // Japanese negates after the predicate: 満足していません
                    if (n.first < it->end || n.first - it->end > ToneScorer::NegationAfterWindow)
                        return false;
                    for (int j = it->end; j <= n.first && j < text.units.size(); ++j) {
                        if (text.flags.at(j) & NormalizedText::ClauseStart)
                            return false;
                    }
                    return true;
                });
                if (negated) {
                    hits[complaint].append(Hit{it->begin, it->end, it->weight, u"not "_s + it->shown});
                    it = hits[praise].erase(it);
                } else {
                    ++it;
                }
            }
        }
        for (int idx = 0; idx < IntentCount; ++idx) {
            for (const Hit &h : std::as_const(hits[idx])) {
                s.lexicon[idx] += h.weight;
                s.total[idx] += h.weight;
                s.evidence[idx].append(Evidence{h.shown, h.weight, u"lexicon"_s});
            }
        }
        // The dataset's dominant-intent rule for common pairs: a wrong item the buyer wants to swap is
        // a wrong item; a cancelled or returned order whose money has not come back is a refund.
        struct Dominance {
            const char16_t *winner;
            const char16_t *loser;
            double bonus;
            double minWinner; ///< the winner's own cues must reach this
        };
        static constexpr Dominance dominance[] = {
            {u"damaged_or_wrong_item", u"return_exchange", 1.0, 0.0},
            {u"refund", u"cancellation", 1.0, 0.0},
            {u"refund", u"where_is_my_order", 1.0, 0.0},
            {u"refund", u"return_exchange", 0.5, 0.0},
            {u"delivery_delay", u"where_is_my_order", 0.5, 0.0},
            // A clear legal threat or dispute outweighs what it is about.
            {u"chargeback_or_legal", u"refund", 2.0, 3.0},
            {u"chargeback_or_legal", u"delivery_delay", 1.0, 3.0},
            {u"chargeback_or_legal", u"where_is_my_order", 1.0, 3.0},
            {u"chargeback_or_legal", u"damaged_or_wrong_item", 1.0, 3.0},
            {u"chargeback_or_legal", u"complaint", 1.0, 3.0},
        };
        for (const Dominance &d : dominance) {
            const int w = intentIndex(QString::fromUtf16(d.winner));
            const int l = intentIndex(QString::fromUtf16(d.loser));
            if (s.lexicon[w] > 0 && s.lexicon[w] >= d.minWinner && s.lexicon[l] > 0) {
                s.total[w] += d.bonus;
                s.evidence[w].append(Evidence{u"rule: "_s + QString::fromUtf16(d.winner) + u" over "_s
                                                  + QString::fromUtf16(d.loser),
                                              d.bonus, u"rule"_s});
            }
        }
        // General dissatisfaction or thanks with no specific request: the tone itself says complaint
        // or praise. Capped so any specific cue ("late", "refund") still wins, as the definitions ask.
        if (m_tuning.toneWeight > 0) {
            QList<Evidence> toneEvidence;
            const double tone = m_tone.tone(text, lang, m_tuning.foreignSentimentCueWeight, &toneEvidence);
            const int target = tone < 0 ? complaint : praise;
            const double w = std::min(m_tuning.toneCap, m_tuning.toneWeight * std::abs(tone));
            if (std::abs(tone) >= 1.0 && w > 0) {
                s.lexicon[target] += w;
                s.total[target] += w;
                QStringList cues;
                for (const Evidence &e : std::as_const(toneEvidence)) {
                    if ((e.weight < 0) == (tone < 0) && cues.size() < 3)
                        cues.append(e.cue);
                }
                s.evidence[target].append(Evidence{u"tone: "_s + cues.join(u", "_s), w, u"tone"_s});
            }
        }
        // A compliment wrapped around a question ("Lovely jumper! Is it in stock in M?") is the question.
        if (text.questions > 0 && s.lexicon[praise] > 0) {
            const bool otherRequest = std::any_of(s.lexicon.cbegin(), s.lexicon.cend(), [&](double v) {
                return v > 0 && &v != &s.lexicon[praise];
            });
            const double penalty = otherRequest ? -2.5 : -1.0;
            s.total[praise] += penalty;
            s.evidence[praise].append(Evidence{u"rule: a question is not praise"_s, penalty, u"rule"_s});
        }
    }

    const NaiveBayesModel &model = m_resources.intentModel;
    const bool corrections = m_correctionCount.loadAcquire() > 0;
    QList<quint64> features;
    if ((m_tuning.useModel && !model.isEmpty()) || corrections) // the hashes also key corrections
        features = NaiveBayesModel::hashedFeatures(text);
    s.features = features;
    if (m_tuning.useModel && !model.isEmpty()) {
        int known = 0;
        const QList<double> sc = model.scores(features, &known);
        if (!sc.isEmpty()) {
            std::array<double, IntentCount> logits{};
            logits.fill(-1e9);
            for (int i = 0; i < IntentCount; ++i) {
                if (m_modelIndex[i] >= 0)
                    logits[i] = sc.at(m_modelIndex[i]) * std::sqrt(double(known));
            }
            const auto p = softmax(logits, m_tuning.intentModelSharpness);
            for (int i = 0; i < IntentCount; ++i) {
                s.model[i] = m_tuning.intentModelWeight * p[i];
                s.total[i] += s.model[i];
            }
        }
    }

    if (!corrections)
        return s;
    QReadLocker lock(&m_correctionLock);
    if (auto it = m_exactCorrections.constFind(correctionKey(text));
        it != m_exactCorrections.cend() && it->first >= 0) {
        const double w = ExactCorrectionBoost * m_tuning.correctionWeight;
        s.total[it->first] += w;
        s.evidence[it->first].append(Evidence{u"same text corrected by an agent"_s, w, u"correction"_s});
    }
    std::array<double, IntentCount> boost{};
    std::array<QList<Evidence>, IntentCount> boostEvidence;
    for (const quint64 f : std::as_const(features)) {
        const auto it = m_intentFeatureVotes.constFind(f);
        if (it == m_intentFeatureVotes.cend())
            continue;
        double votes = 0.0;
        for (double v : *it)
            votes += v;
        // Words common in the training data ("order", "please") are weak evidence of anything.
        const double specificity = 1.0 / (1.0 + model.documentFrequency(f) / 4.0);
        for (int i = 0; i < IntentCount; ++i) {
            if (it->at(i) <= 0)
                continue;
            const double w = m_tuning.correctionWeight * specificity * it->at(i) / votes * std::min(1.0, votes);
            if (w < 0.05)
                continue;
            boost[i] += w;
            boostEvidence[i].append(Evidence{NaiveBayesModel::displayFeature(m_correctionNames.value(f)), w, u"correction"_s});
        }
    }
    for (int i = 0; i < IntentCount; ++i) {
        const double capped = std::min(boost[i], FeatureCorrectionCap * m_tuning.correctionWeight);
        s.total[i] += capped;
        s.evidence[i].append(boostEvidence[i]);
    }
    return s;
}

IntentResult MessageClassifier::classifyIntent(const QString &text, const QString &language) const
{
    const NormalizedText nt = TextNormalizer::normalize(text);
    return intentFrom(scoreIntent(nt, language));
}

SentimentResult MessageClassifier::classifySentiment(const QString &text, const QString &language) const
{
    const NormalizedText nt = TextNormalizer::normalize(text);
    return sentimentFrom(nt, language, scoreIntent(nt, language));
}

MessageClassification MessageClassifier::classify(const QString &text, const QString &language) const
{
    const NormalizedText nt = TextNormalizer::normalize(text);
    const IntentScores scores = scoreIntent(nt, language);
    return MessageClassification{intentFrom(scores), sentimentFrom(nt, language, scores)};
}

IntentResult MessageClassifier::intentFrom(const IntentScores &s) const
{
    const int best = bestIntent(s.total);
    const auto p = softmax(s.total, 2.0);
    IntentResult r;
    r.intent = intentLabels().at(best);
    r.confidence = p[best];
    r.evidence = s.evidence[best];
    // Name the n-grams behind the model's vote for the winner; the vote is split among them.
    if (s.model[best] >= 0.05 && m_modelIndex[best] >= 0) {
        const auto top = m_resources.intentModel.topContributions(s.features, m_modelIndex[best], 3);
        for (const auto &c : top)
            r.evidence.append(Evidence{NaiveBayesModel::displayFeature(c.feature), s.model[best] / top.size(), u"model"_s});
    }
    sortEvidence(r.evidence);
    return r;
}

SentimentResult MessageClassifier::sentimentFrom(const NormalizedText &nt, const QString &language,
                                                 const IntentScores &is) const
{
    const QString lang = baseLanguage(language);
    SentimentResult r;
    double sum = m_tuning.useLexicon ? m_tone.tone(nt, lang, m_tuning.foreignSentimentCueWeight, &r.evidence) : 0.0;

    sum += ToneScorer::typography(nt, sum, &r.evidence);

    // The intent's pull.
    const int best = bestIntent(is.total);
    if (const double push = intentSentimentPush(intentLabels().at(best)); push != 0.0) {
        sum += push;
        r.evidence.append(Evidence{intentLabels().at(best), push, u"intent"_s});
    }

    const NaiveBayesModel &smodel = m_resources.sentimentModel;
    if (m_tuning.useModel && m_tuning.sentimentModelWeight > 0 && !smodel.isEmpty()
        && m_sentimentModelIndex[Negative] >= 0 && m_sentimentModelIndex[Positive] >= 0) {
        const QList<quint64> features = is.features.isEmpty() ? NaiveBayesModel::hashedFeatures(nt) : is.features;
        int known = 0;
        const QList<double> sc = smodel.scores(features, &known);
        if (!sc.isEmpty()) {
            std::array<double, 3> logits{};
            for (int i = 0; i < 3; ++i)
                logits[i] = m_sentimentModelIndex[i] >= 0 ? sc.at(m_sentimentModelIndex[i]) * std::sqrt(double(known)) : -1e9;
            const auto p = softmax(logits, m_tuning.intentModelSharpness);
            const double w = m_tuning.sentimentModelWeight * (p[Positive] - p[Negative]);
            sum += w;
            const int towards = w < 0 ? Negative : Positive;
            for (const auto &c : smodel.topContributions(features, m_sentimentModelIndex[towards], 2))
                r.evidence.append(Evidence{NaiveBayesModel::displayFeature(c.feature), w / 2, u"model"_s});
        }
    }

    int forced = -1;
    if (m_correctionCount.loadAcquire() > 0) {
        QReadLocker lock(&m_correctionLock);
        {
            if (auto it = m_exactCorrections.constFind(correctionKey(nt));
                it != m_exactCorrections.cend() && it->second >= 0)
                forced = it->second;
            std::array<double, 3> boost{};
            for (const quint64 f : std::as_const(is.features)) {
                const auto it = m_sentimentFeatureVotes.constFind(f);
                if (it == m_sentimentFeatureVotes.cend())
                    continue;
                const double votes = it->at(0) + it->at(1) + it->at(2);
                const double specificity = 1.0 / (1.0 + m_resources.intentModel.documentFrequency(f) / 4.0);
                for (int i = 0; i < 3; ++i)
                    boost[i] += m_tuning.correctionWeight * specificity * it->at(i) / votes * std::min(1.0, votes);
            }
            for (double &b : boost)
                b = std::min(b, FeatureCorrectionCap * m_tuning.correctionWeight);
            const double delta = boost[Positive] - boost[Negative];
            if (std::abs(delta) >= 0.05) {
                sum += delta;
                r.evidence.append(Evidence{u"similar corrected messages"_s, delta, u"correction"_s});
            }
            if (boost[Neutral] >= 0.05)
                sum /= 1.0 + boost[Neutral];
        }
    }

    int label = Neutral;
    if (sum <= -m_tuning.negativeThreshold)
        label = Negative;
    else if (sum >= m_tuning.positiveThreshold)
        label = Positive;
    if (forced >= 0) {
        label = forced;
        static constexpr std::array<double, 3> anchor{-2.5, 0.0, 2.5};
        r.evidence.append(Evidence{u"same text corrected by an agent"_s, anchor[forced] - sum, u"correction"_s});
        sum = anchor[forced];
    }
    r.sentiment = sentimentLabels().at(label);
    r.score = std::tanh(sum / 2.0);
    sortEvidence(r.evidence);
    return r;
}

QString MessageClassifier::explain(const IntentResult &result) const
{
    QStringList parts;
    if (const QString l = quotedList(result.evidence, u"lexicon"_s, 4); !l.isEmpty())
        parts.append(u"matched "_s + l);
    if (const QString m = quotedList(result.evidence, u"model"_s, 3); !m.isEmpty())
        parts.append(u"model n-grams "_s + m);
    if (const QString c = quotedList(result.evidence, u"correction"_s, 3); !c.isEmpty())
        parts.append(u"learned from corrections "_s + c);
    if (parts.isEmpty())
        parts.append(u"no cue matched"_s);
    return result.intent + u": "_s + parts.join(u"; "_s);
}

QString MessageClassifier::explain(const SentimentResult &result) const
{
    QStringList parts;
    for (const Evidence &e : result.evidence) {
        if (parts.size() >= 5)
            break;
        const QString sign = e.weight >= 0 ? u"+"_s : QString();
        QString what = u'\'' + e.cue + u'\'';
        if (e.source == u"intent"_s)
            what = u"intent "_s + e.cue;
        else if (e.source == u"model"_s)
            what = u"model "_s + what;
        parts.append(what + u" ("_s + sign + QString::number(e.weight, 'f', 1) + u')');
    }
    if (parts.isEmpty())
        parts.append(u"no tone cue"_s);
    return result.sentiment + u": "_s + parts.join(u", "_s);
}

void MessageClassifier::addCorrection(const QString &text, const QString &language, const QString &intent,
                                      const QString &sentiment)
{
    Q_UNUSED(language) // corrections are matched on the text's own units, whatever its language
    const NormalizedText nt = TextNormalizer::normalize(text);
    const int i = intentIndex(canonicalIntent(intent));
    const int s = int(sentimentLabels().indexOf(sentiment.trimmed().toLower()));
    if ((i < 0 && s < 0) || nt.units.isEmpty())
        return;
    const QList<std::pair<quint64, QString>> features = correctionFeatures(nt);
    const QString key = correctionKey(nt);

    QWriteLocker lock(&m_correctionLock);
    auto exact = m_exactCorrections.find(key);
    if (exact == m_exactCorrections.end())
        exact = m_exactCorrections.insert(key, {-1, -1});
    if (i >= 0)
        exact->first = i;
    if (s >= 0)
        exact->second = s;
    for (const auto &[hash, name] : features) {
        m_correctionNames.insert(hash, name);
        if (i >= 0)
            m_intentFeatureVotes[hash][i] += 1.0;
        if (s >= 0)
            m_sentimentFeatureVotes[hash][s] += 1.0;
    }
    m_correctionCount.fetchAndAddRelease(1);
}

int MessageClassifier::correctionCount() const
{
    return m_correctionCount.loadAcquire();
}

} // namespace hd
