// Metric tests on a hand-made workspace (AnalyticsFixture.h). Period: Monday 2026-11-02 00:00 UTC
// to Monday 2026-11-09 00:00 UTC. Reporting calendar: Mon-Fri 09:00-17:00 UTC (the company policy).
// "M" below is a million ms; 1 h = 3.6 M, 1 min = 60,000.
//
// First responses (first human reply, auto-replies ignored), calendar / business:
//   C1 Mon 10:00 -> Mon 11:30 (the 10:01 auto-reply does not count)   5.4 M /  5.4 M (90 min, open)
//   C2 Fri 16:30 -> Sat 10:00 (weekend)                              63.0 M /  1.8 M (17:30 h / 16:30-17:00)
//   C3 Wed 08:00 -> Wed 09:15 (before opening; from the event)        4.5 M /  0.9 M (75 min / 09:00-09:15)
//   C5 Sat 20:00 -> Mon 08:00 (question before the period)          129.6 M /  0    (36 h / closed all along)
//   calendar sorted 4.5, 5.4, 63, 129.6: mean 202.5/4 = 50.625 M, median (5.4+63)/2 = 34.2 M, p90 = 4th = 129.6 M
//   business sorted 0, 0.9, 1.8, 5.4:    mean 8.1/4 = 2.025 M,    median (0.9+1.8)/2 = 1.35 M, p90 = 5.4 M
// Next responses: C1 burst Mon 16:00/16:30 -> Tue 09:30: 17:30 h = 63 M; business 16-17 + 9-9:30 = 1:30 h = 5.4 M
// Resolutions (events; C2 twice): C1 86.4/28.8, C2 63.3/1.8 and 0.6/0, C3 4.8/1.2, C4 0.3/0.3 (M)
//   calendar sorted 0.3, 0.6, 4.8, 63.3, 86.4: mean 155.4/5 = 31.08 M, median 4.8 M, p90 = ceil(4.5) = 5th = 86.4 M
//   business sorted 0, 0.3, 1.2, 1.8, 28.8:   mean 32.1/5 = 6.42 M,   median 1.2 M,  p90 = 28.8 M
// FCR: first resolved in the period C1, C2, C3, C4 = 4. C1 has two human replies (no), C2 one reply and a
//   "thanks" reopen resolved again without a reply (yes), C3 one reply (yes), C4 none (no): 2/4 = 0.5.
// Auto-resolved: C4 (no human reply, an auto-reply): 1/4 = 0.25. Reopens: 1 (C2). Resolutions: 5.
// SLA events in the period: C1 hit FR + hit NR (amazon), C2 hit FR (etsy), C3 hit FR (company), C4 miss FR
//   (amazon, Fri 12:00); C5's miss is on Sunday before the period. All: 4/5 = 0.8; FR 3/4 = 0.75; NR 1/1.
//   By account: Amazon DE 2/3, Etsy 1/1, Support mail 1/1.
// CSAT: surveys sent in the period C1 (5), C2 (no answer), C3 (3): score 1/2 = 0.5, response rate 2/3.
// Volume: new C1-C4 = 4; inbound C1 3 + C2 2 + C3 1 + C4 1 + C5 1 = 8; outbound (delivered, human and
//   auto) C1 3 + C2 1 + C3 1 + C4 1 + C5 1 = 7 (C5's queued reply excluded). Backlog at the end: C5 = 1.
// Handle time: (Li, C1) 10 + 5 min, (Maria, C2) 2 min: 17 min / 2 pairs = 8.5 min = 510,000 ms.
// Response rates: Amazon (each buyer message, 24 h, auto-replies do not count): C1 three messages answered in
//   time, C4 only auto-replied (missed), C5 Monday 09:00 unanswered (missed): 3/5 = 0.6. Etsy (thread starts,
//   24 h): C2 answered after 17:30 h: 1/1.
// Previous week: C6 answered in 2 h = 7.2 M (only sample); new conversations C5, C6 = 2.

#include "AnalyticsFixture.h"
#include "core/analytics/AnalyticsRepository.h"
#include "core/analytics/DashboardCalculator.h"
#include "core/analytics/DashboardService.h"
#include "core/analytics/ReportBuilder.h"
#include "tests/core/storage/StorageFixture.h"

#include <QBuffer>
#include <QSignalSpy>

#include <limits>
#include <numeric>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

constexpr double M = 1'000'000.0;

double v(std::optional<double> o)
{
    return o.value_or(std::numeric_limits<double>::quiet_NaN());
}
double fig(const Dashboard &d, const QString &id)
{
    return v(d.value(id));
}

/// Splits one CSV line written by CsvWriter (quoted cells may hold the separator).
QStringList parseLine(const QString &line)
{
    QStringList cells;
    QString cur;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                cur += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cur += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            cells << cur;
            cur.clear();
        } else {
            cur += c;
        }
    }
    cells << cur;
    return cells;
}

} // namespace

class TestAnalyticsMetrics : public QObject
{
    Q_OBJECT

    FakeClock m_clock{at(10, 12)}; // Thursday after the period
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<AnalyticsFixture> m_fx;

    bool open()
    {
        QFETCH(QString, engine);
        m_ws = openFresh(engine, m_dir, m_clock);
        if (!m_ws)
            return false;
        m_fx = std::make_unique<AnalyticsFixture>(m_ws->database());
        if (!m_fx->build()) {
            QTest::qFail(qPrintable(m_fx->error()), __FILE__, __LINE__);
            return false;
        }
        return true;
    }
    AnalyticsFilter week() const
    {
        AnalyticsFilter f;
        f.fromMs = t0();
        f.toMs = t0() + 7 * kDay;
        return f;
    }
    Dashboard dashboard(const AnalyticsFilter &f)
    {
        auto d = DashboardService::compute(m_ws->database(), f, m_clock.nowMs());
        if (!d)
            qWarning() << d.error().message << d.error().detail;
        return d ? d.value() : Dashboard{};
    }

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }
    void cleanup()
    {
        m_fx.reset();
        m_ws.reset();
        QFile::remove(m_dir.filePath(u"ws.sqlite"_s));
    }

    void responseTimes_data() { addEngineRows(); }
    void responseTimes()
    {
        QVERIFY(open());
        const Dashboard d = dashboard(week());
        QCOMPARE(d.figure(u"frt_median"_s)->samples, 4);
        QCOMPARE(fig(d, u"frt_mean"_s), 50.625 * M);
        QCOMPARE(fig(d, u"frt_median"_s), 34.2 * M);
        QCOMPARE(fig(d, u"frt_p90"_s), 129.6 * M);
        QCOMPARE(fig(d, u"frt_business_mean"_s), 2.025 * M);
        QCOMPARE(fig(d, u"frt_business_median"_s), 1.35 * M);
        QCOMPARE(fig(d, u"frt_business_p90"_s), 5.4 * M);
        QCOMPARE(d.figure(u"nrt_median"_s)->samples, 1);
        QCOMPARE(fig(d, u"nrt_median"_s), 63.0 * M);
        QCOMPARE(fig(d, u"nrt_business_median"_s), 5.4 * M);
        QCOMPARE(d.eventMismatches, 0); // C3's event agrees with its messages
    }

    void resolutionFcrAndReopen_data() { addEngineRows(); }
    void resolutionFcrAndReopen()
    {
        QVERIFY(open());
        const Dashboard d = dashboard(week());
        QCOMPARE(fig(d, u"resolutions"_s), 5.0);
        QCOMPARE(fig(d, u"resolution_mean"_s), 31.08 * M);
        QCOMPARE(fig(d, u"resolution_median"_s), 4.8 * M);
        QCOMPARE(fig(d, u"resolution_p90"_s), 86.4 * M);
        QCOMPARE(fig(d, u"resolution_business_mean"_s), 6.42 * M);
        QCOMPARE(fig(d, u"resolution_business_median"_s), 1.2 * M);
        QCOMPARE(fig(d, u"resolution_business_p90"_s), 28.8 * M);
        QCOMPARE(fig(d, u"fcr_rate"_s), 0.5);
        QCOMPARE(d.drill.value(u"fcr_rate"_s), (QList<qint64>{m_fx->c2, m_fx->c3}));
        QCOMPARE(fig(d, u"auto_resolved_share"_s), 0.25);
        QCOMPARE(d.drill.value(u"auto_resolved_share"_s), QList<qint64>{m_fx->c4});
        QCOMPARE(fig(d, u"reopens"_s), 1.0);
    }

    void slaCsatVolume_data() { addEngineRows(); }
    void slaCsatVolume()
    {
        QVERIFY(open());
        const Dashboard d = dashboard(week());
        QCOMPARE(fig(d, u"sla_compliance"_s), 0.8);
        QCOMPARE(fig(d, u"sla_first_response"_s), 0.75);
        QCOMPARE(fig(d, u"sla_next_response"_s), 1.0);
        QVERIFY(!d.value(u"sla_resolution"_s));
        QHash<QString, double> byAccount;
        for (const auto &r : d.slaByChannel)
            byAccount.insert(r.channelName, v(r.rate()));
        QCOMPARE(byAccount.value(u"Amazon DE"_s), 2.0 / 3.0);
        QCOMPARE(byAccount.value(u"Etsy shop"_s), 1.0);
        QCOMPARE(byAccount.value(u"Support mail"_s), 1.0);

        QCOMPARE(fig(d, u"csat_score"_s), 0.5);
        QCOMPARE(fig(d, u"csat_response_rate"_s), 2.0 / 3.0);
        QCOMPARE(d.csatDistribution[2], 1);
        QCOMPARE(d.csatDistribution[4], 1);

        QCOMPARE(fig(d, u"new_conversations"_s), 4.0);
        QCOMPARE(fig(d, u"inbound_messages"_s), 8.0);
        QCOMPARE(fig(d, u"outbound_messages"_s), 7.0);
        QCOMPARE(fig(d, u"backlog"_s), 1.0);
        QCOMPARE(fig(d, u"handle_time_mean"_s), 510'000.0);

        // Heat map: Monday 16:00-17:00 UTC holds C1's two burst messages; the week has 8 inbound in all.
        QCOMPARE(d.heat[0 * 24 + 16], 2);
        QCOMPARE(d.heat[4 * 24 + 16], 1); // Friday 16:30 (C2)
        QCOMPARE(std::accumulate(d.heat.begin(), d.heat.end(), 0), 8);
        QCOMPARE(d.drill.value(u"heat:0:16"_s), QList<qint64>{m_fx->c1});
        // Seven day rows, Monday first; Monday has C1 new and C1 + C5 inbound.
        QCOMPARE(d.days.size(), 7);
        QCOMPARE(d.days.first().date, QDate(2026, 11, 2));
        QCOMPARE(d.days.first().newConversations, 1);
        QCOMPARE(d.days.first().inbound, 4);

        QCOMPARE(d.intents.size(), 4);
        QCOMPARE(d.sentiments.first().key, u"neutral"_s); // C1 and C4
        QCOMPARE(d.sentiments.first().count, 2);
    }

    void responseRatesAndAgents_data() { addEngineRows(); }
    void responseRatesAndAgents()
    {
        QVERIFY(open());
        const Dashboard d = dashboard(week());
        QHash<QString, Dashboard::RateRow> rates;
        for (const auto &r : d.responseRates)
            rates.insert(r.rule, r);
        QCOMPARE(rates.size(), 2); // e-mail has no platform rule
        QCOMPARE(rates.value(u"amazon"_s).inTime, 3);
        QCOMPARE(rates.value(u"amazon"_s).missed, 2);
        QCOMPARE(v(rates.value(u"amazon"_s).rate), 0.6);
        QCOMPARE(rates.value(u"etsy"_s).inTime, 1);
        QCOMPARE(v(rates.value(u"etsy"_s).rate), 1.0);

        QHash<qint64, Dashboard::AgentRow> agents;
        for (const auto &a : d.agents)
            agents.insert(a.agentId, a);
        const auto li = agents.value(m_fx->li);
        QCOMPARE(li.name, u"Li Wei"_s);
        QCOMPARE(li.responses, 3);
        QCOMPARE(li.conversations, 2);
        QCOMPARE(v(li.firstResponse.medianMs), 4.95 * M); // (4.5 + 5.4) / 2
        QCOMPARE(li.resolutions, 2);
        QCOMPARE(v(li.csatScore()), 0.5);
        QCOMPARE(v(li.handleTimeMs()), 900'000.0);
        const auto maria = agents.value(m_fx->maria);
        QCOMPARE(maria.responses, 2);
        QCOMPARE(v(maria.firstResponse.medianMs), 96.3 * M); // (63 + 129.6) / 2
        QCOMPARE(maria.resolutions, 2);
        QCOMPARE(v(maria.handleTimeMs()), 120'000.0);
    }

    void previousPeriodAndChange_data() { addEngineRows(); }
    void previousPeriodAndChange()
    {
        QVERIFY(open());
        const Dashboard d = dashboard(week());
        const auto *frt = d.figure(u"frt_median"_s);
        QCOMPARE(v(frt->previous), 7.2 * M);
        QCOMPARE(v(frt->change()), (34.2 - 7.2) / 7.2);
        QCOMPARE(v(d.figure(u"new_conversations"_s)->previous), 2.0);
        // C6 resolved without an event: resolved_at - first buyer message = 2:30 h.
        QCOMPARE(v(d.figure(u"resolution_median"_s)->previous), 9.0 * M);
    }

    void filters_data() { addEngineRows(); }
    void filters()
    {
        QVERIFY(open());
        AnalyticsFilter f = week();
        f.channelIds = {m_fx->amazon};
        Dashboard d = dashboard(f);
        QCOMPARE(fig(d, u"frt_median"_s), (5.4 + 129.6) / 2 * M); // C1 and C5
        QCOMPARE(fig(d, u"new_conversations"_s), 2.0);            // C1, C4

        f = week();
        f.team = u"eu"_s; // Maria: C2 and C5
        d = dashboard(f);
        QCOMPARE(fig(d, u"frt_mean"_s), (63.0 + 129.6) / 2 * M);
        QCOMPARE(fig(d, u"backlog"_s), 1.0);

        f = week();
        f.tag = u"vip"_s;
        d = dashboard(f);
        QCOMPARE(fig(d, u"new_conversations"_s), 1.0);
        QCOMPARE(d.drill.value(u"new_conversations"_s), QList<qint64>{m_fx->c1});

        f = week();
        f.language = u"en"_s; // C2, C3
        f.agentId = m_fx->li; // and Li: C3
        d = dashboard(f);
        QCOMPARE(fig(d, u"frt_median"_s), 4.5 * M);
        QCOMPARE(fig(d, u"inbound_messages"_s), 1.0);

        f = week();
        f.channelKind = u"etsy"_s;
        d = dashboard(f);
        QCOMPARE(fig(d, u"reopens"_s), 1.0);
        QCOMPARE(fig(d, u"fcr_rate"_s), 1.0);
    }

    void teamFilterIgnoresSpacesAndCase_data() { addEngineRows(); }
    void teamFilterIgnoresSpacesAndCase()
    {
        QVERIFY(open());
        // Rows written by hand before teams were normalised on write: spaces around names, mixed case.
        QSqlQuery q(m_ws->database().connection());
        QVERIFY(q.exec(u"UPDATE agents SET teams = ' CN , Day ' WHERE email = 'li@example.com'"_s));
        QVERIFY(q.exec(u"UPDATE agents SET teams = 'EU,night shift,,eu' WHERE email = 'maria@example.com'"_s));

        auto teams = AnalyticsRepository(m_ws->database()).teams();
        QVERIFY(teams.ok());
        QCOMPARE(teams.value(), (QStringList{u"cn"_s, u"day"_s, u"eu"_s, u"night shift"_s}));

        AnalyticsFilter f = week();
        f.agentId = m_fx->li;
        const double liNew = fig(dashboard(f), u"new_conversations"_s);
        f.agentId = m_fx->maria;
        const double mariaNew = fig(dashboard(f), u"new_conversations"_s);
        QVERIFY(liNew > 0 && mariaNew > 0);

        const QList<std::pair<QString, double>> cases{{u"day"_s, liNew},
                                                      {u"DAY"_s, liNew},
                                                      {u" cn "_s, liNew},
                                                      {u"eu"_s, mariaNew},
                                                      {u"Night Shift"_s, mariaNew},
                                                      {u"e"_s, 0.0},       // part of a name is not a team
                                                      {u"_u"_s, 0.0},      // LIKE wildcards are literal
                                                      {u"day,eu"_s, 0.0}}; // two teams are not one team
        for (const auto &[team, expected] : cases) {
            f = week();
            f.team = team;
            const double got = dashboard(f).value(u"new_conversations"_s).value_or(0.0);
            QVERIFY2(got == expected, qPrintable(u"team '%1': %2 new, expected %3"_s.arg(team).arg(got).arg(expected)));
        }

        // Normalised on write: the repository stores what the filter lists.
        AgentChanges changes;
        changes.teams = QStringList{u" APAC "_s, u""_s, u"apac"_s, u"Eu"_s};
        auto updated = m_ws->directory().updateAgent(m_fx->li, changes);
        QVERIFY2(updated.ok(), updated.ok() ? "" : qPrintable(updated.error().detail));
        QCOMPARE(updated->teams, (QStringList{u"apac"_s, u"eu"_s}));
        QVERIFY(q.exec(u"SELECT teams FROM agents WHERE email = 'li@example.com'"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"apac,eu"_s);
        f = week();
        f.team = u"apac"_s;
        QCOMPARE(fig(dashboard(f), u"new_conversations"_s), liNew);
        f.team = u"eu"_s;
        QCOMPARE(fig(dashboard(f), u"new_conversations"_s), liNew + mariaNew);
    }

    void summaryCsvMatchesDashboard_data() { addEngineRows(); }
    void summaryCsvMatchesDashboard()
    {
        QVERIFY(open());
        const Dashboard d = dashboard(week());
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        ReportBuilder::Request request;
        request.kind = ReportBuilder::Kind::Summary;
        request.filter = week();
        auto s = ReportBuilder::write(m_ws->database(), request, &buffer, m_clock.nowMs());
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().detail));
        const QStringList lines = QString::fromUtf8(buffer.data()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), u"section,key,metric,value,previous,samples,display"_s);
        int figures = 0;
        for (const QString &line : lines) {
            const QStringList cells = parseLine(line);
            if (cells.value(0) != "figure"_L1)
                continue;
            ++figures;
            const auto expected = d.value(cells.at(1));
            if (!expected) {
                QVERIFY2(cells.at(3).isEmpty(), qPrintable(line));
                continue;
            }
            QVERIFY2(qAbs(cells.at(3).toDouble() - *expected) <= 1e-6 * qMax(1.0, qAbs(*expected)), qPrintable(line));
        }
        QCOMPARE(figures, DashboardCalculator::figureIds().size());
        QVERIFY(lines.contains(u"sla_marketplace,Amazon DE,compliance,0.666667,,3,"_s));
        QVERIFY(lines.contains(u"response_rate,Amazon DE,rate,0.600000,,5,"_s));
        QVERIFY(lines.contains(u"heat,mon 16,inbound_messages,2,,0,"_s));
    }

    void conversationAndMessageCsv_data() { addEngineRows(); }
    void conversationAndMessageCsv()
    {
        QVERIFY(open());
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        ReportBuilder::Request request;
        request.kind = ReportBuilder::Kind::Conversations;
        request.filter = week();
        request.csv.excelFriendly = true;
        QList<qint64> progress;
        auto s =
            ReportBuilder::write(m_ws->database(), request, &buffer, m_clock.nowMs(), [&](qint64 done, qint64 total) {
                progress << done << total;
            });
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().detail));
        QVERIFY(buffer.data().startsWith("\xEF\xBB\xBF"));
        QVERIFY(buffer.data().contains("\r\n"));
        const QStringList lines = QString::fromUtf8(buffer.data().mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 5); // header + C1..C5 (C6 is last week's)
        const QStringList header = parseLine(lines.first());
        const QStringList c1 = parseLine(lines.at(1));
        const auto col = [&](const QStringList &row, const QString &name) { return row.value(header.indexOf(name)); };
        QCOMPARE(col(c1, u"conversation_id"_s).toLongLong(), m_fx->c1);
        QCOMPARE(col(c1, u"first_response_ms"_s), u"5400000"_s);
        QCOMPARE(col(c1, u"first_response_business_ms"_s), u"5400000"_s);
        QCOMPARE(col(c1, u"next_response_mean_ms"_s), u"63000000.0"_s);
        QCOMPARE(col(c1, u"resolution_business_ms"_s), u"28800000"_s);
        QCOMPARE(col(c1, u"human_replies"_s), u"2"_s);
        QCOMPARE(col(c1, u"auto_replies"_s), u"1"_s);
        QCOMPARE(col(c1, u"first_contact_resolution"_s), u"no"_s);
        QCOMPARE(col(c1, u"csat"_s), u"5"_s);
        QCOMPARE(col(c1, u"buyer"_s), u"Anna Schmidt"_s);
        QCOMPARE(col(c1, u"tags"_s), u"vip"_s);
        QCOMPARE(col(c1, u"assignee"_s), u"Li Wei"_s);
        QCOMPARE(col(c1, u"sla_results"_s), u"amazon/first_response:hit; amazon/next_response:hit"_s);
        // The subject "=HYPERLINK(...)" is neutralised.
        QVERIFY2(col(c1, u"subject"_s).startsWith(u"'=HYPERLINK"_s), qPrintable(col(c1, u"subject"_s)));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.constLast(), qint64(5));

        QBuffer messages;
        messages.open(QIODevice::WriteOnly);
        request.kind = ReportBuilder::Kind::Messages;
        request.csv = {};
        s = ReportBuilder::write(m_ws->database(), request, &messages, m_clock.nowMs());
        QVERIFY(s.ok());
        // C1 6 + C2 3 + C3 2 + C4 2 + C5 3 (Monday's three) messages sent in the week.
        QCOMPARE(QString::fromUtf8(messages.data()).split(u'\n', Qt::SkipEmptyParts).size(), 1 + 16);
    }

    void cancelledFileLeavesNothing_data() { addEngineRows(); }
    void cancelledFileLeavesNothing()
    {
        QVERIFY(open());
        std::atomic_bool cancel{true};
        ReportBuilder::Request request;
        request.kind = ReportBuilder::Kind::Conversations;
        request.filter = week();
        const QString path = m_dir.filePath(u"out.csv"_s);
        QFile::remove(path); // left by the previous engine's row
        auto s = ReportBuilder::writeFile(m_ws->database(), request, path, m_clock.nowMs(), {}, &cancel);
        QVERIFY(!s.ok());
        QVERIFY(!QFile::exists(path));
        cancel = false;
        s = ReportBuilder::writeFile(m_ws->database(), request, path, m_clock.nowMs(), {}, &cancel);
        QVERIFY(s.ok());
        QVERIFY(QFile::exists(path));
        request.filter.toMs = request.filter.fromMs; // empty period
        s = ReportBuilder::writeFile(m_ws->database(), request, path, m_clock.nowMs());
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, Error::Code::InvalidArgument);
    }

    void serviceRunsOffTheUiThread_data() { addEngineRows(); }
    void serviceRunsOffTheUiThread()
    {
        QVERIFY(open());
        DashboardService service(m_ws->database(), m_clock);
        QSignalSpy ready(&service, &DashboardService::dashboardReady);
        AnalyticsFilter stale = week();
        stale.channelIds = {m_fx->etsy};
        service.refresh(stale);
        service.refresh(week()); // the newest request wins
        QVERIFY(ready.wait(10000));
        QTRY_VERIFY(!service.isBusy());
        QCOMPARE(ready.count(), 1);
        QCOMPARE(service.current().value(u"new_conversations"_s), 4.0);
        QSignalSpy drill(&service, &DashboardService::drillReady);
        service.requestDrill(u"fcr_rate"_s);
        QVERIFY(drill.wait(10000));
        const auto rows = drill.first().at(1).value<QList<AnalyticsRepository::DrillRow>>();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.first().id, m_fx->c3); // newest first
        QCOMPARE(rows.first().channel, u"Support mail"_s);
        service.requestDrill(u"backlog"_s);
        QVERIFY(drill.wait(10000));
        QCOMPARE(drill.last().at(1).value<QList<AnalyticsRepository::DrillRow>>().first().id, m_fx->c5);
    }
};

QTEST_GUILESS_MAIN(TestAnalyticsMetrics)
#include "TestAnalyticsMetrics.moc"
