#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace hd {

/// Which conversations the inbox shows. Everything is filtered and sorted in SQL.
struct InboxFilter {
    enum class Folder { AllOpen, Mine, Unassigned, Waiting, Resolved, All };
    enum class Sort { Newest, Oldest };
    Folder folder = Folder::AllOpen;
    qint64 channelId = 0; ///< 0 = every channel
    qint64 agentId = 0;   ///< the signed-in agent, for Folder::Mine
    QString tag;          ///< empty = any
    QString language;     ///< empty = any
    Sort sort = Sort::Newest;

    bool operator==(const InboxFilter &) const = default;
};

/// Position after the last row of a page: keyset pagination on (last_message_at, id).
struct InboxCursor {
    qint64 lastMessageAt = 0;
    qint64 id = 0;
};

} // namespace hd
