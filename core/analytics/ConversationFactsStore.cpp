#include "core/analytics/ConversationFactsStore.h"

#include "core/analytics/AnalyticsRepository.h"
#include "core/analytics/ConversationFactsCodec.h"
#include "core/analytics/FactsBuilder.h"
#include "core/analytics/RowCursor.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <memory>
#include <numeric>
#include <tuple>
#include <utility>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

// workspace_meta keys: the highest message / reporting event id already folded into stored facts,
// and the reporting calendar the business durations were computed on.
const auto kMessagesSeen = u"analytics_facts.messages_seen"_s;
const auto kEventsSeen = u"analytics_facts.events_seen"_s;
const auto kCalendar = u"analytics_facts.calendar"_s;

constexpr int kWriteChunk = 2000; // conversations recomputed and written per transaction
// Conversation id spans at least this wide are read in two halves on two threads.
constexpr qint64 kSplitConversations = 20000;
// Conversation rows reserved up front for one chunk, at most (more grow the vectors as usual).
constexpr qint64 kReserveRows = 1'000'000;
// Chunks of the id range two threads take in turn.
constexpr int kChunks = 16;
// SQLite: the dashboard's reads go through a memory map of the file's first GiB (the 1M-message
// workspace is ~650 MB): a worker's fresh connection needs no page-cache warm-up, and tables larger
// than the 64 MiB page cache are not copied through read() on every dashboard.
constexpr qint64 kMapBytes = qint64(1) << 30;

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
              u"SELECT c.id, "_s + kStampColumns
                  + u" FROM conversations c LEFT JOIN analytics_conversation_facts f ON f.conversation_id = c.id"
                    " WHERE c.id IN ("_s
                  + candidatesSql + u") AND ("_s + kStaleCondition + u") ORDER BY c.id"_s,
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
        size_t mi = 0, ki = 0;
        for (size_t i = 0; i < data.conversations.size(); ++i) {
            const auto &c = data.conversations[i];
            while (mi < data.messages.size() && data.messages[mi].conversationId < c.id)
                ++mi;
            size_t me = mi;
            while (me < data.messages.size() && data.messages[me].conversationId == c.id)
                ++me;
            while (ki < data.noResponseMarks.size() && data.noResponseMarks[ki].conversationId < c.id)
                ++ki;
            size_t ke = ki;
            while (ke < data.noResponseMarks.size() && data.noResponseMarks[ke].conversationId == c.id)
                ++ke;
            // The timeline: the same rows FactsBuilder saw, and the "no response needed" marks.
            const auto timeline = ConversationFactsCodec::timeline(data.messages.data() + mi,
                                                                   data.messages.data() + me,
                                                                   data.noResponseMarks.data() + ki,
                                                                   data.noResponseMarks.data() + ke);
            ki = ke;
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
    if (auto s = AnalyticsRepository(m_db).storeIds(u"analytics_stale"_s, ids); !s)
        return s;
    auto n = refresh(u"SELECT id FROM analytics_stale"_s, {});
    if (!n)
        return n.error();
    return {};
}

Result<ConversationFactsStore::Loaded> ConversationFactsStore::load(const AnalyticsFilter &filter,
                                                                    const std::atomic_bool *cancel,
                                                                    std::optional<qint64> previousTo) const
{
    if (auto s = filter.validate(); !s)
        return s.error();
    if (auto s = invalidateNewRows(); !s)
        return s.error();
    const AnalyticsRepository repo(m_db);
    const auto isCancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    RowCursor q(m_db.connection());
    q.mapFile(kMapBytes);

    // Conversations touched by an event, a survey or a focus session in the period belong to it even
    // without a message in it; the surveys and sessions themselves are the period's CSAT and focus rows.
    // The surveys are read on a worker thread (its own connection) while this one reads the events and
    // the focus sessions.
    std::vector<qint64> touched; // sorted and unique before the pass
    std::vector<qint64> csatTouched;
    std::vector<AnalyticsData::CsatRow> csat;
    Status csatStatus;
    const auto readCsat = [&] {
        RowCursor q(m_db.connection());
        q.mapFile(kMapBytes);
        // Sorted here rather than by the database (whose sorter took twice the read's time on 1M
        // messages): by conversation, send time and id, as ORDER BY conversation_id, sent_at, id.
        std::vector<std::pair<qint64, AnalyticsData::CsatRow>> rows;
        if (!q.exec(u"SELECT id, conversation_id, agent_id, score, sent_at, answered_at FROM csat_responses"
                    " WHERE sent_at >= ? AND sent_at < ?"_s,
                    {filter.fromMs, filter.toMs})) {
            csatStatus = q.error(u"analytics csat"_s);
            return;
        }
        while (q.next())
            rows.push_back({q.int64(0), {q.int64(1), q.int64(2), int(q.int64(3)), q.int64(4), q.int64(5)}});
        if (q.failed()) {
            csatStatus = q.error(u"analytics csat"_s);
            return;
        }
        std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
            return std::tie(a.second.conversationId, a.second.sentAt, a.first)
                < std::tie(b.second.conversationId, b.second.sentAt, b.first);
        });
        csat.reserve(rows.size());
        csatTouched.reserve(rows.size());
        for (const auto &r : rows) {
            csat.push_back(r.second);
            if (csatTouched.empty() || csatTouched.back() != r.second.conversationId)
                csatTouched.push_back(r.second.conversationId);
        }
    };
    // A second connection does not see an in-memory database; there everything runs on this thread.
    const bool threads = m_db.location().path != ":memory:"_L1;
    std::unique_ptr<QThread> csatReader;
    if (threads) {
        csatReader.reset(QThread::create(readCsat));
        csatReader->start();
    } else {
        readCsat();
    }
    const auto joinCsat = [&] {
        if (csatReader) {
            csatReader->wait();
            csatReader.reset();
        }
    };
    if (!q.exec(u"SELECT DISTINCT conversation_id FROM reporting_events WHERE occurred_at >= ? AND occurred_at < ?"_s,
                {filter.fromMs, filter.toMs})) {
        joinCsat();
        return q.error(u"analytics events in period"_s);
    }
    while (q.next())
        touched.push_back(q.int64(0));
    if (q.failed()) {
        joinCsat();
        return q.error(u"analytics events in period"_s);
    }
    std::vector<AnalyticsData::FocusRow> focus;
    {
        // Sorted here too: by conversation, start and id (the covering index is in time order).
        std::vector<std::pair<qint64, AnalyticsData::FocusRow>> rows;
        if (!q.exec(u"SELECT id, conversation_id, agent_id, started_at, duration_ms FROM focus_sessions"
                    " WHERE started_at >= ? AND started_at < ?"_s,
                    {filter.fromMs, filter.toMs})) {
            joinCsat();
            return q.error(u"analytics focus"_s);
        }
        while (q.next())
            rows.push_back({q.int64(0), {q.int64(1), q.int64(2), q.int64(3), q.int64(4)}});
        if (q.failed()) {
            joinCsat();
            return q.error(u"analytics focus"_s);
        }
        std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
            return std::tie(a.second.conversationId, a.second.startedAt, a.first)
                < std::tie(b.second.conversationId, b.second.startedAt, b.first);
        });
        focus.reserve(rows.size());
        for (const auto &r : rows) {
            focus.push_back(r.second);
            if (touched.empty() || touched.back() != r.second.conversationId)
                touched.push_back(r.second.conversationId);
        }
    }
    joinCsat();
    if (!csatStatus)
        return csatStatus.error();
    if (isCancelled())
        return cancelled();

    touched.insert(touched.end(), csatTouched.begin(), csatTouched.end());
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());

    // One pass over the conversations matching the filter, in id order, with their facts rows:
    // scope, staleness and backlog are decided here. Stale rows of the period are recomputed and
    // the pass is read again (only after changes). On a large workspace the id range is read in
    // two halves at once, each on its own thread and connection.
    const AnalyticsRepository::Clause clause = repo.conversationFilter(filter);
    const QString scan = u"SELECT c.id, c.channel_id, c.created_at, c.last_message_at, c.resolved_at, c.status,"
                         " COALESCE(c.assignee_id, 0), c.intent, c.sentiment, c.language,"
                         " CASE WHEN "_s
        + kStaleCondition
        + u" THEN 1 ELSE 0 END, f.facts"
          " FROM conversations c LEFT JOIN analytics_conversation_facts f ON f.conversation_id = c.id"
          " WHERE c.id >= ? AND c.id <= ?"_s
        + clause.sql + u" ORDER BY c.id"_s;
    qint64 minId = 0, maxId = -1;
    {
        RowCursor r(m_db.connection());
        if (!r.exec(u"SELECT COALESCE(MIN(id), 0), COALESCE(MAX(id), -1) FROM conversations"_s) || !r.next())
            return r.error(u"analytics id range"_s);
        minId = r.int64(0);
        maxId = r.int64(1);
    }
    // The id range in chunks that two threads take in turn (whoever is free takes the next one), so
    // both finish at about the same time however the conversations of the period are spread. Small
    // ranges are not worth a thread.
    const bool split = threads && maxId - minId >= kSplitConversations;
    const int chunks = split ? kChunks : 1;
    const qint64 chunkSpan = (maxId - minId) / chunks + 1;

    struct Part
    {
        Run run;
        QList<qint64> stale;
        qint64 backlog = 0;
        qint64 previousBacklog = 0;
        int mismatches = 0;
        Status status;
    };
    // The conversations with ids in [lo, hi], read on the calling thread's connection.
    const auto readPart = [&](qint64 lo, qint64 hi, int pass, size_t reserveRows, Part &out) {
        RowCursor q(m_db.connection());
        q.mapFile(kMapBytes);
        QVariantList binds{lo, hi};
        binds += clause.binds;
        if (!q.exec(scan, binds)) {
            out.status = q.error(u"analytics facts"_s);
            return;
        }
        // Room for every conversation of the range (address space only: pages are touched when
        // written), so neither the rows nor the facts are moved while they are read.
        out.run.conversations.reserve(reserveRows);
        out.run.facts.reserve(reserveRows);
        out.run.messages.reserve(reserveRows * 4);
        auto nextTouched = std::lower_bound(touched.begin(), touched.end(), lo);
        qint64 rows = 0;
        while (q.next()) {
            if (++rows % 4096 == 0 && isCancelled()) {
                out.status = cancelled();
                return;
            }
            const qint64 createdAt = q.int64(2);
            const qint64 lastMessageAt = q.int64(3);
            const qint64 resolvedAt = q.int64(4);
            const QString status = q.text(5);
            const bool resolved = status == "resolved"_L1;
            // Backlog: open or pending at the end of the period, whenever created.
            if (createdAt < filter.toMs && (!resolved || resolvedAt >= filter.toMs))
                ++out.backlog;
            if (previousTo && createdAt < *previousTo && (!resolved || resolvedAt >= *previousTo))
                ++out.previousBacklog;
            const qint64 id = q.int64(0);
            // Rows come in id order: the touched ids are walked alongside.
            while (nextTouched != touched.end() && *nextTouched < id)
                ++nextTouched;
            const bool isTouched = nextTouched != touched.end() && *nextTouched == id;
            if (!((lastMessageAt >= filter.fromMs && createdAt < filter.toMs) || isTouched))
                continue;
            // The second pass takes the rows as they are: just recomputed, or rechecked every time
            // (a reply still queued), or changed again meanwhile (counted as of now, fixed next time).
            if (pass == 0 && q.int64(10) != 0) {
                out.stale << id;
                continue;
            }
            if (!out.stale.isEmpty())
                continue; // this pass only collects what to recompute
            AnalyticsData::ConversationRow &r = out.run.conversations.emplace_back();
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
            ConversationFacts &f = out.run.facts.emplace_back();
            f.id = id;
            f.channelId = r.channelId;
            f.assigneeId = r.assigneeId;
            f.createdAt = createdAt;
            const QByteArray stored = q.blob(11); // valid until the next row
            if (!stored.isEmpty() && !ConversationFactsCodec::decode(stored, f, out.run.messages, out.run.marks)) {
                out.status = Error::make(
                    Error::Code::Internal,
                    QCoreApplication::translate("hd::ConversationFactsStore", "The analytics facts could not be read."),
                    u"malformed facts row for conversation %1"_s.arg(id));
                return;
            }
            f.resolvedNow = resolved;
            out.mismatches += f.eventMismatches;
        }
        if (q.failed())
            out.status = q.error(u"analytics facts"_s);
    };

    int refreshed = 0;
    std::vector<Part> parts(static_cast<size_t>(chunks));
    std::vector<int> toRead(static_cast<size_t>(chunks));
    std::iota(toRead.begin(), toRead.end(), 0);
    for (int pass = 0; pass < 2; ++pass) {
        std::atomic_size_t next = 0;
        const auto takeChunks = [&] {
            for (size_t i = next++; i < toRead.size(); i = next++) {
                const int k = toRead[i];
                const qint64 lo = minId + qint64(k) * chunkSpan;
                const qint64 hi = k == chunks - 1 ? maxId : lo + chunkSpan - 1;
                parts[size_t(k)] = Part{};
                readPart(lo, hi, pass, size_t(std::clamp<qint64>(hi - lo + 1, 0, kReserveRows)), parts[size_t(k)]);
            }
        };
        if (split && toRead.size() > 1) {
            // A second thread with its own connection (closed when the thread ends).
            std::unique_ptr<QThread> worker(QThread::create(takeChunks));
            worker->start();
            takeChunks();
            worker->wait();
        } else {
            takeChunks();
        }
        QList<qint64> stale;
        for (const Part &part : parts) {
            if (!part.status)
                return part.status.error();
            stale += part.stale;
        }
        if (!stale.isEmpty() && pass == 0) {
            if (auto s = refreshIds(stale); !s)
                return s.error();
            refreshed = int(stale.size());
            // Only the chunks that held a stale row are read again; the others are complete.
            toRead.clear();
            for (int k = 0; k < chunks; ++k)
                if (!parts[size_t(k)].stale.isEmpty())
                    toRead.push_back(k);
            continue;
        }
        Loaded out;
        AnalyticsData &d = out.data;
        if (auto s = repo.readDirectory(d); !s)
            return s.error();
        out.refreshed = refreshed;
        for (Part &part : parts) {
            d.backlog += part.backlog;
            out.previousBacklog += part.previousBacklog;
            out.mismatches += part.mismatches;
            if (!part.run.conversations.empty())
                out.runs.push_back(std::move(part.run));
        }
        // The period's CSAT and focus rows of the conversations in scope (both sorted by conversation).
        d.csat.reserve(csat.size());
        d.focus.reserve(focus.size());
        size_t ci = 0, fi = 0;
        for (Run &run : out.runs) {
            for (auto &f : run.facts) {
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
                while (fi < focus.size() && focus[fi].conversationId < f.id)
                    ++fi;
                for (; fi < focus.size() && focus[fi].conversationId == f.id; ++fi) {
                    d.focus.push_back(focus[fi]);
                    f.focusMs += focus[fi].durationMs;
                }
            }
        }
        return out;
    }
    return Error::make(Error::Code::Internal, {}, u"analytics facts: no pass completed"_s); // not reached
}

std::vector<FactsRun> ConversationFactsStore::Loaded::factsRuns() const
{
    std::vector<FactsRun> out;
    out.reserve(runs.size());
    for (const Run &r : runs)
        out.push_back({&r.conversations, &r.facts, &r.messages, &r.marks});
    return out;
}

} // namespace hd
