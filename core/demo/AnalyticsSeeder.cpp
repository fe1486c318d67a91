#include "core/demo/AnalyticsSeeder.h"

#include "core/storage/Database.h"

#include <QSqlQuery>

namespace hd {
using namespace Qt::StringLiterals;

Result<AnalyticsSeeder::Report> AnalyticsSeeder::seed(const Database &db, qint64 nowMs)
{
    QSqlDatabase conn = db.connection();
    Transaction tx(conn);
    QSqlQuery q(conn);
    Report report;
    // Pseudo-random but stable per id: multiplicative hashing modulo 100 (fits 64-bit for any real id).
    const QString sentAt = u"(CASE WHEN c.resolved_at > 0 THEN c.resolved_at ELSE c.last_message_at END + 3600000)"_s;
    const QString roll = u"((c.id * 40503) % 100)"_s;
    const QString score = u"CASE WHEN c.sentiment = 'negative' THEN (CASE WHEN "_s + roll + u" < 25 THEN 5 WHEN "_s
        + roll + u" < 45 THEN 4 WHEN "_s + roll + u" < 65 THEN 3 WHEN "_s + roll
        + u" < 80 THEN 2 ELSE 1 END) ELSE (CASE WHEN "_s + roll + u" < 50 THEN 5 WHEN "_s + roll
        + u" < 74 THEN 4 WHEN "_s + roll + u" < 86 THEN 3 WHEN "_s + roll + u" < 93 THEN 2 ELSE 1 END) END"_s;
    const QString delay = u"(((c.id * 31) % 48 + 1) * 3600000)"_s;
    const QString answered = u"((c.id * 7919) % 100 < 55 AND "_s + sentAt + u" + "_s + delay + u" <= ?)"_s;
    q.prepare(u"INSERT INTO csat_responses(conversation_id, agent_id, score, comment, sent_at, answered_at)"
              " SELECT c.id, COALESCE(c.assignee_id, 0), CASE WHEN "_s
              + answered + u" THEN "_s + score + u" ELSE 0 END, '', "_s + sentAt + u", CASE WHEN "_s + answered
              + u" THEN "_s + sentAt + u" + "_s + delay
              + u" ELSE 0 END FROM conversations c WHERE c.status = 'resolved'"
                " AND (c.id * 2654435761) % 100 < 70 AND "_s
              + sentAt + u" <= ? AND NOT EXISTS (SELECT 1 FROM csat_responses r WHERE r.conversation_id = c.id)"_s);
    q.addBindValue(sqlValue(nowMs));
    q.addBindValue(sqlValue(nowMs));
    q.addBindValue(sqlValue(nowMs));
    if (!q.exec())
        return databaseError(q, u"seed csat"_s);
    report.surveys = q.numRowsAffected();

    const QString duration = u"((60 + (m.id * 2654435761) % 420) * 1000)"_s;
    const QString agent = u"COALESCE(m.author_agent_id, c.assignee_id)"_s;
    q.prepare(
        u"INSERT INTO focus_sessions(agent_id, conversation_id, started_at, duration_ms)"
        " SELECT "_s
        + agent + u", m.conversation_id, m.sent_at - "_s + duration + u", "_s + duration
        + u" FROM messages m JOIN conversations c ON c.id = m.conversation_id"
          " WHERE m.direction = 'outbound' AND m.automated = 0 AND "_s
        + agent
        + u" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM focus_sessions f WHERE f.conversation_id = m.conversation_id"
          " AND f.started_at = m.sent_at - "_s
        + duration + u")"_s);
    if (!q.exec())
        return databaseError(q, u"seed focus sessions"_s);
    report.focusSessions = q.numRowsAffected();
    if (auto s = tx.commit(); !s)
        return s.error();
    return report;
}

} // namespace hd
