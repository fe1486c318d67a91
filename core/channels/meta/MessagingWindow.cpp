#include "core/channels/meta/MessagingWindow.h"

#include <QCoreApplication>

#include <algorithm>

namespace hd {
using namespace Qt::StringLiterals;

QString MessagingWindowState::messagingType() const
{
    switch (phase) {
    case Phase::Standard: return u"RESPONSE"_s;
    case Phase::HumanAgent: return u"MESSAGE_TAG"_s;
    case Phase::NoBuyerMessage:
    case Phase::Closed: break;
    }
    return {};
}

QString MessagingWindowState::tag() const
{
    return phase == Phase::HumanAgent ? u"HUMAN_AGENT"_s : QString();
}

MessagingWindowState MessagingWindow::at(qint64 lastInboundMs, qint64 nowMs, bool humanAgentAllowed)
{
    MessagingWindowState s;
    if (lastInboundMs <= 0)
        return s;
    const qint64 standardEnd = lastInboundMs + kStandardMs;
    const qint64 humanEnd = lastInboundMs + kHumanAgentMs;
    // A message stamped in the future (clock skew) counts as just received.
    if (nowMs < standardEnd) {
        s.phase = MessagingWindowState::Phase::Standard;
        s.closesAtMs = standardEnd;
    } else if (humanAgentAllowed && nowMs < humanEnd) {
        s.phase = MessagingWindowState::Phase::HumanAgent;
        s.closesAtMs = humanEnd;
    } else {
        s.phase = MessagingWindowState::Phase::Closed;
        s.closesAtMs = humanAgentAllowed ? humanEnd : standardEnd;
    }
    s.remainingMs = std::max<qint64>(0, s.closesAtMs - nowMs);
    return s;
}

QString MessagingWindow::describe(const MessagingWindowState &state)
{
    constexpr qint64 kMinute = 60'000;
    constexpr qint64 kHour = 60 * kMinute;
    constexpr qint64 kDay = 24 * kHour;
    switch (state.phase) {
    case MessagingWindowState::Phase::NoBuyerMessage:
        return QCoreApplication::translate("hd::MessagingWindow",
                                           "The buyer has not written yet; the Page cannot start the conversation");
    case MessagingWindowState::Phase::Closed:
        return QCoreApplication::translate("hd::MessagingWindow", "Window closed: the buyer must write again before you can reply");
    case MessagingWindowState::Phase::Standard: {
        const qint64 r = state.remainingMs;
        if (r >= kHour)
            return QCoreApplication::translate("hd::MessagingWindow", "Window closes in %1 h").arg(r / kHour);
        return QCoreApplication::translate("hd::MessagingWindow", "Window closes in %1 min")
            .arg(std::max<qint64>(1, (r + kMinute - 1) / kMinute));
    }
    case MessagingWindowState::Phase::HumanAgent: {
        const qint64 r = state.remainingMs;
        if (r >= 2 * kDay)
            return QCoreApplication::translate("hd::MessagingWindow", "HUMAN_AGENT tag, %1 days left").arg(r / kDay);
        if (r >= kDay)
            return QCoreApplication::translate("hd::MessagingWindow", "HUMAN_AGENT tag, 1 day left");
        if (r >= kHour)
            return QCoreApplication::translate("hd::MessagingWindow", "HUMAN_AGENT tag, %1 h left").arg(r / kHour);
        return QCoreApplication::translate("hd::MessagingWindow", "HUMAN_AGENT tag, %1 min left")
            .arg(std::max<qint64>(1, (r + kMinute - 1) / kMinute));
    }
    }
    return {};
}

} // namespace hd
