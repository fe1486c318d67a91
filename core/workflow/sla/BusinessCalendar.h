#pragma once

#include "core/common/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QTimeZone>
#include <QtGlobal>

#include <array>
#include <limits>

namespace hd {

/// When a team is at work: an IANA time zone, opening intervals per weekday and full-day holidays.
///
/// All instants are UTC milliseconds since the epoch. Opening hours are local wall-clock times in the
/// calendar's time zone, so a Mon–Fri 09:00–18:00 calendar in Europe/Berlin opens at 08:00 UTC in winter
/// and 07:00 UTC in summer. Arithmetic walks the open spans day by day (never minute by minute).
///
/// DST: a wall-clock time that does not exist (spring forward) maps to the instant of the transition, so an
/// interval 01:00–04:00 on that day lasts 2 real hours; a wall-clock time that exists twice (fall back) maps
/// to its earlier occurrence, so 01:00–04:00 lasts 4 real hours. Intervals cannot cross midnight: express
/// 22:00–02:00 as 22:00–24:00 on one day plus 00:00–02:00 on the next; spans that touch across midnight are
/// consumed as one continuous stretch.
///
/// The default-constructed calendar is open 24/7 ("calendar time"); its arithmetic is plain subtraction.
class BusinessCalendar final
{
public:
    /// One opening interval, in local minutes since midnight: [startMinute, endMinute), 0 <= start < end <= 1440.
    struct Interval
    {
        int startMinute = 0;
        int endMinute = 0;
        friend bool operator==(const Interval &, const Interval &) = default;
    };

    /// Returned by addBusinessTime() and nextOpening() when the calendar never opens again (no hours at all,
    /// or ten years of holidays).
    static constexpr qint64 kNever = std::numeric_limits<qint64>::max();

    /// Open 24/7 in UTC.
    BusinessCalendar();

    /// Open 24/7: calendar time. Weekends, holidays and DST do not matter.
    static BusinessCalendar twentyFourSeven();
    /// Monday to Friday, open..close local time, in the given zone. A convenience for the common case.
    static BusinessCalendar weekdays(const QTimeZone &zone, int openMinute, int closeMinute);

    /// True when every day is open 00:00–24:00 and there are no holidays (arithmetic is subtraction).
    bool isTwentyFourSeven() const { return m_twentyFourSeven; }
    /// True when at least one weekday has an opening interval.
    bool hasHours() const;

    QTimeZone timeZone() const { return m_zone; }
    void setTimeZone(const QTimeZone &zone);

    QList<Interval> hours(Qt::DayOfWeek day) const;
    /// Sets the opening intervals of one weekday. They are sorted and overlapping or touching ones merged.
    /// Fails (and changes nothing) when an interval is empty, outside 00:00–24:00 or crosses midnight.
    Status setHours(Qt::DayOfWeek day, QList<Interval> intervals);

    /// Full-day holidays on one date (local to the calendar's zone).
    QList<QDate> holidays() const;
    void addHoliday(QDate date);
    void setHolidays(const QList<QDate> &dates);
    /// A holiday on the same month and day every year (1 January, 25 December, ...).
    void addRecurringHoliday(int month, int day);
    bool isHoliday(QDate localDate) const;

    /// True when the calendar is open at this instant.
    bool isOpen(qint64 utcMs) const;
    /// utcMs itself when open, else the start of the next opening; kNever when it never opens again.
    qint64 nextOpening(qint64 utcMs) const;
    /// The instant at which durationMs of open time has elapsed from startUtcMs. A start outside hours
    /// counts from the next opening; a duration that ends exactly at closing time returns the closing time.
    /// durationMs <= 0 returns startUtcMs. kNever when the calendar never accumulates enough open time.
    qint64 addBusinessTime(qint64 startUtcMs, qint64 durationMs) const;
    /// Open time in [aUtcMs, bUtcMs), in ms; 0 when b <= a.
    qint64 businessTimeBetween(qint64 aUtcMs, qint64 bUtcMs) const;

    /// {"timeZone": "Europe/Berlin", "hours": {"mon": [["09:00","18:00"]], "sat": [["10:00","14:00"]]},
    ///  "holidays": ["2024-12-25"], "recurringHolidays": ["01-01"]}. "24:00" is a valid end.
    QJsonObject toJson() const;
    /// Parses toJson()'s format. Unknown keys are ignored; a bad zone, time or date is an error.
    static Result<BusinessCalendar> fromJson(const QJsonObject &json);

    friend bool operator==(const BusinessCalendar &a, const BusinessCalendar &b);

private:
    struct Span
    {
        qint64 start;
        qint64 end;
    };
    /// The UTC spans of one local date, in order; empty on holidays.
    QList<Span> daySpans(QDate localDate) const;
    QDate localDate(qint64 utcMs) const;
    qint64 localToUtc(QDate date, int minute) const;
    qint64 offsetMs(qint64 utcMs) const;
    void updateTwentyFourSeven();

    QTimeZone m_zone;
    std::array<QList<Interval>, 7> m_hours; ///< index 0 = Monday
    QSet<QDate> m_holidays;
    QSet<int> m_recurringHolidays; ///< month * 100 + day
    bool m_twentyFourSeven = true;
};

} // namespace hd
