#include "TriageFixture.h"
#include "core/workflow/triage/ReportingEventRepository.h"
#include "core/workflow/triage/SlaMonitor.h"

#include <QSignalSpy>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

class TestSlaMonitor : public QObject
{
    Q_OBJECT
    FakeClock m_clock{kT0};
    QTemporaryDir m_dir;
    TriageWorld m_w;

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }
    void cleanup()
    {
        m_w.ws.reset();
        QFile::remove(m_dir.filePath(u"ws.sqlite"_s));
    }

    void warnsThenBreachesAndEscalates_data() { addEngineRows(); }
    void warnsThenBreachesAndEscalates()
    {
        QFETCH(QString, engine);
        m_clock.setNowMs(kT0);
        QVERIFY(openWorld(engine, m_dir, m_clock, m_w));
        Workspace &ws = *m_w.ws;
        // Escalation: on a breach, tag and hand to Li.
        Rule r;
        r.name = u"Escalate breaches"_s;
        r.event = RuleEvent::SlaBreached;
        r.actions = {RuleAction::addTag(u"escalated"_s), RuleAction::assignAgent(m_w.li)};
        QVERIFY(ws.triage().addRule(r).ok());
        auto ingested = ws.ingest().ingest({buyer(m_w.amazon, u"c1"_s, u"m1"_s, u"Where is it?"_s, kT0)});
        QVERIFY(ingested.ok());
        const qint64 c1 = scalar(ws, u"SELECT id FROM conversations WHERE external_id = 'c1'"_s);

        SlaMonitor monitor(ws.database(), ws.triage(), m_clock);
        QSignalSpy warnings(&monitor, &SlaMonitor::slaWarning);
        QSignalSpy breaches(&monitor, &SlaMonitor::slaBreached);
        QSignalSpy notes(&monitor, &SlaMonitor::notificationRequested);

        // Nothing yet at the start.
        auto pass = monitor.check();
        QCOMPARE(pass.warned.size(), 0);
        QCOMPARE(pass.breached.size(), 0);

        // 22 h 30 in: inside the warning window of both 24 h clocks (25 % or 2 h before), once only.
        m_clock.setNowMs(kT0 + 22 * kHourMs + 30 * 60'000);
        pass = monitor.check();
        QCOMPARE(pass.warned.size(), 2);
        QCOMPARE(warnings.size(), 2);
        QCOMPARE(monitor.check().warned.size(), 0);

        // Past the deadline: breached, escalated by the rule, sla_miss written at the deadline.
        m_clock.setNowMs(kT0 + 25 * kHourMs);
        pass = monitor.check();
        QCOMPARE(pass.breached.size(), 2);
        QCOMPARE(breaches.size(), 2);
        QVERIFY(notes.size() >= 4);
        QCOMPARE(scalar(ws, u"SELECT assignee_id FROM conversations WHERE id = ?"_s, {c1}), m_w.li);
        QCOMPARE(text(ws, u"SELECT tags FROM conversations WHERE id = ?"_s, {c1}), u"escalated"_s);
        QCOMPARE(scalar(ws,
                        u"SELECT COUNT(*) FROM reporting_events WHERE conversation_id = ? AND kind = 'sla_miss'"
                        " AND occurred_at = ?"_s,
                        {c1, kT0 + 24 * kHourMs}),
                 2);
        QCOMPARE(monitor.check().breached.size(), 0);
        // Still listed as at risk (overdue) until answered.
        auto risk = ws.triage().atRisk(1);
        QVERIFY(risk.ok());
        QCOMPARE(risk->size(), 2);
        QVERIFY(risk->first().msLeft(m_clock.nowMs()) < 0);
    }

    void snoozeEnds_data() { addEngineRows(); }
    void snoozeEnds()
    {
        QFETCH(QString, engine);
        m_clock.setNowMs(kT0);
        QVERIFY(openWorld(engine, m_dir, m_clock, m_w));
        Workspace &ws = *m_w.ws;
        Rule r;
        r.name = u"Snooze thanks"_s;
        r.event = RuleEvent::MessageReceived;
        r.condition = Condition::leaf(u"text"_s, ConditionOperator::Contains, u"thanks"_s);
        r.actions = {RuleAction::snooze(60)};
        QVERIFY(ws.triage().addRule(r).ok());
        QVERIFY(ws.ingest().ingest({buyer(m_w.email, u"c1"_s, u"m1"_s, u"thanks!"_s, kT0)}).ok());
        const qint64 c1 = scalar(ws, u"SELECT id FROM conversations WHERE external_id = 'c1'"_s);
        QCOMPARE(text(ws, u"SELECT status FROM conversations WHERE id = ?"_s, {c1}), u"pending"_s);
        SlaMonitor monitor(ws.database(), ws.triage(), m_clock);
        QCOMPARE(monitor.check().snoozesEnded, 0);
        m_clock.advanceMs(61 * 60'000);
        QCOMPARE(monitor.check().snoozesEnded, 1);
        QCOMPARE(text(ws, u"SELECT status FROM conversations WHERE id = ?"_s, {c1}), u"open"_s);
        QVERIFY(scalar(ws, u"SELECT sla_due_at FROM conversations WHERE id = ?"_s, {c1}) > 0);
    }
};

QTEST_GUILESS_MAIN(TestSlaMonitor)
#include "TestSlaMonitor.moc"
