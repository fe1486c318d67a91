#pragma once

// Small helpers shared by the benchmark phases: timing, percentiles, memory figures.

#include <QJsonObject>
#include <QList>
#include <QString>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <vector>

namespace hd::bench {

/// Milliseconds since `start` on the steady clock, as a double.
inline double msSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

/// Latency samples in ms; percentiles by nearest rank.
class Samples final
{
public:
    void add(double ms) { m_values.push_back(ms); }
    bool isEmpty() const { return m_values.empty(); }
    std::size_t size() const { return m_values.size(); }
    double percentile(double p) const
    {
        if (m_values.empty())
            return 0.0;
        std::vector<double> v = m_values;
        std::sort(v.begin(), v.end());
        const auto rank = std::size_t(std::ceil(p / 100.0 * double(v.size())));
        return v[std::clamp<std::size_t>(rank, 1, v.size()) - 1];
    }
    double max() const { return m_values.empty() ? 0.0 : *std::max_element(m_values.begin(), m_values.end()); }
    double last() const { return m_values.empty() ? 0.0 : m_values.back(); }
    double sum() const
    {
        double s = 0;
        for (double v : m_values)
            s += v;
        return s;
    }

private:
    std::vector<double> m_values;
};

double threadCpuMs();

/// Wall-clock and CPU time of one operation: on a shared machine the wall clock includes time
/// spent waiting for a core, the CPU time does not.
class Stopwatch final
{
public:
    Stopwatch()
        : m_start(std::chrono::steady_clock::now())
        , m_cpuStart(threadCpuMs())
    {
    }
    double wallMs() const { return msSince(m_start); }
    double cpuMs() const { return threadCpuMs() - m_cpuStart; }

private:
    std::chrono::steady_clock::time_point m_start;
    double m_cpuStart;
};

/// Wall and CPU samples of one kind of operation.
struct Timings
{
    Samples wall;
    Samples cpu;
    double lastWall() const { return wall.last(); }
    void add(const Stopwatch &w)
    {
        cpu.add(w.cpuMs());
        wall.add(w.wallMs());
    }
};

/// Rounds for the JSON report (two decimals below 100, whole numbers above).
inline double rounded(double v)
{
    return std::abs(v) >= 100 ? std::round(v) : std::round(v * 100.0) / 100.0;
}

/// CPU time this thread has used, in ms (not inflated by other processes on a busy machine).
double threadCpuMs();
/// The 1-minute load average, for the report (a busy machine inflates every wall-clock figure).
double loadAverage();

/// Peak resident set size of this process (VmHWM) in MiB, or -1 when /proc is not there.
double peakRssMb();
/// Current resident set size (VmRSS) in MiB.
double currentRssMb();
/// Resets the peak so a later peakRssMb() covers only what follows (Linux: clear_refs 5).
bool resetPeakRss();
/// Drops the file's pages from the OS cache so the next open reads from disk (a "cold" open).
void evictFromPageCache(const QString &path);
/// Reads the whole file once so its pages are in the OS cache, as after a few minutes of use.
void loadIntoPageCache(const QString &path);

} // namespace hd::bench
