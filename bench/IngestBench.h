#pragma once

#include "bench/BenchParams.h"
#include "bench/BenchUtil.h"
#include "core/sync/IngestPipeline.h"

#include <QJsonObject>

#include <functional>

namespace hd::bench {

/// Figures of one ingest run over the whole generated workload.
struct IngestFigures
{
    bool ok = false;
    QString error;
    qint64 messages = 0;
    qint64 inserted = 0;
    double ingestMs = 0; ///< time inside ingest calls only (generation excluded)
    double indexMs = 0;  ///< index rebuild after a deferred import
    double cpuMs = 0;    ///< CPU time of the ingest calls and rebuild (this thread)
    Samples batchMs;     ///< one sample per batch: the whole transaction, commit included
    QJsonObject profile; ///< bare program with profiling only: CPU ms per statement

    double messagesPerSecond() const { return double(messages) / ((ingestMs + indexMs) / 1000.0); }
    double messagesPerCpuSecond() const { return double(messages) / (cpuMs / 1000.0); }
    QJsonObject toJson() const;
};

using Progress = std::function<void(const QString &)>;

/// The real IngestPipeline (through Workspace) into a fresh SQLite file.
/// `deferIndex` is the bulk import path: IndexMode::Deferred, then rebuildIndex().
/// `analyzer`, when given, replaces the Workspace's analysis step (to try a cheaper one).
IngestFigures runPipelineIngest(const BenchParams &params,
                                const QString &path,
                                bool deferIndex,
                                QuerySamples *samples,
                                const Progress &progress,
                                const IngestPipeline::Analyzer &analyzer = {});

/// The same workload through BareSqliteIngest (sqlite3 C API) into a fresh SQLite file.
/// With `profile`, also records CPU time per statement (slower; not for the ratio).
IngestFigures
runBareIngest(const BenchParams &params, const QString &path, const Progress &progress, bool profile = false);

} // namespace hd::bench
