#include "core/analytics/DashboardService.h"

#include "core/analytics/ConversationFactsStore.h"
#include "core/analytics/DashboardCalculator.h"
#include "core/analytics/FactsBuilder.h"
#include "core/common/Log.h"
#include "core/storage/Database.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QThread>

#include <algorithm>
#include <memory>

namespace hd {
using namespace Qt::StringLiterals;

DashboardService::DashboardService(const Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{
    // One thread that never expires: it keeps its database connection between requests.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

DashboardService::~DashboardService()
{
    if (m_cancel)
        m_cancel->store(true);
    m_pool.waitForDone();
}

namespace {

/// The current period's dashboard plus the previous period's headline values, from loaded rows
/// and facts covering both periods.
Result<Dashboard> computeBoth(const AnalyticsRepository &repo,
                              AnalyticsData &data,
                              const std::vector<ConversationFacts> &facts,
                              int mismatches,
                              const AnalyticsFilter &filter,
                              qint64 nowMs,
                              bool comparePrevious)
{
    Dashboard dashboard = DashboardCalculator::compute(data, facts, filter, nowMs);
    dashboard.eventMismatches = mismatches;
    if (comparePrevious) {
        const AnalyticsFilter previous = filter.previousPeriod();
        auto backlog = repo.backlogCount(previous);
        if (!backlog)
            return backlog.error();
        data.backlog = backlog.value();
        DashboardCalculator::attachPrevious(
            dashboard,
            DashboardCalculator::compute(data, facts, previous, nowMs, DashboardCalculator::Detail::Figures));
    }
    if (mismatches > 0)
        log::warn("analytics", u"%1 reporting event durations disagree with the messages"_s.arg(mismatches));
    return dashboard;
}

/// The same from the facts store's load, which counted the previous period's backlog in its pass.
/// Pure formulas on the same const rows, on two threads at once: this one computes the current
/// period without the marketplace response rates; a worker computes the response rates and the
/// previous period's figures.
Dashboard computeBothConcurrently(const ConversationFactsStore::Loaded &l,
                                  const AnalyticsFilter &filter,
                                  qint64 nowMs,
                                  bool comparePrevious)
{
    Dashboard previous, rates;
    const std::vector<FactsRun> runs = l.factsRuns();
    std::unique_ptr<QThread> worker(QThread::create([&] {
        DashboardCalculator::addResponseRates(rates, l.data, runs, filter, nowMs);
        if (comparePrevious)
            previous = DashboardCalculator::compute(l.data,
                                                    runs,
                                                    filter.previousPeriod(),
                                                    nowMs,
                                                    DashboardCalculator::Detail::Figures,
                                                    l.previousBacklog);
    }));
    worker->start();
    Dashboard dashboard =
        DashboardCalculator::compute(l.data, runs, filter, nowMs, DashboardCalculator::Detail::FullExceptRates);
    dashboard.eventMismatches = l.mismatches;
    worker->wait();
    dashboard.responseRates = std::move(rates.responseRates);
    for (auto it = rates.drill.begin(); it != rates.drill.end(); ++it)
        dashboard.drill.insert(it.key(), std::move(it.value()));
    if (comparePrevious)
        DashboardCalculator::attachPrevious(dashboard, previous);
    if (l.mismatches > 0)
        log::warn("analytics", u"%1 reporting event durations disagree with the messages"_s.arg(l.mismatches));
    return dashboard;
}

/// One load covers both periods: a conversation's facts do not depend on the period, and every
/// formula keeps only what happened inside the period it computes.
AnalyticsFilter loadedPeriod(const AnalyticsFilter &filter, bool comparePrevious)
{
    AnalyticsFilter both = filter;
    if (comparePrevious)
        both.fromMs = filter.previousPeriod().fromMs;
    return both;
}

} // namespace

Result<Dashboard> DashboardService::compute(const Database &db,
                                            const AnalyticsFilter &filter,
                                            qint64 nowMs,
                                            bool comparePrevious,
                                            const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    if (auto s = filter.validate(); !s)
        return s.error();
    auto loaded = ConversationFactsStore(db).load(loadedPeriod(filter, comparePrevious),
                                                  cancel,
                                                  comparePrevious ? std::optional<qint64>(filter.previousPeriod().toMs)
                                                                  : std::nullopt);
    if (!loaded)
        return loaded.error();
    Dashboard dashboard = computeBothConcurrently(loaded.value(), filter, nowMs, comparePrevious);
    dashboard.computeMs = timer.elapsed();
    return dashboard;
}

Result<Dashboard> DashboardService::computeFromRows(const Database &db,
                                                    const AnalyticsFilter &filter,
                                                    qint64 nowMs,
                                                    bool comparePrevious,
                                                    const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    const AnalyticsRepository repo(db);
    AnalyticsRepository::LoadOptions options;
    options.cancel = cancel;
    auto data = repo.load(loadedPeriod(filter, comparePrevious), options);
    if (!data)
        return data.error();
    int mismatches = 0;
    const auto facts = FactsBuilder::build(data.value(), &mismatches);
    auto dashboard = computeBoth(repo, data.value(), facts, mismatches, filter, nowMs, comparePrevious);
    if (dashboard)
        dashboard.value().computeMs = timer.elapsed();
    return dashboard;
}

void DashboardService::refresh(const AnalyticsFilter &filter)
{
    if (m_cancel)
        m_cancel->store(true);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    const quint64 generation = ++m_generation;
    ++m_pending;
    const Database *db = &m_db;
    const qint64 now = m_clock.nowMs();
    QPointer<DashboardService> self(this);
    m_pool.start([self, db, filter, now, cancel, generation]() {
        auto result = compute(*db, filter, now, true, cancel.get());
        if (cancel->load())
            result = Error::make(Error::Code::Conflict, {}, u"superseded"_s);
        QMetaObject::invokeMethod(
            self.data(),
            [self, result = std::move(result), generation]() {
                if (!self)
                    return;
                --self->m_pending;
                if (generation != self->m_generation)
                    return; // a newer request is on its way
                if (!result) {
                    log::warn("analytics", u"dashboard failed: %1"_s.arg(result.error().detail));
                    Q_EMIT self->failed(result.error().message);
                    return;
                }
                self->m_current = result.value();
                Q_EMIT self->dashboardReady(self->m_current);
            },
            Qt::QueuedConnection);
    });
}

void DashboardService::requestDrill(const QString &key, int limit)
{
    const quint64 generation = ++m_drillGeneration;
    QList<qint64> ids = m_current.drill.value(key);
    const bool backlog = key == "backlog"_L1;
    const int total = backlog ? int(m_current.value(u"backlog"_s).value_or(0)) : int(ids.size());
    if (!backlog && ids.size() > limit)
        ids = ids.mid(ids.size() - limit); // the newest conversations (ids grow with time)
    const Database *db = &m_db;
    const AnalyticsFilter filter = m_current.filter;
    QPointer<DashboardService> self(this);
    m_pool.start([self, db, ids, backlog, filter, limit, key, total, generation]() {
        const AnalyticsRepository repo(*db);
        QList<qint64> wanted = ids;
        Result<QList<AnalyticsRepository::DrillRow>> rows = QList<AnalyticsRepository::DrillRow>{};
        if (backlog) {
            auto b = repo.backlogIds(filter, limit);
            if (b)
                wanted = b.value();
            else
                rows = b.error();
        }
        if (rows) {
            if (!backlog)
                std::reverse(wanted.begin(), wanted.end()); // newest first
            rows = repo.drillRows(wanted);
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, rows = std::move(rows), key, total, generation]() {
                if (!self || generation != self->m_drillGeneration)
                    return;
                if (!rows) {
                    Q_EMIT self->failed(rows.error().message);
                    return;
                }
                Q_EMIT self->drillReady(key, rows.value(), total);
            },
            Qt::QueuedConnection);
    });
}

} // namespace hd
