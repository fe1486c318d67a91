#include "core/workflow/sla/SlaDisplay.h"

#include <QCoreApplication>

#include <array>
#include <cstdlib>

namespace hd {
namespace {
using namespace Qt::StringLiterals;

constexpr qint64 kMinute = 60'000;

struct UrgencyName
{
    SlaDisplay::Urgency urgency;
    QLatin1StringView key;
};
constexpr std::array kUrgencies{
    UrgencyName{SlaDisplay::Urgency::None, "none"_L1},
    UrgencyName{SlaDisplay::Urgency::Ok, "ok"_L1},
    UrgencyName{SlaDisplay::Urgency::Warning, "warning"_L1},
    UrgencyName{SlaDisplay::Urgency::Critical, "critical"_L1},
    UrgencyName{SlaDisplay::Urgency::Overdue, "overdue"_L1},
};

} // namespace

QString SlaDisplay::formatDuration(qint64 ms)
{
    const qint64 magnitude = ms < 0 ? -ms : ms;
    const qint64 minutes = (magnitude + kMinute - 1) / kMinute; // round up: "1m" until the last second
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = (minutes / 60) % 24;
    const qint64 mins = minutes % 60;
    if (days > 0) {
        if (hours == 0)
            return QCoreApplication::translate("hd::SlaDisplay", "%1d", "days").arg(days);
        return QCoreApplication::translate("hd::SlaDisplay", "%1d %2h", "days and hours").arg(days).arg(hours);
    }
    if (hours > 0) {
        if (mins == 0)
            return QCoreApplication::translate("hd::SlaDisplay", "%1h", "hours").arg(hours);
        return QCoreApplication::translate("hd::SlaDisplay", "%1h %2m", "hours and minutes").arg(hours).arg(mins);
    }
    return QCoreApplication::translate("hd::SlaDisplay", "%1m", "minutes").arg(mins);
}

QString SlaDisplay::countdownText(qint64 remainingMs)
{
    if (remainingMs < 0)
        return QCoreApplication::translate("hd::SlaDisplay", "overdue %1", "SLA countdown past the deadline")
            .arg(formatDuration(remainingMs));
    return formatDuration(remainingMs);
}

SlaDisplay::Urgency SlaDisplay::urgency(qint64 remainingMs, qint64 targetMs, const SlaThresholds &thresholds)
{
    if (remainingMs < 0)
        return Urgency::Overdue;
    if (remainingMs <= thresholds.criticalRemainingMs(targetMs))
        return Urgency::Critical;
    if (remainingMs <= thresholds.warningRemainingMs(targetMs))
        return Urgency::Warning;
    return Urgency::Ok;
}

SlaDisplay::Badge SlaDisplay::badge(const SlaTargetStatus &status, const SlaThresholds &thresholds)
{
    using S = SlaTargetStatus::State;
    switch (status.state) {
    case S::Running:
        return {countdownText(status.remainingMs), urgency(status.remainingMs, status.targetMs, thresholds)};
    case S::Paused:
        return {QCoreApplication::translate("hd::SlaDisplay", "paused · %1", "SLA clock paused, time left")
                    .arg(formatDuration(status.remainingMs)),
                Urgency::None};
    case S::Breached:
        if (status.completedAt == 0)
            return {countdownText(-std::max<qint64>(status.overdueMs, 1)), Urgency::Overdue};
        return {QCoreApplication::translate("hd::SlaDisplay", "met late"), Urgency::None};
    case S::Met: return {QCoreApplication::translate("hd::SlaDisplay", "met"), Urgency::None};
    case S::Stopped: return {QCoreApplication::translate("hd::SlaDisplay", "stopped"), Urgency::None};
    }
    return {};
}

QString SlaDisplay::urgencyToString(Urgency urgency)
{
    for (const auto &u : kUrgencies)
        if (u.urgency == urgency)
            return QString(u.key);
    return u"none"_s;
}

SlaDisplay::Urgency SlaDisplay::urgencyFromString(const QString &s, bool *ok)
{
    for (const auto &u : kUrgencies) {
        if (s == u.key) {
            if (ok)
                *ok = true;
            return u.urgency;
        }
    }
    if (ok)
        *ok = false;
    return Urgency::None;
}

} // namespace hd
