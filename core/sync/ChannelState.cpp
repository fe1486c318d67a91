#include "core/sync/ChannelState.h"

#include <QCoreApplication>
#include <QDateTime>

#include <array>

namespace hd {
using namespace Qt::StringLiterals;

namespace {
struct StateName
{
    ChannelSyncState state;
    QLatin1StringView key;
};
constexpr std::array kStates{
    StateName{ChannelSyncState::Idle, "idle"_L1},
    StateName{ChannelSyncState::Syncing, "syncing"_L1},
    StateName{ChannelSyncState::UpToDate, "up_to_date"_L1},
    StateName{ChannelSyncState::BackingOff, "backing_off"_L1},
    StateName{ChannelSyncState::NeedsReauth, "needs_reauth"_L1},
    StateName{ChannelSyncState::Error, "error"_L1},
};

QString timeText(qint64 atMs, qint64 nowMs)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(atMs).toLocalTime();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs).toLocalTime();
    return at.date() == now.date() ? at.toString(u"HH:mm:ss"_s) : at.toString(u"yyyy-MM-dd HH:mm"_s);
}
} // namespace

QString channelSyncStateToString(ChannelSyncState state)
{
    for (const auto &s : kStates)
        if (s.state == state)
            return QString(s.key);
    return u"idle"_s;
}

ChannelSyncState channelSyncStateFromString(const QString &s, bool *ok)
{
    for (const auto &k : kStates) {
        if (s == k.key) {
            if (ok)
                *ok = true;
            return k.state;
        }
    }
    if (ok)
        *ok = false;
    return ChannelSyncState::Idle;
}

QString describeChannelState(const ChannelState &state, qint64 nowMs)
{
    switch (state.state) {
    case ChannelSyncState::Idle: return QCoreApplication::translate("hd::ChannelState", "Idle");
    case ChannelSyncState::Syncing:
        if (state.progressTotal > 0)
            return QCoreApplication::translate("hd::ChannelState", "Syncing (%1 of %2)")
                .arg(state.progressDone)
                .arg(state.progressTotal);
        return QCoreApplication::translate("hd::ChannelState", "Syncing");
    case ChannelSyncState::UpToDate: return QCoreApplication::translate("hd::ChannelState", "Up to date");
    case ChannelSyncState::BackingOff:
        return QCoreApplication::translate("hd::ChannelState", "Backing off until %1")
            .arg(timeText(state.nextAttemptAt, nowMs));
    case ChannelSyncState::NeedsReauth:
        return QCoreApplication::translate("hd::ChannelState", "Needs re-authorisation");
    case ChannelSyncState::Error:
        return state.detail.isEmpty() ? QCoreApplication::translate("hd::ChannelState", "Error")
                                      : QCoreApplication::translate("hd::ChannelState", "Error: %1").arg(state.detail);
    }
    return {};
}

} // namespace hd
