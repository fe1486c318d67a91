#include "TriageFixture.h"
#include "core/templates/Template.h"
#include "core/workflow/triage/ReportingEventRepository.h"
#include "core/workflow/triage/SlaClockRepository.h"

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

Rule rule(const QString &name, RuleEvent event, const Condition &condition, QList<RuleAction> actions, int position = 0)
{
    Rule r;
    r.name = name;
    r.event = event;
    r.condition = condition;
    r.actions = std::move(actions);
    r.position = position;
    return r;
}

Condition textContains(const QString &word)
{
    return Condition::leaf(u"text"_s, ConditionOperator::Contains, word);
}

QStringList kinds(const QList<ReportingEventRow> &rows)
{
    QStringList out;
    for (const auto &r : rows)
        out << reportingEventKindToString(r.kind) + (r.policy.isEmpty() ? QString() : u"/"_s + r.policy);
    return out;
}

} // namespace

class TestTriageService : public QObject
{
    Q_OBJECT
    FakeClock m_clock{kT0};
    QTemporaryDir m_dir;
    TriageWorld m_w;

    bool open()
    {
        QFETCH(QString, engine);
        m_clock.setNowMs(kT0);
        return openWorld(engine, m_dir, m_clock, m_w);
    }
    Workspace &ws() { return *m_w.ws; }
    qint64 conversation(const QString &ext)
    {
        return scalar(ws(), u"SELECT id FROM conversations WHERE external_id = ?"_s, {ext});
    }
    void ingest(const QList<InboundMessage> &batch)
    {
        auto r = ws().ingest().ingest(batch);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    }

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }
    void cleanup()
    {
        m_w.ws.reset();
        QFile::remove(m_dir.filePath(u"ws.sqlite"_s));
    }

    void rulesFireOnIngestAndExplain_data() { addEngineRows(); }
    void rulesFireOnIngestAndExplain()
    {
        QVERIFY(open());
        auto id = ws().triage().addRule(rule(u"Refunds"_s,
                                             RuleEvent::MessageReceived,
                                             textContains(u"refund"_s),
                                             {RuleAction::addTag(u"refund"_s),
                                              RuleAction::setPriority(Priority::High),
                                              RuleAction::addNote(u"Check the photos"_s)}));
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().detail));
        ingest({buyer(m_w.amazon, u"c1"_s, u"m1"_s, u"I want a refund now"_s, kT0 - 1000),
                buyer(m_w.amazon, u"c2"_s, u"m2"_s, u"Where is my parcel?"_s, kT0 - 1000, u"bob"_s)});
        const qint64 c1 = conversation(u"c1"_s);
        QCOMPARE(text(ws(), u"SELECT tags FROM conversations WHERE id = ?"_s, {c1}), u"refund"_s);
        QCOMPARE(text(ws(), u"SELECT priority FROM conversations WHERE id = ?"_s, {c1}), u"high"_s);
        QCOMPARE(
            scalar(ws(), u"SELECT COUNT(*) FROM messages WHERE conversation_id = ? AND direction = 'note'"_s, {c1}),
            1);
        auto firings = ws().triage().ruleFirings(c1);
        QVERIFY(firings.ok());
        QCOMPARE(firings->size(), 1);
        QCOMPARE(firings->first().ruleName, u"Refunds"_s);
        QCOMPARE(firings->first().event, u"message_received"_s);
        QVERIFY2(firings->first().explanation.contains(u"refund"_s), qPrintable(firings->first().explanation));
        QCOMPARE(firings->first().actions.size(), 3);
        QCOMPARE(ws().triage().ruleFirings(conversation(u"c2"_s))->size(), 0);
        // The priority score is stored with its reasons.
        QVERIFY(scalar(ws(), u"SELECT priority_score FROM conversations WHERE id = ?"_s, {c1}) >= 0);
        const QString reason = text(ws(), u"SELECT priority_reason FROM conversations WHERE id = ?"_s, {c1});
        QVERIFY2(!reason.isEmpty() && reason != u"<none>"_s, qPrintable(reason));
        // The same batch again changes nothing.
        ingest({buyer(m_w.amazon, u"c1"_s, u"m1"_s, u"I want a refund now"_s, kT0 - 1000)});
        QCOMPARE(ws().triage().ruleFirings(c1)->size(), 1);
    }

    void ruleChangesDoNotRetrigger_data() { addEngineRows(); }
    void ruleChangesDoNotRetrigger()
    {
        QVERIFY(open());
        QVERIFY(ws().triage()
                    .addRule(rule(u"Thanks closes"_s,
                                  RuleEvent::MessageReceived,
                                  textContains(u"thanks"_s),
                                  {RuleAction::setStatus(ConversationStatus::Resolved)}))
                    .ok());
        QVERIFY(ws().triage()
                    .addRule(rule(u"Status watcher"_s,
                                  RuleEvent::StatusChanged,
                                  Condition(),
                                  {RuleAction::addTag(u"status-changed"_s)}))
                    .ok());
        ingest({buyer(m_w.email, u"c1"_s, u"m1"_s, u"thanks, all good"_s, kT0 - 1000)});
        const qint64 c1 = conversation(u"c1"_s);
        QCOMPARE(text(ws(), u"SELECT status FROM conversations WHERE id = ?"_s, {c1}), u"resolved"_s);
        // The rule-made status change did not run the status_changed rule.
        QCOMPARE(text(ws(), u"SELECT tags FROM conversations WHERE id = ?"_s, {c1}), QString());
        QCOMPARE(ws().triage().ruleFirings(c1)->size(), 1);
        // An agent's status change does.
        QVERIFY(ws().conversations().setStatus(c1, ConversationStatus::Open, m_w.maria).ok());
        QCOMPARE(text(ws(), u"SELECT tags FROM conversations WHERE id = ?"_s, {c1}), u"status-changed"_s);
        QCOMPARE(ws().triage().ruleFirings(c1)->size(), 2);
    }

    void slaClocksRunSideBySide_data() { addEngineRows(); }
    void slaClocksRunSideBySide()
    {
        QVERIFY(open());
        const qint64 sent = kT0 - 2 * kHourMs;
        ingest({buyer(m_w.amazon, u"c1"_s, u"m1"_s, u"Where is my parcel?"_s, sent)});
        const qint64 c1 = conversation(u"c1"_s);
        auto clocks = ws().triage().slaClocks(c1);
        QVERIFY(clocks.ok());
        QStringList keys;
        for (const auto &k : *clocks)
            keys << k.policy + u":"_s + slaTargetToString(k.target) + u":"_s + SlaTargetStatus::stateToString(k.state);
        keys.sort();
        QCOMPARE(keys, (QStringList{u"amazon:first_response:running"_s, u"company:default:first_response:running"_s}));
        // The inbox deadline is the earliest running one: Amazon's 24 h.
        QCOMPARE(scalar(ws(), u"SELECT sla_due_at FROM conversations WHERE id = ?"_s, {c1}), sent + 24 * kHourMs);

        // An agent replies: both clocks are met, the reply is a first_response with its durations.
        auto reply = ws().messages().addReply(c1, m_w.maria, u"It left our warehouse today."_s);
        QVERIFY2(reply.ok(), qPrintable(reply.ok() ? QString() : reply.error().detail));
        QCOMPARE(scalar(ws(), u"SELECT sla_due_at FROM conversations WHERE id = ?"_s, {c1}), 0);
        auto events = ws().triage().reportingEvents().forConversation(c1);
        QVERIFY(events.ok());
        QStringList got = kinds(*events);
        got.sort();
        QCOMPARE(got, (QStringList{u"first_response"_s, u"sla_hit/amazon"_s, u"sla_hit/company:default"_s}));
        for (const auto &e : *events) {
            QCOMPARE(e.durationMs, 2 * kHourMs);
            QCOMPARE(e.channelId, m_w.amazon);
            if (e.kind == ReportingEventKind::FirstResponse) {
                QCOMPARE(e.messageId, reply->id);
                QCOMPARE(e.agentId, m_w.maria);
                QCOMPARE(e.businessDurationMs, 2 * kHourMs); // no business calendar: 24/7
            }
        }
    }

    void pendingResolveAndReopen_data() { addEngineRows(); }
    void pendingResolveAndReopen()
    {
        QVERIFY(open());
        ingest({buyer(m_w.amazon, u"c1"_s, u"m1"_s, u"Is this in stock?"_s, kT0)});
        const qint64 c1 = conversation(u"c1"_s);
        m_clock.advanceMs(kHourMs);
        QVERIFY(ws().conversations().setStatus(c1, ConversationStatus::Pending, m_w.maria).ok());
        // The company clock pauses while waiting on the buyer; Amazon's keeps counting (its rule ignores our
        // statuses), so the inbox still shows Amazon's deadline.
        QCOMPARE(scalar(ws(), u"SELECT sla_due_at FROM conversations WHERE id = ?"_s, {c1}), kT0 + 24 * kHourMs);
        QCOMPARE(text(ws(),
                      u"SELECT state FROM sla_clocks WHERE conversation_id = ? AND policy = 'company:default'"_s,
                      {c1}),
                 u"paused"_s);
        QCOMPARE(text(ws(), u"SELECT state FROM sla_clocks WHERE conversation_id = ? AND policy = 'amazon'"_s, {c1}),
                 u"running"_s);
        m_clock.advanceMs(kHourMs);
        QVERIFY(ws().conversations().setStatus(c1, ConversationStatus::Resolved, m_w.maria).ok());
        QVERIFY(scalar(ws(), u"SELECT resolved_at FROM conversations WHERE id = ?"_s, {c1}) == kT0 + 2 * kHourMs);
        // The buyer writes again: reopen, and a fresh first-response wait (nobody has answered yet).
        m_clock.advanceMs(kHourMs);
        ingest({buyer(m_w.amazon, u"c1"_s, u"m2"_s, u"Hello? Still waiting"_s, kT0 + 3 * kHourMs)});
        auto events = ws().triage().reportingEvents().forConversation(c1);
        QVERIFY(events.ok());
        const QStringList got = kinds(*events);
        QVERIFY2(got.contains(u"resolution"_s), qPrintable(got.join(u',')));
        QVERIFY2(got.contains(u"reopen"_s), qPrintable(got.join(u',')));
        for (const auto &e : *events) {
            if (e.kind == ReportingEventKind::Resolution) {
                QCOMPARE(e.durationMs, 2 * kHourMs);
                QCOMPARE(e.agentId, m_w.maria);
            }
            if (e.kind == ReportingEventKind::Reopen)
                QCOMPARE(e.durationMs, kHourMs);
        }
        QVERIFY(scalar(ws(), u"SELECT sla_due_at FROM conversations WHERE id = ?"_s, {c1}) > kT0 + 3 * kHourMs);
    }

    void historyWritesReportingEvents_data() { addEngineRows(); }
    void historyWritesReportingEvents()
    {
        QVERIFY(open());
        const qint64 t = kT0 - 48 * kHourMs;
        // An auto-reply does not answer on Amazon; the human reply 30 h later misses Amazon's 24 h.
        ingest({buyer(m_w.amazon, u"c1"_s, u"m1"_s, u"Wrong size delivered"_s, t),
                seller(m_w.amazon, u"c1"_s, u"m2"_s, u"We received your message"_s, t + 60'000, true),
                seller(m_w.amazon, u"c1"_s, u"m3"_s, u"Sorry, we send the right size"_s, t + 30 * kHourMs)});
        const qint64 c1 = conversation(u"c1"_s);
        auto events = ws().triage().reportingEvents().forConversation(c1);
        QVERIFY(events.ok());
        const QStringList got = kinds(*events);
        QVERIFY2(got.contains(u"sla_miss/amazon"_s), qPrintable(got.join(u',')));
        QVERIFY2(!got.contains(u"sla_hit/amazon"_s), qPrintable(got.join(u',')));
        QCOMPARE(scalar(ws(), u"SELECT automated FROM messages WHERE external_id = 'm2'"_s), 1);
        QCOMPARE(got.count(u"first_response"_s), 1);
        for (const auto &e : *events)
            if (e.kind == ReportingEventKind::SlaMiss && e.policy == "amazon"_L1)
                QCOMPARE(e.occurredAt, t + 24 * kHourMs); // the miss is dated at the deadline
        // A second ingest of the same history writes nothing twice.
        const qint64 before = scalar(ws(), u"SELECT COUNT(*) FROM reporting_events"_s);
        ingest({seller(m_w.amazon, u"c1"_s, u"m3"_s, u"Sorry, we send the right size"_s, t + 30 * kHourMs)});
        QCOMPARE(scalar(ws(), u"SELECT COUNT(*) FROM reporting_events"_s), before);
    }

    void routingAssignsWithReasons_data() { addEngineRows(); }
    void routingAssignsWithReasons()
    {
        QVERIFY(open());
        QVERIFY(ws().triage()
                    .addRule(rule(u"Round robin"_s,
                                  RuleEvent::ConversationCreated,
                                  Condition(),
                                  {RuleAction::assign(RuleAction::AssignMode::RoundRobin)}))
                    .ok());
        ingest({buyer(m_w.email, u"c1"_s, u"m1"_s, u"Hello"_s, kT0 - 1000, u"a"_s),
                buyer(m_w.email, u"c2"_s, u"m2"_s, u"Hello"_s, kT0 - 1000, u"b"_s)});
        const qint64 a1 =
            scalar(ws(), u"SELECT assignee_id FROM conversations WHERE id = ?"_s, {conversation(u"c1"_s)});
        const qint64 a2 =
            scalar(ws(), u"SELECT assignee_id FROM conversations WHERE id = ?"_s, {conversation(u"c2"_s)});
        QVERIFY(a1 > 0 && a2 > 0);
        QVERIFY(a1 != a2);
        auto log = ws().triage().assignments(conversation(u"c1"_s));
        QVERIFY(log.ok());
        QCOMPARE(log->size(), 1);
        QCOMPARE(log->first().agentId, a1);
        QCOMPARE(log->first().strategy, u"round_robin"_s);
        QVERIFY2(log->first().reason.contains(u"Round robin"_s), qPrintable(log->first().reason));
    }

    void routingFollowsTeamsSetInTheDirectory_data() { addEngineRows(); }
    void routingFollowsTeamsSetInTheDirectory()
    {
        QVERIFY(open());
        // Teams set as `harbordesk-cli agents update` sets them; the rule names the team in another case.
        AgentChanges changes;
        changes.teams = QStringList{u" EU "_s, u"night"_s};
        QVERIFY(ws().directory().updateAgent(m_w.li, changes).ok());
        QVERIFY(ws().triage()
                    .addRule(rule(u"EU team"_s,
                                  RuleEvent::ConversationCreated,
                                  Condition(),
                                  {RuleAction::assign(RuleAction::AssignMode::RoundRobin, u"Eu"_s)}))
                    .ok());
        ingest({buyer(m_w.email, u"c1"_s, u"m1"_s, u"Hello"_s, kT0 - 1000, u"a"_s),
                buyer(m_w.email, u"c2"_s, u"m2"_s, u"Hello"_s, kT0 - 1000, u"b"_s)});
        for (const QString &c : {u"c1"_s, u"c2"_s})
            QCOMPARE(scalar(ws(), u"SELECT assignee_id FROM conversations WHERE id = ?"_s, {conversation(c)}), m_w.li);
    }

    void templateAutoReply_data() { addEngineRows(); }
    void templateAutoReply()
    {
        QVERIFY(open());
        Template t;
        t.name = u"Got it"_s;
        t.variants
            << TemplateVariant{0, u"en"_s, QString(), u"Hi {{customer.name}}, thanks, we reply within a day."_s, true};
        auto tid = ws().templates().save(t);
        QVERIFY2(tid.ok(), qPrintable(tid.ok() ? QString() : tid.error().detail));
        QVERIFY(ws().triage()
                    .addRule(rule(u"Acknowledge"_s,
                                  RuleEvent::ConversationCreated,
                                  Condition(),
                                  {RuleAction::replyTemplate(tid.value())}))
                    .ok());
        ingest({buyer(m_w.email, u"c1"_s, u"m1"_s, u"Do you ship to Norway?"_s, kT0 - 1000),
                buyer(m_w.email, u"old"_s, u"m2"_s, u"Old question"_s, kT0 - 72 * kHourMs, u"z"_s)});
        const qint64 c1 = conversation(u"c1"_s);
        QCOMPARE(scalar(ws(),
                        u"SELECT COUNT(*) FROM messages WHERE conversation_id = ? AND direction = 'outbound'"
                        " AND automated = 1"_s,
                        {c1}),
                 1);
        QCOMPARE(
            text(ws(), u"SELECT body_text FROM messages WHERE conversation_id = ? AND direction = 'outbound'"_s, {c1}),
            u"Hi Anna Schmidt, thanks, we reply within a day."_s);
        QCOMPARE(scalar(ws(),
                        u"SELECT COUNT(*) FROM outbox o JOIN messages m ON m.id = o.message_id"
                        " WHERE m.conversation_id = ?"_s,
                        {c1}),
                 1);
        // History older than a day gets no auto-reply.
        QCOMPARE(scalar(ws(),
                        u"SELECT COUNT(*) FROM messages WHERE conversation_id = ? AND direction = 'outbound'"_s,
                        {conversation(u"old"_s)}),
                 0);
        // The auto-reply does not stop the company clock (auto-replies do not count by default).
        QVERIFY(scalar(ws(), u"SELECT sla_due_at FROM conversations WHERE id = ?"_s, {c1}) > 0);
    }

    void atRiskAndDryRun_data() { addEngineRows(); }
    void atRiskAndDryRun()
    {
        QVERIFY(open());
        ingest({buyer(m_w.amazon, u"soon"_s, u"m1"_s, u"refund please"_s, kT0 - 23 * kHourMs),
                buyer(m_w.amazon, u"later"_s, u"m2"_s, u"question"_s, kT0 - 1 * kHourMs, u"bob"_s)});
        auto risk = ws().triage().atRisk(2);
        QVERIFY(risk.ok());
        QVERIFY(!risk->isEmpty());
        for (const auto &k : *risk)
            QCOMPARE(k.conversationId, conversation(u"soon"_s));
        QCOMPARE(risk->first().customerName, u"Anna Schmidt"_s);
        QCOMPARE(risk->first().dueAt, kT0 + kHourMs);
        QVERIFY(!ws().triage().atRisk(-1).ok());

        auto dry = ws().triage().dryRun(rule(u"Refunds"_s,
                                             RuleEvent::MessageReceived,
                                             textContains(u"refund"_s),
                                             {RuleAction::addTag(u"refund"_s)}),
                                        30);
        QVERIFY2(dry.ok(), qPrintable(dry.ok() ? QString() : dry.error().detail));
        QCOMPARE(dry->count, 1);
        QCOMPARE(dry->conversationsSeen, 2);
        QCOMPARE(dry->matchingConversationIds, QList<qint64>{conversation(u"soon"_s)});
        QVERIFY(dry->summary(30).contains(u"1 of 2"_s));
    }
};

QTEST_GUILESS_MAIN(TestTriageService)
#include "TestTriageService.moc"
