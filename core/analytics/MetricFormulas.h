#pragma once

#include <QtGlobal>

#include <optional>
#include <vector>

namespace hd {

/// Summary of a set of durations (ms). Empty sets have count 0 and no figures.
struct DurationStats
{
    int count = 0;
    std::optional<double> meanMs;
    std::optional<double> medianMs;
    std::optional<qint64> p90Ms;

    friend bool operator==(const DurationStats &, const DurationStats &) = default;
};

/// The pure formulas behind every figure (features.md, section c). No I/O.
namespace MetricFormulas {

/// Arithmetic mean; nullopt for an empty set.
std::optional<double> mean(const std::vector<qint64> &values);
/// Median; with an even count the mean of the two middle values. nullopt for an empty set.
std::optional<double> median(std::vector<qint64> values);
/// Nearest-rank percentile (p in (0, 100]): the ceil(p/100 * n)-th smallest value. nullopt when empty.
std::optional<qint64> percentile(std::vector<qint64> values, double p);
/// count, mean, median and p90 of the values.
DurationStats durationStats(const std::vector<qint64> &values);
/// part / whole as a fraction 0..1; nullopt when whole is 0.
std::optional<double> share(qint64 part, qint64 whole);
/// Relative change (current - previous) / previous; nullopt when either is missing or previous is 0.
std::optional<double> change(std::optional<double> current, std::optional<double> previous);

} // namespace MetricFormulas

} // namespace hd
