#include "core/workflow/triage/SlaClockRepository.h"

#include "core/common/Log.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

constexpr auto kClockColumns = "k.id, k.conversation_id, k.policy, k.policy_name, k.policy_kind, k.target, k.state,"
                               " k.business, k.started_at, k.due_at, k.warning_at, k.stopped_at, k.target_ms, k.warned,"
                               " k.breached";

SlaClockRecord readClock(const QSqlQuery &q)
{
    SlaClockRecord r;
    r.id = q.value(0).toLongLong();
    r.conversationId = q.value(1).toLongLong();
    r.policy = q.value(2).toString();
    r.policyName = q.value(3).toString();
    r.policyKind = SlaPolicy::kindFromString(q.value(4).toString());
    r.target = slaTargetFromString(q.value(5).toString());
    r.state = SlaTargetStatus::stateFromString(q.value(6).toString());
    r.business = q.value(7).toInt() != 0;
    r.startedAt = q.value(8).toLongLong();
    r.dueAt = q.value(9).toLongLong();
    r.warningAt = q.value(10).toLongLong();
    r.completedAt = q.value(11).toLongLong();
    r.targetMs = q.value(12).toLongLong();
    r.warned = q.value(13).toInt() != 0;
    r.breached = q.value(14).toInt() != 0;
    return r;
}

} // namespace

QString SlaClockRepository::policyKey(const SlaPolicy &policy)
{
    if (!policy.presetId.isEmpty())
        return policy.presetId;
    return policy.id > 0 ? u"company:%1"_s.arg(policy.id) : u"company:default"_s;
}

SlaPolicy SlaClockRepository::companyDefault()
{
    SlaPolicy p;
    p.name = QCoreApplication::translate("hd::SlaClockRepository", "Company default");
    p.kind = SlaPolicy::Kind::Company;
    p.firstResponseMinutes = 24 * 60;
    p.nextResponseMinutes = 24 * 60;
    p.basis = SlaPolicy::TimeBasis::Calendar;
    p.autoRepliesCount = false;
    return p;
}

Result<QList<SlaPolicy>> SlaClockRepository::policies() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, name, scope_json, first_response_minutes, next_response_minutes, resolution_minutes,"
                " calendar_json, enabled FROM sla_policies ORDER BY id"_s))
        return databaseError(q, u"sla policies"_s);
    QList<SlaPolicy> out;
    while (q.next()) {
        auto p = SlaPolicy::fromColumns(q.value(0).toLongLong(),
                                        q.value(1).toString(),
                                        q.value(2).toString(),
                                        q.value(3).toInt(),
                                        q.value(4).toInt(),
                                        q.value(5).toInt(),
                                        q.value(6).toString(),
                                        q.value(7).toInt() != 0);
        if (!p) {
            log::warn("workflow.sla", u"SLA policy #%1 skipped: %2"_s.arg(q.value(0).toString(), p.error().detail));
            continue;
        }
        out << p.value();
    }
    return out;
}

Result<QList<StoredSlaEvent>> SlaClockRepository::events(qint64 conversationId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT kind, at, message_id, agent_id FROM sla_events WHERE conversation_id = ? ORDER BY at, id"_s);
    q.addBindValue(conversationId);
    if (!q.exec())
        return databaseError(q, u"sla events"_s);
    QList<StoredSlaEvent> out;
    while (q.next()) {
        bool ok = false;
        StoredSlaEvent e;
        e.event.kind = SlaEvent::kindFromString(q.value(0).toString(), &ok);
        if (!ok)
            continue;
        e.event.at = q.value(1).toLongLong();
        e.messageId = q.value(2).toLongLong();
        e.agentId = q.value(3).toLongLong();
        out << e;
    }
    return out;
}

Status SlaClockRepository::appendEvents(qint64 conversationId, const QList<StoredSlaEvent> &events) const
{
    if (events.isEmpty())
        return {};
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO sla_events(conversation_id, kind, at, message_id, agent_id) VALUES (?, ?, ?, ?, ?)"_s);
    for (const StoredSlaEvent &e : events) {
        q.addBindValue(conversationId);
        q.addBindValue(SlaEvent::kindToString(e.event.kind));
        q.addBindValue(e.event.at);
        q.addBindValue(e.messageId);
        q.addBindValue(e.agentId);
        if (!q.exec())
            return databaseError(q, u"sla event"_s);
    }
    return {};
}

Status SlaClockRepository::saveInstances(qint64 conversationId,
                                         const SlaPolicy &policy,
                                         const QList<SlaTargetStatus> &instances,
                                         qint64 nowMs) const
{
    if (instances.isEmpty())
        return {};
    const SqlDialect &d = m_db.dialect();
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO sla_clocks(conversation_id, policy, policy_id, policy_name, policy_kind, target, business,"
              " started_at, due_at, warning_at, stopped_at, target_ms, state, breached, updated_at)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
              " ON CONFLICT(conversation_id, policy, target, started_at) DO UPDATE SET due_at = excluded.due_at,"
              " warning_at = excluded.warning_at, stopped_at = excluded.stopped_at, target_ms = excluded.target_ms,"
              " state = excluded.state, breached = "_s
              + d.greatest(u"sla_clocks.breached"_s, u"excluded.breached"_s)
              + u", policy_name = excluded.policy_name, updated_at = excluded.updated_at"_s);
    const QString key = policyKey(policy);
    const bool business = policy.basis == SlaPolicy::TimeBasis::Business;
    for (const SlaTargetStatus &t : instances) {
        q.addBindValue(conversationId);
        q.addBindValue(key);
        q.addBindValue(policy.id);
        q.addBindValue(sqlValue(policy.name));
        q.addBindValue(SlaPolicy::kindToString(policy.kind));
        q.addBindValue(slaTargetToString(t.target));
        q.addBindValue(business ? 1 : 0);
        q.addBindValue(t.startedAt);
        q.addBindValue(t.dueAt);
        q.addBindValue(t.warningAt);
        q.addBindValue(t.completedAt);
        q.addBindValue(t.targetMs);
        q.addBindValue(SlaTargetStatus::stateToString(t.state));
        q.addBindValue(t.state == SlaTargetStatus::State::Breached ? 1 : 0);
        q.addBindValue(nowMs);
        if (!q.exec())
            return databaseError(q, u"sla clock"_s);
    }
    return {};
}

Result<QList<SlaClockRecord>> SlaClockRepository::forConversation(qint64 conversationId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + QLatin1StringView(kClockColumns)
              + u" FROM sla_clocks k WHERE k.conversation_id = ? ORDER BY k.started_at, k.id"_s);
    q.addBindValue(conversationId);
    if (!q.exec())
        return databaseError(q, u"sla clocks"_s);
    QList<SlaClockRecord> out;
    while (q.next())
        out << readClock(q);
    return out;
}

Result<QList<SlaClockRecord>> SlaClockRepository::dueBefore(qint64 untilMs, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Uses sla_clocks_due (state, due_at): only running and overdue targets are read.
    q.prepare(u"SELECT "_s + QLatin1StringView(kClockColumns)
              + u", c.subject, cu.display_name, c.channel_id, ch.kind, COALESCE(c.assignee_id, 0)"
                " FROM sla_clocks k JOIN conversations c ON c.id = k.conversation_id"
                " JOIN customers cu ON cu.id = c.customer_id JOIN channels ch ON ch.id = c.channel_id"
                " WHERE k.state IN ('running', 'breached') AND k.stopped_at = 0 AND k.due_at > 0 AND k.due_at <= ?"
                " ORDER BY k.due_at, k.id LIMIT ?"_s);
    q.addBindValue(untilMs);
    q.addBindValue(limit);
    if (!q.exec())
        return databaseError(q, u"sla at risk"_s);
    QList<SlaClockRecord> out;
    while (q.next()) {
        SlaClockRecord r = readClock(q);
        r.subject = q.value(15).toString();
        r.customerName = q.value(16).toString();
        r.channelId = q.value(17).toLongLong();
        r.channelKind = channelKindFromString(q.value(18).toString());
        r.assigneeId = q.value(19).toLongLong();
        out << r;
    }
    return out;
}

Status SlaClockRepository::markWarned(qint64 clockId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE sla_clocks SET warned = 1 WHERE id = ?"_s);
    q.addBindValue(clockId);
    if (!q.exec())
        return databaseError(q, u"sla warned"_s);
    return {};
}

Status SlaClockRepository::markBreached(qint64 clockId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE sla_clocks SET breached = 1, state = 'breached' WHERE id = ?"_s);
    q.addBindValue(clockId);
    if (!q.exec())
        return databaseError(q, u"sla breached"_s);
    return {};
}

} // namespace hd
