#include "bench/IngestBench.h"

#include "bench/BareSqliteIngest.h"
#include "core/Workspace.h"
#include "core/demo/SyntheticGenerator.h"

#include <QFile>

namespace hd::bench {
using namespace Qt::StringLiterals;

namespace {

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
}

void observe(const QList<InboundMessage> &batch, QuerySamples *samples)
{
    if (!samples)
        return;
    constexpr int kEach = 10;
    for (qsizetype i = 0; i < batch.size(); i += 211) {
        const InboundMessage &m = batch.at(i);
        if (!m.orderExternalId.isEmpty() && samples->orderNumbers.size() < kEach
            && !samples->orderNumbers.contains(m.orderExternalId))
            samples->orderNumbers << m.orderExternalId;
        if (samples->buyerNames.size() < kEach && !samples->buyerNames.contains(m.customerName))
            samples->buyerNames << m.customerName;
        if (m.order) {
            const QString code = m.order->items.constFirst().title.section(u' ', -1);
            if (samples->modelCodes.size() < kEach && !samples->modelCodes.contains(code))
                samples->modelCodes << code;
            if (!m.order->trackingNumber.isEmpty() && samples->trackingNumbers.size() < kEach)
                samples->trackingNumbers << m.order->trackingNumber;
        }
    }
}

} // namespace

QJsonObject IngestFigures::toJson() const
{
    QJsonObject o{
        {u"msgs_per_s"_s, rounded(messagesPerSecond())},
        {u"msgs_per_cpu_s"_s, rounded(messagesPerCpuSecond())},
        {u"cpu_s"_s, rounded(cpuMs / 1000.0)},
        {u"messages"_s, messages},
        {u"inserted"_s, inserted},
        {u"ingest_s"_s, rounded(ingestMs / 1000.0)},
        {u"batches"_s, qint64(batchMs.size())},
        {u"batch_ms_p50"_s, rounded(batchMs.percentile(50))},
        {u"batch_ms_p95"_s, rounded(batchMs.percentile(95))},
        {u"batch_ms_p99"_s, rounded(batchMs.percentile(99))},
        {u"batch_ms_max"_s, rounded(batchMs.max())},
    };
    if (indexMs > 0)
        o.insert(u"index_rebuild_s"_s, rounded(indexMs / 1000.0));
    if (!profile.isEmpty())
        o.insert(u"statements_ms"_s, profile);
    return o;
}

IngestFigures runPipelineIngest(const BenchParams &params,
                                const QString &path,
                                bool deferIndex,
                                QuerySamples *samples,
                                const Progress &progress,
                                const IngestPipeline::Analyzer &analyzer)
{
    IngestFigures f;
    removeDatabaseFiles(path);
    const SystemClock clock;
    auto opened = Workspace::open(path, clock);
    if (!opened) {
        f.error = opened.error().message + u" / "_s + opened.error().detail;
        return f;
    }
    const std::unique_ptr<Workspace> ws = std::move(opened).value();
    SyntheticGenerator generator(params.seed, params.conversations, params.messages, params.nowMs);
    if (auto s = generator.prepareDirectory(ws->directory()); !s) {
        f.error = s.error().detail;
        return f;
    }
    IngestPipeline &ingest = ws->ingest();
    if (analyzer)
        ingest.setAnalyzer(analyzer);
    ingest.setIndexMode(deferIndex ? IngestPipeline::IndexMode::Deferred : IngestPipeline::IndexMode::Immediate);
    int nextReport = params.messages / 10;
    while (generator.hasNext()) {
        const QList<InboundMessage> batch = generator.nextBatch(params.batchSize);
        observe(batch, samples);
        const auto start = std::chrono::steady_clock::now();
        const double cpuStart = threadCpuMs();
        const auto report = ingest.ingest(batch);
        f.cpuMs += threadCpuMs() - cpuStart;
        const double ms = msSince(start);
        if (!report) {
            f.error = report.error().message + u" / "_s + report.error().detail;
            return f;
        }
        f.batchMs.add(ms);
        f.ingestMs += ms;
        f.messages += batch.size();
        f.inserted += report->inserted;
        if (generator.emittedCount() >= nextReport) {
            progress(u"%1 / %2 messages, %3 msgs/s"_s.arg(generator.emittedCount())
                         .arg(params.messages)
                         .arg(qint64(f.messages / (f.ingestMs / 1000.0))));
            nextReport += params.messages / 10;
        }
    }
    if (deferIndex) {
        const auto start = std::chrono::steady_clock::now();
        const double cpuStart = threadCpuMs();
        const auto s = ingest.rebuildIndex();
        f.cpuMs += threadCpuMs() - cpuStart;
        f.indexMs = msSince(start);
        if (!s) {
            f.error = s.error().detail;
            return f;
        }
    }
    f.ok = true;
    return f;
}

IngestFigures runBareIngest(const BenchParams &params, const QString &path, const Progress &progress, bool profile)
{
    IngestFigures f;
    removeDatabaseFiles(path);
    BareSqliteIngest bare(path);
    bare.setProfiling(profile);
    if (!bare.open(&f.error))
        return f;
    SyntheticGenerator generator(params.seed, params.conversations, params.messages, params.nowMs);
    QList<qint64> channelIds;
    if (!bare.addDirectory(generator.channels(), generator.agents(), &channelIds, &f.error))
        return f;
    generator.setChannelIds(channelIds);
    int nextReport = params.messages / 10;
    while (generator.hasNext()) {
        const QList<InboundMessage> batch = generator.nextBatch(params.batchSize);
        const auto start = std::chrono::steady_clock::now();
        const double cpuStart = threadCpuMs();
        int inserted = 0;
        if (!bare.ingest(batch, params.nowMs, &inserted, &f.error))
            return f;
        f.cpuMs += threadCpuMs() - cpuStart;
        const double ms = msSince(start);
        f.batchMs.add(ms);
        f.ingestMs += ms;
        f.messages += batch.size();
        f.inserted += inserted;
        if (generator.emittedCount() >= nextReport) {
            progress(u"%1 / %2 messages, %3 msgs/s"_s.arg(generator.emittedCount())
                         .arg(params.messages)
                         .arg(qint64(f.messages / (f.ingestMs / 1000.0))));
            nextReport += params.messages / 10;
        }
    }
    if (profile)
        f.profile = bare.profile();
    f.ok = true;
    return f;
}

} // namespace hd::bench
