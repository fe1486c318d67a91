#pragma once

#include "core/analytics/AnalyticsFilter.h"
#include "core/analytics/CsvWriter.h"
#include "core/analytics/Dashboard.h"
#include "core/common/Result.h"

#include <QIODevice>
#include <QString>

#include <atomic>
#include <functional>

namespace hd {

class Database;

/// CSV reports: one row per conversation, one row per message, or every dashboard aggregate
/// (the summary, computed by the same DashboardService::compute the screen uses).
class ReportBuilder final
{
public:
    /// Stored as "conversations", "messages", "summary".
    enum class Kind { Conversations, Messages, Summary };
    static QString kindToString(Kind kind);
    static Result<Kind> kindFromString(const QString &s);

    struct Request
    {
        Kind kind = Kind::Summary;
        AnalyticsFilter filter;
        CsvWriter::Options csv;
    };
    /// Called with (rows done, rows expected); may be called from a worker thread.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    /// Writes the report to a device. Fails on a bad period, a database error, a write error or
    /// cancellation (the device then holds a partial report: use writeFile() for files).
    static Status write(const Database &db,
                        const Request &request,
                        QIODevice *device,
                        qint64 nowMs,
                        const Progress &progress = {},
                        const std::atomic_bool *cancel = nullptr);
    /// Writes to `path` atomically: the file appears only when the whole report was written.
    static Status writeFile(const Database &db,
                            const Request &request,
                            const QString &path,
                            qint64 nowMs,
                            const Progress &progress = {},
                            const std::atomic_bool *cancel = nullptr);
    /// The summary rows of a computed dashboard: section, key, metric, value, previous, samples, display.
    static bool writeSummary(const Dashboard &dashboard, CsvWriter &csv);
    /// UTC ISO 8601 ("2026-11-22T09:30:00+00:00"); empty for 0.
    static QString isoTime(qint64 utcMs);
};

} // namespace hd
