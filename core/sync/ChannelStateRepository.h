#pragma once

#include "core/common/Result.h"
#include "core/sync/ChannelState.h"

#include <QHash>
#include <QList>

namespace hd {

class Database;

/// channel_state rows (what the channel-status view shows) and the channels' sync cursors.
class ChannelStateRepository final
{
public:
    explicit ChannelStateRepository(const Database &db)
        : m_db(db)
    {
    }

    /// The cursor name the sync engine keeps per channel in sync_cursors.
    static QString messagesCursorName();

    /// The stored state, or an Idle state for a channel that never synced.
    Result<ChannelState> load(qint64 channelId) const;
    /// Every stored state, by channel id.
    Result<QHash<qint64, ChannelState>> all() const;
    /// Inserts or replaces the channel's row.
    Status save(const ChannelState &state) const;

    /// The channel's cursor (empty: never synced).
    Result<QString> cursor(qint64 channelId, const QString &name = messagesCursorName()) const;

    /// PostgreSQL team mode: takes the session-level advisory lock that elects the one process
    /// syncing this channel, on the calling thread's connection. Always true on SQLite.
    Result<bool> tryLockChannel(qint64 channelId) const;
    /// Releases the lock tryLockChannel took (the server also drops it when the session ends).
    void unlockChannel(qint64 channelId) const;

private:
    const Database &m_db;
};

} // namespace hd
