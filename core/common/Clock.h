#pragma once

#include <QtGlobal>

namespace hd {

/// Source of the current time. Everything that reads the time takes a Clock, so tests can fake it.
class Clock {
public:
    virtual ~Clock() = default;
    /// Milliseconds since the Unix epoch, UTC.
    virtual qint64 nowMs() const = 0;
};

/// The real wall clock.
class SystemClock final : public Clock {
public:
    qint64 nowMs() const override;
};

/// A clock that only moves when told to.
class FakeClock final : public Clock {
public:
    explicit FakeClock(qint64 nowMs = 0) : m_now(nowMs) {}
    qint64 nowMs() const override { return m_now; }
    void setNowMs(qint64 ms) { m_now = ms; }
    void advanceMs(qint64 ms) { m_now += ms; }

private:
    qint64 m_now;
};

} // namespace hd
