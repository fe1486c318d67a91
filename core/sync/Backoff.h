#pragma once

#include <QByteArray>
#include <QRandomGenerator>
#include <QtGlobal>

namespace hd {

/// The shape of a Backoff. Times in ms.
struct BackoffPolicy
{
    qint64 baseMs = 2'000;                   ///< first ceiling
    qint64 capMs = 15 * 60'000;              ///< the ceiling never grows past this
    qint64 retryAfterCapMs = 24 * 3'600'000; ///< a server's Retry-After is honoured up to this
};

/// Retry delays: exponential backoff with full jitter (a uniform draw in [0, min(cap, base * 2^n)]),
/// never shorter than what the server asked for (Retry-After, the API's own rate-limit signal).
/// Pure: no clock, no I/O; the random generator is seedable so tests are deterministic.
class Backoff final
{
public:
    using Policy = BackoffPolicy;

    explicit Backoff(Policy policy = {}, quint32 seed = 0);

    /// Delay before retry number `attempt` (1 = the first retry), in ms. When the server gave a
    /// Retry-After (`retryAfterMs` > 0) the delay is at least that, plus a little jitter so that
    /// many channels on one API do not return in the same millisecond.
    qint64 delayMs(int attempt, qint64 retryAfterMs = 0);

    /// The ceiling of the jitter window for `attempt`, in ms (the largest delayMs can draw).
    qint64 ceilingMs(int attempt) const;

    const Policy &policy() const { return m_policy; }

    /// Parses an HTTP Retry-After value: delta-seconds or an HTTP-date (RFC 9110 §10.2.3).
    /// Returns ms from `nowMs`, 0 when absent or unparsable, never negative.
    static qint64 parseRetryAfter(const QByteArray &value, qint64 nowMs);

private:
    Policy m_policy;
    QRandomGenerator m_random;
};

} // namespace hd
