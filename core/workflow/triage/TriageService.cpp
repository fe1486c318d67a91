#include "core/workflow/triage/TriageService.h"

#include "core/common/Log.h"
#include "core/storage/Database.h"
#include "core/sync/IngestedBatch.h"
#include "core/workflow/rules/PriorityScorer.h"
#include "core/workflow/rules/RulesEngine.h"
#include "core/workflow/sla/SlaClock.h"
#include "core/workflow/triage/CorrectionStore.h"
#include "core/workflow/triage/ReportingEventRepository.h"
#include "core/workflow/triage/RuleActionApplier.h"
#include "core/workflow/triage/SlaClockRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

// The conversation facts rules and the priority score read; customer stats come from indexed subqueries
// (orders_customer, conversations_customer).
constexpr auto kConversationSelect =
    "SELECT c.id, c.channel_id, c.customer_id, c.subject, c.status, c.priority, COALESCE(c.assignee_id, 0), c.language,"
    " c.intent, c.sentiment, c.tags, c.created_at, c.last_inbound_at, c.sla_due_at, c.no_response_needed,"
    " c.sla_policy_id, COALESCE(o.status, ''), o.total_cents, COALESCE(o.currency, ''), COALESCE(o.ship_to_country, "
    "''),"
    " cu.country, cu.display_name, COALESCE(o.external_id, ''), c.snippet,"
    " (SELECT COUNT(*) FROM orders o2 WHERE o2.customer_id = c.customer_id),"
    " (SELECT COALESCE(SUM(o3.total_cents), 0) FROM orders o3 WHERE o3.customer_id = c.customer_id),"
    " (SELECT COUNT(*) FROM conversations c2 WHERE c2.customer_id = c.customer_id AND c2.id <> c.id"
    "  AND c2.created_at >= ? AND c2.created_at < c.created_at)"
    " FROM conversations c JOIN customers cu ON cu.id = c.customer_id LEFT JOIN orders o ON o.id = c.order_id"
    " WHERE c.id = ?";

std::optional<ReportingEventKind> reportingKind(SlaReportEvent::Kind k)
{
    switch (k) {
    case SlaReportEvent::Kind::FirstResponse: return ReportingEventKind::FirstResponse;
    case SlaReportEvent::Kind::Reply: return ReportingEventKind::Reply;
    case SlaReportEvent::Kind::Resolution: return ReportingEventKind::Resolution;
    case SlaReportEvent::Kind::Reopen: return ReportingEventKind::Reopen;
    case SlaReportEvent::Kind::SlaHit: return ReportingEventKind::SlaHit;
    case SlaReportEvent::Kind::SlaMiss: return ReportingEventKind::SlaMiss;
    }
    return std::nullopt;
}

/// The conversation's status as its SLA events leave it ("open", "pending", "resolved").
QString slaStatus(const QList<StoredSlaEvent> &events)
{
    QString status = u"open"_s;
    for (const StoredSlaEvent &e : events) {
        switch (e.event.kind) {
        case SlaEvent::Kind::Resolved: status = u"resolved"_s; break;
        case SlaEvent::Kind::StatusPending: status = u"pending"_s; break;
        case SlaEvent::Kind::BuyerMessage:
        case SlaEvent::Kind::StatusOpen:
        case SlaEvent::Kind::Reopened: status = u"open"_s; break;
        default: break;
        }
    }
    return status;
}

} // namespace

struct TriageService::Impl
{
    Impl(const Database &db, const Clock &clock)
        : db(db)
        , clock(clock)
        , sla(db)
        , reports(db)
        , applier(db, clock)
        , corrections(db)
    {
    }

    const Database &db;
    const Clock &clock;
    SlaClockRepository sla;
    ReportingEventRepository reports;
    RuleActionApplier applier;
    CorrectionStore corrections;
    PriorityScorer scorer;
    Notifier notifier;

    std::optional<QHash<RuleEvent, QList<Rule>>> rules;
    std::optional<QList<SlaPolicy>> policies; ///< marketplace presets, then sla_policies rows
    BusinessCalendar reportingCalendar;
    struct ChannelInfo
    {
        ChannelKind kind = ChannelKind::Email;
        QString name;
        QString marketplace;
    };
    QHash<qint64, ChannelInfo> channels;

    Status ensureLoaded(const RuleRepository &repo);
    Result<TriageConversation> load(qint64 conversationId, qint64 nowMs);
    Status runRules(const RuleTrigger &trigger,
                    TriageConversation &c,
                    qint64 nowMs,
                    bool allowReplies,
                    QList<StoredSlaEvent> &slaEvents);
    QList<SlaPolicy> policiesFor(const TriageConversation &c) const;
    Status refreshSla(TriageConversation &c, const QList<StoredSlaEvent> &newEvents, bool isNew, qint64 nowMs);
    Status storeSlaAndPriority(TriageConversation &c, qint64 dueAt, qint64 nowMs);
};

TriageService::TriageService(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
    , d(std::make_unique<Impl>(db, clock))
    , m_rules(db)
{
}

TriageService::~TriageService() = default;

Result<TriageConversation> TriageService::triageConversation(qint64 conversationId, qint64 nowMs) const
{
    if (auto s = d->ensureLoaded(m_rules); !s)
        return s.error();
    return d->load(conversationId, nowMs);
}

void TriageService::setNotifier(Notifier notifier)
{
    d->notifier = std::move(notifier);
}

const SlaClockRepository &TriageService::slaClockRepository() const
{
    return d->sla;
}

const ReportingEventRepository &TriageService::reportingEvents() const
{
    return d->reports;
}

CorrectionStore &TriageService::corrections()
{
    return d->corrections;
}

void TriageService::reload()
{
    d->rules.reset();
    d->policies.reset();
    d->channels.clear();
    d->applier.reload();
}

Status TriageService::Impl::ensureLoaded(const RuleRepository &repo)
{
    if (!rules) {
        auto all = repo.all();
        if (!all)
            return all.error();
        QHash<RuleEvent, QList<Rule>> byEvent;
        for (const Rule &r : all.value())
            if (r.enabled)
                byEvent[r.event] << r;
        rules = byEvent;
    }
    if (!policies) {
        auto rows = sla.policies();
        if (!rows)
            return rows.error();
        QList<SlaPolicy> list = SlaPolicy::marketplacePresets();
        reportingCalendar = BusinessCalendar::twentyFourSeven();
        bool haveReporting = false;
        for (const SlaPolicy &p : rows.value()) {
            list << p;
            if (!haveReporting && p.enabled && p.kind == SlaPolicy::Kind::Company
                && p.basis == SlaPolicy::TimeBasis::Business) {
                reportingCalendar = p.calendar;
                haveReporting = true;
            }
        }
        policies = list;
    }
    if (channels.isEmpty()) {
        QSqlQuery q(db.connection());
        if (!q.exec(u"SELECT id, kind, name, marketplace FROM channels"_s))
            return databaseError(q, u"triage channels"_s);
        while (q.next())
            channels.insert(q.value(0).toLongLong(),
                            ChannelInfo{channelKindFromString(q.value(1).toString()),
                                        q.value(2).toString(),
                                        q.value(3).toString()});
    }
    return {};
}

Result<TriageConversation> TriageService::Impl::load(qint64 conversationId, qint64 nowMs)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QLatin1StringView(kConversationSelect));
    q.addBindValue(nowMs - 7 * kDayMs);
    q.addBindValue(conversationId);
    if (!q.exec())
        return databaseError(q, u"triage conversation"_s);
    if (!q.next())
        return Error::make(Error::Code::NotFound,
                           QCoreApplication::translate("hd::TriageService", "The conversation no longer exists."));
    TriageConversation c;
    c.id = conversationId;
    c.channelId = q.value(1).toLongLong();
    c.customerId = q.value(2).toLongLong();
    c.subject = q.value(3).toString();
    if (!channels.contains(c.channelId)) {
        // A channel added since the cache was filled.
        QSqlQuery ch(db.connection());
        ch.prepare(u"SELECT kind, name, marketplace FROM channels WHERE id = ?"_s);
        ch.addBindValue(c.channelId);
        if (ch.exec() && ch.next())
            channels.insert(c.channelId,
                            ChannelInfo{channelKindFromString(ch.value(0).toString()),
                                        ch.value(1).toString(),
                                        ch.value(2).toString()});
    }
    const ChannelInfo channel = channels.value(c.channelId);
    c.channelKind = channel.kind;
    c.channelName = channel.name;
    c.marketplace = channel.marketplace;
    c.slaPolicyId = q.value(15).toLongLong();
    c.noResponseNeeded = q.value(14).toInt() != 0;
    c.customerName = q.value(21).toString();
    c.orderNumber = q.value(22).toString();

    RuleContext &x = c.context;
    x.conversationId = conversationId;
    x.nowMs = nowMs;
    x.channelKind = channel.kind;
    x.channelId = c.channelId;
    x.marketplace = channel.marketplace;
    x.subject = c.subject;
    x.text = q.value(23).toString();
    x.status = conversationStatusFromString(q.value(4).toString());
    x.priority = priorityFromString(q.value(5).toString());
    x.assigneeId = q.value(6).toLongLong();
    x.language = q.value(7).toString();
    x.intent = q.value(8).toString();
    x.sentiment = q.value(9).toString();
    x.tags = q.value(10).toString().split(u',', Qt::SkipEmptyParts);
    x.createdAt = q.value(11).toLongLong();
    x.lastInboundAt = q.value(12).toLongLong();
    const qint64 due = q.value(13).toLongLong();
    if (due > 0 && x.status != ConversationStatus::Resolved)
        x.slaMsLeft = due - nowMs;
    if (!q.value(16).toString().isEmpty() || !q.value(17).isNull()) {
        x.orderStatus = q.value(16).toString();
        x.orderTotalCents = q.value(17).toLongLong();
        x.orderCurrency = q.value(18).toString();
    }
    x.region = q.value(19).toString().isEmpty() ? q.value(20).toString() : q.value(19).toString();
    x.customerOrderCount = q.value(24).toInt();
    x.customerLifetimeValueCents = q.value(25).toLongLong();
    x.repeatContacts7d = q.value(26).toInt();
    x.vip = x.tags.contains(u"vip"_s, Qt::CaseInsensitive);
    const BusinessCalendar hours = reportingCalendar;
    x.businessHoursAt = [hours](qint64 t) { return hours.isOpen(t); };
    return c;
}

Status TriageService::Impl::runRules(const RuleTrigger &trigger,
                                     TriageConversation &c,
                                     qint64 nowMs,
                                     bool allowReplies,
                                     QList<StoredSlaEvent> &slaEvents)
{
    const auto it = rules->constFind(trigger.event);
    if (it == rules->constEnd() || it->isEmpty())
        return {};
    c.context.nowMs = nowMs;
    const RuleRunResult run = RulesEngine::run(trigger, c.context, *it);
    if (run.fired.isEmpty())
        return {};
    RuleActionApplier::Outcome outcome;
    QHash<qint64, QStringList> notesByRule;
    for (const PlannedAction &planned : run.actions) {
        const qsizetype before = outcome.notes.size();
        if (auto s = applier.apply(planned, c, nowMs, allowReplies, outcome); !s)
            return s;
        for (qsizetype i = before; i < outcome.notes.size(); ++i)
            notesByRule[planned.ruleId] << outcome.notes[i];
    }
    slaEvents += outcome.slaEvents;
    QSqlQuery q(db.connection());
    q.prepare(
        u"INSERT INTO rule_firings(conversation_id, rule_id, rule_name, event, explanation, actions_json, fired_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (const FiredRule &f : run.fired) {
        QString explanation = f.summary();
        for (const QString &note : notesByRule.value(f.ruleId))
            explanation += u"\n"_s + note;
        q.addBindValue(c.id);
        q.addBindValue(f.ruleId);
        q.addBindValue(sqlValue(f.name));
        q.addBindValue(ruleEventToString(trigger.event));
        q.addBindValue(explanation);
        q.addBindValue(
            QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(f.actions)).toJson(QJsonDocument::Compact)));
        q.addBindValue(nowMs);
        if (!q.exec())
            return databaseError(q, u"rule firing"_s);
    }
    for (const QString &line : run.log())
        log::info("workflow.rules", u"conversation #%1: %2"_s.arg(c.id).arg(line));
    if (notifier)
        for (const TriageNotification &n : std::as_const(outcome.notifications))
            notifier(n);
    return {};
}

QList<SlaPolicy> TriageService::Impl::policiesFor(const TriageConversation &c) const
{
    QList<SlaPolicy> chosen = SlaPolicy::selectFor(*policies, c.channelKind, c.marketplace, c.context.tags);
    const auto company = std::find_if(chosen.begin(), chosen.end(), [](const SlaPolicy &p) {
        return p.kind == SlaPolicy::Kind::Company;
    });
    if (c.slaPolicyId > 0) {
        // A rule applied this policy: it replaces the company clock (or the marketplace one, if it is one).
        for (const SlaPolicy &p : *policies) {
            if (p.id != c.slaPolicyId)
                continue;
            chosen.removeIf([&](const SlaPolicy &x) { return x.kind == p.kind; });
            chosen << p;
            return chosen;
        }
    }
    if (company == chosen.end())
        chosen << SlaClockRepository::companyDefault();
    return chosen;
}

Status
TriageService::Impl::refreshSla(TriageConversation &c, const QList<StoredSlaEvent> &newEvents, bool isNew, qint64 nowMs)
{
    QList<StoredSlaEvent> all;
    if (!isNew) {
        auto old = sla.events(c.id);
        if (!old)
            return old.error();
        all = std::move(old).value();
    }
    qint64 watermark = all.isEmpty() ? 0 : all.constLast().event.at;
    for (const StoredSlaEvent &e : newEvents)
        watermark = std::min(watermark == 0 ? e.event.at : watermark, e.event.at);
    if (auto s = sla.appendEvents(c.id, newEvents); !s)
        return s;
    all += newEvents;
    std::stable_sort(all.begin(), all.end(), [](const StoredSlaEvent &a, const StoredSlaEvent &b) {
        return a.event.at < b.event.at;
    });
    QList<SlaEvent> events;
    events.reserve(all.size());
    for (const StoredSlaEvent &e : std::as_const(all))
        events << e.event;

    qint64 dueAt = 0;
    QList<ReportingEventRow> rows;
    for (const SlaPolicy &policy : policiesFor(c)) {
        SlaClock clock(policy);
        clock.setReportingCalendar(reportingCalendar);
        // Response and resolution metrics are written once per conversation, by the company clock.
        clock.setMetricEventsEnabled(policy.kind == SlaPolicy::Kind::Company);
        clock.applyAll(events);
        // Deadlines that passed since the last event are misses now (written once: the dedupe index).
        clock.advanceTo(nowMs);
        const SlaClock::Snapshot snap = clock.snapshot(nowMs);
        for (const SlaTargetStatus &t : snap.targets)
            if (t.isOpen() && t.dueAt > 0 && (t.state == SlaTargetStatus::State::Running || t.isOverdue()))
                dueAt = dueAt == 0 ? t.dueAt : std::min(dueAt, t.dueAt);
        if (auto s = sla.saveInstances(c.id, policy, clock.history(nowMs), nowMs); !s)
            return s;
        const QString key = SlaClockRepository::policyKey(policy);
        for (const SlaReportEvent &e : clock.reportEvents()) {
            if (e.at < watermark)
                continue;
            const auto kind = reportingKind(e.kind);
            if (!kind)
                continue;
            ReportingEventRow r;
            r.kind = *kind;
            r.conversationId = c.id;
            r.channelId = c.channelId;
            r.occurredAt = e.at;
            r.durationMs = e.calendarDurationMs;
            r.businessDurationMs = e.businessDurationMs;
            r.automated = e.automatic;
            r.detail.insert(u"started_at"_s, e.startedAt);
            const bool slaKind = *kind == ReportingEventKind::SlaHit || *kind == ReportingEventKind::SlaMiss;
            if (slaKind) {
                r.policy = key;
                r.target = e.target ? slaTargetToString(*e.target) : QString();
                r.detail.insert(u"policy_id"_s, policy.id);
                r.detail.insert(u"policy_name"_s, policy.name);
                r.detail.insert(u"policy_kind"_s, SlaPolicy::kindToString(policy.kind));
            } else {
                for (const StoredSlaEvent &s : std::as_const(all)) {
                    if (s.event.at != e.at)
                        continue;
                    const bool response =
                        s.event.kind == SlaEvent::Kind::AgentReply || s.event.kind == SlaEvent::Kind::AutoReply;
                    const bool status =
                        s.event.kind == SlaEvent::Kind::Resolved || s.event.kind == SlaEvent::Kind::Reopened;
                    const bool wantResponse =
                        *kind == ReportingEventKind::FirstResponse || *kind == ReportingEventKind::Reply;
                    if ((wantResponse && response) || (!wantResponse && status)) {
                        r.messageId = wantResponse ? s.messageId : 0;
                        r.agentId = s.agentId;
                        break;
                    }
                }
            }
            rows << r;
        }
    }
    if (auto s = reports.add(rows); !s)
        return s;
    return storeSlaAndPriority(c, dueAt, nowMs);
}

Status TriageService::Impl::storeSlaAndPriority(TriageConversation &c, qint64 dueAt, qint64 nowMs)
{
    RuleContext &x = c.context;
    x.nowMs = nowMs;
    if (dueAt > 0 && x.status != ConversationStatus::Resolved)
        x.slaMsLeft = dueAt - nowMs;
    else
        x.slaMsLeft.reset();
    const PriorityScore score = scorer.score(x);
    QSqlQuery q(db.connection());
    q.prepare(u"UPDATE conversations SET sla_due_at = ?, priority_score = ?, priority_reason = ? WHERE id = ?"_s);
    q.addBindValue(dueAt);
    q.addBindValue(score.score);
    q.addBindValue(score.explanation().join(u"; "_s));
    q.addBindValue(c.id);
    if (!q.exec())
        return databaseError(q, u"priority"_s);
    return {};
}

Status TriageService::onIngested(const IngestedBatch &batch)
{
    if (auto s = d->ensureLoaded(m_rules); !s)
        return s;
    d->applier.startBatch();
    const qint64 now = batch.nowMs > 0 ? batch.nowMs : d->clock.nowMs();

    // Group by conversation, keeping batch order.
    QList<qint64> order;
    QHash<qint64, QList<const IngestedMessage *>> byConversation;
    for (const IngestedMessage &m : batch.messages) {
        auto &list = byConversation[m.conversationId];
        if (list.isEmpty())
            order << m.conversationId;
        list << &m;
    }

    for (qint64 conversationId : std::as_const(order)) {
        const auto &messages = byConversation[conversationId];
        auto loaded = d->load(conversationId, now);
        if (!loaded)
            return loaded.error();
        TriageConversation c = std::move(loaded).value();

        bool isNew = false;
        const IngestedMessage *lastInbound = nullptr;
        const IngestedMessage *lastOutbound = nullptr;
        QString importedStatus;
        qint64 importedStatusAt = 0;
        QList<StoredSlaEvent> events;
        for (const IngestedMessage *m : messages) {
            isNew = isNew || m->newConversation;
            if (m->inbound) {
                lastInbound = m;
                events << StoredSlaEvent{{SlaEvent::Kind::BuyerMessage, m->sentAt}, m->messageId, 0};
            } else {
                lastOutbound = m;
                events << StoredSlaEvent{
                    {m->automated ? SlaEvent::Kind::AutoReply : SlaEvent::Kind::AgentReply, m->sentAt},
                    m->messageId,
                    m->agentId};
            }
            if (!m->status.isEmpty()) {
                importedStatus = m->status;
                importedStatusAt = m->sentAt;
            }
        }
        // An import that says the conversation ended pending or resolved: the clocks see it happen then.
        if (importedStatus == "pending"_L1 || importedStatus == "resolved"_L1) {
            QList<StoredSlaEvent> before;
            if (!isNew) {
                auto old = d->sla.events(conversationId);
                if (!old)
                    return old.error();
                before = old.value();
            }
            if (slaStatus(before + events) != importedStatus)
                events << StoredSlaEvent{
                    {importedStatus == "resolved"_L1 ? SlaEvent::Kind::Resolved : SlaEvent::Kind::StatusPending,
                     importedStatusAt}};
        }
        if (lastInbound && c.noResponseNeeded) {
            // A new buyer message needs an answer again.
            QSqlQuery q(d->db.connection());
            q.prepare(u"UPDATE conversations SET no_response_needed = 0 WHERE id = ?"_s);
            q.addBindValue(conversationId);
            if (!q.exec())
                return databaseError(q, u"no response needed"_s);
            c.noResponseNeeded = false;
        }

        // Rules: one run per event kind per conversation and batch, on the latest message of that kind.
        const bool allowReplies = lastInbound && now - lastInbound->sentAt <= kDayMs;
        if (isNew) {
            if (lastInbound) {
                c.context.text = lastInbound->text;
                c.context.direction = MessageDirection::Inbound;
            }
            if (auto s = d->runRules(RuleEvent::ConversationCreated, c, now, allowReplies, events); !s)
                return s;
        }
        if (lastInbound) {
            c.context.text = lastInbound->text;
            c.context.direction = MessageDirection::Inbound;
            if (auto s = d->runRules(RuleEvent::MessageReceived, c, now, allowReplies, events); !s)
                return s;
        }
        if (lastOutbound) {
            c.context.text = lastOutbound->text;
            c.context.direction = MessageDirection::Outbound;
            if (auto s = d->runRules(RuleEvent::MessageSent, c, now, false, events); !s)
                return s;
        }
        if (auto s = d->refreshSla(c, events, isNew, now); !s)
            return s;
    }
    return {};
}

Status
TriageService::onReplyQueued(qint64 conversationId, qint64 messageId, qint64 agentId, qint64 atMs, bool automated)
{
    if (auto s = d->ensureLoaded(m_rules); !s)
        return s;
    d->applier.startBatch();
    auto loaded = d->load(conversationId, atMs);
    if (!loaded)
        return loaded.error();
    TriageConversation c = std::move(loaded).value();
    QList<StoredSlaEvent> events{
        {{automated ? SlaEvent::Kind::AutoReply : SlaEvent::Kind::AgentReply, atMs}, messageId, agentId}};
    c.context.direction = MessageDirection::Outbound;
    if (auto s = d->runRules(RuleEvent::MessageSent, c, atMs, false, events); !s)
        return s;
    return d->refreshSla(c, events, false, atMs);
}

Status
TriageService::onStatusChanged(qint64 conversationId, ConversationStatus from, ConversationStatus to, qint64 agentId)
{
    if (from == to)
        return {};
    if (auto s = d->ensureLoaded(m_rules); !s)
        return s;
    d->applier.startBatch();
    const qint64 now = d->clock.nowMs();
    auto loaded = d->load(conversationId, now);
    if (!loaded)
        return loaded.error();
    TriageConversation c = std::move(loaded).value();
    SlaEvent::Kind kind = SlaEvent::Kind::StatusOpen;
    if (to == ConversationStatus::Pending)
        kind = SlaEvent::Kind::StatusPending;
    else if (to == ConversationStatus::Resolved)
        kind = SlaEvent::Kind::Resolved;
    else if (from == ConversationStatus::Resolved)
        kind = SlaEvent::Kind::Reopened;
    QList<StoredSlaEvent> events{{{kind, now}, 0, agentId}};
    QSqlQuery q(d->db.connection());
    q.prepare(u"UPDATE conversations SET resolved_at = CASE WHEN ? = 1 THEN ? ELSE resolved_at END,"
              " snoozed_until = 0 WHERE id = ?"_s);
    q.addBindValue(to == ConversationStatus::Resolved ? 1 : 0);
    q.addBindValue(now);
    q.addBindValue(conversationId);
    if (!q.exec())
        return databaseError(q, u"status"_s);
    if (auto s = d->runRules(RuleEvent::StatusChanged, c, now, false, events); !s)
        return s;
    return d->refreshSla(c, events, false, now);
}

Status TriageService::onSlaAlert(qint64 conversationId, RuleEvent event)
{
    if (auto s = d->ensureLoaded(m_rules); !s)
        return s;
    const qint64 now = d->clock.nowMs();
    QSqlDatabase db = d->db.connection();
    Transaction tx(db);
    auto loaded = d->load(conversationId, now);
    if (!loaded)
        return loaded.error();
    TriageConversation c = std::move(loaded).value();
    QList<StoredSlaEvent> events;
    d->applier.startBatch();
    if (auto s = d->runRules(event, c, now, true, events); !s)
        return s;
    if (auto s = d->refreshSla(c, events, false, now); !s)
        return s;
    return tx.commit();
}

Status TriageService::markNoResponseNeeded(qint64 conversationId, qint64 agentId)
{
    if (auto s = d->ensureLoaded(m_rules); !s)
        return s;
    const qint64 now = d->clock.nowMs();
    QSqlDatabase db = d->db.connection();
    Transaction tx(db);
    auto loaded = d->load(conversationId, now);
    if (!loaded)
        return loaded.error();
    TriageConversation c = std::move(loaded).value();
    if (c.noResponseNeeded)
        return {};
    QSqlQuery q(db);
    q.prepare(u"UPDATE conversations SET no_response_needed = 1, unread_count = 0, updated_at = ?,"
              " version = version + 1 WHERE id = ?"_s);
    q.addBindValue(now);
    q.addBindValue(conversationId);
    if (!q.exec())
        return databaseError(q, u"no response needed"_s);
    c.noResponseNeeded = true;
    d->applier.startBatch();
    const QList<StoredSlaEvent> events{{{SlaEvent::Kind::NoResponseNeeded, now}, 0, agentId}};
    if (auto s = d->refreshSla(c, events, false, now); !s)
        return s;
    return tx.commit();
}

} // namespace hd
