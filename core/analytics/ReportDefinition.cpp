#include "core/analytics/ReportDefinition.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace hd {
using namespace Qt::StringLiterals;

QString ReportDefinition::scheduleToString(Schedule s)
{
    return s == Schedule::Weekly ? u"weekly"_s : u"daily"_s;
}

Result<ReportDefinition::Schedule> ReportDefinition::scheduleFromString(const QString &s)
{
    if (s == "daily"_L1)
        return Schedule::Daily;
    if (s == "weekly"_L1)
        return Schedule::Weekly;
    return Error::make(
        Error::Code::InvalidArgument,
        QCoreApplication::translate("hd::ReportDefinition", "Unknown schedule \"%1\" (daily or weekly).").arg(s),
        u"schedule "_s + s);
}

AnalyticsFilter ReportDefinition::periodAt(qint64 nowMs) const
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc()).date();
    QDate end = today; // exclusive: today 00:00
    qint64 days = 1;
    if (schedule == Schedule::Weekly) {
        end = today.addDays(-(today.dayOfWeek() - 1)); // this week's Monday
        days = 7;
    }
    AnalyticsFilter f = filter;
    f.toMs = QDateTime(end, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    f.fromMs = QDateTime(end.addDays(-days), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    return f;
}

bool ReportDefinition::isDue(qint64 nowMs) const
{
    return periodAt(nowMs).toMs > lastRunAt;
}

QString ReportDefinition::fileNameFor(const AnalyticsFilter &period) const
{
    QString base = name.trimmed();
    static const QRegularExpression unsafe(u"[^\\w\\-]+"_s, QRegularExpression::UseUnicodePropertiesOption);
    base.replace(unsafe, u"-"_s);
    if (base.isEmpty())
        base = u"report"_s;
    return base + u'-' + ReportBuilder::kindToString(kind) + u'-'
        + QDateTime::fromMSecsSinceEpoch(period.fromMs, QTimeZone::utc()).date().toString(Qt::ISODate) + u".csv"_s;
}

} // namespace hd
