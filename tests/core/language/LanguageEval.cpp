// harbordesk-langeval: accuracy, confusions and speed of language detection on a JSONL file.
//
//   harbordesk-langeval --input shared/data/tatoeba_langid/dev.jsonl [--json] [--errors]
//                       [--detector all|cld2|cld2-best-effort|harbordesk] [--model model.bin]
//                       [--repeat N] [--short-words N]
//
// Each line is a JSON object with the text in "text" and the gold language in "lang" (or
// "label"). Prints, for each detector, overall and per-language accuracy, the ten most frequent
// confusions and the mean time per message in µs (after one warm-up pass).

#include "core/language/Cld2Detector.h"
#include "core/language/LanguageDetector.h"
#include "core/language/NgramModel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <map>

using namespace Qt::StringLiterals;

namespace {

struct Row
{
    QString text;
    QString gold;
    int words = 0;
};

struct Report
{
    QString detector;
    int n = 0;
    int correct = 0;
    int shortN = 0, shortCorrect = 0;
    int reliableN = 0, reliableCorrect = 0;
    double usPerMessage = 0.0;
    std::map<QString, std::pair<int, int>> perLanguage; // gold -> (n, correct)
    std::map<std::pair<QString, QString>, int> confusions;
    QStringList errors;
};

using Detect = std::function<hd::LanguageGuess(const QString &)>;

Report evaluate(const QString &name, const QList<Row> &rows, const Detect &detect, int repeat, int shortWords)
{
    Report r;
    r.detector = name;
    for (const Row &row : rows) // warm-up, and the accuracy figures
    {
        const hd::LanguageGuess g = detect(row.text);
        const bool ok = g.language == row.gold;
        ++r.n;
        r.correct += ok;
        auto &pl = r.perLanguage[row.gold];
        ++pl.first;
        pl.second += ok;
        if (row.words <= shortWords) {
            ++r.shortN;
            r.shortCorrect += ok;
        }
        if (g.reliable) {
            ++r.reliableN;
            r.reliableCorrect += ok;
        }
        if (!ok) {
            ++r.confusions[{row.gold, g.language.isEmpty() ? u"(none)"_s : g.language}];
            r.errors << u"%1 -> %2 [%3 %4 %5] %6"_s.arg(row.gold, g.language, g.method)
                            .arg(g.confidence, 0, 'f', 2)
                            .arg(g.reliable ? u"reliable"_s : u"unreliable"_s, row.text);
        }
    }
    QElapsedTimer t;
    t.start();
    int calls = 0;
    for (int k = 0; k < repeat; ++k) {
        for (const Row &row : rows) {
            const hd::LanguageGuess g = detect(row.text);
            calls += g.language.size() >= 0;
        }
    }
    r.usPerMessage = calls ? double(t.nsecsElapsed()) / 1000.0 / calls : 0.0;
    return r;
}

double pct(int a, int b)
{
    return b ? 100.0 * a / b : 0.0;
}

std::vector<std::pair<std::pair<QString, QString>, int>> topConfusions(const Report &r, size_t k)
{
    std::vector<std::pair<std::pair<QString, QString>, int>> v(r.confusions.begin(), r.confusions.end());
    std::stable_sort(v.begin(), v.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    if (v.size() > k)
        v.resize(k);
    return v;
}

void printText(QTextStream &out, const Report &r, int shortWords, bool errors)
{
    out << u"== %1: accuracy %2 % (%3/%4), %5 µs/message\n"_s.arg(r.detector)
               .arg(pct(r.correct, r.n), 0, 'f', 2)
               .arg(r.correct)
               .arg(r.n)
               .arg(r.usPerMessage, 0, 'f', 1);
    out << u"   texts of <= %1 words: %2 % (%3/%4); longer: %5 % (%6/%7)\n"_s.arg(shortWords)
               .arg(pct(r.shortCorrect, r.shortN), 0, 'f', 2)
               .arg(r.shortCorrect)
               .arg(r.shortN)
               .arg(pct(r.correct - r.shortCorrect, r.n - r.shortN), 0, 'f', 2)
               .arg(r.correct - r.shortCorrect)
               .arg(r.n - r.shortN);
    out << u"   marked reliable: %1 % of texts, %2 % correct\n"_s.arg(pct(r.reliableN, r.n), 0, 'f', 1)
               .arg(pct(r.reliableCorrect, r.reliableN), 0, 'f', 2);
    out << u"   lang      n  accuracy\n"_s;
    for (const auto &[lang, v] : r.perLanguage)
        out << u"   %1 %2  %3 %\n"_s.arg(lang, -5).arg(v.first, 5).arg(pct(v.second, v.first), 7, 'f', 2);
    out << u"   top confusions (gold -> detected: count):\n"_s;
    for (const auto &[pair, count] : topConfusions(r, 10))
        out << u"     %1 -> %2: %3\n"_s.arg(pair.first, pair.second).arg(count);
    if (errors) {
        for (const QString &e : r.errors)
            out << u"   ERR "_s << e << u'\n';
    }
}

QJsonObject toJson(const Report &r, int shortWords)
{
    QJsonObject perLang;
    for (const auto &[lang, v] : r.perLanguage)
        perLang.insert(lang,
                       QJsonObject{{u"n"_s, v.first},
                                   {u"correct"_s, v.second},
                                   {u"accuracy"_s, v.first ? double(v.second) / v.first : 0.0}});
    QJsonArray conf;
    for (const auto &[pair, count] : topConfusions(r, 10))
        conf.append(QJsonObject{{u"gold"_s, pair.first}, {u"detected"_s, pair.second}, {u"count"_s, count}});
    return QJsonObject{
        {u"detector"_s, r.detector},
        {u"n"_s, r.n},
        {u"correct"_s, r.correct},
        {u"accuracy"_s, r.n ? double(r.correct) / r.n : 0.0},
        {u"short_max_words"_s, shortWords},
        {u"short_n"_s, r.shortN},
        {u"short_accuracy"_s, r.shortN ? double(r.shortCorrect) / r.shortN : 0.0},
        {u"long_accuracy"_s, r.n > r.shortN ? double(r.correct - r.shortCorrect) / (r.n - r.shortN) : 0.0},
        {u"reliable_share"_s, r.n ? double(r.reliableN) / r.n : 0.0},
        {u"reliable_accuracy"_s, r.reliableN ? double(r.reliableCorrect) / r.reliableN : 0.0},
        {u"us_per_message"_s, r.usPerMessage},
        {u"per_language"_s, perLang},
        {u"top_confusions"_s, conf},
    };
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"harbordesk-langeval"_s);
    QCommandLineParser p;
    p.setApplicationDescription(u"Scores language detection on a JSONL file (fields text, lang|label)."_s);
    p.addHelpOption();
    const QCommandLineOption inputOpt(u"input"_s, u"JSONL file to score."_s, u"file"_s);
    const QCommandLineOption jsonOpt(u"json"_s, u"Print JSON instead of text."_s);
    const QCommandLineOption errorsOpt(u"errors"_s, u"List every misdetected text."_s);
    const QCommandLineOption detectorOpt(u"detector"_s,
                                         u"all (default), cld2, cld2-best-effort or harbordesk."_s,
                                         u"name"_s,
                                         u"all"_s);
    const QCommandLineOption modelOpt(u"model"_s,
                                      u"Use this n-gram model file instead of the built-in one."_s,
                                      u"file"_s);
    const QCommandLineOption repeatOpt(u"repeat"_s, u"Timed passes over the file (default 3)."_s, u"n"_s, u"3"_s);
    const QCommandLineOption shortOpt(u"short-words"_s,
                                      u"Texts of at most this many words count as short (default 3)."_s,
                                      u"n"_s,
                                      u"3"_s);
    p.addOptions({inputOpt, jsonOpt, errorsOpt, detectorOpt, modelOpt, repeatOpt, shortOpt});
    p.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!p.isSet(inputOpt)) {
        err << "harbordesk-langeval: --input is required\n";
        return 2;
    }
    QFile f(p.value(inputOpt));
    if (!f.open(QIODevice::ReadOnly)) {
        err << "harbordesk-langeval: cannot open " << f.fileName() << ": " << f.errorString() << '\n';
        return 2;
    }
    QList<Row> rows;
    int lineNo = 0;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        ++lineNo;
        if (line.isEmpty())
            continue;
        QJsonParseError pe;
        const QJsonObject o = QJsonDocument::fromJson(line, &pe).object();
        if (pe.error != QJsonParseError::NoError) {
            err << "harbordesk-langeval: line " << lineNo << ": " << pe.errorString() << '\n';
            return 2;
        }
        Row r;
        r.text = o.value(u"text"_s).toString();
        r.gold = o.value(u"lang"_s).toString(o.value(u"label"_s).toString());
        r.words = int(r.text.split(u' ', Qt::SkipEmptyParts).size());
        rows << r;
    }
    const int repeat = std::max(1, p.value(repeatOpt).toInt());
    const int shortWords = p.value(shortOpt).toInt();

    hd::LanguageDetector detector;
    if (p.isSet(modelOpt)) {
        auto m = hd::NgramModel::fromFile(p.value(modelOpt));
        if (!m) {
            err << "harbordesk-langeval: " << m.error().message << ' ' << m.error().detail << '\n';
            return 2;
        }
        detector = hd::LanguageDetector(std::make_shared<const hd::NgramModel>(std::move(m).value()));
    }
    const auto cld2 = [](bool bestEffort) {
        return [bestEffort](const QString &text) {
            const auto c = hd::Cld2Detector::detect(text, bestEffort);
            return hd::LanguageGuess{c.language, c.percent / 100.0, c.reliable, u"cld2"_s};
        };
    };
    const QString which = p.value(detectorOpt);
    QList<Report> reports;
    if (which == u"all"_s || which == u"cld2"_s)
        reports << evaluate(u"cld2 (plain)"_s, rows, cld2(false), repeat, shortWords);
    if (which == u"all"_s || which == u"cld2-best-effort"_s)
        reports << evaluate(u"cld2 (best effort)"_s, rows, cld2(true), repeat, shortWords);
    if (which == u"all"_s || which == u"harbordesk"_s)
        reports << evaluate(
            u"harbordesk LanguageDetector"_s,
            rows,
            [&detector](const QString &t) { return detector.detect(t); },
            repeat,
            shortWords);
    if (reports.isEmpty()) {
        err << "harbordesk-langeval: unknown --detector " << which << '\n';
        return 2;
    }

    if (p.isSet(jsonOpt)) {
        QJsonArray arr;
        for (const Report &r : reports)
            arr.append(toJson(r, shortWords));
        out << QJsonDocument(
                   QJsonObject{{u"input"_s, p.value(inputOpt)}, {u"rows"_s, int(rows.size())}, {u"detectors"_s, arr}})
                   .toJson(QJsonDocument::Indented);
    } else {
        out << "input: " << p.value(inputOpt) << " (" << rows.size() << " rows)\n";
        for (const Report &r : reports)
            printText(out, r, shortWords, p.isSet(errorsOpt));
    }
    return 0;
}
