#include "bench/DashboardBench.h"

#include "bench/BenchUtil.h"
#include "core/Workspace.h"
#include "core/analytics/AnalyticsRepository.h"
#include "core/analytics/ConversationFactsStore.h"
#include "core/analytics/CsvWriter.h"
#include "core/analytics/DashboardService.h"
#include "core/analytics/ReportBuilder.h"
#include "core/demo/AnalyticsSeeder.h"

#include <QBuffer>
#include <QSqlQuery>

#include <sqlite3.h>

#include <ctime>

namespace hd::bench {
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr int kRuns = 5;

/// CPU time of the whole process (ms): the dashboard reads and computes on worker threads too, which
/// the calling thread's CPU time (Stopwatch::cpuMs) does not include.
double processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

/// A series' wall and calling-thread CPU times plus the process's CPU time.
struct Series
{
    Timings timings;
    Samples processCpu;
};

/// Runs `f` once and records its times into `series`.
template<typename F>
auto timed(Series &series, F &&f)
{
    const double cpu0 = processCpuMs();
    Stopwatch w;
    auto result = f();
    series.timings.add(w);
    series.processCpu.add(processCpuMs() - cpu0);
    return result;
}

QJsonObject timingsJson(const Series &s)
{
    const Timings &t = s.timings;
    return QJsonObject{{u"runs"_s, qint64(t.wall.size())},
                       {u"wall_ms_p50"_s, rounded(t.wall.percentile(50))},
                       {u"wall_ms_max"_s, rounded(t.wall.max())},
                       {u"cpu_ms_p50"_s, rounded(t.cpu.percentile(50))},
                       {u"cpu_ms_max"_s, rounded(t.cpu.max())},
                       {u"process_cpu_ms_p50"_s, rounded(s.processCpu.percentile(50))},
                       {u"process_cpu_ms_max"_s, rounded(s.processCpu.max())}};
}

/// The summary CSV of a dashboard (what the export writes), for comparing two computations.
QByteArray summaryCsv(const Dashboard &d)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(&buffer);
    ReportBuilder::writeSummary(d, csv);
    return buffer.data();
}

/// Equal figures, charts and drill-down lists (everything but the timing).
bool sameDashboard(const Dashboard &a, const Dashboard &b)
{
    if (summaryCsv(a) != summaryCsv(b) || a.heat != b.heat || a.drill != b.drill || a.days.size() != b.days.size())
        return false;
    for (qsizetype i = 0; i < a.days.size(); ++i) {
        const auto &x = a.days.at(i);
        const auto &y = b.days.at(i);
        if (x.date != y.date || x.newConversations != y.newConversations || x.inbound != y.inbound
            || x.outbound != y.outbound || x.resolutions != y.resolutions || x.frtMedianMs != y.frtMedianMs
            || x.frtBusinessMedianMs != y.frtBusinessMedianMs || x.nrtMedianMs != y.nrtMedianMs
            || x.resolutionMedianMs != y.resolutionMedianMs)
            return false;
    }
    return true;
}

/// A bare sqlite3 program reading the same rows: every facts row of the workspace (what the
/// dashboard reads, plus the join), and every message row of the 180 days the old path read.
QJsonObject bareBaseline(const QString &path, qint64 fromMs)
{
    sqlite3 *db = nullptr;
    QJsonObject out;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return out;
    }
    const auto scan = [db](const char *sql, qint64 bind, const QString &name, QJsonObject &into) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK)
            return;
        if (bind != 0)
            sqlite3_bind_int64(st, 1, bind);
        Timings t;
        qint64 rows = 0;
        for (int run = 0; run < 3; ++run) {
            Stopwatch w;
            rows = 0;
            qint64 sum = 0;
            while (sqlite3_step(st) == SQLITE_ROW) {
                sum += sqlite3_column_int64(st, 0) + sqlite3_column_bytes(st, 1);
                ++rows;
            }
            sqlite3_reset(st);
            t.add(w);
            Q_UNUSED(sum)
        }
        sqlite3_finalize(st);
        into.insert(name,
                    QJsonObject{{u"rows"_s, rows},
                                {u"wall_ms_p50"_s, rounded(t.wall.percentile(50))},
                                {u"cpu_ms_p50"_s, rounded(t.cpu.percentile(50))}});
    };
    scan("SELECT conversation_id, facts FROM analytics_conversation_facts ORDER BY conversation_id",
         0,
         u"facts_rows"_s,
         out);
    scan("SELECT m.conversation_id, m.sent_at, m.direction, m.automated, m.status, m.author_agent_id"
         " FROM messages m WHERE m.conversation_id IN (SELECT id FROM conversations WHERE last_message_at >= ?)"
         " ORDER BY m.conversation_id, m.sent_at, m.id",
         fromMs,
         u"message_rows"_s,
         out);
    sqlite3_close(db);
    return out;
}

} // namespace

bool runDashboard(const BenchParams &params, const QString &path, QJsonObject *out, QString *error)
{
    const SystemClock clock;
    auto opened = Workspace::open(path, clock);
    if (!opened) {
        *error = opened.error().message + u" | "_s + opened.error().detail;
        return false;
    }
    Workspace &ws = *opened.value();
    {
        QSqlQuery q(ws.database().connection());
        if (!q.exec(u"SELECT COUNT(*) FROM csat_responses"_s) || !q.next()) {
            *error = u"cannot count csat_responses"_s;
            return false;
        }
        const qint64 surveys = q.value(0).toLongLong();
        q.finish();
        if (surveys == 0) {
            const Stopwatch w;
            auto seeded = AnalyticsSeeder::seed(ws.database(), params.nowMs);
            if (!seeded) {
                *error = seeded.error().detail;
                return false;
            }
            out->insert(u"dashboard_seed"_s,
                        QJsonObject{{u"surveys"_s, seeded->surveys},
                                    {u"focus_sessions"_s, seeded->focusSessions},
                                    {u"wall_ms"_s, rounded(w.wallMs())}});
        }
    }

    AnalyticsFilter filter;
    filter.toMs = params.nowMs;
    filter.fromMs = params.nowMs - 90 * kDayMs;
    // What the 90 days hold (a sense of scale for the figure).
    {
        auto data = AnalyticsRepository(ws.database()).load(filter);
        if (!data) {
            *error = data.error().detail;
            return false;
        }
        out->insert(u"dashboard_90d_rows"_s,
                    QJsonObject{{u"conversations"_s, qint64(data->conversations.size())},
                                {u"messages"_s, qint64(data->messages.size())},
                                {u"events"_s, qint64(data->events.size())},
                                {u"csat"_s, qint64(data->csat.size())},
                                {u"focus"_s, qint64(data->focus.size())}});
    }
    // The facts table, built once for the whole workspace (later loads refresh only what changed).
    {
        Stopwatch w;
        auto built = ConversationFactsStore(ws.database()).refreshAll();
        if (!built) {
            *error = built.error().detail;
            return false;
        }
        out->insert(u"dashboard_facts_build"_s,
                    QJsonObject{{u"conversations"_s, built.value()},
                                {u"wall_ms"_s, rounded(w.wallMs())},
                                {u"cpu_ms"_s, rounded(w.cpuMs())}});
    }
    Series withCompare, withoutCompare, filtered, fromRows, afterChanges;
    // For profilers (perf record): only the 90-day dashboard with the previous period, N times.
    if (const int profileRuns = qEnvironmentVariableIntValue("HARBORDESK_BENCH_PROFILE_DASHBOARD"); profileRuns > 0) {
        for (int i = 0; i < profileRuns; ++i) {
            auto d = timed(withCompare,
                           [&] { return DashboardService::compute(ws.database(), filter, params.nowMs, true); });
            if (!d) {
                *error = d.error().detail;
                return false;
            }
        }
        out->insert(u"dashboard"_s, QJsonObject{{u"with_previous_period"_s, timingsJson(withCompare)}});
        return true;
    }
    Dashboard fast;
    qint64 newConversations = 0;
    for (int i = 0; i < kRuns; ++i) {
        auto d =
            timed(withCompare, [&] { return DashboardService::compute(ws.database(), filter, params.nowMs, true); });
        if (!d) {
            *error = d.error().detail;
            return false;
        }
        newConversations = qint64(d->value(u"new_conversations"_s).value_or(0));
        fast = d.value();
        auto d2 = timed(withoutCompare,
                        [&] { return DashboardService::compute(ws.database(), filter, params.nowMs, false); });
        if (!d2) {
            *error = d2.error().detail;
            return false;
        }
    }
    AnalyticsFilter one = filter;
    one.channelKind = u"amazon"_s;
    for (int i = 0; i < kRuns; ++i) {
        auto d = timed(filtered, [&] { return DashboardService::compute(ws.database(), one, params.nowMs, true); });
        if (!d) {
            *error = d.error().detail;
            return false;
        }
    }
    // The same dashboard from every message and event row (the computation before the facts
    // table): its time, and whether both give the same figures, charts and drill-down lists.
    Dashboard slow;
    for (int i = 0; i < 2; ++i) {
        auto d = timed(fromRows,
                       [&] { return DashboardService::computeFromRows(ws.database(), filter, params.nowMs, true); });
        if (!d) {
            *error = d.error().detail;
            return false;
        }
        slow = d.value();
    }
    const bool same = sameDashboard(fast, slow);
    // After 1,000 conversations changed (new messages, replies, status changes): the refresh cost.
    {
        QSqlQuery q(ws.database().connection());
        for (int i = 0; i < kRuns; ++i) {
            if (!q.exec(u"UPDATE analytics_conversation_facts SET recheck = 1 WHERE conversation_id IN"
                        " (SELECT conversation_id FROM analytics_conversation_facts ORDER BY conversation_id DESC"
                        " LIMIT 1000)"_s)) {
                *error = u"cannot mark facts stale"_s;
                return false;
            }
            auto d = timed(afterChanges,
                           [&] { return DashboardService::compute(ws.database(), filter, params.nowMs, true); });
            if (!d) {
                *error = d.error().detail;
                return false;
            }
        }
    }
    out->insert(u"dashboard_same_as_rows"_s, same);
    out->insert(u"dashboard_bare_sqlite"_s, bareBaseline(path, filter.previousPeriod().fromMs));
    out->insert(u"dashboard_90d_ms"_s, rounded(withCompare.timings.wall.percentile(50)));
    out->insert(u"dashboard_90d_cpu_ms"_s, rounded(withCompare.processCpu.percentile(50)));
    out->insert(u"dashboard_90d_new_conversations"_s, newConversations);
    out->insert(u"dashboard"_s,
                QJsonObject{{u"with_previous_period"_s, timingsJson(withCompare)},
                            {u"without_previous_period"_s, timingsJson(withoutCompare)},
                            {u"amazon_only_with_previous"_s, timingsJson(filtered)},
                            {u"after_1000_changed_conversations"_s, timingsJson(afterChanges)},
                            {u"from_message_rows_with_previous"_s, timingsJson(fromRows)}});
    return true;
}

} // namespace hd::bench
