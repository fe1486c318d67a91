#pragma once

#include "core/workflow/sla/SlaTargetStatus.h"
#include "core/workflow/sla/SlaThresholds.h"

#include <QString>
#include <QtGlobal>

namespace hd {

/// Text and urgency of an SLA countdown for the inbox: "3h 12m", "45m", "overdue 2h 5m". Texts go through
/// QCoreApplication::translate (context "hd::SlaDisplay"). The times shown are clock time (business time on a
/// business-hours policy), so the countdown matches the deadline's meaning; once overdue, the time past the
/// deadline is wall-clock ("overdue 15h" the morning after a missed 18:00 deadline).
class SlaDisplay final
{
public:
    /// Stored as "none", "ok", "warning", "critical", "overdue".
    enum class Urgency {
        None, ///< nothing counting: met, stopped or paused
        Ok,
        Warning,  ///< at most max(25 % of the target, 2 h) left (SlaThresholds)
        Critical, ///< at most 30 min left
        Overdue,  ///< the deadline has passed
    };

    struct Badge
    {
        QString text;
        Urgency urgency = Urgency::None;
    };

    /// "2d 3h", "3h 12m", "3h", "45m"; rounded up to the minute (10 s reads "1m"); from one day on, whole hours
    /// (26 h 30 m reads "1d 2h"). Negative
    /// durations are formatted by magnitude.
    static QString formatDuration(qint64 ms);
    /// formatDuration(remainingMs) while time is left, "overdue 2h 5m" once it is negative.
    static QString countdownText(qint64 remainingMs);
    /// Urgency of a running countdown with remainingMs left of targetMs.
    static Urgency urgency(qint64 remainingMs, qint64 targetMs, const SlaThresholds &thresholds = {});
    /// The badge for one target: the countdown while running or overdue, "paused · 3h 12m" while paused,
    /// "met" / "met late" / "stopped" once done.
    static Badge badge(const SlaTargetStatus &status, const SlaThresholds &thresholds = {});

    static QString urgencyToString(Urgency urgency);
    static Urgency urgencyFromString(const QString &s, bool *ok = nullptr);
};

} // namespace hd
