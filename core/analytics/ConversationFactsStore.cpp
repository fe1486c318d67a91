#include "core/analytics/ConversationFactsStore.h"

#include "core/analytics/AnalyticsRepository.h"
#include "core/analytics/ConversationFactsCodec.h"
#include "core/analytics/FactsBuilder.h"
#include "core/storage/Database.h"
#include "core/storage/migrations/MigrationSteps.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
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
    if (!q.exec(m_db.dialect().schema(migrations::analyticsConversationFactsTable())))
        return databaseError(q, u"analytics facts table"_s);
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

Result<ConversationFactsStore::Loaded> ConversationFactsStore::load(const AnalyticsFilter &filter,
                                                                    const std::atomic_bool *cancel) const
{
    Loaded out;
    AnalyticsRepository::LoadOptions options;
    options.cancel = cancel;
    options.messages = false;
    options.events = false;
    // Inside the load, once analytics_scope holds the period's conversations: bring their facts up to date.
    options.afterScope = [this, &out]() -> Status {
        auto n = refresh(u"SELECT id FROM analytics_scope"_s, {});
        if (!n)
            return n.error();
        out.refreshed = n.value();
        return {};
    };
    auto data = AnalyticsRepository(m_db).load(filter, options);
    if (!data)
        return data.error();
    out.data = std::move(data.value());
    AnalyticsData &d = out.data;

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT f.conversation_id, f.facts FROM analytics_scope s"
                " JOIN analytics_conversation_facts f ON f.conversation_id = s.id ORDER BY s.id"_s))
        return databaseError(q, u"analytics facts"_s);
    d.messages.reserve(d.conversations.size() * 4);
    out.facts.reserve(d.conversations.size());
    // Focus time per conversation in the loaded period, and the latest CSAT answer (as FactsBuilder does).
    QHash<qint64, qint64> focusByConversation;
    for (const auto &f : d.focus)
        focusByConversation[f.conversationId] += f.durationMs;
    size_t ci = 0;
    bool hasRow = q.next();
    qint64 rowId = hasRow ? q.value(0).toLongLong() : 0;
    for (const auto &c : d.conversations) {
        ConversationFacts f;
        f.id = c.id;
        f.channelId = c.channelId;
        f.assigneeId = c.assigneeId;
        f.createdAt = c.createdAt;
        f.focusMs = focusByConversation.value(c.id);
        // Rows arrive in id order, as the conversations do. A conversation created between the
        // refresh and this read has none yet: it counts with no messages until the next load.
        while (hasRow && rowId < c.id) {
            hasRow = q.next();
            rowId = hasRow ? q.value(0).toLongLong() : 0;
        }
        if (hasRow && rowId == c.id) {
            if (!ConversationFactsCodec::decode(q.value(1).toByteArray(), f, d.messages))
                return Error::make(
                    Error::Code::Internal,
                    QCoreApplication::translate("hd::ConversationFactsStore", "The analytics facts could not be read."),
                    u"malformed facts row for conversation %1"_s.arg(c.id));
            out.mismatches += f.eventMismatches;
        }
        f.resolvedNow = c.status == "resolved"_L1;
        while (ci < d.csat.size() && d.csat[ci].conversationId < c.id)
            ++ci;
        qint64 latestAnswer = -1;
        for (; ci < d.csat.size() && d.csat[ci].conversationId == c.id; ++ci) {
            const auto &s = d.csat[ci];
            if (s.score >= 1 && s.score <= 5 && s.answeredAt > latestAnswer) {
                latestAnswer = s.answeredAt;
                f.csatScore = s.score;
            }
        }
        out.facts.push_back(std::move(f));
        if (out.facts.size() % 4096 == 0 && cancel && cancel->load(std::memory_order_relaxed))
            return cancelled();
    }
    return out;
}

} // namespace hd
