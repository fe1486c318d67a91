#pragma once

#include "core/domain/Channel.h"

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace hd {

/// What Router needs to know about the conversation to place.
struct RoutingRequest
{
    qint64 conversationId = 0;
    QString language; ///< buyer's ISO 639-1 ("es", "pt-BR" matches agents with "pt")
    ChannelKind channelKind = ChannelKind::Email;
    bool vip = false;
    QStringList requiredSkills; ///< the agent must have all (case-insensitive), e.g. "returns", "amazon"
    qint64 lastAgentId = 0;     ///< who last helped this buyer; 0 = nobody
    QString queue;              ///< the queue (team) being routed, for reasons and overflow
    int queueWaiting = 0;       ///< conversations already waiting unassigned in that queue
    qint64 nowMs = 0;           ///< UTC ms; shifts are checked at this instant
};

} // namespace hd
