#pragma once

#include "core/analytics/AnalyticsFilter.h"
#include "core/analytics/AnalyticsRepository.h"
#include "core/analytics/Dashboard.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace hd {

class Database;

/// Computes the dashboard off the UI thread: one worker thread with its own database connection;
/// the newest request wins (an older one still running is cancelled and its result dropped).
class DashboardService final : public QObject
{
    Q_OBJECT
public:
    DashboardService(const Database &db, const Clock &clock, QObject *parent = nullptr);
    ~DashboardService() override;

    /// Synchronous: loads and computes one dashboard (with the previous period's headline values
    /// when `comparePrevious`). The worker, the CLI, the benchmark and the tests call this.
    static Result<Dashboard> compute(const Database &db,
                                     const AnalyticsFilter &filter,
                                     qint64 nowMs,
                                     bool comparePrevious = true,
                                     const std::atomic_bool *cancel = nullptr);
    /// The same dashboard computed from every message and event row of the period instead of the
    /// stored per-conversation facts (ConversationFactsStore). Slow on large workspaces: the
    /// benchmark and the tests use it to check that both give the same figures.
    static Result<Dashboard> computeFromRows(const Database &db,
                                             const AnalyticsFilter &filter,
                                             qint64 nowMs,
                                             bool comparePrevious = true,
                                             const std::atomic_bool *cancel = nullptr);

    /// Starts computing; dashboardReady or failed follows (for the newest request only).
    void refresh(const AnalyticsFilter &filter);
    /// The conversations behind a figure or chart element of the last dashboard (Dashboard::drill
    /// keys, plus "backlog"); at most `limit` rows are loaded, drillReady gives the full count.
    void requestDrill(const QString &key, int limit = 500);
    /// The last dashboard delivered (empty before the first).
    const Dashboard &current() const { return m_current; }
    bool isBusy() const { return m_pending > 0; }

Q_SIGNALS:
    void dashboardReady(const hd::Dashboard &dashboard);
    void failed(const QString &message);
    void drillReady(const QString &key, const QList<hd::AnalyticsRepository::DrillRow> &rows, int total);

private:
    const Database &m_db;
    const Clock &m_clock;
    QThreadPool m_pool;
    Dashboard m_current;
    quint64 m_generation = 0;
    quint64 m_drillGeneration = 0;
    int m_pending = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace hd
