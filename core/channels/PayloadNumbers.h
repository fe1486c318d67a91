#pragma once

#include <QtGlobal>

#include <algorithm>
#include <cmath>

namespace hd {

/// Numbers read from channel payloads, made safe to compute with: a corrupt or hostile value (a
/// timestamp of 9e18, an amount of 1e300) becomes 0 instead of overflowing qint64 (found by the
/// fuzz targets under UBSan).
class PayloadNumbers final
{
public:
    /// Unix seconds → UTC ms; 0 when not positive or past the year 5000.
    static qint64 secondsToMs(qint64 seconds) { return seconds > 0 && seconds < 95'617'584'000LL ? seconds * 1000 : 0; }
    /// A lifetime in seconds (expires_in) → ms, clamped to [0, 10 years].
    static qint64 durationMs(qint64 seconds) { return std::clamp<qint64>(seconds, 0, 315'360'000) * 1000; }
    /// An amount already scaled to minor units (cents) → rounded; 0 when not finite or beyond ±10^15.
    static qint64 minorUnits(double scaled)
    {
        return std::isfinite(scaled) && std::abs(scaled) < 1e15 ? qint64(std::llround(scaled)) : 0;
    }
};

} // namespace hd
