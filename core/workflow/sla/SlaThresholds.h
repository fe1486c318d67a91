#pragma once

#include <QtGlobal>

#include <algorithm>

namespace hd {

/// When a countdown turns "warning" and "critical". The defaults: warning when at most 25 % of the target or
/// at most 2 h is left, critical at most 30 min before the deadline. Never more than the whole target.
struct SlaThresholds
{
    double warningFraction = 0.25;
    qint64 warningMs = 2 * 3'600'000;
    qint64 criticalMs = 30 * 60'000;

    /// Remaining clock time at or below which a target of targetMs is in warning.
    qint64 warningRemainingMs(qint64 targetMs) const
    {
        return std::min(targetMs, std::max(qint64(double(targetMs) * warningFraction), warningMs));
    }
    /// Remaining clock time at or below which a target of targetMs is critical.
    qint64 criticalRemainingMs(qint64 targetMs) const { return std::min(targetMs, criticalMs); }
};

} // namespace hd
