#pragma once

#include <QString>
#include <QtGlobal>

namespace hd {

/// One thing that happened in a conversation, as far as SLA clocks care. Times are UTC ms.
struct SlaEvent
{
    /// Stored as "buyer_message", "agent_reply", "auto_reply", "status_pending", "status_open", "resolved",
    /// "reopened", "no_response_needed".
    enum class Kind {
        BuyerMessage,     ///< an inbound message from the buyer (starts or keeps a wait on us)
        AgentReply,       ///< a public reply written by a human agent
        AutoReply,        ///< a reply sent by a rule, bot or auto-responder
        StatusPending,    ///< waiting on the buyer: pauses clocks where the policy says so
        StatusOpen,       ///< back to open: resumes paused clocks
        Resolved,         ///< the conversation was resolved
        Reopened,         ///< an agent reopened it (a buyer message on a resolved conversation reopens it too)
        NoResponseNeeded, ///< the agent marked the waiting messages as needing no reply
    };

    Kind kind = Kind::BuyerMessage;
    qint64 at = 0; ///< UTC ms

    static QString kindToString(Kind kind);
    static Kind kindFromString(const QString &s, bool *ok = nullptr);

    friend bool operator==(const SlaEvent &, const SlaEvent &) = default;
};

} // namespace hd
