#include "core/workflow/sla/BusinessCalendar.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

namespace hd {
namespace {
using namespace Qt::StringLiterals;

constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kDayMs = 86'400'000;
constexpr qint64 kUnixEpochJulianDay = 2'440'588;
constexpr int kFullDay = 1440;
/// Walking stops after this many consecutive days without any open span (holidays all the way).
constexpr int kMaxClosedDays = 3660;
/// ... and after this many days in total, so an absurd duration cannot spin for long.
constexpr int kMaxDays = 200 * 366;

constexpr std::array<QLatin1StringView, 7>
    kDayKeys{"mon"_L1, "tue"_L1, "wed"_L1, "thu"_L1, "fri"_L1, "sat"_L1, "sun"_L1};

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

QString minuteToText(int minute)
{
    return u"%1:%2"_s.arg(minute / 60, 2, 10, QLatin1Char('0')).arg(minute % 60, 2, 10, QLatin1Char('0'));
}

/// "HH:MM" with 00:00 <= value <= 24:00; -1 when malformed.
int minuteFromText(const QString &text)
{
    const auto parts = text.split(QLatin1Char(':'));
    if (parts.size() != 2 || parts[0].isEmpty() || parts[1].size() != 2)
        return -1;
    bool okH = false;
    bool okM = false;
    const int h = parts[0].toInt(&okH);
    const int m = parts[1].toInt(&okM);
    if (!okH || !okM || h < 0 || h > 24 || m < 0 || m > 59 || (h == 24 && m != 0))
        return -1;
    return h * 60 + m;
}

Error calendarError(const QString &detail)
{
    return Error::make(Error::Code::InvalidArgument,
                       QCoreApplication::translate("hd::BusinessCalendar", "The business hours are not valid."),
                       detail);
}

} // namespace

BusinessCalendar::BusinessCalendar()
    : m_zone(QTimeZone::utc())
{
    for (auto &day : m_hours)
        day = {Interval{0, kFullDay}};
}

BusinessCalendar BusinessCalendar::twentyFourSeven()
{
    return BusinessCalendar();
}

BusinessCalendar BusinessCalendar::weekdays(const QTimeZone &zone, int openMinute, int closeMinute)
{
    BusinessCalendar cal;
    cal.setTimeZone(zone);
    for (int d = Qt::Monday; d <= Qt::Sunday; ++d) {
        const auto day = static_cast<Qt::DayOfWeek>(d);
        if (d <= Qt::Friday)
            (void)cal.setHours(day, {Interval{openMinute, closeMinute}});
        else
            (void)cal.setHours(day, {});
    }
    return cal;
}

bool BusinessCalendar::hasHours() const
{
    return std::any_of(m_hours.begin(), m_hours.end(), [](const auto &day) { return !day.isEmpty(); });
}

void BusinessCalendar::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
}

QList<BusinessCalendar::Interval> BusinessCalendar::hours(Qt::DayOfWeek day) const
{
    return m_hours[static_cast<size_t>(day) - 1];
}

Status BusinessCalendar::setHours(Qt::DayOfWeek day, QList<Interval> intervals)
{
    for (const auto &iv : intervals) {
        if (iv.startMinute < 0 || iv.endMinute > kFullDay || iv.startMinute >= kFullDay)
            return calendarError(u"interval %1-%2 is outside 00:00-24:00"_s.arg(iv.startMinute).arg(iv.endMinute));
        if (iv.endMinute <= iv.startMinute)
            return Error::make(
                Error::Code::InvalidArgument,
                QCoreApplication::translate("hd::BusinessCalendar",
                                            "Opening hours cannot cross midnight: split %1–%2 into %1–24:00 and "
                                            "00:00–%2 on the next day.")
                    .arg(minuteToText(iv.startMinute), minuteToText(iv.endMinute)),
                u"interval %1-%2 is empty or crosses midnight"_s.arg(iv.startMinute).arg(iv.endMinute));
    }
    std::sort(intervals.begin(), intervals.end(), [](const Interval &a, const Interval &b) {
        return a.startMinute < b.startMinute;
    });
    QList<Interval> merged;
    for (const auto &iv : intervals) {
        if (!merged.isEmpty() && iv.startMinute <= merged.last().endMinute)
            merged.last().endMinute = std::max(merged.last().endMinute, iv.endMinute);
        else
            merged.append(iv);
    }
    m_hours[static_cast<size_t>(day) - 1] = merged;
    updateTwentyFourSeven();
    return {};
}

QList<QDate> BusinessCalendar::holidays() const
{
    QList<QDate> list(m_holidays.begin(), m_holidays.end());
    std::sort(list.begin(), list.end());
    return list;
}

void BusinessCalendar::addHoliday(QDate date)
{
    if (date.isValid())
        m_holidays.insert(date);
    updateTwentyFourSeven();
}

void BusinessCalendar::setHolidays(const QList<QDate> &dates)
{
    m_holidays.clear();
    for (const auto &d : dates)
        if (d.isValid())
            m_holidays.insert(d);
    updateTwentyFourSeven();
}

void BusinessCalendar::addRecurringHoliday(int month, int day)
{
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31)
        m_recurringHolidays.insert(month * 100 + day);
    updateTwentyFourSeven();
}

bool BusinessCalendar::isHoliday(QDate localDate) const
{
    return m_holidays.contains(localDate) || m_recurringHolidays.contains(localDate.month() * 100 + localDate.day());
}

void BusinessCalendar::updateTwentyFourSeven()
{
    m_twentyFourSeven = m_holidays.isEmpty() && m_recurringHolidays.isEmpty()
        && std::all_of(m_hours.begin(), m_hours.end(), [](const auto &day) {
                            return day.size() == 1 && day.first() == Interval{0, kFullDay};
                        });
}

qint64 BusinessCalendar::offsetMs(qint64 utcMs) const
{
    return qint64(m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC))) * 1000;
}

QDate BusinessCalendar::localDate(qint64 utcMs) const
{
    return QDate::fromJulianDay(kUnixEpochJulianDay + floorDiv(utcMs + offsetMs(utcMs), kDayMs));
}

qint64 BusinessCalendar::localToUtc(QDate date, int minute) const
{
    const qint64 naive = (date.toJulianDay() - kUnixEpochJulianDay) * kDayMs + minute * kMinuteMs;
    // Offsets a day either side: DST transitions are months apart, so at most one lies in between.
    const qint64 before = offsetMs(naive - kDayMs);
    const qint64 after = offsetMs(naive + kDayMs);
    if (before == after)
        return naive - before;
    const qint64 uBefore = naive - before;
    const qint64 uAfter = naive - after;
    const bool beforeValid = offsetMs(uBefore) == before;
    const bool afterValid = offsetMs(uAfter) == after;
    if (beforeValid && afterValid)
        return std::min(uBefore, uAfter); // fall back: the wall time exists twice, take the earlier one
    if (beforeValid)
        return uBefore;
    if (afterValid)
        return uAfter;
    // Spring forward: the wall time does not exist. Clamp to the transition instant (binary search, ms).
    qint64 lo = std::min(uBefore, uAfter);
    qint64 hi = std::max(uBefore, uAfter);
    const qint64 loOffset = offsetMs(lo);
    while (hi - lo > 1) {
        const qint64 mid = lo + (hi - lo) / 2;
        if (offsetMs(mid) == loOffset)
            lo = mid;
        else
            hi = mid;
    }
    return hi;
}

QList<BusinessCalendar::Span> BusinessCalendar::daySpans(QDate date) const
{
    QList<Span> spans;
    if (isHoliday(date))
        return spans;
    const auto &intervals = m_hours[static_cast<size_t>(date.dayOfWeek()) - 1];
    spans.reserve(intervals.size());
    for (const auto &iv : intervals) {
        const qint64 start = localToUtc(date, iv.startMinute);
        const qint64 end = iv.endMinute == kFullDay ? localToUtc(date.addDays(1), 0) : localToUtc(date, iv.endMinute);
        if (end > start)
            spans.append(Span{start, end});
    }
    return spans;
}

bool BusinessCalendar::isOpen(qint64 utcMs) const
{
    if (m_twentyFourSeven)
        return true;
    const QDate today = localDate(utcMs);
    for (const QDate &d : {today.addDays(-1), today}) {
        for (const auto &span : daySpans(d))
            if (span.start <= utcMs && utcMs < span.end)
                return true;
    }
    return false;
}

qint64 BusinessCalendar::nextOpening(qint64 utcMs) const
{
    if (m_twentyFourSeven)
        return utcMs;
    if (!hasHours())
        return kNever;
    QDate d = localDate(utcMs).addDays(-1);
    int closedDays = 0;
    for (int n = 0; n < kMaxDays && closedDays < kMaxClosedDays; ++n, d = d.addDays(1)) {
        const auto spans = daySpans(d);
        closedDays = spans.isEmpty() ? closedDays + 1 : 0;
        for (const auto &span : spans)
            if (span.end > utcMs)
                return std::max(span.start, utcMs);
    }
    return kNever;
}

qint64 BusinessCalendar::addBusinessTime(qint64 startUtcMs, qint64 durationMs) const
{
    if (durationMs <= 0)
        return startUtcMs;
    if (m_twentyFourSeven)
        return startUtcMs + durationMs;
    if (!hasHours())
        return kNever;
    qint64 remaining = durationMs;
    qint64 cursor = startUtcMs;
    QDate d = localDate(startUtcMs).addDays(-1);
    int closedDays = 0;
    for (int n = 0; n < kMaxDays && closedDays < kMaxClosedDays; ++n, d = d.addDays(1)) {
        const auto spans = daySpans(d);
        closedDays = spans.isEmpty() ? closedDays + 1 : 0;
        for (const auto &span : spans) {
            if (span.end <= cursor)
                continue;
            const qint64 from = std::max(span.start, cursor);
            const qint64 available = span.end - from;
            if (available >= remaining)
                return from + remaining;
            remaining -= available;
            cursor = span.end;
        }
    }
    return kNever;
}

qint64 BusinessCalendar::businessTimeBetween(qint64 aUtcMs, qint64 bUtcMs) const
{
    if (bUtcMs <= aUtcMs)
        return 0;
    if (m_twentyFourSeven)
        return bUtcMs - aUtcMs;
    if (!hasHours())
        return 0;
    qint64 total = 0;
    const QDate last = localDate(bUtcMs);
    for (QDate d = localDate(aUtcMs).addDays(-1); d <= last; d = d.addDays(1)) {
        for (const auto &span : daySpans(d)) {
            const qint64 from = std::max(span.start, aUtcMs);
            const qint64 to = std::min(span.end, bUtcMs);
            if (to > from)
                total += to - from;
        }
    }
    return total;
}

QJsonObject BusinessCalendar::toJson() const
{
    QJsonObject hours;
    for (size_t i = 0; i < kDayKeys.size(); ++i) {
        if (m_hours[i].isEmpty())
            continue;
        QJsonArray day;
        for (const auto &iv : m_hours[i])
            day.append(QJsonArray{minuteToText(iv.startMinute), minuteToText(iv.endMinute)});
        hours.insert(kDayKeys[i], day);
    }
    QJsonArray holidays;
    for (const auto &d : this->holidays())
        holidays.append(d.toString(Qt::ISODate));
    QList<int> recurring(m_recurringHolidays.begin(), m_recurringHolidays.end());
    std::sort(recurring.begin(), recurring.end());
    QJsonArray recurringJson;
    for (int md : recurring)
        recurringJson.append(u"%1-%2"_s.arg(md / 100, 2, 10, QLatin1Char('0')).arg(md % 100, 2, 10, QLatin1Char('0')));

    QJsonObject json;
    json.insert("timeZone"_L1, QString::fromUtf8(m_zone.id()));
    json.insert("hours"_L1, hours);
    if (!holidays.isEmpty())
        json.insert("holidays"_L1, holidays);
    if (!recurringJson.isEmpty())
        json.insert("recurringHolidays"_L1, recurringJson);
    return json;
}

Result<BusinessCalendar> BusinessCalendar::fromJson(const QJsonObject &json)
{
    BusinessCalendar cal;
    const QString zoneId = json.value("timeZone"_L1).toString(u"UTC"_s);
    const QTimeZone zone(zoneId.toUtf8());
    if (!zone.isValid())
        return Error::make(Error::Code::InvalidArgument,
                           QCoreApplication::translate("hd::BusinessCalendar", "Unknown time zone: %1").arg(zoneId),
                           u"invalid IANA zone '%1'"_s.arg(zoneId));
    cal.setTimeZone(zone);

    if (json.contains("hours"_L1)) {
        const QJsonObject hours = json.value("hours"_L1).toObject();
        for (size_t i = 0; i < kDayKeys.size(); ++i) {
            QList<Interval> intervals;
            for (const auto &v : hours.value(kDayKeys[i]).toArray()) {
                const QJsonArray pair = v.toArray();
                const int from = pair.size() == 2 ? minuteFromText(pair[0].toString()) : -1;
                const int to = pair.size() == 2 ? minuteFromText(pair[1].toString()) : -1;
                if (from < 0 || to < 0)
                    return calendarError(u"bad interval on %1"_s.arg(kDayKeys[i]));
                intervals.append(Interval{from, to});
            }
            if (auto st = cal.setHours(static_cast<Qt::DayOfWeek>(i + 1), intervals); !st)
                return st.error();
        }
    }
    for (const auto &v : json.value("holidays"_L1).toArray()) {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        if (!d.isValid())
            return calendarError(u"bad holiday date '%1'"_s.arg(v.toString()));
        cal.addHoliday(d);
    }
    for (const auto &v : json.value("recurringHolidays"_L1).toArray()) {
        const QDate d = QDate::fromString(u"2000-"_s + v.toString(), Qt::ISODate); // 2000 is a leap year
        if (!d.isValid())
            return calendarError(u"bad recurring holiday '%1'"_s.arg(v.toString()));
        cal.addRecurringHoliday(d.month(), d.day());
    }
    return cal;
}

bool operator==(const BusinessCalendar &a, const BusinessCalendar &b)
{
    return a.m_zone.id() == b.m_zone.id() && a.m_hours == b.m_hours && a.m_holidays == b.m_holidays
        && a.m_recurringHolidays == b.m_recurringHolidays;
}

} // namespace hd
