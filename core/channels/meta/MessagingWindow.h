#pragma once

#include <QString>
#include <QtGlobal>

namespace hd {

/// Where a Messenger / Instagram conversation stands in Meta's messaging window, and how a reply
/// must be sent: RESPONSE within 24 h of the buyer's last message, MESSAGE_TAG + HUMAN_AGENT by a
/// person up to 7 days, nothing after that.
struct MessagingWindowState
{
    enum class Phase {
        NoBuyerMessage, ///< the person never wrote: a Page cannot start the conversation
        Standard,       ///< inside 24 h: messaging_type RESPONSE
        HumanAgent,     ///< 24 h to 7 days: messaging_type MESSAGE_TAG, tag HUMAN_AGENT
        Closed,         ///< more than 7 days: the channel refuses replies
    };
    Phase phase = Phase::NoBuyerMessage;
    qint64 closesAtMs = 0;  ///< UTC ms when the current phase ends (0: NoBuyerMessage)
    qint64 remainingMs = 0; ///< until closesAtMs, never negative

    bool canReply() const { return phase == Phase::Standard || phase == Phase::HumanAgent; }
    /// "RESPONSE", "MESSAGE_TAG", or empty when no reply is possible.
    QString messagingType() const;
    /// "HUMAN_AGENT" in the human-agent phase, else empty.
    QString tag() const;
};

/// Pure arithmetic of Meta's 24-hour standard window and the 7-day HUMAN_AGENT tag.
class MessagingWindow final
{
public:
    static constexpr qint64 kStandardMs = 24LL * 3600 * 1000;
    static constexpr qint64 kHumanAgentMs = 7LL * 24 * 3600 * 1000;

    /// The state at nowMs for a conversation whose buyer last wrote at lastInboundMs (UTC ms, 0: never).
    /// Without the Human Agent permission the window closes after 24 h.
    static MessagingWindowState at(qint64 lastInboundMs, qint64 nowMs, bool humanAgentAllowed = true);
    /// What the agent sees: "Window closes in 3 h", "HUMAN_AGENT tag, 5 days left", "Window closed".
    static QString describe(const MessagingWindowState &state);
};

} // namespace hd
