#include "core/analytics/AnalyticsRepository.h"

#include "core/domain/Agent.h"
#include "core/storage/Database.h"
#include "core/workflow/sla/SlaPolicy.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

constexpr int kCancelCheckRows = 4096;

bool exec(QSqlQuery &q, const QString &sql, const QVariantList &binds)
{
    if (!q.prepare(sql))
        return false;
    for (const QVariant &v : binds)
        q.addBindValue(sqlValue(v));
    return q.exec();
}

Error cancelled()
{
    return Error::make(Error::Code::Conflict,
                       QCoreApplication::translate("hd::AnalyticsRepository", "Cancelled."),
                       u"analytics load cancelled"_s);
}

bool isCancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

AnalyticsData::EventKind eventKind(const QString &s)
{
    using K = AnalyticsData::EventKind;
    if (s == "first_response"_L1)
        return K::FirstResponse;
    if (s == "reply"_L1)
        return K::Reply;
    if (s == "resolution"_L1)
        return K::Resolution;
    if (s == "reopen"_L1)
        return K::Reopen;
    if (s == "sla_hit"_L1)
        return K::SlaHit;
    if (s == "sla_miss"_L1)
        return K::SlaMiss;
    return K::Other;
}

QString likeEscape(QString s)
{
    s.replace(u'\\', u"\\\\"_s);
    s.replace(u'%', u"\\%"_s);
    s.replace(u'_', u"\\_"_s);
    return s;
}

} // namespace

AnalyticsRepository::Clause AnalyticsRepository::conversationFilter(const AnalyticsFilter &f) const
{
    Clause c;
    if (!f.channelIds.isEmpty()) {
        QStringList marks;
        for (qint64 id : f.channelIds) {
            marks << u"?"_s;
            c.binds << id;
        }
        c.sql += u" AND c.channel_id IN ("_s + marks.join(u", "_s) + u")"_s;
    }
    if (!f.channelKind.isEmpty()) {
        c.sql += u" AND c.channel_id IN (SELECT id FROM channels WHERE kind = ?)"_s;
        c.binds << f.channelKind;
    }
    if (f.agentId != 0) {
        c.sql += u" AND c.assignee_id = ?"_s;
        c.binds << f.agentId;
    }
    if (!f.team.isEmpty()) {
        // Teams are stored normalised ("eu,apac", see normalizedTeams()); spaces and case are ignored on
        // both sides too, so rows written before that ("EU, apac") still match.
        c.sql += u" AND c.assignee_id IN (SELECT id FROM agents"
                 " WHERE (',' || LOWER(REPLACE(teams, ' ', '')) || ',') LIKE ? ESCAPE '\\')"_s;
        const QString team = f.team.toLower().remove(u' ');
        c.binds << QString(u"%,"_s + likeEscape(team) + u",%"_s);
    }
    if (!f.tag.isEmpty()) {
        c.sql += u" AND EXISTS (SELECT 1 FROM conversation_tags ct JOIN tags t ON t.id = ct.tag_id"
                 " WHERE ct.conversation_id = c.id AND t.name = ?)"_s;
        c.binds << f.tag;
    }
    if (!f.language.isEmpty()) {
        c.sql += u" AND c.language = ?"_s;
        c.binds << f.language;
    }
    return c;
}

Status AnalyticsRepository::fillScope(const AnalyticsFilter &f) const
{
    QSqlQuery q(m_db.connection());
    const QString create = m_db.dialect().isSqlite()
        ? u"CREATE TEMP TABLE IF NOT EXISTS analytics_scope (id INTEGER PRIMARY KEY)"_s
        : u"CREATE TEMP TABLE IF NOT EXISTS analytics_scope (id BIGINT PRIMARY KEY)"_s;
    if (!q.exec(create) || !q.exec(u"DELETE FROM analytics_scope"_s))
        return databaseError(q, u"analytics scope"_s);
    const Clause filter = conversationFilter(f);
    // Active in the period, or touched by an event, a survey or a focus session in it. One insert
    // per source, duplicates skipped by the key: cheaper than a UNION of ~600k ids on 1M messages.
    QVariantList binds{f.fromMs, f.toMs};
    binds += filter.binds;
    if (!exec(q,
              u"INSERT INTO analytics_scope(id) SELECT c.id FROM conversations c"
              " WHERE c.last_message_at >= ? AND c.created_at < ?"_s
                  + filter.sql + u" ON CONFLICT DO NOTHING"_s,
              binds))
        return databaseError(q, u"analytics scope"_s);
    const struct
    {
        const char16_t *table;
        const char16_t *time;
    } touched[] = {{u"reporting_events", u"occurred_at"},
                   {u"csat_responses", u"sent_at"},
                   {u"focus_sessions", u"started_at"}};
    for (const auto &t : touched) {
        const QString table = QString::fromUtf16(t.table);
        const QString time = QString::fromUtf16(t.time);
        // The conversation filter needs the conversation's columns; without one, the foreign key
        // already guarantees the conversation exists.
        const QString join = filter.sql.isEmpty() ? QString() : u" JOIN conversations c ON c.id = x.conversation_id"_s;
        QVariantList b{f.fromMs, f.toMs};
        b += filter.binds;
        if (!exec(q,
                  u"INSERT INTO analytics_scope(id) SELECT x.conversation_id FROM "_s + table + u" x"_s + join
                      + u" WHERE x."_s + time + u" >= ? AND x."_s + time + u" < ?"_s + filter.sql
                      + u" ON CONFLICT DO NOTHING"_s,
                  b))
            return databaseError(q, u"analytics scope"_s);
    }
    return {};
}

Result<BusinessCalendar> AnalyticsRepository::reportingCalendar() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, name, scope_json, first_response_minutes, next_response_minutes, resolution_minutes,"
                " calendar_json, enabled FROM sla_policies WHERE enabled = 1 ORDER BY id"_s))
        return databaseError(q, u"reporting calendar"_s);
    while (q.next()) {
        auto p = SlaPolicy::fromColumns(q.value(0).toLongLong(),
                                        q.value(1).toString(),
                                        q.value(2).toString(),
                                        q.value(3).toInt(),
                                        q.value(4).toInt(),
                                        q.value(5).toInt(),
                                        q.value(6).toString(),
                                        q.value(7).toBool());
        if (p && p->kind == SlaPolicy::Kind::Company && p->basis == SlaPolicy::TimeBasis::Business)
            return p->calendar;
    }
    return BusinessCalendar::twentyFourSeven();
}

Status AnalyticsRepository::readDirectory(AnalyticsData &data) const
{
    auto calendar = reportingCalendar();
    if (!calendar)
        return calendar.error();
    data.calendar = calendar.value();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, kind, name, marketplace FROM channels ORDER BY id"_s))
        return databaseError(q, u"analytics channels"_s);
    while (q.next())
        data.channels.push_back(
            {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    if (!q.exec(u"SELECT id, name, teams FROM agents ORDER BY id"_s))
        return databaseError(q, u"analytics agents"_s);
    while (q.next())
        data.agents.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return {};
}

Result<AnalyticsData> AnalyticsRepository::load(const AnalyticsFilter &f, const LoadOptions &options) const
{
    if (auto s = f.validate(); !s)
        return s.error();
    AnalyticsData data;
    if (auto s = readDirectory(data); !s)
        return s.error();

    // Backlog: open or pending at the end of the period, whenever created.
    auto backlog = backlogCount(f);
    if (!backlog)
        return backlog.error();
    data.backlog = backlog.value();
    if (isCancelled(options.cancel))
        return cancelled();

    if (auto s = fillScope(f); !s)
        return s.error();
    if (auto s = readRows(u"analytics_scope"_s, f, options, data); !s)
        return s.error();
    return data;
}

Status AnalyticsRepository::storeIds(const QString &table, const QList<qint64> &ids) const
{
    QSqlQuery q(m_db.connection());
    const QString create = u"CREATE TEMP TABLE IF NOT EXISTS "_s + table
        + (m_db.dialect().isSqlite() ? u" (id INTEGER PRIMARY KEY)"_s : u" (id BIGINT PRIMARY KEY)"_s);
    if (!q.exec(create) || !q.exec(u"DELETE FROM "_s + table))
        return databaseError(q, u"analytics ids"_s);
    constexpr qsizetype kChunk = 500; // bind-parameter limits: SQLite 32766, PostgreSQL 65535
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const qsizetype n = std::min(kChunk, ids.size() - start);
        QString sql = u"INSERT INTO "_s + table + u"(id) VALUES "_s;
        QVariantList binds;
        for (qsizetype i = 0; i < n; ++i) {
            sql += i == 0 ? u"(?)"_s : u", (?)"_s;
            binds << ids.at(start + i);
        }
        if (!exec(q, sql + u" ON CONFLICT DO NOTHING"_s, binds))
            return databaseError(q, u"analytics ids"_s);
    }
    return {};
}

Result<AnalyticsData> AnalyticsRepository::loadConversations(const QList<qint64> &ids) const
{
    AnalyticsData data;
    auto calendar = reportingCalendar();
    if (!calendar)
        return calendar.error();
    data.calendar = calendar.value();
    if (auto s = storeIds(u"analytics_ids"_s, ids); !s)
        return s.error();
    LoadOptions options;
    options.surveys = false;
    if (auto s = readRows(u"analytics_ids"_s, AnalyticsFilter{}, options, data); !s)
        return s.error();
    return data;
}

Status AnalyticsRepository::readRows(const QString &scope,
                                     const AnalyticsFilter &f,
                                     const LoadOptions &options,
                                     AnalyticsData &data) const
{
    // Rows of the scope's conversations as `x.conversation_id IN (SELECT id FROM scope)`, not a join
    // from the scope table: SQLite has no statistics for the temporary table and, with a join, walked
    // every message of the workspace probing it (170 ms for 1,000 conversations on 1M messages,
    // 4 ms with IN, which looks each conversation up in the index).
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const QString details = options.details
        ? u", c.subject, COALESCE(cu.display_name, ''), COALESCE(o.external_id, ''), c.tags"_s
        : QString();
    const QString detailJoins = options.details ? u" LEFT JOIN customers cu ON cu.id = c.customer_id"
                                                  " LEFT JOIN orders o ON o.id = c.order_id"_s
                                                : QString();
    if (!q.exec(u"SELECT c.id, c.channel_id, c.created_at, c.last_message_at, c.resolved_at, c.status,"
                " COALESCE(c.assignee_id, 0), c.intent, c.sentiment, c.language"_s
                + details + u" FROM conversations c"_s + detailJoins + u" WHERE c.id IN (SELECT id FROM "_s + scope
                + u") ORDER BY c.id"_s))
        return databaseError(q, u"analytics conversations"_s);
    while (q.next()) {
        AnalyticsData::ConversationRow r;
        r.id = q.value(0).toLongLong();
        r.channelId = q.value(1).toLongLong();
        r.createdAt = q.value(2).toLongLong();
        r.lastMessageAt = q.value(3).toLongLong();
        r.resolvedAt = q.value(4).toLongLong();
        r.status = q.value(5).toString();
        r.assigneeId = q.value(6).toLongLong();
        r.intent = q.value(7).toString();
        r.sentiment = q.value(8).toString();
        r.language = q.value(9).toString();
        if (options.details) {
            r.subject = q.value(10).toString();
            r.buyer = q.value(11).toString();
            r.order = q.value(12).toString();
            r.tags = q.value(13).toString();
        }
        data.conversations.push_back(std::move(r));
        if (data.conversations.size() % kCancelCheckRows == 0 && isCancelled(options.cancel))
            return cancelled();
    }

    if (options.messages) {
        // Directions and delivery as small integers: no string per row.
        if (!q.exec(u"SELECT m.id, m.conversation_id, m.sent_at, COALESCE(m.author_agent_id, 0),"
                    " CASE m.direction WHEN 'inbound' THEN 0 WHEN 'outbound' THEN 1 ELSE 2 END, m.automated,"
                    " CASE WHEN m.status IN ('queued', 'failed') THEN 0 ELSE 1 END"
                    " FROM messages m WHERE m.conversation_id IN (SELECT id FROM "_s
                    + scope + u") ORDER BY m.conversation_id, m.sent_at, m.id"_s))
            return databaseError(q, u"analytics messages"_s);
        data.messages.reserve(data.conversations.size() * 4);
        while (q.next()) {
            AnalyticsData::MessageRow m;
            m.id = q.value(0).toLongLong();
            m.conversationId = q.value(1).toLongLong();
            m.sentAt = q.value(2).toLongLong();
            m.authorAgentId = q.value(3).toLongLong();
            m.direction = AnalyticsData::Direction(q.value(4).toInt());
            m.automated = q.value(5).toInt() != 0;
            m.delivered = q.value(6).toInt() != 0;
            data.messages.push_back(m);
            if (data.messages.size() % kCancelCheckRows == 0 && isCancelled(options.cancel))
                return cancelled();
        }
        // When the conversations were marked "no response needed" (the marketplace response rates
        // drop the samples waiting then, as the Response Rate view does).
        if (!q.exec(u"SELECT e.conversation_id, e.at FROM sla_events e WHERE e.conversation_id IN (SELECT id FROM "_s
                    + scope + u") AND e.kind = 'no_response_needed' ORDER BY e.conversation_id, e.at, e.id"_s))
            return databaseError(q, u"analytics no-response marks"_s);
        while (q.next())
            data.noResponseMarks.push_back({q.value(0).toLongLong(), q.value(1).toLongLong()});
    }

    if (options.events) {
        if (!q.exec(u"SELECT e.conversation_id, e.message_id, e.channel_id, e.agent_id, e.occurred_at, e.duration_ms,"
                    " e.business_duration_ms, e.kind, e.automated, e.target, e.policy"
                    " FROM reporting_events e WHERE e.conversation_id IN (SELECT id FROM "_s
                    + scope + u") ORDER BY e.conversation_id, e.occurred_at, e.id"_s))
            return databaseError(q, u"analytics events"_s);
        while (q.next()) {
            AnalyticsData::EventRow e;
            e.conversationId = q.value(0).toLongLong();
            e.messageId = q.value(1).toLongLong();
            e.channelId = q.value(2).toLongLong();
            e.agentId = q.value(3).toLongLong();
            e.occurredAt = q.value(4).toLongLong();
            e.durationMs = q.value(5).toLongLong();
            e.businessDurationMs = q.value(6).toLongLong();
            e.kind = eventKind(q.value(7).toString());
            e.automated = q.value(8).toInt() != 0;
            e.target = q.value(9).toString();
            e.policy = q.value(10).toString();
            data.events.push_back(std::move(e));
        }
    }
    if (options.surveys) {
        if (!q.exec(u"SELECT r.conversation_id, r.agent_id, r.score, r.sent_at, r.answered_at"
                    " FROM csat_responses r WHERE r.conversation_id IN (SELECT id FROM "_s
                    + scope + u") ORDER BY r.conversation_id, r.sent_at, r.id"_s))
            return databaseError(q, u"analytics csat"_s);
        while (q.next())
            data.csat.push_back({q.value(0).toLongLong(),
                                 q.value(1).toLongLong(),
                                 q.value(2).toInt(),
                                 q.value(3).toLongLong(),
                                 q.value(4).toLongLong()});
        if (!exec(q,
                  u"SELECT f.conversation_id, f.agent_id, f.started_at, f.duration_ms"
                  " FROM focus_sessions f WHERE f.conversation_id IN (SELECT id FROM "_s
                      + scope
                      + u") AND f.started_at >= ? AND f.started_at < ? ORDER BY f.conversation_id, f.started_at"_s,
                  {f.fromMs, f.toMs}))
            return databaseError(q, u"analytics focus"_s);
        while (q.next())
            data.focus.push_back(
                {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong()});
    }
    return {};
}

Result<qint64> AnalyticsRepository::backlogCount(const AnalyticsFilter &f) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const Clause filter = conversationFilter(f);
    QVariantList binds{f.toMs, f.toMs};
    binds += filter.binds;
    if (!exec(q,
              u"SELECT COUNT(*) FROM conversations c WHERE c.created_at < ?"
              " AND (c.status <> 'resolved' OR c.resolved_at >= ?)"_s
                  + filter.sql,
              binds)
        || !q.next())
        return databaseError(q, u"analytics backlog"_s);
    return q.value(0).toLongLong();
}

Result<QList<qint64>> AnalyticsRepository::backlogIds(const AnalyticsFilter &f, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const Clause filter = conversationFilter(f);
    QVariantList binds{f.toMs, f.toMs};
    binds += filter.binds;
    binds << limit;
    if (!exec(
            q,
            u"SELECT c.id FROM conversations c WHERE c.created_at < ? AND (c.status <> 'resolved' OR c.resolved_at >= ?)"_s
                + filter.sql + u" ORDER BY c.last_message_at DESC, c.id DESC LIMIT ?"_s,
            binds))
        return databaseError(q, u"analytics backlog ids"_s);
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

Result<QList<AnalyticsRepository::DrillRow>> AnalyticsRepository::drillRows(const QList<qint64> &ids) const
{
    QHash<qint64, DrillRow> byId;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    constexpr int kChunk = 400; // bind-parameter limits: SQLite 32766, PostgreSQL 65535
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const QList<qint64> chunk = ids.mid(start, kChunk);
        QStringList marks;
        QVariantList binds;
        for (qint64 id : chunk) {
            marks << u"?"_s;
            binds << id;
        }
        if (!exec(q,
                  u"SELECT c.id, c.subject, ch.name, COALESCE(cu.display_name, ''), c.status, COALESCE(a.name, ''),"
                  " c.created_at, c.last_message_at FROM conversations c JOIN channels ch ON ch.id = c.channel_id"
                  " LEFT JOIN customers cu ON cu.id = c.customer_id LEFT JOIN agents a ON a.id = c.assignee_id"
                  " WHERE c.id IN ("_s
                      + marks.join(u", "_s) + u")"_s,
                  binds))
            return databaseError(q, u"analytics drill rows"_s);
        while (q.next()) {
            DrillRow r{q.value(0).toLongLong(),
                       q.value(1).toString(),
                       q.value(2).toString(),
                       q.value(3).toString(),
                       q.value(4).toString(),
                       q.value(5).toString(),
                       q.value(6).toLongLong(),
                       q.value(7).toLongLong()};
            byId.insert(r.id, r);
        }
    }
    QList<DrillRow> out;
    out.reserve(ids.size());
    for (qint64 id : ids)
        if (byId.contains(id))
            out << byId.value(id);
    return out;
}

Status AnalyticsRepository::forEachMessage(const AnalyticsFilter &f,
                                           const std::function<bool(const MessageReportRow &)> &row) const
{
    if (auto s = f.validate(); !s)
        return s;
    if (auto s = fillScope(f); !s)
        return s;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!exec(q,
              u"SELECT m.id, m.conversation_id, ch.name, ch.marketplace, m.direction, m.status, m.automated,"
              " COALESCE(a.name, ''), m.language, m.intent, m.sentiment, m.sent_at, LENGTH(m.body_text)"
              " FROM analytics_scope s JOIN messages m ON m.conversation_id = s.id"
              " JOIN conversations c ON c.id = m.conversation_id JOIN channels ch ON ch.id = c.channel_id"
              " LEFT JOIN agents a ON a.id = m.author_agent_id"
              " WHERE m.sent_at >= ? AND m.sent_at < ? ORDER BY m.sent_at, m.id"_s,
              {f.fromMs, f.toMs}))
        return databaseError(q, u"report messages"_s);
    while (q.next()) {
        MessageReportRow r;
        r.id = q.value(0).toLongLong();
        r.conversationId = q.value(1).toLongLong();
        r.channel = q.value(2).toString();
        r.marketplace = q.value(3).toString();
        r.direction = q.value(4).toString();
        r.status = q.value(5).toString();
        r.automated = q.value(6).toInt() != 0;
        r.author = q.value(7).toString();
        r.language = q.value(8).toString();
        r.intent = q.value(9).toString();
        r.sentiment = q.value(10).toString();
        r.sentAt = q.value(11).toLongLong();
        r.length = q.value(12).toInt();
        if (!row(r))
            break;
    }
    return {};
}

Result<qint64> AnalyticsRepository::messageCount(const AnalyticsFilter &f) const
{
    if (auto s = f.validate(); !s)
        return s.error();
    if (auto s = fillScope(f); !s)
        return s.error();
    QSqlQuery q(m_db.connection());
    if (!exec(q,
              u"SELECT COUNT(*) FROM analytics_scope s JOIN messages m ON m.conversation_id = s.id"
              " WHERE m.sent_at >= ? AND m.sent_at < ?"_s,
              {f.fromMs, f.toMs})
        || !q.next())
        return databaseError(q, u"report message count"_s);
    return q.value(0).toLongLong();
}

Status
AnalyticsRepository::recordFocus(qint64 agentId, qint64 conversationId, qint64 startedAtMs, qint64 durationMs) const
{
    if (durationMs <= 0 || conversationId <= 0)
        return Error::make(Error::Code::InvalidArgument,
                           QCoreApplication::translate("hd::AnalyticsRepository", "Focus time must be positive."),
                           u"focus %1 ms on %2"_s.arg(durationMs).arg(conversationId));
    QSqlQuery q(m_db.connection());
    if (!exec(q,
              u"INSERT INTO focus_sessions(agent_id, conversation_id, started_at, duration_ms) VALUES (?, ?, ?, ?)"_s,
              {agentId, conversationId, startedAtMs, durationMs}))
        return databaseError(q, u"record focus"_s);
    return {};
}

Status AnalyticsRepository::addCsat(qint64 conversationId,
                                    qint64 agentId,
                                    int score,
                                    qint64 sentAtMs,
                                    qint64 answeredAtMs,
                                    const QString &comment) const
{
    if (score < 0 || score > 5 || (score > 0) != (answeredAtMs > 0))
        return Error::make(
            Error::Code::InvalidArgument,
            QCoreApplication::translate("hd::AnalyticsRepository", "A CSAT answer is a score from 1 to 5."),
            u"csat score %1 answered %2"_s.arg(score).arg(answeredAtMs));
    QSqlQuery q(m_db.connection());
    if (!exec(q,
              u"INSERT INTO csat_responses(conversation_id, agent_id, score, comment, sent_at, answered_at)"
              " VALUES (?, ?, ?, ?, ?, ?)"_s,
              {conversationId, agentId, score, comment, sentAtMs, answeredAtMs}))
        return databaseError(q, u"add csat"_s);
    return {};
}

Result<QStringList> AnalyticsRepository::teams() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT DISTINCT teams FROM agents WHERE teams <> ''"_s))
        return databaseError(q, u"teams"_s);
    QStringList out;
    while (q.next())
        out << teamsFromString(q.value(0).toString());
    out.removeDuplicates();
    out.sort();
    return out;
}

Result<QStringList> AnalyticsRepository::languages() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT DISTINCT language FROM conversations WHERE language <> '' ORDER BY language"_s))
        return databaseError(q, u"languages"_s);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace hd
