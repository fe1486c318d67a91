#pragma once

#include "core/domain/Channel.h"
#include "core/domain/Conversation.h"
#include "core/workflow/rules/RuleContext.h"

#include <QString>
#include <QStringList>

namespace hd {

/// What triage knows of one conversation while it works on it: loaded once per batch (TriageService),
/// changed in place by the actions it applies, so later rules and the SLA step see the new values.
struct TriageConversation
{
    qint64 id = 0;
    qint64 channelId = 0;
    qint64 customerId = 0;
    ChannelKind channelKind = ChannelKind::Email;
    QString channelName;
    QString marketplace;
    QString subject;
    QString customerName;
    QString orderNumber;
    qint64 slaPolicyId = 0; ///< company policy a rule applied; 0 = the matching one
    bool noResponseNeeded = false;
    RuleContext context; ///< status, priority, assignee, tags, intent... as rules see them
};

} // namespace hd
