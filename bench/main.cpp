// harbordesk-bench: measures DESIGN.md section 5's figures on a generated workspace and prints one
// JSON object. Not a test: run it on a quiet machine, in a Release build (docs/PERFORMANCE.md).

#include "bench/BareSqliteIngest.h"
#include "bench/BenchParams.h"
#include "bench/BenchUtil.h"
#include "bench/IngestBench.h"
#include "bench/DashboardBench.h"
#include "bench/ReadBench.h"
#include "core/common/Log.h"
#include "core/demo/SyntheticGenerator.h"
#include "core/language/LanguageDetector.h"
#include "core/workflow/classification/MessageClassifier.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace hd::bench;

namespace {

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

QString cpuModel()
{
    QFile f(u"/proc/cpuinfo"_s);
    if (f.open(QIODevice::ReadOnly))
        for (const QByteArray &line : f.readAll().split('\n'))
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    return QSysInfo::currentCpuArchitecture();
}

qint64 databaseBytes(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size();
}

// Real order numbers, names, model codes from the data, when the pipeline phase did not run.
QuerySamples samplesFromGenerator(const BenchParams &p)
{
    QuerySamples s;
    hd::SyntheticGenerator g(p.seed, p.conversations, p.messages, p.nowMs);
    while (g.hasNext() && (s.orderNumbers.size() < 10 || s.modelCodes.size() < 10 || s.trackingNumbers.size() < 10)) {
        const auto batch = g.nextBatch(p.batchSize);
        for (qsizetype i = 0; i < batch.size(); i += 211) {
            const auto &m = batch.at(i);
            if (!m.orderExternalId.isEmpty() && s.orderNumbers.size() < 10)
                s.orderNumbers << m.orderExternalId;
            if (s.buyerNames.size() < 10 && !s.buyerNames.contains(m.customerName))
                s.buyerNames << m.customerName;
            const QString code = m.order ? m.order->items.constFirst().title.section(u' ', -1) : QString();
            if (!code.isEmpty() && s.modelCodes.size() < 10 && !s.modelCodes.contains(code))
                s.modelCodes << code;
            if (m.order && !m.order->trackingNumber.isEmpty() && s.trackingNumbers.size() < 10)
                s.trackingNumbers << m.order->trackingNumber;
        }
    }
    return s;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"harbordesk-bench"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Measures ingest, inbox and search figures on a generated workspace; prints JSON."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"conversations"_s, u"Conversations (default 250000)."_s, u"N"_s},
        {u"messages"_s, u"Messages (default 1000000)."_s, u"M"_s},
        {u"seed"_s, u"Generator seed (default 1)."_s, u"S"_s},
        {u"batch"_s, u"Messages per ingest transaction (default 250)."_s, u"B"_s},
        {u"quick"_s, u"Smoke run: 20000 conversations, 80000 messages."_s},
        {u"dir"_s, u"Folder for the workspace files (default: a folder under the system temp dir)."_s, u"path"_s},
        {u"keep"_s, u"Keep the workspace files afterwards."_s},
        {u"phases"_s,
         u"Comma-separated phases: pipeline,bare,bulk,read,dashboard (the default), bare-profile, pipeline-lean."_s,
         u"list"_s},
        {u"cache-pages"_s, u"Pages of 100 the simulated inbox cache keeps (default 10)."_s, u"N"_s},
    });
    parser.process(app);

    BenchParams p;
    if (parser.isSet(u"quick"_s)) {
        p.conversations = 20'000;
        p.messages = 80'000;
    }
    const auto intOption = [&parser](const QString &name, int &into) {
        if (!parser.isSet(name))
            return true;
        bool ok = false;
        const int v = parser.value(name).toInt(&ok);
        if (!ok || v <= 0) {
            err() << "harbordesk-bench: --" << name << " expects a positive number" << Qt::endl;
            return false;
        }
        into = v;
        return true;
    };
    int seed = 1;
    if (!intOption(u"conversations"_s, p.conversations) || !intOption(u"messages"_s, p.messages)
        || !intOption(u"seed"_s, seed) || !intOption(u"batch"_s, p.batchSize)
        || !intOption(u"cache-pages"_s, p.cachePages))
        return 2;
    p.seed = quint64(seed);
    if (parser.isSet(u"phases"_s))
        p.phases = parser.value(u"phases"_s).split(u',', Qt::SkipEmptyParts);
    p.keepFiles = parser.isSet(u"keep"_s);
    p.nowMs = QDateTime::currentMSecsSinceEpoch();
    p.directory = parser.isSet(u"dir"_s)
        ? parser.value(u"dir"_s)
        : QDir::temp().filePath(u"harbordesk-bench-%1"_s.arg(QCoreApplication::applicationPid()));
    if (!QDir().mkpath(p.directory)) {
        err() << "harbordesk-bench: cannot create " << p.directory << Qt::endl;
        return 1;
    }
    hd::log::init({}, false);
    const auto progress = [](const QString &phase) {
        return [phase](const QString &m) { err() << "[" << phase << "] " << m << Qt::endl; };
    };
    const QString pipelinePath = QDir(p.directory).filePath(u"pipeline.sqlite"_s);
    const QString barePath = QDir(p.directory).filePath(u"bare.sqlite"_s);
    const QString bulkPath = QDir(p.directory).filePath(u"bulk.sqlite"_s);

    QJsonObject report;
    report.insert(u"params"_s,
                  QJsonObject{{u"conversations"_s, p.conversations},
                              {u"messages"_s, p.messages},
                              {u"seed"_s, qint64(p.seed)},
                              {u"batch_size"_s, p.batchSize},
                              {u"page_size"_s, 100},
                              {u"cache_pages"_s, p.cachePages},
                              {u"phases"_s, p.phases.join(u',')}});
    report.insert(u"machine"_s,
                  QJsonObject{{u"cores"_s, QThread::idealThreadCount()},
                              {u"cpu"_s, cpuModel()},
                              {u"os"_s, QSysInfo::prettyProductName()},
                              {u"kernel"_s, QSysInfo::kernelVersion()},
                              {u"sqlite_version"_s, QString::fromLatin1(sqlite3_libversion())},
                              {u"qt_version"_s, QString::fromLatin1(qVersion())},
                              {u"build_type"_s, QStringLiteral(HARBORDESK_BENCH_BUILD_TYPE)}});

    const double loadAtStart = loadAverage();
    QuerySamples samples;
    IngestFigures pipeline, bare;
    if (p.phases.contains(u"pipeline"_s)) {
        err() << "[pipeline] IngestPipeline, IndexMode::Immediate, batches of " << p.batchSize << Qt::endl;
        pipeline = runPipelineIngest(p, pipelinePath, false, &samples, progress(u"pipeline"_s));
        if (!pipeline.ok) {
            err() << "harbordesk-bench: pipeline ingest failed: " << pipeline.error << Qt::endl;
            return 1;
        }
        report.insert(u"ingest_pipeline_msgs_per_s"_s, rounded(pipeline.messagesPerSecond()));
        report.insert(u"ingest_pipeline_max_batch_ms"_s, rounded(pipeline.batchMs.max()));
        report.insert(u"ingest_pipeline_msgs_per_cpu_s"_s, rounded(pipeline.messagesPerCpuSecond()));
        report.insert(u"ingest_pipeline"_s, pipeline.toJson());
        report.insert(u"db_size_mb"_s, rounded(double(databaseBytes(pipelinePath)) / (1024.0 * 1024.0)));
    }
    if (p.phases.contains(u"pipeline-lean"_s)) {
        // The pipeline with the analysis step proposed in docs/PERFORMANCE.md: one normalisation and
        // one scoring pass for intent and sentiment (MessageClassifier::classify), no explanations.
        err() << "[pipeline-lean] IngestPipeline with a one-pass analyzer" << Qt::endl;
        const hd::LanguageDetector detector;
        const hd::MessageClassifier classifier;
        const auto lean = [&detector, &classifier](const hd::InboundMessage &m, const QString &fallback) {
            const QString text = m.bodyText.isEmpty() ? m.subject : m.bodyText;
            const QString language = m.language.isEmpty() ? detector.detect(text, fallback).language : m.language;
            const hd::MessageClassification c = classifier.classify(text, language);
            QString intent = c.intent.intent;
            if (intent == "pre_sales_question"_L1)
                intent = u"presales_question"_s;
            return hd::MessageAnalysis{language, intent, c.sentiment.sentiment};
        };
        const QString leanPath = QDir(p.directory).filePath(u"lean.sqlite"_s);
        const IngestFigures f = runPipelineIngest(p, leanPath, false, nullptr, progress(u"pipeline-lean"_s), lean);
        if (!f.ok) {
            err() << "harbordesk-bench: lean pipeline ingest failed: " << f.error << Qt::endl;
            return 1;
        }
        report.insert(u"ingest_pipeline_lean"_s, f.toJson());
        report.insert(u"ingest_pipeline_lean_msgs_per_s"_s, rounded(f.messagesPerSecond()));
        if (!p.keepFiles)
            for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
                QFile::remove(leanPath + suffix);
    }
    if (p.phases.contains(u"bare"_s)) {
        err() << "[bare] sqlite3 C API, same schema/statements/batches" << Qt::endl;
        bare = runBareIngest(p, barePath, progress(u"bare"_s));
        if (!bare.ok) {
            err() << "harbordesk-bench: bare ingest failed: " << bare.error << Qt::endl;
            return 1;
        }
        report.insert(u"bare_sqlite_msgs_per_s"_s, rounded(bare.messagesPerSecond()));
        report.insert(u"bare_sqlite_msgs_per_cpu_s"_s, rounded(bare.messagesPerCpuSecond()));
        report.insert(u"bare_sqlite"_s, bare.toJson());
        report.insert(u"bare_db_size_mb"_s, rounded(double(databaseBytes(barePath)) / (1024.0 * 1024.0)));
        if (pipeline.ok) {
            // Both programs must have stored the same rows, or the ratio compares different work.
            const QJsonObject a = BareSqliteIngest::rowCounts(pipelinePath);
            const QJsonObject b = BareSqliteIngest::rowCounts(barePath);
            report.insert(u"same_rows"_s, a == b);
            if (a != b)
                report.insert(u"row_counts"_s, QJsonObject{{u"pipeline"_s, a}, {u"bare"_s, b}});
        }
        if (!p.keepFiles)
            QFile::remove(barePath);
    }
    if (p.phases.contains(u"bare-profile"_s)) {
        err() << "[bare-profile] sqlite3 C API with CPU time per statement" << Qt::endl;
        const IngestFigures prof = runBareIngest(p, barePath, progress(u"bare-profile"_s), true);
        if (!prof.ok) {
            err() << "harbordesk-bench: bare ingest failed: " << prof.error << Qt::endl;
            return 1;
        }
        report.insert(u"bare_sqlite_profile"_s, prof.toJson());
        if (!p.keepFiles)
            QFile::remove(barePath);
    }
    if (pipeline.ok && bare.ok) {
        report.insert(u"ratio"_s, rounded(pipeline.messagesPerSecond() / bare.messagesPerSecond()));
        // The same ratio in CPU time: steadier when other processes share the cores.
        report.insert(u"ratio_cpu"_s, rounded(pipeline.messagesPerCpuSecond() / bare.messagesPerCpuSecond()));
    }
    if (p.phases.contains(u"bulk"_s)) {
        err() << "[bulk] IngestPipeline, IndexMode::Deferred + rebuildIndex()" << Qt::endl;
        const IngestFigures bulk = runPipelineIngest(p, bulkPath, true, nullptr, progress(u"bulk"_s));
        if (!bulk.ok) {
            err() << "harbordesk-bench: bulk import failed: " << bulk.error << Qt::endl;
            return 1;
        }
        report.insert(u"bulk_import_msgs_per_s"_s, rounded(bulk.messagesPerSecond()));
        report.insert(u"bulk_import_msgs_per_cpu_s"_s, rounded(bulk.messagesPerCpuSecond()));
        report.insert(u"bulk_import"_s, bulk.toJson());
        if (!p.keepFiles)
            QFile::remove(bulkPath);
    }
    report.insert(u"peak_rss_mb_ingest"_s, rounded(peakRssMb()));
    if (p.phases.contains(u"read"_s)) {
        if (!QFileInfo::exists(pipelinePath)) {
            err() << "harbordesk-bench: the read phase needs " << pipelinePath
                  << " (run the pipeline phase, or --dir a kept run)" << Qt::endl;
            return 1;
        }
        if (!pipeline.ok)
            samples = samplesFromGenerator(p);
        err() << "[read] inbox pages, filters, 100 searches" << Qt::endl;
        QJsonObject reads;
        QString error;
        if (!runReads(p, pipelinePath, samples, &reads, &error)) {
            err() << "harbordesk-bench: read phase failed: " << error << Qt::endl;
            return 1;
        }
        for (auto it = reads.constBegin(); it != reads.constEnd(); ++it)
            report.insert(it.key(), it.value());
    }
    if (p.phases.contains(u"dashboard"_s)) {
        if (!QFileInfo::exists(pipelinePath)) {
            err() << "harbordesk-bench: the dashboard phase needs " << pipelinePath
                  << " (run the pipeline phase, or --dir a kept run)" << Qt::endl;
            return 1;
        }
        err() << "[dashboard] 90-day analytics dashboard" << Qt::endl;
        QJsonObject dashboard;
        QString error;
        if (!runDashboard(p, pipelinePath, &dashboard, &error)) {
            err() << "harbordesk-bench: dashboard phase failed: " << error << Qt::endl;
            return 1;
        }
        for (auto it = dashboard.constBegin(); it != dashboard.constEnd(); ++it)
            report.insert(it.key(), it.value());
    }
    if (!p.keepFiles && !parser.isSet(u"dir"_s)) {
        QFile::remove(pipelinePath);
        for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
            QFile::remove(pipelinePath + suffix);
            QFile::remove(barePath + suffix);
            QFile::remove(bulkPath + suffix);
        }
        QDir().rmdir(p.directory);
    }
    report.insert(u"load_average"_s, QJsonObject{{u"start"_s, loadAtStart}, {u"end"_s, loadAverage()}});
    QTextStream(stdout) << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented));
    return 0;
}
