#include "core/workflow/triage/ReportingEventRepository.h"

#include "core/storage/Database.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace hd {
using namespace Qt::StringLiterals;

Status ReportingEventRepository::add(const ReportingEventRow &row) const
{
    return add(QList<ReportingEventRow>{row});
}

Status ReportingEventRepository::add(const QList<ReportingEventRow> &rows) const
{
    if (rows.isEmpty())
        return {};
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO reporting_events(kind, conversation_id, message_id, channel_id, agent_id, target, policy,"
              " occurred_at, duration_ms, business_duration_ms, automated, detail_json)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"_s);
    for (const ReportingEventRow &r : rows) {
        q.addBindValue(reportingEventKindToString(r.kind));
        q.addBindValue(r.conversationId);
        q.addBindValue(r.messageId);
        q.addBindValue(r.channelId);
        q.addBindValue(r.agentId);
        q.addBindValue(sqlValue(r.target));
        q.addBindValue(sqlValue(r.policy));
        q.addBindValue(r.occurredAt);
        q.addBindValue(r.durationMs);
        q.addBindValue(r.businessDurationMs);
        q.addBindValue(r.automated ? 1 : 0);
        q.addBindValue(QString::fromUtf8(QJsonDocument(r.detail).toJson(QJsonDocument::Compact)));
        if (!q.exec())
            return databaseError(q, u"reporting event"_s);
    }
    return {};
}

Result<QList<ReportingEventRow>> ReportingEventRepository::forConversation(qint64 conversationId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT kind, conversation_id, message_id, channel_id, agent_id, target, policy, occurred_at, duration_ms,"
        " business_duration_ms, automated, detail_json FROM reporting_events WHERE conversation_id = ?"
        " ORDER BY occurred_at, id"_s);
    q.addBindValue(conversationId);
    if (!q.exec())
        return databaseError(q, u"reporting events"_s);
    QList<ReportingEventRow> out;
    while (q.next()) {
        ReportingEventRow r;
        r.kind = reportingEventKindFromString(q.value(0).toString());
        r.conversationId = q.value(1).toLongLong();
        r.messageId = q.value(2).toLongLong();
        r.channelId = q.value(3).toLongLong();
        r.agentId = q.value(4).toLongLong();
        r.target = q.value(5).toString();
        r.policy = q.value(6).toString();
        r.occurredAt = q.value(7).toLongLong();
        r.durationMs = q.value(8).toLongLong();
        r.businessDurationMs = q.value(9).toLongLong();
        r.automated = q.value(10).toInt() != 0;
        r.detail = QJsonDocument::fromJson(q.value(11).toString().toUtf8()).object();
        out << r;
    }
    return out;
}

} // namespace hd
