#include "core/analytics/ConversationFactsStore.h"

#include "core/analytics/AnalyticsRepository.h"
#include "core/analytics/ConversationFactsCodec.h"
#include "core/analytics/FactsBuilder.h"
#include "core/analytics/RowCursor.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

// workspace_meta keys: the highest message / reporting event id already folded into stored facts,
// and the reporting calendar the business durations were computed on.
const auto kMessagesSeen = u"analytics_facts.messages_seen"_s;
const auto kEventsSeen = u"analytics_facts.events_seen"_s;
const auto kCalendar = u"analytics_facts.calendar"_s;

constexpr int kWriteChunk = 2000; // conversations recomputed and written per transaction

bool exec(QSqlQuery &q, const QString &sql, const QVariantList &binds = {})
{
    if (!q.prepare(sql))
        return false;
    for (const QVariant &v : binds)
        q.addBindValue(sqlValue(v));
    return q.exec();
}

// The conversation columns a facts row was computed from; any difference makes it stale.
const QString kStampColumns = u"c.version, c.updated_at, c.message_count, c.status, c.resolved_at,"
                              " COALESCE(c.assignee_id, 0), c.last_message_at"_s;
const QString kStaleCondition =
    u"f.conversation_id IS NULL OR f.recheck <> 0 OR f.conv_version <> c.version"
    " OR f.conv_updated_at <> c.updated_at OR f.conv_message_count <> c.message_count OR f.conv_status <> c.status"
    " OR f.conv_resolved_at <> c.resolved_at OR f.conv_assignee_id <> COALESCE(c.assignee_id, 0)"
    " OR f.conv_last_message_at <> c.last_message_at"_s;

struct Stamp
{
    qint64 version = 0;
    qint64 updatedAt = 0;
    qint64 messageCount = 0;
    QString status;
    qint64 resolvedAt = 0;
    qint64 assigneeId = 0;
    qint64 lastMessageAt = 0;
};

Error cancelled()
{
    return Error::make(Error::Code::Conflict,
                       QCoreApplication::translate("hd::ConversationFactsStore", "Cancelled."),
                       u"analytics load cancelled"_s);
}

} // namespace

Status ConversationFactsStore::invalidateNewRows() const
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    auto calendar = AnalyticsRepository(m_db).reportingCalendar();
    if (!calendar)
        return calendar.error();
    // The stored format's version travels with the calendar: either changing invalidates every row.
    const QString calendarJson = u"format %1 "_s.arg(ConversationFactsCodec::kFormat)
        + QString::fromUtf8(QJsonDocument(calendar->toJson()).toJson(QJsonDocument::Compact));
    const QString seenMessages = m_db.meta(kMessagesSeen);
    const QString seenEvents = m_db.meta(kEventsSeen);
    const bool trusted = !seenMessages.isEmpty() && !seenEvents.isEmpty() && m_db.meta(kCalendar) == calendarJson;

    // Read the high-water marks first: a row added while this runs is above them and is caught next time.
    if (!q.exec(
            u"SELECT (SELECT COALESCE(MAX(id), 0) FROM messages), (SELECT COALESCE(MAX(id), 0) FROM reporting_events)"_s)
        || !q.next())
        return databaseError(q, u"analytics facts watermarks"_s);
    const qint64 maxMessage = q.value(0).toLongLong();
    const qint64 maxEvent = q.value(1).toLongLong();
    q.finish();
    if (trusted && maxMessage == seenMessages.toLongLong() && maxEvent == seenEvents.toLongLong())
        return {};

    Transaction tx(db);
    if (!trusted) {
        // Unknown history or another calendar: no stored row can be trusted.
        if (!q.exec(u"DELETE FROM analytics_conversation_facts"_s))
            return databaseError(q, u"analytics facts reset"_s);
    } else {
        if (!exec(q,
                  u"UPDATE analytics_conversation_facts SET recheck = 1 WHERE conversation_id IN"
                  " (SELECT conversation_id FROM messages WHERE id > ? AND id <= ?)"_s,
                  {seenMessages.toLongLong(), maxMessage})
            || !exec(q,
                     u"UPDATE analytics_conversation_facts SET recheck = 1 WHERE conversation_id IN"
                     " (SELECT conversation_id FROM reporting_events WHERE id > ? AND id <= ?)"_s,
                     {seenEvents.toLongLong(), maxEvent}))
            return databaseError(q, u"analytics facts invalidation"_s);
    }
    if (auto s = m_db.setMeta(kMessagesSeen, QString::number(maxMessage)); !s)
        return s;
    if (auto s = m_db.setMeta(kEventsSeen, QString::number(maxEvent)); !s)
        return s;
    if (auto s = m_db.setMeta(kCalendar, calendarJson); !s)
        return s;
    return tx.commit();
}

Result<int> ConversationFactsStore::refresh(const QString &candidatesSql, const QVariantList &binds) const
{
    if (auto s = invalidateNewRows(); !s)
        return s.error();
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Stamps are read before the rows the facts are computed from: if the conversation changes in
    // between, the stored stamp is older than the facts and the row is recomputed next time.
    if (!exec(q,
              u"SELECT c.id, "_s + kStampColumns + u" FROM ("_s + candidatesSql
                  + u") s JOIN conversations c ON c.id = s.id"
                    " LEFT JOIN analytics_conversation_facts f ON f.conversation_id = c.id WHERE "_s
                  + kStaleCondition + u" ORDER BY c.id"_s,
              binds))
        return databaseError(q, u"analytics stale facts"_s);
    QList<qint64> ids;
    QHash<qint64, Stamp> stamps;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        ids << id;
        stamps.insert(id,
                      Stamp{q.value(1).toLongLong(),
                            q.value(2).toLongLong(),
                            q.value(3).toLongLong(),
                            q.value(4).toString(),
                            q.value(5).toLongLong(),
                            q.value(6).toLongLong(),
                            q.value(7).toLongLong()});
    }
    q.finish();

    const AnalyticsRepository repo(m_db);
    const QString upsert =
        u"INSERT INTO analytics_conversation_facts(conversation_id, conv_version, conv_updated_at, conv_message_count,"
        " conv_status, conv_resolved_at, conv_assignee_id, conv_last_message_at, recheck, facts)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(conversation_id) DO UPDATE SET"
        " conv_version = excluded.conv_version, conv_updated_at = excluded.conv_updated_at,"
        " conv_message_count = excluded.conv_message_count, conv_status = excluded.conv_status,"
        " conv_resolved_at = excluded.conv_resolved_at, conv_assignee_id = excluded.conv_assignee_id,"
        " conv_last_message_at = excluded.conv_last_message_at, recheck = excluded.recheck,"
        " facts = excluded.facts"_s;
    for (qsizetype start = 0; start < ids.size(); start += kWriteChunk) {
        auto raw = repo.loadConversations(ids.mid(start, kWriteChunk));
        if (!raw)
            return raw.error();
        const AnalyticsData &data = raw.value();
        Transaction tx(db);
        QSqlQuery w(db);
        if (!w.prepare(upsert))
            return databaseError(w, u"analytics facts write"_s);
        const auto facts = FactsBuilder::build(data);
        size_t mi = 0;
        for (size_t i = 0; i < data.conversations.size(); ++i) {
            const auto &c = data.conversations[i];
            while (mi < data.messages.size() && data.messages[mi].conversationId < c.id)
                ++mi;
            size_t me = mi;
            while (me < data.messages.size() && data.messages[me].conversationId == c.id)
                ++me;
            // The timeline: the same rows FactsBuilder saw.
            const auto timeline =
                ConversationFactsCodec::timeline(data.messages.data() + mi, data.messages.data() + me);
            // A queued or failed reply changes status without touching the conversation: look again next time.
            const bool undelivered = std::any_of(
                data.messages.begin() + qsizetype(mi),
                data.messages.begin() + qsizetype(me),
                [](const auto &m) { return m.direction == AnalyticsData::Direction::Outbound && !m.delivered; });
            mi = me;
            const Stamp st = stamps.value(c.id);
            for (const QVariant &v : QVariantList{c.id,
                                                  st.version,
                                                  st.updatedAt,
                                                  st.messageCount,
                                                  st.status,
                                                  st.resolvedAt,
                                                  st.assigneeId,
                                                  st.lastMessageAt,
                                                  undelivered ? 1 : 0,
                                                  ConversationFactsCodec::encode(facts[i], timeline)})
                w.addBindValue(sqlValue(v));
            if (!w.exec())
                return databaseError(w, u"analytics facts write"_s);
        }
        w.finish();
        if (auto s = tx.commit(); !s)
            return s.error();
    }
    return int(ids.size());
}

Result<int> ConversationFactsStore::refreshAll() const
{
    return refresh(u"SELECT id FROM conversations"_s, {});
}

Status ConversationFactsStore::refreshIds(const QList<qint64> &ids) const
{
    QSqlQuery q(m_db.connection());
    const QString create = m_db.dialect().isSqlite()
        ? u"CREATE TEMP TABLE IF NOT EXISTS analytics_stale (id INTEGER PRIMARY KEY)"_s
        : u"CREATE TEMP TABLE IF NOT EXISTS analytics_stale (id BIGINT PRIMARY KEY)"_s;
    if (!q.exec(create) || !q.exec(u"DELETE FROM analytics_stale"_s))
        return databaseError(q, u"analytics stale ids"_s);
    constexpr qsizetype kChunk = 500; // bind-parameter limits: SQLite 32766, PostgreSQL 65535
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const qsizetype n = std::min(kChunk, ids.size() - start);
        QString sql = u"INSERT INTO analytics_stale(id) VALUES "_s;
        QVariantList binds;
        for (qsizetype i = 0; i < n; ++i) {
            sql += i == 0 ? u"(?)"_s : u", (?)"_s;
            binds << ids.at(start + i);
        }
        if (!exec(q, sql + u" ON CONFLICT DO NOTHING"_s, binds))
            return databaseError(q, u"analytics stale ids"_s);
    }
    auto n = refresh(u"SELECT id FROM analytics_stale"_s, {});
    if (!n)
        return n.error();
    return {};
}

Result<ConversationFactsStore::Loaded> ConversationFactsStore::load(const AnalyticsFilter &filter,
                                                                    const std::atomic_bool *cancel) const
{
    if (auto s = filter.validate(); !s)
        return s.error();
    if (auto s = invalidateNewRows(); !s)
        return s.error();
    const AnalyticsRepository repo(m_db);
    const auto isCancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    RowCursor q(m_db.connection());

    // Conversations touched by an event, a survey or a focus session in the period belong to it even
    // without a message in it; the surveys and sessions themselves are the period's CSAT and focus rows.
    QSet<qint64> touched;
    if (!q.exec(u"SELECT DISTINCT conversation_id FROM reporting_events WHERE occurred_at >= ? AND occurred_at < ?"_s,
                {filter.fromMs, filter.toMs}))
        return q.error(u"analytics events in period"_s);
    while (q.next())
        touched.insert(q.int64(0));
    if (q.failed())
        return q.error(u"analytics events in period"_s);
    std::vector<AnalyticsData::CsatRow> csat;
    if (!q.exec(u"SELECT conversation_id, agent_id, score, sent_at, answered_at FROM csat_responses"
                " WHERE sent_at >= ? AND sent_at < ? ORDER BY conversation_id, sent_at, id"_s,
                {filter.fromMs, filter.toMs}))
        return q.error(u"analytics csat"_s);
    while (q.next()) {
        csat.push_back({q.int64(0), q.int64(1), int(q.int64(2)), q.int64(3), q.int64(4)});
        touched.insert(csat.back().conversationId);
    }
    if (q.failed())
        return q.error(u"analytics csat"_s);
    std::vector<AnalyticsData::FocusRow> focus;
    if (!q.exec(u"SELECT conversation_id, agent_id, started_at, duration_ms FROM focus_sessions"
                " WHERE started_at >= ? AND started_at < ? ORDER BY conversation_id, started_at"_s,
                {filter.fromMs, filter.toMs}))
        return q.error(u"analytics focus"_s);
    while (q.next()) {
        focus.push_back({q.int64(0), q.int64(1), q.int64(2), q.int64(3)});
        touched.insert(focus.back().conversationId);
    }
    if (q.failed())
        return q.error(u"analytics focus"_s);
    if (isCancelled())
        return cancelled();

    // One pass over the conversations matching the filter, in id order, with their facts rows:
    // scope, staleness and backlog are decided here. Stale rows of the period are recomputed and
    // the pass is read again (only after changes).
    const AnalyticsRepository::Clause clause = repo.conversationFilter(filter);
    const QString scan = u"SELECT c.id, c.channel_id, c.created_at, c.last_message_at, c.resolved_at, c.status,"
                         " COALESCE(c.assignee_id, 0), c.intent, c.sentiment, c.language,"
                         " CASE WHEN "_s
        + kStaleCondition
        + u" THEN 1 ELSE 0 END, f.facts"
          " FROM conversations c LEFT JOIN analytics_conversation_facts f ON f.conversation_id = c.id"
          " WHERE 1 = 1"_s
        + clause.sql + u" ORDER BY c.id"_s;
    int refreshed = 0;
    for (int pass = 0; pass < 2; ++pass) {
        Loaded out;
        AnalyticsData &d = out.data;
        if (auto s = repo.readDirectory(d); !s)
            return s.error();
        if (!q.exec(scan, clause.binds))
            return q.error(u"analytics facts"_s);
        QList<qint64> stale;
        d.conversations.reserve(size_t(touched.size()) + 1024);
        d.messages.reserve(size_t(touched.size()) * 4 + 4096);
        qint64 rows = 0;
        while (q.next()) {
            if (++rows % 4096 == 0 && isCancelled())
                return cancelled();
            const qint64 createdAt = q.int64(2);
            const qint64 lastMessageAt = q.int64(3);
            const qint64 resolvedAt = q.int64(4);
            const QString status = q.text(5);
            // Backlog: open or pending at the end of the period, whenever created.
            if (createdAt < filter.toMs && (status != "resolved"_L1 || resolvedAt >= filter.toMs))
                ++d.backlog;
            const qint64 id = q.int64(0);
            if (!((lastMessageAt >= filter.fromMs && createdAt < filter.toMs) || touched.contains(id)))
                continue;
            // The second pass takes the rows as they are: just recomputed, or rechecked every time
            // (a reply still queued), or changed again meanwhile (counted as of now, fixed next time).
            if (pass == 0 && q.int64(10) != 0) {
                stale << id;
                continue;
            }
            if (!stale.isEmpty())
                continue; // this pass only collects what to recompute
            AnalyticsData::ConversationRow r;
            r.id = id;
            r.channelId = q.int64(1);
            r.createdAt = createdAt;
            r.lastMessageAt = lastMessageAt;
            r.resolvedAt = resolvedAt;
            r.status = status;
            r.assigneeId = q.int64(6);
            r.intent = q.text(7);
            r.sentiment = q.text(8);
            r.language = q.text(9);
            ConversationFacts f;
            f.id = id;
            f.channelId = r.channelId;
            f.assigneeId = r.assigneeId;
            f.createdAt = createdAt;
            const QByteArray stored = q.blob(11); // valid until the next row
            if (!stored.isEmpty() && !ConversationFactsCodec::decode(stored, f, d.messages))
                return Error::make(
                    Error::Code::Internal,
                    QCoreApplication::translate("hd::ConversationFactsStore", "The analytics facts could not be read."),
                    u"malformed facts row for conversation %1"_s.arg(id));
            f.resolvedNow = r.status == "resolved"_L1;
            out.mismatches += f.eventMismatches;
            d.conversations.push_back(std::move(r));
            out.facts.push_back(std::move(f));
        }
        if (q.failed())
            return q.error(u"analytics facts"_s);
        q.finish();
        if (!stale.isEmpty()) {
            if (auto s = refreshIds(stale); !s)
                return s.error();
            refreshed = int(stale.size());
            continue;
        }
        out.refreshed = refreshed;
        // The period's CSAT and focus rows of the conversations in scope (both sorted by conversation).
        size_t ci = 0;
        for (auto &f : out.facts) {
            while (ci < csat.size() && csat[ci].conversationId < f.id)
                ++ci;
            qint64 latestAnswer = -1;
            for (; ci < csat.size() && csat[ci].conversationId == f.id; ++ci) {
                const auto &s = csat[ci];
                d.csat.push_back(s);
                if (s.score >= 1 && s.score <= 5 && s.answeredAt > latestAnswer) {
                    latestAnswer = s.answeredAt;
                    f.csatScore = s.score;
                }
            }
        }
        size_t fi = 0;
        for (auto &f : out.facts) {
            while (fi < focus.size() && focus[fi].conversationId < f.id)
                ++fi;
            for (; fi < focus.size() && focus[fi].conversationId == f.id; ++fi) {
                d.focus.push_back(focus[fi]);
                f.focusMs += focus[fi].durationMs;
            }
        }
        return out;
    }
    return Error::make(Error::Code::Internal, {}, u"analytics facts: no pass completed"_s); // not reached
}

} // namespace hd
