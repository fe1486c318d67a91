#pragma once

#include <QMetaType>
#include <QString>
#include <QtGlobal>

namespace hd {

/// Where a channel's sync stands. Stored as stable strings (channel_state.state).
enum class ChannelSyncState {
    Idle,        ///< not started yet, or stopped
    Syncing,     ///< fetching now (a backfill shows progress)
    UpToDate,    ///< the last fetch found nothing more; next poll at nextAttemptAt
    BackingOff,  ///< a transient failure or rate limit; retries at nextAttemptAt
    NeedsReauth, ///< credentials expired and could not be refreshed: the user must re-authorise
    Error,       ///< a failure retrying will not fix soon (bad settings, rejected request); detail says why
};

QString channelSyncStateToString(ChannelSyncState state);
ChannelSyncState channelSyncStateFromString(const QString &s, bool *ok = nullptr);

/// What the channel-status view shows for one channel. Never holds a secret. Times are UTC ms.
struct ChannelState
{
    qint64 channelId = 0;
    ChannelSyncState state = ChannelSyncState::Idle;
    QString detail;           ///< the reason of an error or a backoff, plain words
    qint64 nextAttemptAt = 0; ///< when the engine will fetch again (0: not scheduled)
    qint64 lastSuccessAt = 0; ///< last fetch that succeeded
    qint64 progressDone = 0;  ///< backfill progress, when the API says how much there is
    qint64 progressTotal = 0;
    int consecutiveFailures = 0;
    qint64 updatedAt = 0;

    bool operator==(const ChannelState &) const = default;
};

/// The state in the user's words ("Backing off until 14:05", "Needs re-authorisation").
/// Translated through QCoreApplication::translate; `nowMs` decides whether to show a date.
QString describeChannelState(const ChannelState &state, qint64 nowMs);

} // namespace hd

Q_DECLARE_METATYPE(hd::ChannelState)
