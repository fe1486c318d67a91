// The analytics dashboard's marketplace response rates against the Response Rate view
// (TriageService::responseRates) on an Amazon account where a thread is marked "no response needed":
// both dashboard paths (the per-conversation facts table and the computation from every row) must
// drop the samples waiting at the mark exactly as the view does, also after an existing conversation
// is marked (by an agent, by a rule on a new message, by a rule on an SLA warning).
//
// Amazon's rule: every buyer message is a sample, 24 h to answer, the last 7 days, auto-replies are no
// response, "no response needed" removes the samples waiting then. T = kT0, now = T + 7 days, so the
// window is (T, T + 7 d]:
//   A  buyer T+1h, agent T+3h                                       in time
//   B  buyer T+1d and T+1d+1h, marked at T+1d+2h;                   2 excluded
//      buyer again T+4d (clears the mark), agent T+4d+1h            in time
//   C  buyer T+2d, never answered                                   missed
//   D  buyer T+3d, auto-reply T+3d+1min (no response), agent T+4d+2h late (26 h)
//   E  buyer T+6d+20h                                               open (due after now)
//   in time 2, late 1, missed 1, open 1, excluded 2: rate 2 / (2 + 1 + 1) = 0.5. Without the mark B's
//   first two messages would be late: 2 / 6.

#include "core/analytics/ConversationFactsCodec.h"
#include "core/analytics/ConversationFactsStore.h"
#include "core/analytics/DashboardService.h"
#include "tests/core/workflow/triage/TriageFixture.h"

#include <QSqlQuery>

#include <cmath>
#include <limits>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kDayMs = 24 * kHourMs;
constexpr qint64 kMinuteMs = 60'000;

/// The counts one account's rate is made of, however it was computed.
struct Counts
{
    int inTime = 0;
    int late = 0;
    int missed = 0;
    int open = 0;
    int excluded = 0;
    double rate = std::numeric_limits<double>::quiet_NaN();

    QString toString() const
    {
        return u"in time %1, late %2, missed %3, open %4, excluded %5, rate %6"_s.arg(inTime)
            .arg(late)
            .arg(missed)
            .arg(open)
            .arg(excluded)
            .arg(rate);
    }
    bool operator==(const Counts &o) const
    {
        return inTime == o.inTime && late == o.late && missed == o.missed && open == o.open && excluded == o.excluded
            && (rate == o.rate || (std::isnan(rate) && std::isnan(o.rate)));
    }
};

Counts counts(const Dashboard::RateRow &r)
{
    return {r.inTime, r.late, r.missed, r.open, r.excluded, r.rate.value_or(std::numeric_limits<double>::quiet_NaN())};
}

Counts counts(const ResponseRate::Report &r)
{
    return {r.answeredInTime,
            r.answeredLate,
            r.missed,
            r.open,
            r.excluded,
            r.rate.value_or(std::numeric_limits<double>::quiet_NaN())};
}

} // namespace

class TestDashboardResponseRates : public QObject
{
    Q_OBJECT

    FakeClock m_clock{kT0};
    QTemporaryDir m_dir;
    TriageWorld m_w;
    qint64 m_a = 0, m_b = 0, m_c = 0, m_d = 0, m_e = 0;

    static qint64 now() { return kT0 + 7 * kDayMs; }

    /// The Response Rate view's window: samples received in (now - 7 d, now].
    static AnalyticsFilter window()
    {
        AnalyticsFilter f;
        f.fromMs = now() - 7 * kDayMs + 1;
        f.toMs = now() + 1;
        return f;
    }

    /// Ingests one message at its own time (the clock stands there, as during a live sync).
    bool ingest(const InboundMessage &m)
    {
        m_clock.setNowMs(m.sentAt);
        auto r = m_w.ws->ingest().ingest({m});
        if (!r) {
            QTest::qFail(qPrintable(r.error().detail), __FILE__, __LINE__);
            return false;
        }
        return true;
    }
    qint64 conversation(const QString &externalId)
    {
        return scalar(*m_w.ws, u"SELECT id FROM conversations WHERE external_id = ?"_s, {externalId});
    }

    /// Builds the threads of the header comment; the clock ends at now().
    bool build()
    {
        QFETCH(QString, engine);
        m_clock.setNowMs(kT0);
        if (!openWorld(engine, m_dir, m_clock, m_w))
            return false;
        const qint64 amazon = m_w.amazon;
        const qint64 t = kT0;
        if (!ingest(buyer(amazon, u"A"_s, u"a1"_s, u"Where is my parcel?"_s, t + kHourMs, u"anna"_s))
            || !ingest(seller(amazon, u"A"_s, u"a2"_s, u"It left today."_s, t + 3 * kHourMs))
            || !ingest(buyer(amazon, u"B"_s, u"b1"_s, u"Order received."_s, t + kDayMs, u"bob"_s))
            || !ingest(buyer(amazon, u"B"_s, u"b2"_s, u"All fine."_s, t + kDayMs + kHourMs, u"bob"_s)))
            return false;
        m_b = conversation(u"B"_s);
        m_clock.setNowMs(t + kDayMs + 2 * kHourMs);
        if (auto s = m_w.ws->triage().markNoResponseNeeded(m_b, m_w.maria); !s) {
            QTest::qFail(qPrintable(s.error().detail), __FILE__, __LINE__);
            return false;
        }
        if (!ingest(buyer(amazon, u"C"_s, u"c1"_s, u"Can I change the size?"_s, t + 2 * kDayMs, u"carl"_s))
            || !ingest(buyer(amazon, u"D"_s, u"d1"_s, u"It arrived broken."_s, t + 3 * kDayMs, u"dora"_s))
            || !ingest(seller(amazon, u"D"_s, u"d2"_s, u"We got your message."_s, t + 3 * kDayMs + kMinuteMs, true))
            || !ingest(buyer(amazon, u"B"_s, u"b3"_s, u"One more question."_s, t + 4 * kDayMs, u"bob"_s))
            || !ingest(seller(amazon, u"B"_s, u"b4"_s, u"Here is the answer."_s, t + 4 * kDayMs + kHourMs))
            || !ingest(seller(amazon, u"D"_s, u"d3"_s, u"A new one is on its way."_s, t + 4 * kDayMs + 2 * kHourMs))
            || !ingest(
                buyer(amazon, u"E"_s, u"e1"_s, u"Do you ship to Austria?"_s, t + 6 * kDayMs + 20 * kHourMs, u"emil"_s)))
            return false;
        m_a = conversation(u"A"_s);
        m_c = conversation(u"C"_s);
        m_d = conversation(u"D"_s);
        m_e = conversation(u"E"_s);
        m_clock.setNowMs(now());
        return m_a > 0 && m_b > 0 && m_c > 0 && m_d > 0 && m_e > 0;
    }

    /// The Amazon account's counts through the facts table, from the rows and in the Response Rate
    /// view; fails the test unless all three equal `expected`.
    bool sameEverywhere(const Counts &expected)
    {
        const Database &db = m_w.ws->database();
        auto fast = DashboardService::compute(db, window(), now(), false);
        auto slow = DashboardService::computeFromRows(db, window(), now(), false);
        auto view = m_w.ws->triage().responseRates();
        if (!fast || !slow || !view) {
            const Error &e = !fast ? fast.error() : !slow ? slow.error() : view.error();
            QTest::qFail(qPrintable(e.detail), __FILE__, __LINE__);
            return false;
        }
        const auto amazonRow = [this](const Dashboard &d) -> std::optional<Counts> {
            for (const auto &r : d.responseRates)
                if (r.channelId == m_w.amazon)
                    return counts(r);
            return std::nullopt;
        };
        std::optional<Counts> viewCounts;
        for (const auto &r : view.value())
            if (r.channelId == m_w.amazon)
                viewCounts = counts(r.report);
        const struct
        {
            const char *name;
            std::optional<Counts> got;
        } results[] = {{"dashboard (facts table)", amazonRow(fast.value())},
                       {"dashboard (rows)", amazonRow(slow.value())},
                       {"Response Rate view", viewCounts}};
        for (const auto &r : results) {
            if (!r.got) {
                QTest::qFail(qPrintable(u"%1: no Amazon row"_s.arg(QLatin1String(r.name))), __FILE__, __LINE__);
                return false;
            }
            if (!(*r.got == expected)) {
                QTest::qFail(
                    qPrintable(
                        u"%1: %2, expected %3"_s.arg(QLatin1String(r.name), r.got->toString(), expected.toString())),
                    __FILE__,
                    __LINE__);
                return false;
            }
        }
        return true;
    }

    /// How many conversations a facts load recomputes now.
    int refreshedByLoad()
    {
        auto loaded = ConversationFactsStore(m_w.ws->database()).load(window());
        if (!loaded) {
            QTest::qFail(qPrintable(loaded.error().detail), __FILE__, __LINE__);
            return -1;
        }
        return loaded->refreshed;
    }

    bool addRule(const QString &name, RuleEvent event, const Condition &condition)
    {
        Rule r;
        r.name = name;
        r.event = event;
        r.condition = condition;
        r.actions = {RuleAction::noResponseNeeded()};
        auto id = m_w.ws->triage().addRule(r);
        if (!id) {
            QTest::qFail(qPrintable(id.error().detail), __FILE__, __LINE__);
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }
    void cleanup()
    {
        m_w.ws.reset();
        QFile::remove(m_dir.filePath(u"ws.sqlite"_s));
    }

    void codecKeepsMarksApartFromMessages()
    {
        using D = AnalyticsData::Direction;
        std::vector<AnalyticsData::MessageRow> rows(5);
        rows[0] = {1, 7, 1'000, 0, D::Inbound, false, true};
        rows[1] = {2, 7, 2'000, 3, D::Outbound, false, true};
        rows[2] = {3, 7, 2'500, 3, D::Note, false, true};      // not part of the timeline
        rows[3] = {4, 7, 2'600, 3, D::Outbound, false, false}; // queued: not a response yet
        rows[4] = {5, 7, 3'000, 0, D::Outbound, true, true};
        const std::vector<AnalyticsData::MarkRow> marks{{7, 500}, {7, 2'000}, {7, 9'000}};
        const auto timeline = ConversationFactsCodec::timeline(rows.data(),
                                                               rows.data() + rows.size(),
                                                               marks.data(),
                                                               marks.data() + marks.size());
        // Time order; a mark after the messages of its ms.
        QList<std::pair<qint64, bool>> order;
        for (const auto &e : timeline)
            order.append({e.sentAt, e.noResponseNeeded});
        const QList<std::pair<qint64, bool>> expectedOrder{{500, true},
                                                           {1'000, false},
                                                           {2'000, false},
                                                           {2'000, true},
                                                           {3'000, false},
                                                           {9'000, true}};
        QCOMPARE(order, expectedOrder);

        ConversationFacts facts;
        facts.id = 7;
        facts.createdAt = 400;
        facts.firstInboundAt = 1'000;
        const QByteArray bytes = ConversationFactsCodec::encode(facts, timeline);
        QCOMPARE(int(bytes.at(0)), ConversationFactsCodec::kFormat);

        ConversationFacts decoded;
        decoded.id = 7;
        std::vector<AnalyticsData::MessageRow> messages;
        std::vector<AnalyticsData::MarkRow> decodedMarks;
        QVERIFY(ConversationFactsCodec::decode(bytes, decoded, messages, decodedMarks));
        QCOMPARE(messages.size(), size_t(3)); // the marks are not messages
        QCOMPARE(messages[0].sentAt, qint64(1'000));
        QCOMPARE(messages[0].direction, D::Inbound);
        QCOMPARE(messages[1].sentAt, qint64(2'000));
        QCOMPARE(messages[1].direction, D::Outbound);
        QVERIFY(!messages[1].automated);
        QCOMPARE(messages[2].sentAt, qint64(3'000));
        QVERIFY(messages[2].automated);
        QCOMPARE(decodedMarks.size(), marks.size());
        for (size_t i = 0; i < marks.size(); ++i) {
            QCOMPARE(decodedMarks[i].conversationId, qint64(7));
            QCOMPARE(decodedMarks[i].at, marks[i].at);
        }

        // A cut value or one in the previous format appends nothing.
        messages.clear();
        decodedMarks.clear();
        QVERIFY(!ConversationFactsCodec::decode(bytes.left(bytes.size() - 1), decoded, messages, decodedMarks));
        QVERIFY(messages.empty());
        QVERIFY(decodedMarks.empty());
        QByteArray older = bytes;
        older[0] = char(ConversationFactsCodec::kFormat - 1);
        QVERIFY(!ConversationFactsCodec::decode(older, decoded, messages, decodedMarks));
        QVERIFY(messages.empty() && decodedMarks.empty());
    }

    void markedThreadDropsOut_data() { addEngineRows(); }
    void markedThreadDropsOut()
    {
        QVERIFY(build());
        QVERIFY(sameEverywhere({2, 1, 1, 1, 2, 0.5}));
        // The marks reach the dashboard from both paths: as stored in the facts row and from sla_events.
        QCOMPARE(scalar(*m_w.ws, u"SELECT COUNT(*) FROM sla_events WHERE kind = 'no_response_needed'"_s), qint64(1));
        QCOMPARE(refreshedByLoad(), 0); // nothing changed since: the stored rows are current
    }

    void markingAnExistingConversation_data() { addEngineRows(); }
    void markingAnExistingConversation()
    {
        QVERIFY(build());
        QVERIFY(sameEverywhere({2, 1, 1, 1, 2, 0.5})); // every facts row stored
        QCOMPARE(refreshedByLoad(), 0);
        // C's buyer has waited since T+2d (missed); an agent marks it now: excluded instead.
        QVERIFY(m_w.ws->triage().markNoResponseNeeded(m_c, m_w.li).ok());
        QCOMPARE(refreshedByLoad(), 1); // C's row is recomputed
        QVERIFY(sameEverywhere({2, 1, 0, 1, 3, 2.0 / 3.0}));
    }

    void ruleMarksOnANewMessage_data() { addEngineRows(); }
    void ruleMarksOnANewMessage()
    {
        QVERIFY(build());
        QVERIFY(sameEverywhere({2, 1, 1, 1, 2, 0.5}));
        QVERIFY(addRule(u"Thanks needs no answer"_s,
                        RuleEvent::MessageReceived,
                        Condition::leaf(u"text"_s, ConditionOperator::Contains, u"thanks"_s)));
        // A's buyer says thanks at T+6d+22h; the sync brings it in now and the rule marks it then.
        QVERIFY(m_w.ws->ingest()
                    .ingest({buyer(m_w.amazon, u"A"_s, u"a3"_s, u"Got it, thanks!"_s, kT0 + 6 * kDayMs + 22 * kHourMs)})
                    .ok());
        QVERIFY(m_w.ws->conversations().byId(m_a).value().noResponseNeeded);
        QCOMPARE(refreshedByLoad(), 1);
        QVERIFY(sameEverywhere({2, 1, 1, 1, 3, 0.5}));
    }

    void ruleMarksOnAnSlaWarning_data() { addEngineRows(); }
    void ruleMarksOnAnSlaWarning()
    {
        QVERIFY(build());
        QVERIFY(sameEverywhere({2, 1, 1, 1, 2, 0.5}));
        QCOMPARE(refreshedByLoad(), 0);
        QVERIFY(addRule(u"Warned needs no answer"_s, RuleEvent::SlaWarning, Condition()));
        // E's buyer (T+6d+20h) is due in 20 h; a warning rule marks it now. No message and no reporting
        // event is added (their watermarks stay): the mark alone must make E's stored row stale.
        const QString watermarks = u"SELECT (SELECT MAX(id) FROM messages) * 1000000 + (SELECT MAX(id) FROM"
                                   " reporting_events)"_s;
        const qint64 before = scalar(*m_w.ws, watermarks);
        QVERIFY(m_w.ws->triage().onSlaAlert(m_e, RuleEvent::SlaWarning).ok());
        QVERIFY(m_w.ws->conversations().byId(m_e).value().noResponseNeeded);
        QCOMPARE(scalar(*m_w.ws, watermarks), before);
        QCOMPARE(refreshedByLoad(), 1);
        QVERIFY(sameEverywhere({2, 1, 1, 0, 3, 0.5}));
    }

    void formatChangeRecomputesEveryRow_data() { addEngineRows(); }
    void formatChangeRecomputesEveryRow()
    {
        QVERIFY(build());
        QVERIFY(sameEverywhere({2, 1, 1, 1, 2, 0.5}));
        QCOMPARE(refreshedByLoad(), 0);
        // Rows written by the previous format: the stored key names it, so none of them is trusted.
        const QString key = u"analytics_facts.calendar"_s;
        const QString stored = m_w.ws->database().meta(key);
        const QString current = u"format %1 "_s.arg(ConversationFactsCodec::kFormat);
        QVERIFY2(stored.startsWith(current), qPrintable(stored));
        QVERIFY(m_w.ws->database()
                    .setMeta(key, u"format %1 "_s.arg(ConversationFactsCodec::kFormat - 1) + stored.mid(current.size()))
                    .ok());
        QCOMPARE(refreshedByLoad(), 5); // A to E
        QVERIFY(sameEverywhere({2, 1, 1, 1, 2, 0.5}));
    }
};

QTEST_GUILESS_MAIN(TestDashboardResponseRates)
#include "TestDashboardResponseRates.moc"
