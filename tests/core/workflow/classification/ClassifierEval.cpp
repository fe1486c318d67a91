// harbordesk-clseval: measures MessageClassifier on a JSONL file.
//
//   harbordesk-clseval --input buyer_messages/dev.jsonl [--cv 5] [--json]
//   harbordesk-clseval --input bitext_cs_intent/dev.jsonl --bitext-map resources/classification/bitext_map.tsv
//   harbordesk-clseval --input buyer.jsonl --train bitext.jsonl --bitext-map map.tsv --no-lexicon   (transfer)
//   harbordesk-clseval --input buyer.jsonl --fit --write-intent-model resources/classification/intent_model.tsv
//
// Gold labels come from the fields `intent` / `sentiment`, or `label` (intent unless all labels are
// sentiment labels). Accuracy (with a Wilson 95% interval) and macro-F1 are printed overall, per label
// and per language, as text or --json.

#include "core/workflow/classification/MessageClassifier.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTextStream>

#include <cmath>
#include <ctime>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using hd::MessageClassifier;
using hd::NaiveBayesModel;
using hd::TextNormalizer;

namespace {

struct Row {
    QString id;
    QString text;
    QString lang;
    QString intent;    ///< canonical, empty if none
    QString sentiment; ///< empty if none
    QString rawLabel;
};

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

QHash<QString, QString> readMap(const QString &path, bool *ok)
{
    QHash<QString, QString> map;
    QFile f(path);
    *ok = f.open(QIODevice::ReadOnly);
    if (!*ok)
        return map;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList parts = line.split(u'\t');
        if (parts.size() >= 2)
            map.insert(parts.at(0).trimmed(), parts.at(1).trimmed());
    }
    return map;
}

/// Reads a JSONL file; labels are mapped through bitextMap when it has an entry, then canonicalised.
QList<Row> readRows(const QString &path, const QHash<QString, QString> &bitextMap, int *unmapped, bool *ok)
{
    QList<Row> rows;
    QFile f(path);
    *ok = f.open(QIODevice::ReadOnly);
    if (!*ok)
        return rows;
    const QStringList &sentiments = MessageClassifier::sentimentLabels();
    bool labelIsSentiment = true;
    QList<QJsonObject> objects;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        objects.append(o);
        if (o.contains(u"label"_s) && !sentiments.contains(o.value(u"label"_s).toString()))
            labelIsSentiment = false;
    }
    for (const QJsonObject &o : std::as_const(objects)) {
        Row r;
        r.id = o.value(u"id"_s).toString();
        r.text = o.value(u"text"_s).toString();
        r.lang = o.value(u"lang"_s).toString();
        r.sentiment = o.value(u"sentiment"_s).toString();
        QString intent = o.value(u"intent"_s).toString();
        const QString label = o.value(u"label"_s).toString();
        if (!label.isEmpty()) {
            if (labelIsSentiment)
                r.sentiment = label;
            else if (intent.isEmpty())
                intent = label;
        }
        r.rawLabel = intent;
        if (!intent.isEmpty()) {
            const QString mapped = bitextMap.value(intent, intent);
            r.intent = MessageClassifier::canonicalIntent(mapped);
            if (r.intent.isEmpty())
                ++*unmapped;
        }
        rows.append(r);
    }
    return rows;
}

struct LabelStats {
    int tp = 0, fp = 0, fn = 0, support = 0;
    double precision() const { return tp + fp ? double(tp) / (tp + fp) : 0.0; }
    double recall() const { return tp + fn ? double(tp) / (tp + fn) : 0.0; }
    double f1() const
    {
        const double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
};

struct Metrics {
    int n = 0, correct = 0;
    QMap<QString, LabelStats> labels;
    double accuracy() const { return n ? double(correct) / n : 0.0; }
    double macroF1() const
    {
        double sum = 0.0;
        int count = 0;
        for (const LabelStats &s : labels) {
            if (s.support == 0)
                continue; // macro over gold labels
            sum += s.f1();
            ++count;
        }
        return count ? sum / count : 0.0;
    }
    void add(const QString &gold, const QString &pred)
    {
        ++n;
        ++labels[gold].support;
        if (gold == pred) {
            ++correct;
            ++labels[gold].tp;
        } else {
            ++labels[gold].fn;
            ++labels[pred].fp;
        }
    }
    /// Wilson score interval, 95%.
    std::pair<double, double> interval() const
    {
        if (n == 0)
            return {0, 0};
        const double z = 1.96, p = accuracy(), d = 1 + z * z / n;
        const double c = (p + z * z / (2 * n)) / d;
        const double h = z * std::sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / d;
        return {std::max(0.0, c - h), std::min(1.0, c + h)};
    }
};

struct Report {
    Metrics overall;
    QMap<QString, Metrics> perLanguage;
    QList<std::tuple<Row, QString, QString>> errors; ///< row, predicted, explanation
};

QJsonObject metricsJson(const Metrics &m, bool withLabels)
{
    QJsonObject o;
    o[u"n"_s] = m.n;
    o[u"accuracy"_s] = m.accuracy();
    const auto [lo, hi] = m.interval();
    o[u"accuracy_ci95"_s] = QJsonArray{lo, hi};
    o[u"macro_f1"_s] = m.macroF1();
    if (withLabels) {
        QJsonObject labels;
        for (auto it = m.labels.cbegin(); it != m.labels.cend(); ++it) {
            labels[it.key()] = QJsonObject{{u"precision"_s, it->precision()}, {u"recall"_s, it->recall()},
                                           {u"f1"_s, it->f1()}, {u"support"_s, it->support}};
        }
        o[u"labels"_s] = labels;
    }
    return o;
}

void printMetrics(const QString &title, const Report &r)
{
    const Metrics &m = r.overall;
    const auto [lo, hi] = m.interval();
    out() << "== " << title << " ==\n";
    out() << u"overall  n=%1  accuracy=%2% (95% CI %3-%4%)  macro-F1=%5\n"_s.arg(m.n)
                 .arg(m.accuracy() * 100, 0, 'f', 1)
                 .arg(lo * 100, 0, 'f', 1)
                 .arg(hi * 100, 0, 'f', 1)
                 .arg(m.macroF1(), 0, 'f', 3);
    out() << u"%1 %2 %3 %4 %5\n"_s.arg(u"label"_s, -24).arg(u"n"_s, 5).arg(u"prec"_s, 6).arg(u"recall"_s, 6).arg(u"F1"_s, 6);
    for (auto it = m.labels.cbegin(); it != m.labels.cend(); ++it) {
        out() << u"%1 %2 %3 %4 %5\n"_s.arg(it.key(), -24)
                     .arg(it->support, 5)
                     .arg(it->precision(), 6, 'f', 3)
                     .arg(it->recall(), 6, 'f', 3)
                     .arg(it->f1(), 6, 'f', 3);
    }
    if (r.perLanguage.size() > 1) {
        out() << u"%1 %2 %3 %4\n"_s.arg(u"language"_s, -10).arg(u"n"_s, 5).arg(u"acc%"_s, 6).arg(u"macroF1"_s, 8);
        for (auto it = r.perLanguage.cbegin(); it != r.perLanguage.cend(); ++it) {
            out() << u"%1 %2 %3 %4\n"_s.arg(it.key(), -10)
                         .arg(it->n, 5)
                         .arg(it->accuracy() * 100, 6, 'f', 1)
                         .arg(it->macroF1(), 8, 'f', 3);
        }
    }
    out().flush();
}

QList<QStringList> featuresOf(const QList<Row> &rows)
{
    QList<QStringList> f;
    f.reserve(rows.size());
    for (const Row &r : rows)
        f.append(NaiveBayesModel::features(TextNormalizer::normalize(r.text)));
    return f;
}

NaiveBayesModel trainModel(const QList<Row> &rows, bool sentiment, double alpha)
{
    QList<Row> usable;
    for (const Row &r : rows) {
        if (!(sentiment ? r.sentiment : r.intent).isEmpty())
            usable.append(r);
    }
    QStringList labels;
    for (const Row &r : std::as_const(usable))
        labels.append(sentiment ? r.sentiment : r.intent);
    return NaiveBayesModel::train(featuresOf(usable), labels, alpha);
}

/// Stratified by (gold label, language): rows of each cell, in id order, are dealt round-robin with
/// one counter running over all cells, so every fold gets a share of every cell.
QList<int> assignFolds(const QList<Row> &rows, int k, bool sentiment)
{
    QMap<QString, QList<int>> cells;
    for (int i = 0; i < rows.size(); ++i)
        cells[(sentiment ? rows.at(i).sentiment : rows.at(i).intent) + u'|' + rows.at(i).lang].append(i);
    QList<int> fold(rows.size(), 0);
    int counter = 0;
    for (auto it = cells.begin(); it != cells.end(); ++it) {
        std::sort(it->begin(), it->end(), [&rows](int a, int b) { return rows.at(a).id < rows.at(b).id; });
        for (int i : std::as_const(*it))
            fold[i] = counter++ % k;
    }
    return fold;
}

void applySetting(MessageClassifier::Tuning &t, const QString &kv)
{
    const QString key = kv.section(u'=', 0, 0);
    const double v = kv.section(u'=', 1).toDouble();
    if (key == u"foreignCueWeight"_s) t.foreignCueWeight = v;
    else if (key == u"fuzzyCueWeight"_s) t.fuzzyCueWeight = v;
    else if (key == u"otherPrior"_s) t.otherPrior = v;
    else if (key == u"intentModelWeight"_s) t.intentModelWeight = v;
    else if (key == u"intentModelSharpness"_s) t.intentModelSharpness = v;
    else if (key == u"sentimentModelWeight"_s) t.sentimentModelWeight = v;
    else if (key == u"negativeThreshold"_s) t.negativeThreshold = v;
    else if (key == u"positiveThreshold"_s) t.positiveThreshold = v;
    else if (key == u"correctionWeight"_s) t.correctionWeight = v;
    else if (key == u"toneWeight"_s) t.toneWeight = v;
    else if (key == u"toneCap"_s) t.toneCap = v;
    else if (key == u"foreignSentimentCueWeight"_s) t.foreignSentimentCueWeight = v;
    else err() << "unknown setting " << key << "\n";
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(u"Measure HarborDesk intent and sentiment classification on a JSONL file."_s);
    p.addHelpOption();
    const QCommandLineOption input(u"input"_s, u"JSONL file to evaluate."_s, u"file"_s);
    const QCommandLineOption map(u"bitext-map"_s, u"TSV mapping source labels to intents."_s, u"file"_s);
    const QCommandLineOption json(u"json"_s, u"Print JSON instead of text."_s);
    const QCommandLineOption task(u"task"_s, u"intent, sentiment or both (default: what the file has)."_s, u"task"_s);
    const QCommandLineOption resources(u"resources"_s, u"Load lexicons/models from this directory."_s, u"dir"_s);
    const QCommandLineOption cv(u"cv"_s, u"k-fold cross-validation: the models learn from the other folds."_s, u"k"_s);
    const QCommandLineOption train(u"train"_s, u"JSONL to train the n-gram models on (repeatable)."_s, u"file"_s);
    const QCommandLineOption fit(u"fit"_s, u"Also train the models on --input itself (optimistic)."_s);
    const QCommandLineOption noModel(u"no-model"_s, u"Lexicon only."_s);
    const QCommandLineOption noLexicon(u"no-lexicon"_s, u"Model only."_s);
    const QCommandLineOption alpha(u"alpha"_s, u"Naive Bayes smoothing (default 0.3)."_s, u"a"_s, u"0.3"_s);
    const QCommandLineOption set(u"set"_s, u"Override a Tuning field, e.g. otherPrior=1.0."_s, u"key=value"_s);
    const QCommandLineOption writeIntent(u"write-intent-model"_s, u"Write the trained intent model."_s, u"file"_s);
    const QCommandLineOption writeSentiment(u"write-sentiment-model"_s, u"Write the trained sentiment model."_s, u"file"_s);
    const QCommandLineOption minDf(u"min-df"_s, u"Drop features in fewer documents when writing (default 2)."_s, u"n"_s, u"2"_s);
    const QCommandLineOption errors(u"errors"_s, u"List misclassified rows."_s);
    const QCommandLineOption bench(u"bench"_s, u"Time classification: passes over the input."_s, u"passes"_s);
    const QCommandLineOption binary(u"binary"_s,
                                    u"Sentiment as forced choice: skip neutral gold rows, predict the sign of the "
                                    "score (0 counts as a wrong 'neutral'). For sets without neutral, like XED."_s);
    p.addOptions({input, map, json, task, resources, cv, train, fit, noModel, noLexicon, alpha, set, writeIntent,
                  writeSentiment, minDf, errors, bench, binary});
    p.process(app);
    if (!p.isSet(input)) {
        err() << "--input is required\n";
        return 2;
    }

    QHash<QString, QString> bitextMap;
    if (p.isSet(map)) {
        bool ok = false;
        bitextMap = readMap(p.value(map), &ok);
        if (!ok) {
            err() << "cannot read " << p.value(map) << "\n";
            return 2;
        }
    }
    int unmapped = 0;
    bool ok = false;
    const QList<Row> allRows = readRows(p.value(input), bitextMap, &unmapped, &ok);
    if (!ok) {
        err() << "cannot read " << p.value(input) << "\n";
        return 2;
    }
    QList<Row> trainRows;
    for (const QString &file : p.values(train)) {
        int skipped = 0;
        trainRows += readRows(file, bitextMap, &skipped, &ok);
        if (!ok) {
            err() << "cannot read " << file << "\n";
            return 2;
        }
    }

    MessageClassifier::Resources base;
    if (p.isSet(resources)) {
        auto r = MessageClassifier::Resources::fromDirectory(p.value(resources));
        if (!r.ok()) {
            err() << r.error().message << " " << r.error().detail << "\n";
            return 2;
        }
        base = std::move(r).value();
    } else {
        base = MessageClassifier::Resources::builtin();
    }
    MessageClassifier::Tuning tuning;
    for (const QString &kv : p.values(set))
        applySetting(tuning, kv);
    tuning.useModel = !p.isSet(noModel);
    tuning.useLexicon = !p.isSet(noLexicon);
    const double a = p.value(alpha).toDouble();

    bool doIntent = false, doSentiment = false;
    for (const Row &r : allRows) {
        doIntent = doIntent || !r.rawLabel.isEmpty();
        doSentiment = doSentiment || !r.sentiment.isEmpty();
    }
    if (p.isSet(task)) {
        doIntent = p.value(task) != u"sentiment"_s;
        doSentiment = p.value(task) != u"intent"_s;
    }

    // Rows whose label has no intent in the taxonomy (Bitext intents mapped to nothing) are left out
    // of intent scoring, and counted.
    QList<Row> rows;
    for (const Row &r : allRows) {
        if (doIntent && !r.rawLabel.isEmpty() && r.intent.isEmpty())
            continue;
        rows.append(r);
    }

    const bool learnsFromInput = p.isSet(cv) || p.isSet(fit);
    if (!trainRows.isEmpty() || p.isSet(fit)) {
        const QList<Row> fitRows = p.isSet(fit) ? trainRows + rows : trainRows;
        base.intentModel = trainModel(fitRows, false, a);
        base.sentimentModel = trainModel(fitRows, true, a);
        if (p.isSet(writeIntent) || p.isSet(writeSentiment)) {
            const int df = p.value(minDf).toInt();
            for (const auto &[opt, model] : {std::pair{&writeIntent, &base.intentModel},
                                             std::pair{&writeSentiment, &base.sentimentModel}}) {
                if (!p.isSet(*opt))
                    continue;
                QFile f(p.value(*opt));
                if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                    err() << "cannot write " << f.fileName() << "\n";
                    return 2;
                }
                f.write(model->serialize(df));
                err() << "wrote " << f.fileName() << " (" << model->documentCount() << " documents)\n";
            }
        }
    }

    const int k = p.isSet(cv) ? std::max(2, p.value(cv).toInt()) : 1;
    const QList<int> foldsIntent = assignFolds(rows, k, false);
    const QList<int> foldsSentiment = assignFolds(rows, k, true);

    Report intentReport, sentimentReport;
    QJsonObject root;
    QElapsedTimer timer;
    timer.start();
    for (const bool sentiment : {false, true}) {
        if ((sentiment && !doSentiment) || (!sentiment && !doIntent))
            continue;
        Report &report = sentiment ? sentimentReport : intentReport;
        const QList<int> &folds = sentiment ? foldsSentiment : foldsIntent;
        for (int fold = 0; fold < k; ++fold) {
            MessageClassifier::Resources res = base;
            if (p.isSet(cv)) {
                QList<Row> fitRows = trainRows;
                for (int i = 0; i < rows.size(); ++i) {
                    if (folds.at(i) != fold)
                        fitRows.append(rows.at(i));
                }
                res.intentModel = trainModel(fitRows, false, a);
                res.sentimentModel = trainModel(fitRows, true, a);
            }
            const MessageClassifier classifier(res, tuning);
            for (int i = 0; i < rows.size(); ++i) {
                if (folds.at(i) != fold)
                    continue;
                const Row &r = rows.at(i);
                const QString gold = sentiment ? r.sentiment : r.intent;
                if (gold.isEmpty() || (sentiment && p.isSet(binary) && gold == u"neutral"_s))
                    continue;
                QString pred, why;
                if (sentiment) {
                    const auto s = classifier.classifySentiment(r.text, r.lang);
                    pred = s.sentiment;
                    if (p.isSet(binary))
                        pred = s.score < 0 ? u"negative"_s : s.score > 0 ? u"positive"_s : u"neutral"_s;
                    why = classifier.explain(s);
                } else {
                    const auto s = classifier.classifyIntent(r.text, r.lang);
                    pred = s.intent;
                    why = classifier.explain(s);
                }
                report.overall.add(gold, pred);
                report.perLanguage[r.lang.isEmpty() ? u"?"_s : r.lang].add(gold, pred);
                if (gold != pred)
                    report.errors.append({r, pred, why});
            }
        }
        const QString name = sentiment ? u"sentiment"_s : u"intent"_s;
        if (p.isSet(json)) {
            QJsonObject o = metricsJson(report.overall, true);
            QJsonObject langs;
            for (auto it = report.perLanguage.cbegin(); it != report.perLanguage.cend(); ++it)
                langs[it.key()] = metricsJson(*it, false);
            o[u"languages"_s] = langs;
            root[name] = o;
        } else {
            printMetrics(name, report);
        }
        if (p.isSet(errors)) {
            for (const auto &[r, pred, why] : std::as_const(report.errors)) {
                out() << r.id << "\t" << r.lang << "\tgold=" << (sentiment ? r.sentiment : r.intent) << "\tpred=" << pred
                      << "\t" << r.text.simplified() << "\n\t\t" << why << "\n";
            }
        }
    }
    const QString mode = p.isSet(cv) ? u"%1-fold cross-validation (models learn from the other folds)"_s.arg(k)
                         : p.isSet(fit) ? u"models trained on the input itself (optimistic)"_s
                         : trainRows.isEmpty() ? u"built-in data"_s : u"models trained on --train files only"_s;
    if (p.isSet(json)) {
        root[u"mode"_s] = mode;
        root[u"learns_from_input"_s] = learnsFromInput;
        root[u"rows"_s] = int(rows.size());
        root[u"rows_without_taxonomy_intent"_s] = unmapped;
        out() << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else {
        out() << "mode: " << mode << "; rows: " << rows.size();
        if (unmapped)
            out() << "; left out (label outside the taxonomy): " << unmapped;
        out() << "\n";
    }

    if (p.isSet(bench)) {
        const MessageClassifier classifier(base, tuning);
        const int passes = std::max(1, p.value(bench).toInt());
        qint64 checksum = 0;
        // Process CPU time, not wall time: the build machines are shared and often oversubscribed.
        std::clock_t c0 = std::clock();
        for (int pass = 0; pass < passes; ++pass) {
            for (const Row &r : std::as_const(rows))
                checksum += classifier.classifyIntent(r.text, r.lang).intent.size();
        }
        const double perMessage = double(passes) * double(rows.size());
        const double intentUs = double(std::clock() - c0) * 1e6 / CLOCKS_PER_SEC / perMessage;
        c0 = std::clock();
        for (int pass = 0; pass < passes; ++pass) {
            for (const Row &r : std::as_const(rows))
                checksum += classifier.classifySentiment(r.text, r.lang).sentiment.size();
        }
        const double sentimentUs = double(std::clock() - c0) * 1e6 / CLOCKS_PER_SEC / perMessage;
        c0 = std::clock();
        for (int pass = 0; pass < passes; ++pass) {
            for (const Row &r : std::as_const(rows))
                checksum += classifier.classify(r.text, r.lang).intent.intent.size();
        }
        const double bothUs = double(std::clock() - c0) * 1e6 / CLOCKS_PER_SEC / perMessage;
        out() << u"bench (CPU time): classifyIntent %1 µs/message, classifySentiment %2 µs/message, classify (both) %6 µs/message (%3 messages x %4, checksum %5)\n"_s
                     .arg(intentUs, 0, 'f', 1)
                     .arg(sentimentUs, 0, 'f', 1)
                     .arg(rows.size())
                     .arg(passes)
                     .arg(checksum)
                     .arg(bothUs, 0, 'f', 1);
    }
    out().flush();
    return 0;
}
