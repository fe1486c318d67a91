#pragma once

#include "bench/BenchParams.h"

#include <QJsonObject>

namespace hd::bench {

/// Inbox and search latencies on a built workspace, and the memory they take. Fills `out` with the
/// report's top-level keys (first_page_ms_cold, ..., peak_rss_mb) and returns false on failure.
bool runReads(const BenchParams &params,
              const QString &path,
              const QuerySamples &samples,
              QJsonObject *out,
              QString *error);

} // namespace hd::bench
