#pragma once

#include "core/domain/Conversation.h"

#include <QString>
#include <QtGlobal>

#include <optional>

namespace hd {

/// Which conversations the inbox shows. Everything is filtered and sorted in SQL.
struct InboxFilter {
    enum class Folder { AllOpen, Mine, Unassigned, Waiting, Resolved, All };
    /// Priority: priority_score, then newest; SlaDue: earliest SLA deadline first, conversations without
    /// a clock last.
    enum class Sort { Newest, Oldest, Priority, SlaDue };
    Folder folder = Folder::AllOpen;
    qint64 channelId = 0; ///< 0 = every channel
    qint64 agentId = 0;   ///< the signed-in agent, for Folder::Mine
    QString tag;          ///< empty = any
    QString language;     ///< empty = any
    Sort sort = Sort::Newest;

    bool operator==(const InboxFilter &) const = default;
};

/// Position after the last row of a page: keyset pagination on (last_message_at, id), on
/// (priority_score, last_message_at, id) for Sort::Priority and on (sla_due_at, id) for Sort::SlaDue.
struct InboxCursor {
    qint64 lastMessageAt = 0;
    qint64 id = 0;
    int priorityScore = 0;
    qint64 slaDueAt = 0; ///< 0 = no clock (sorted last)

    /// The cursor after this conversation's row, for every sort.
    static InboxCursor after(const Conversation &c) { return {c.lastMessageAt, c.id, c.priorityScore, c.slaDueAt}; }
};

} // namespace hd
