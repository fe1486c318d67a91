#pragma once

#include "core/analytics/ReportDefinition.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>

namespace hd {

class Database;

/// Writes scheduled reports: runOne() / runDue() synchronously (the CLI from cron), or, as a
/// QObject, checks every few minutes while the app runs and writes due reports on a worker thread.
class ReportScheduler final : public QObject
{
    Q_OBJECT
public:
    ReportScheduler(const Database &db, const Clock &clock, QObject *parent = nullptr);
    ~ReportScheduler() override;

    /// Writes the definition's report for the period at nowMs into its folder (created if missing)
    /// and records the run. Returns the file written.
    static Result<QString> runOne(const Database &db, const ReportDefinition &definition, qint64 nowMs);
    /// What runDue() did: the files written, and one error per definition that failed (named in
    /// the message). A failing definition (say, its folder is gone) does not hold the others back.
    struct DueRun
    {
        QStringList written;
        QList<Error> failures;
    };
    /// Runs every due definition. Fails only when the definitions cannot be read.
    static Result<DueRun> runDue(const Database &db, qint64 nowMs);

    /// Checks now and then every `intervalMs`.
    void start(int intervalMs = 10 * 60 * 1000);

Q_SIGNALS:
    void reportWritten(const QString &path);
    void reportFailed(const QString &message);

private:
    void check();

    const Database &m_db;
    const Clock &m_clock;
    QTimer m_timer;
    QThreadPool m_pool;
    bool m_running = false;
};

} // namespace hd
