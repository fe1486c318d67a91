#include "core/sync/ChannelStateRepository.h"

#include "core/storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace hd {
using namespace Qt::StringLiterals;

namespace {
// Advisory lock keys live in their own space so they never collide with other users of the server.
constexpr qint64 kLockSpace = 0x4844'5359'0000'0000; // "HDSY"

ChannelState fromRow(const QSqlQuery &q)
{
    ChannelState s;
    s.channelId = q.value(0).toLongLong();
    s.state = channelSyncStateFromString(q.value(1).toString());
    s.detail = q.value(2).toString();
    s.nextAttemptAt = q.value(3).toLongLong();
    s.lastSuccessAt = q.value(4).toLongLong();
    s.progressDone = q.value(5).toLongLong();
    s.progressTotal = q.value(6).toLongLong();
    s.consecutiveFailures = q.value(7).toInt();
    s.updatedAt = q.value(8).toLongLong();
    return s;
}

const QString kColumns = u"channel_id, state, detail, next_attempt_at, last_success_at, progress_done, progress_total,"
                         " consecutive_failures, updated_at"_s;
} // namespace

QString ChannelStateRepository::messagesCursorName()
{
    return u"messages"_s;
}

Result<ChannelState> ChannelStateRepository::load(qint64 channelId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT "_s + kColumns + u" FROM channel_state WHERE channel_id = ?"_s);
    q.addBindValue(sqlValue(channelId));
    if (!q.exec())
        return databaseError(q, u"channel state"_s);
    if (!q.next()) {
        ChannelState s;
        s.channelId = channelId;
        return s;
    }
    return fromRow(q);
}

Result<QHash<qint64, ChannelState>> ChannelStateRepository::all() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT "_s + kColumns + u" FROM channel_state"_s))
        return databaseError(q, u"channel states"_s);
    QHash<qint64, ChannelState> states;
    while (q.next()) {
        const ChannelState s = fromRow(q);
        states.insert(s.channelId, s);
    }
    return states;
}

Status ChannelStateRepository::save(const ChannelState &s) const
{
    QSqlQuery q(m_db.connection());
    // ON CONFLICT ... DO UPDATE is the same on SQLite (>= 3.24) and PostgreSQL.
    q.prepare(u"INSERT INTO channel_state("_s + kColumns
              + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(channel_id) DO UPDATE SET state = excluded.state,"
                " detail = excluded.detail, next_attempt_at = excluded.next_attempt_at,"
                " last_success_at = excluded.last_success_at, progress_done = excluded.progress_done,"
                " progress_total = excluded.progress_total, consecutive_failures = excluded.consecutive_failures,"
                " updated_at = excluded.updated_at"_s);
    q.addBindValue(sqlValue(s.channelId));
    q.addBindValue(sqlValue(channelSyncStateToString(s.state)));
    q.addBindValue(sqlValue(s.detail));
    q.addBindValue(sqlValue(s.nextAttemptAt));
    q.addBindValue(sqlValue(s.lastSuccessAt));
    q.addBindValue(sqlValue(s.progressDone));
    q.addBindValue(sqlValue(s.progressTotal));
    q.addBindValue(sqlValue(s.consecutiveFailures));
    q.addBindValue(sqlValue(s.updatedAt));
    if (!q.exec())
        return databaseError(q, u"save channel state"_s);
    return {};
}

Result<QString> ChannelStateRepository::cursor(qint64 channelId, const QString &name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT value FROM sync_cursors WHERE channel_id = ? AND name = ?"_s);
    q.addBindValue(sqlValue(channelId));
    q.addBindValue(sqlValue(name));
    if (!q.exec())
        return databaseError(q, u"sync cursor"_s);
    return q.next() ? q.value(0).toString() : QString(u""_s);
}

Result<bool> ChannelStateRepository::tryLockChannel(qint64 channelId) const
{
    if (m_db.dialect().isSqlite())
        return true;
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT pg_try_advisory_lock(?)"_s);
    q.addBindValue(sqlValue(kLockSpace + channelId));
    if (!q.exec() || !q.next())
        return databaseError(q, u"channel lock"_s);
    return q.value(0).toBool();
}

void ChannelStateRepository::unlockChannel(qint64 channelId) const
{
    if (m_db.dialect().isSqlite())
        return;
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT pg_advisory_unlock(?)"_s);
    q.addBindValue(sqlValue(kLockSpace + channelId));
    q.exec();
}

} // namespace hd
