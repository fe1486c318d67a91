#include "ui/inbox/RelativeTime.h"

#include <QDateTime>
#include <QLocale>

namespace hd {

QString RelativeTime::format(qint64 thenMs, qint64 nowMs)
{
    if (thenMs <= 0)
        return {};
    const qint64 deltaMs = nowMs - thenMs;
    constexpr qint64 minute = 60 * 1000;
    constexpr qint64 hour = 60 * minute;
    if (deltaMs < minute)
        return tr("Just now");
    if (deltaMs < hour)
        return tr("%n min", "minutes ago, short", int(deltaMs / minute));

    const QDateTime then = QDateTime::fromMSecsSinceEpoch(thenMs);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs);
    const qint64 days = then.date().daysTo(now.date());
    if (days <= 0)
        return tr("%n h", "hours ago, short", int(deltaMs / hour));
    if (days == 1)
        return tr("Yesterday");
    const QLocale locale;
    if (days < 7)
        return locale.dayName(then.date().dayOfWeek(), QLocale::ShortFormat);
    if (then.date().year() == now.date().year())
        return locale.toString(then.date(), tr("d MMM", "date in the current year"));
    return locale.toString(then.date(), QLocale::ShortFormat);
}

QString RelativeTime::dateTime(qint64 thenMs)
{
    if (thenMs <= 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(thenMs), QLocale::ShortFormat);
}

QString RelativeTime::full(qint64 thenMs)
{
    if (thenMs <= 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(thenMs), QLocale::LongFormat);
}

} // namespace hd
