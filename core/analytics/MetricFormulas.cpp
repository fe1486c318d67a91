#include "core/analytics/MetricFormulas.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace hd::MetricFormulas {

std::optional<double> mean(const std::vector<qint64> &values)
{
    if (values.empty())
        return std::nullopt;
    // Sum in long double: 500k durations of days each stay exact.
    const long double sum = std::accumulate(values.begin(), values.end(), 0.0L, [](long double acc, qint64 v) {
        return acc + static_cast<long double>(v);
    });
    return double(sum / static_cast<long double>(values.size()));
}

std::optional<double> median(std::vector<qint64> values)
{
    if (values.empty())
        return std::nullopt;
    const size_t n = values.size();
    const auto mid = values.begin() + std::ptrdiff_t(n / 2);
    std::nth_element(values.begin(), mid, values.end());
    const qint64 upper = *mid;
    if (n % 2 == 1)
        return double(upper);
    const qint64 lower = *std::max_element(values.begin(), mid);
    return (double(lower) + double(upper)) / 2.0;
}

std::optional<qint64> percentile(std::vector<qint64> values, double p)
{
    if (values.empty() || p <= 0.0 || p > 100.0)
        return std::nullopt;
    const size_t n = values.size();
    size_t rank = size_t(std::ceil(p / 100.0 * double(n))); // 1-based
    rank = std::clamp<size_t>(rank, 1, n);
    const auto it = values.begin() + std::ptrdiff_t(rank - 1);
    std::nth_element(values.begin(), it, values.end());
    return *it;
}

DurationStats durationStats(const std::vector<qint64> &values)
{
    DurationStats s;
    s.count = int(values.size());
    s.meanMs = mean(values);
    s.medianMs = median(values);
    s.p90Ms = percentile(values, 90.0);
    return s;
}

std::optional<double> share(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return double(part) / double(whole);
}

std::optional<double> change(std::optional<double> current, std::optional<double> previous)
{
    if (!current || !previous || *previous == 0.0)
        return std::nullopt;
    return (*current - *previous) / std::abs(*previous);
}

} // namespace hd::MetricFormulas
