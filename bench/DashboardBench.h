#pragma once

#include "bench/BenchParams.h"

#include <QJsonObject>

namespace hd::bench {

/// The analytics dashboard (DESIGN.md §5: all charts, 90 days, <= 500 ms, off the UI thread) on a
/// built workspace: adds CSAT surveys and focus sessions (AnalyticsSeeder) when there are none,
/// then computes DashboardService::compute for the 90 days before params.nowMs several times,
/// with and without the previous-period comparison, and with one filter. Fills `out` with the
/// report's dashboard_* keys.
bool runDashboard(const BenchParams &params, const QString &path, QJsonObject *out, QString *error);

} // namespace hd::bench
