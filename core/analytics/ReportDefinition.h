#pragma once

#include "core/analytics/AnalyticsFilter.h"
#include "core/analytics/ReportBuilder.h"

#include <QString>
#include <QtGlobal>

namespace hd {

/// A saved report written to a folder on a schedule (report_definitions). The filter holds no
/// period: each run covers the last complete day or week (UTC) before the run.
struct ReportDefinition
{
    /// Stored as "daily", "weekly".
    enum class Schedule { Daily, Weekly };

    qint64 id = 0;
    QString name;
    ReportBuilder::Kind kind = ReportBuilder::Kind::Summary;
    AnalyticsFilter filter;
    Schedule schedule = Schedule::Daily;
    QString folder;
    bool excelFriendly = false;
    QChar separator = u','; ///< ';' writes decimal commas too; kept in filters_json as "csv_separator"
    qint64 lastRunAt = 0;   ///< UTC ms of the last successful run (0 = never)
    qint64 createdAt = 0;

    static QString scheduleToString(Schedule s);
    static Result<Schedule> scheduleFromString(const QString &s);

    /// The period the run at `nowMs` covers: the last complete UTC day, or the last complete week
    /// (Monday 00:00 to Monday 00:00 UTC).
    AnalyticsFilter periodAt(qint64 nowMs) const;
    /// Due when the last complete period ended after the last run.
    bool isDue(qint64 nowMs) const;
    /// "<name>-<kind>-<yyyy-MM-dd>.csv" with unsafe characters replaced.
    QString fileNameFor(const AnalyticsFilter &period) const;
};

} // namespace hd
