// The per-conversation facts table (ConversationFactsStore) against the computation from every
// message and event row (DashboardService::computeFromRows) on the hand-made workspace of
// TestAnalyticsMetrics (AnalyticsFixture.h): the same figures, charts and drill-down lists for any
// period and filter, and still after the workspace changes (new messages, replies queued and
// delivered, status changes, reopens, reassignment, another reporting calendar).

#include "AnalyticsFixture.h"
#include "core/analytics/ConversationFactsStore.h"
#include "core/analytics/CsvWriter.h"
#include "core/analytics/DashboardService.h"
#include "core/analytics/ReportBuilder.h"
#include "core/storage/ConversationRepository.h"
#include "core/storage/MessageRepository.h"
#include "tests/core/storage/StorageFixture.h"

#include <QBuffer>

#include <cmath>
#include <limits>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray summaryCsv(const Dashboard &d)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(&buffer);
    ReportBuilder::writeSummary(d, csv);
    return buffer.data();
}

/// Empty when both dashboards show the same thing, else what differs.
QString difference(const Dashboard &a, const Dashboard &b)
{
    if (summaryCsv(a) != summaryCsv(b))
        return u"summary CSV:\n"_s + QString::fromUtf8(summaryCsv(a)) + u"\nvs\n"_s + QString::fromUtf8(summaryCsv(b));
    if (a.heat != b.heat)
        return u"heat map"_s;
    if (a.drill != b.drill) {
        for (auto it = a.drill.cbegin(); it != a.drill.cend(); ++it)
            if (b.drill.value(it.key()) != it.value())
                return u"drill list "_s + it.key();
        return u"drill keys"_s;
    }
    if (a.days.size() != b.days.size())
        return u"day count"_s;
    for (qsizetype i = 0; i < a.days.size(); ++i) {
        const auto &x = a.days.at(i);
        const auto &y = b.days.at(i);
        if (x.date != y.date || x.newConversations != y.newConversations || x.inbound != y.inbound
            || x.outbound != y.outbound || x.resolutions != y.resolutions || x.frtMedianMs != y.frtMedianMs
            || x.frtBusinessMedianMs != y.frtBusinessMedianMs || x.nrtMedianMs != y.nrtMedianMs
            || x.resolutionMedianMs != y.resolutionMedianMs)
            return u"day "_s + x.date.toString(Qt::ISODate);
    }
    if (a.eventMismatches != b.eventMismatches)
        return u"event mismatches %1 vs %2"_s.arg(a.eventMismatches).arg(b.eventMismatches);
    return {};
}

double fig(const Dashboard &d, const QString &id)
{
    return d.value(id).value_or(std::numeric_limits<double>::quiet_NaN());
}

} // namespace

class TestConversationFacts : public QObject
{
    Q_OBJECT

    FakeClock m_clock{at(10, 12)}; // Thursday after the fixture week
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
    /// Two weeks before the fixture week's end up to now: every row of the fixture and the changes.
    AnalyticsFilter everything() const
    {
        AnalyticsFilter f;
        f.fromMs = t0() - 7 * kDay;
        f.toMs = m_clock.nowMs() + kHour;
        return f;
    }
    /// Computes through the facts table and from the rows; fails the test when they differ.
    bool sameBothWays(const AnalyticsFilter &f, bool compare, Dashboard *out = nullptr)
    {
        auto fast = DashboardService::compute(m_ws->database(), f, m_clock.nowMs(), compare);
        auto slow = DashboardService::computeFromRows(m_ws->database(), f, m_clock.nowMs(), compare);
        if (!fast || !slow) {
            QTest::qFail(qPrintable((fast ? slow : fast).error().detail), __FILE__, __LINE__);
            return false;
        }
        const QString diff = difference(fast.value(), slow.value());
        if (!diff.isEmpty()) {
            QTest::qFail(qPrintable(diff), __FILE__, __LINE__);
            return false;
        }
        if (out)
            *out = fast.value();
        return true;
    }
    bool sql(const QString &statement, const QVariantList &binds = {})
    {
        if (!m_fx->exec(statement, binds)) {
            QTest::qFail(qPrintable(m_fx->error()), __FILE__, __LINE__);
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }
    void cleanup()
    {
        m_fx.reset();
        m_ws.reset();
        QFile::remove(m_dir.filePath(u"ws.sqlite"_s));
    }

    void sameAsRowsForEveryFilter_data() { addEngineRows(); }
    void sameAsRowsForEveryFilter()
    {
        QVERIFY(open());
        AnalyticsFilter week;
        week.fromMs = t0();
        week.toMs = t0() + 7 * kDay;
        Dashboard d;
        QVERIFY(sameBothWays(week, true, &d));
        // The hand-worked figures of TestAnalyticsMetrics, through the facts table.
        QCOMPARE(fig(d, u"frt_median"_s), 34.2e6);
        QCOMPARE(fig(d, u"nrt_business_mean"_s), 5.4e6);
        QCOMPARE(fig(d, u"resolution_p90"_s), 86.4e6);
        QCOMPARE(fig(d, u"fcr_rate"_s), 0.5);
        QCOMPARE(fig(d, u"inbound_messages"_s), 8.0);
        QCOMPARE(fig(d, u"outbound_messages"_s), 7.0);
        QCOMPARE(d.figure(u"frt_mean"_s)->previous, std::optional<double>(7.2e6));
        QVERIFY(sameBothWays(week, false));
        QVERIFY(sameBothWays(week.previousPeriod(), true));
        QVERIFY(sameBothWays(everything(), true));
        AnalyticsFilter amazon = week;
        amazon.channelKind = u"amazon"_s;
        QVERIFY(sameBothWays(amazon, true));
        AnalyticsFilter li = week;
        li.agentId = m_fx->li;
        QVERIFY(sameBothWays(li, true));
        AnalyticsFilter german = week;
        german.language = u"de"_s;
        QVERIFY(sameBothWays(german, true));

        // Every conversation of the workspace has its row now; a second load recomputes only C5,
        // whose reply is still queued (delivery changes the message, not the conversation).
        const ConversationFactsStore store(m_ws->database());
        auto all = store.refreshAll();
        QVERIFY(all);
        QCOMPARE(all.value(), 1);
        auto again = store.load(everything());
        QVERIFY(again);
        QCOMPARE(again->refreshed, 1);
        QVERIFY(again->data.conversations.empty()); // the conversations are in the runs
        size_t conversations = 0;
        qint64 previousId = 0;
        for (const auto &run : again->runs) {
            QCOMPARE(run.facts.size(), run.conversations.size());
            for (size_t i = 0; i < run.facts.size(); ++i) {
                QCOMPARE(run.facts[i].id, run.conversations[i].id);
                QVERIFY2(run.conversations[i].id > previousId, "runs must come in ascending id order");
                previousId = run.conversations[i].id;
            }
            conversations += run.conversations.size();
        }
        QVERIFY(conversations > 0);
    }

    void readsLargeIdRangesInChunks_data() { addEngineRows(); }
    void readsLargeIdRangesInChunks()
    {
        QVERIFY(open());
        // Ids 40,000 apart: the store reads the range in chunks on two threads (each with its
        // own connection); the result must be the same as the one-thread read from the rows.
        QVERIFY(sql(u"INSERT INTO conversations(id, channel_id, external_id, customer_id, subject, status,"
                    " assignee_id, language, intent, sentiment, created_at, updated_at, last_message_at, resolved_at)"
                    " SELECT 40000, channel_id, 'far', customer_id, subject, 'open', assignee_id, language, intent,"
                    " sentiment, ?, ?, ?, 0 FROM conversations WHERE id = ?"_s,
                    {at(1, 9), at(1, 9), at(1, 11), m_fx->c1}));
        QVERIFY(m_fx->message(40000, m_fx->amazon, u"inbound"_s, at(1, 9)) > 0);
        QVERIFY(m_fx->message(40000, m_fx->amazon, u"outbound"_s, at(1, 11), m_fx->li) > 0);
        // "No response needed" marks in both halves (C5's Monday question, the far one's before its
        // reply): both reach the Amazon rate through the facts table.
        const QString mark = u"INSERT INTO sla_events(conversation_id, kind, at) VALUES (?, 'no_response_needed', ?)"_s;
        QVERIFY(sql(mark, {m_fx->c5, at(0, 10)}));
        QVERIFY(sql(mark, {qint64(40000), at(1, 10)}));
        AnalyticsFilter week;
        week.fromMs = t0();
        week.toMs = t0() + 7 * kDay;
        Dashboard d;
        QVERIFY(sameBothWays(week, true, &d));
        QCOMPARE(fig(d, u"inbound_messages"_s), 9.0);
        const auto amazonRate = std::find_if(d.responseRates.cbegin(), d.responseRates.cend(), [](const auto &r) {
            return r.rule == "amazon"_L1;
        });
        QVERIFY(amazonRate != d.responseRates.cend());
        QCOMPARE(amazonRate->excluded, 2);
        QCOMPARE(amazonRate->inTime, 3); // C1's three messages
        QCOMPARE(amazonRate->missed, 1); // C4, only auto-replied
        QVERIFY(sameBothWays(everything(), true));
        QVERIFY(sameBothWays(week.previousPeriod(), false));
        AnalyticsFilter amazon = week;
        amazon.channelKind = u"amazon"_s;
        QVERIFY(sameBothWays(amazon, true));

        // A change in the low chunk only: that chunk is recomputed and read again, the far one is
        // kept from the first read; the result still equals the read from the rows.
        QVERIFY(m_fx->message(m_fx->c1, m_fx->amazon, u"inbound"_s, at(2, 9)) > 0);
        auto loaded = ConversationFactsStore(m_ws->database()).load(week);
        QVERIFY(loaded);
        QVERIFY(loaded->refreshed >= 1); // C1 (and C5, whose reply is still queued)
        Dashboard after;
        QVERIFY(sameBothWays(week, true, &after));
        QCOMPARE(fig(after, u"inbound_messages"_s), 10.0);
        QCOMPARE(loaded->runs.back().conversations.back().id, qint64(40000));
    }

    void staysCurrentAfterChanges_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("figure");
        QTest::addColumn<double>("delta"); ///< expected change of the figure; NaN = any change
        const double any = std::numeric_limits<double>::quiet_NaN();
        const struct
        {
            const char *name;
            const char *change;
            const char *figure;
            double delta;
        } rows[] = {
            {"new buyer message (ingest)", "ingest", "inbound_messages", 1},
            {"message row only (no conversation update)", "raw-message", "inbound_messages", 1},
            {"reply queued, not yet a response", "reply-queued", "outbound_messages", 0},
            {"reply queued then delivered", "reply-delivered", "outbound_messages", 1},
            {"resolved through the repository", "resolve", "resolutions", 1},
            {"reopened with a reporting event", "reopen", "reopens", 1},
            {"reassigned", "assign", "new_conversations", 0},
            {"another reporting calendar", "calendar", "frt_business_mean", any},
        };
        for (const QString &engine : {u"sqlite"_s, u"postgresql"_s}) {
            const bool pg = engine == "postgresql"_L1;
            if (pg && pgUrl().isEmpty()) {
                if (qEnvironmentVariable("CI") == "true"_L1)
                    QTest::newRow("postgresql (HARBORDESK_PG_URL missing)")
                        << u"missing-pg"_s << u"ingest"_s << u"inbound_messages"_s << 1.0;
                continue;
            }
            for (const auto &r : rows)
                QTest::addRow("%s: %s", qPrintable(engine), r.name)
                    << engine << QString::fromLatin1(r.change) << QString::fromLatin1(r.figure) << r.delta;
        }
    }
    void staysCurrentAfterChanges()
    {
        QFETCH(QString, change);
        QFETCH(QString, figure);
        QFETCH(double, delta);
        QVERIFY(open());
        const AnalyticsFilter period = everything();
        Dashboard before;
        QVERIFY(sameBothWays(period, true, &before)); // builds every facts row

        const Database &db = m_ws->database();
        const qint64 now = m_clock.nowMs();
        const qint64 c3 = m_fx->c3;
        const ConversationRepository conversations(db, m_clock);
        const MessageRepository messages(db, m_clock);
        if (change == "ingest"_L1) {
            // What IngestPipeline does: the message, then the conversation's counters and version.
            QVERIFY(m_fx->message(c3, m_fx->email, u"inbound"_s, now - kMinute) > 0);
            QVERIFY(sql(u"UPDATE conversations SET last_message_at = ?, message_count = message_count + 1,"
                        " updated_at = ?, version = version + 1 WHERE id = ?"_s,
                        {now - kMinute, now, c3}));
        } else if (change == "raw-message"_L1) {
            QVERIFY(m_fx->message(c3, m_fx->email, u"inbound"_s, now - kMinute) > 0);
        } else if (change == "reply-queued"_L1 || change == "reply-delivered"_L1) {
            // The baseline is the state just before the change under test.
            QVERIFY(m_fx->message(c3, m_fx->email, u"inbound"_s, now - 2 * kHour) > 0);
            QVERIFY(sameBothWays(period, true, &before)); // facts computed while the buyer waits
            auto reply = messages.addReply(c3, m_fx->li, u"On its way."_s);
            QVERIFY2(reply, qPrintable(reply ? QString() : reply.error().detail));
            if (change == "reply-delivered"_L1) {
                QVERIFY(sameBothWays(period, true, &before)); // facts computed while the reply is queued
                // What OutboxQueue does on delivery: the message's status only.
                QVERIFY(sql(u"UPDATE messages SET status = 'sent', error = '' WHERE id = ?"_s, {reply->id}));
            }
        } else if (change == "resolve"_L1) {
            QVERIFY(conversations.setStatus(m_fx->c5, ConversationStatus::Resolved, m_fx->li));
        } else if (change == "reopen"_L1) {
            QVERIFY(conversations.setStatus(m_fx->c3, ConversationStatus::Open, m_fx->li));
            m_fx->event(u"reopen"_s, c3, m_fx->email, now - kMinute);
            QVERIFY(m_fx->error().isEmpty());
        } else if (change == "assign"_L1) {
            QVERIFY(conversations.assign(m_fx->c2, m_fx->li, m_fx->li));
        } else if (change == "calendar"_L1) {
            QVERIFY(sql(u"UPDATE sla_policies SET calendar_json = ?"_s,
                        {u"{\"basis\":\"business\",\"calendar\":{\"timeZone\":\"UTC\",\"hours\":{"
                         "\"mon\":[[\"08:00\",\"18:00\"]],\"tue\":[[\"08:00\",\"18:00\"]],"
                         "\"wed\":[[\"08:00\",\"18:00\"]],\"thu\":[[\"08:00\",\"18:00\"]],"
                         "\"fri\":[[\"08:00\",\"18:00\"]]}}}"_s}));
        } else {
            QFAIL("unknown change");
        }

        auto loaded = ConversationFactsStore(db).load(period);
        QVERIFY(loaded);
        QVERIFY2(loaded->refreshed >= 1, "the changed conversation was not recomputed");
        Dashboard after;
        QVERIFY(sameBothWays(period, true, &after));
        const double was = fig(before, figure);
        const double now2 = fig(after, figure);
        if (std::isnan(delta))
            QVERIFY2(was != now2, qPrintable(u"%1 stayed %2"_s.arg(figure).arg(was)));
        else
            QCOMPARE(now2 - was, delta);
    }
};

QTEST_GUILESS_MAIN(TestConversationFacts)
#include "TestConversationFacts.moc"
