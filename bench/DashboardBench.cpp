#include "bench/DashboardBench.h"

#include "bench/BenchUtil.h"
#include "core/Workspace.h"
#include "core/analytics/AnalyticsRepository.h"
#include "core/analytics/DashboardService.h"
#include "core/demo/AnalyticsSeeder.h"

#include <QSqlQuery>

namespace hd::bench {
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr int kRuns = 5;

QJsonObject timingsJson(const Timings &t)
{
    return QJsonObject{{u"runs"_s, qint64(t.wall.size())},
                       {u"wall_ms_p50"_s, rounded(t.wall.percentile(50))},
                       {u"wall_ms_max"_s, rounded(t.wall.max())},
                       {u"cpu_ms_p50"_s, rounded(t.cpu.percentile(50))},
                       {u"cpu_ms_max"_s, rounded(t.cpu.max())}};
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
    Timings withCompare, withoutCompare, filtered;
    qint64 newConversations = 0;
    for (int i = 0; i < kRuns; ++i) {
        Stopwatch w;
        auto d = DashboardService::compute(ws.database(), filter, params.nowMs, true);
        withCompare.add(w);
        if (!d) {
            *error = d.error().detail;
            return false;
        }
        newConversations = qint64(d->value(u"new_conversations"_s).value_or(0));
        Stopwatch w2;
        auto d2 = DashboardService::compute(ws.database(), filter, params.nowMs, false);
        withoutCompare.add(w2);
        if (!d2) {
            *error = d2.error().detail;
            return false;
        }
    }
    AnalyticsFilter one = filter;
    one.channelKind = u"amazon"_s;
    for (int i = 0; i < kRuns; ++i) {
        Stopwatch w;
        auto d = DashboardService::compute(ws.database(), one, params.nowMs, true);
        filtered.add(w);
        if (!d) {
            *error = d.error().detail;
            return false;
        }
    }
    out->insert(u"dashboard_90d_ms"_s, rounded(withCompare.wall.percentile(50)));
    out->insert(u"dashboard_90d_cpu_ms"_s, rounded(withCompare.cpu.percentile(50)));
    out->insert(u"dashboard_90d_new_conversations"_s, newConversations);
    out->insert(u"dashboard"_s,
                QJsonObject{{u"with_previous_period"_s, timingsJson(withCompare)},
                            {u"without_previous_period"_s, timingsJson(withoutCompare)},
                            {u"amazon_only_with_previous"_s, timingsJson(filtered)}});
    return true;
}

} // namespace hd::bench
