// TriageService: the queries the UI and the CLI use, corrections, rules CRUD and the dry run.
#include "core/storage/Database.h"
#include "core/workflow/sla/ResponseRate.h"
#include "core/workflow/triage/CorrectionStore.h"
#include "core/workflow/triage/SlaClockRepository.h"
#include "core/workflow/triage/TriageConversation.h"
#include "core/workflow/triage/TriageService.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
// A dry run looks at this many events at most (newest first), so it stays interactive on big workspaces.
constexpr int kDryRunMaxSnapshots = 50000;

} // namespace

Result<QList<RuleFiringRecord>> TriageService::ruleFirings(qint64 conversationId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, conversation_id, rule_id, rule_name, event, explanation, actions_json, fired_at"
              " FROM rule_firings WHERE conversation_id = ? ORDER BY fired_at, id"_s);
    q.addBindValue(conversationId);
    if (!q.exec())
        return databaseError(q, u"rule firings"_s);
    QList<RuleFiringRecord> out;
    while (q.next()) {
        RuleFiringRecord r;
        r.id = q.value(0).toLongLong();
        r.conversationId = q.value(1).toLongLong();
        r.ruleId = q.value(2).toLongLong();
        r.ruleName = q.value(3).toString();
        r.event = q.value(4).toString();
        r.explanation = q.value(5).toString();
        for (const QJsonValue &v : QJsonDocument::fromJson(q.value(6).toString().toUtf8()).array())
            r.actions << v.toString();
        r.firedAt = q.value(7).toLongLong();
        out << r;
    }
    return out;
}

Result<QList<AssignmentRecord>> TriageService::assignments(qint64 conversationId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT s.id, s.conversation_id, s.agent_id, COALESCE(a.name, ''), s.strategy, s.reason, s.assigned_at"
              " FROM assignments s LEFT JOIN agents a ON a.id = s.agent_id WHERE s.conversation_id = ?"
              " ORDER BY s.assigned_at, s.id"_s);
    q.addBindValue(conversationId);
    if (!q.exec())
        return databaseError(q, u"assignments"_s);
    QList<AssignmentRecord> out;
    while (q.next())
        out << AssignmentRecord{q.value(0).toLongLong(),
                                q.value(1).toLongLong(),
                                q.value(2).toLongLong(),
                                q.value(3).toString(),
                                q.value(4).toString(),
                                q.value(5).toString(),
                                q.value(6).toLongLong()};
    return out;
}

Result<QList<SlaClockRecord>> TriageService::slaClocks(qint64 conversationId) const
{
    return slaClockRepository().forConversation(conversationId);
}

Result<QList<SlaClockRecord>> TriageService::atRisk(double hours, int limit) const
{
    if (hours < 0)
        return Error::make(Error::Code::InvalidArgument,
                           QCoreApplication::translate("hd::TriageService", "The number of hours cannot be negative."));
    const qint64 until = m_clock.nowMs() + qint64(hours * 3'600'000.0);
    return slaClockRepository().dueBefore(until, limit);
}

Result<QList<ResponseRateRecord>> TriageService::responseRates(qint64 horizonMs) const
{
    const qint64 now = m_clock.nowMs();
    QSqlDatabase db = m_db.connection();
    QSqlQuery channels(db);
    channels.setForwardOnly(true);
    if (!channels.exec(u"SELECT id, kind, name, marketplace FROM channels WHERE enabled = 1 ORDER BY id"_s))
        return databaseError(channels, u"response rates"_s);
    QList<ResponseRateRecord> out;
    while (channels.next()) {
        ResponseRateRecord r;
        r.channelId = channels.value(0).toLongLong();
        r.channelKind = channelKindFromString(channels.value(1).toString());
        r.channelName = channels.value(2).toString();
        r.marketplace = channels.value(3).toString();
        const auto rule = ResponseRate::ruleFor(r.channelKind);
        if (!rule)
            continue;
        r.rule = *rule;
        // Samples received in the period, plus what answered them (up to now).
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(u"SELECT e.conversation_id, e.kind, e.at FROM sla_events e JOIN conversations c"
                  " ON c.id = e.conversation_id WHERE c.channel_id = ? AND e.at >= ?"
                  " AND e.kind IN ('buyer_message', 'agent_reply', 'auto_reply', 'no_response_needed')"
                  " ORDER BY e.conversation_id, e.at, e.id"_s);
        q.addBindValue(r.channelId);
        q.addBindValue(now - rule->periodMs - rule->deadlineMs);
        if (!q.exec())
            return databaseError(q, u"response rates"_s);
        QList<ResponseRate::Thread> threads;
        while (q.next()) {
            const QString id = q.value(0).toString();
            if (threads.isEmpty() || threads.constLast().id != id)
                threads << ResponseRate::Thread{id, {}, false};
            threads.last().events << SlaEvent{SlaEvent::kindFromString(q.value(1).toString()), q.value(2).toLongLong()};
        }
        r.report = ResponseRate::compute(threads, *rule, now, horizonMs);
        out << r;
    }
    return out;
}

Result<CorrectionRecord>
TriageService::correct(qint64 messageId, const QString &field, const QString &value, qint64 agentId)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    auto r = corrections().add(messageId, field, value, agentId, m_clock.nowMs());
    if (!r)
        return r;
    if (auto s = tx.commit(); !s)
        return s.error();
    return r;
}

Result<qint64> TriageService::addRule(const Rule &rule)
{
    auto id = m_rules.add(rule);
    reload();
    return id;
}

Status TriageService::updateRule(const Rule &rule)
{
    auto s = m_rules.update(rule);
    reload();
    return s;
}

Status TriageService::removeRule(qint64 id)
{
    auto s = m_rules.remove(id);
    reload();
    return s;
}

Status TriageService::setRuleEnabled(qint64 id, bool enabled)
{
    auto s = m_rules.setEnabled(id, enabled);
    reload();
    return s;
}

Result<RuleDryRunResult> TriageService::dryRun(const Rule &rule, int days) const
{
    if (days <= 0)
        return Error::make(Error::Code::InvalidArgument,
                           QCoreApplication::translate("hd::TriageService", "The period must be at least one day."));
    if (auto s = rule.condition.validate(); !s)
        return s.error();
    const qint64 now = m_clock.nowMs();
    const qint64 since = now - qint64(days) * kDayMs;
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // One snapshot per occurrence of the rule's event in the period: the message (or the conversation's
    // start, or the status change) with what the conversation looked like then, as far as stored.
    QString sql;
    switch (rule.event) {
    case RuleEvent::ConversationCreated:
        sql = u"SELECT c.id, c.created_at, COALESCE((SELECT m.body_text FROM messages m WHERE m.conversation_id = c.id"
              " AND m.direction = 'inbound' ORDER BY m.sent_at, m.id LIMIT 1), ''), c.intent, c.sentiment, c.language,"
              " 'inbound' FROM conversations c WHERE c.created_at >= ? ORDER BY c.created_at DESC LIMIT ?"_s;
        break;
    case RuleEvent::MessageReceived:
    case RuleEvent::MessageSent:
        sql = u"SELECT m.conversation_id, m.sent_at, m.body_text, m.intent, m.sentiment, m.language, m.direction"
              " FROM messages m WHERE m.direction = '%1' AND m.sent_at >= ? ORDER BY m.sent_at DESC LIMIT ?"_s.arg(
                  rule.event == RuleEvent::MessageReceived ? u"inbound"_s : u"outbound"_s);
        break;
    case RuleEvent::StatusChanged:
        sql = u"SELECT e.conversation_id, e.at, '', '', '', '', 'inbound' FROM sla_events e WHERE e.kind IN"
              " ('status_pending', 'status_open', 'resolved', 'reopened') AND e.at >= ? ORDER BY e.at DESC LIMIT ?"_s;
        break;
    default:
        // SLA, order and schedule events: every conversation active in the period, as it is now.
        sql = u"SELECT c.id, c.last_message_at, c.snippet, '', '', '', 'inbound' FROM conversations c"
              " WHERE c.last_message_at >= ? ORDER BY c.last_message_at DESC LIMIT ?"_s;
        break;
    }
    q.prepare(sql);
    q.addBindValue(since);
    q.addBindValue(kDryRunMaxSnapshots);
    if (!q.exec())
        return databaseError(q, u"dry run"_s);
    struct Row
    {
        qint64 conversationId;
        qint64 at;
        QString text, intent, sentiment, language, direction;
    };
    QList<Row> rows;
    while (q.next())
        rows << Row{q.value(0).toLongLong(),
                    q.value(1).toLongLong(),
                    q.value(2).toString(),
                    q.value(3).toString(),
                    q.value(4).toString(),
                    q.value(5).toString(),
                    q.value(6).toString()};
    q.finish();

    QHash<qint64, RuleContext> base;
    QList<RuleContext> snapshots;
    snapshots.reserve(rows.size());
    // Oldest first, so a conversation counts with its first matching occurrence.
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        auto found = base.constFind(it->conversationId);
        if (found == base.constEnd()) {
            auto c = triageConversation(it->conversationId, now);
            if (!c)
                continue;
            found = base.insert(it->conversationId, c->context);
        }
        RuleContext ctx = *found;
        ctx.nowMs = it->at;
        if (!it->text.isEmpty())
            ctx.text = it->text;
        if (!it->intent.isEmpty())
            ctx.intent = it->intent;
        if (!it->sentiment.isEmpty())
            ctx.sentiment = it->sentiment;
        if (!it->language.isEmpty())
            ctx.language = it->language;
        ctx.direction = it->direction == "outbound"_L1 ? MessageDirection::Outbound : MessageDirection::Inbound;
        if (ctx.slaMsLeft)
            ctx.slaMsLeft = *ctx.slaMsLeft + (now - it->at);
        snapshots << ctx;
    }
    return RuleDryRun::run(rule, snapshots);
}

} // namespace hd
