#include "core/workflow/sla/SlaEvent.h"

#include <array>

namespace hd {
namespace {
using namespace Qt::StringLiterals;
struct KindName
{
    SlaEvent::Kind kind;
    QLatin1StringView key;
};
constexpr std::array kKinds{
    KindName{SlaEvent::Kind::BuyerMessage, "buyer_message"_L1},
    KindName{SlaEvent::Kind::AgentReply, "agent_reply"_L1},
    KindName{SlaEvent::Kind::AutoReply, "auto_reply"_L1},
    KindName{SlaEvent::Kind::StatusPending, "status_pending"_L1},
    KindName{SlaEvent::Kind::StatusOpen, "status_open"_L1},
    KindName{SlaEvent::Kind::Resolved, "resolved"_L1},
    KindName{SlaEvent::Kind::Reopened, "reopened"_L1},
    KindName{SlaEvent::Kind::NoResponseNeeded, "no_response_needed"_L1},
};
} // namespace

QString SlaEvent::kindToString(Kind kind)
{
    for (const auto &k : kKinds)
        if (k.kind == kind)
            return QString(k.key);
    return u"buyer_message"_s;
}

SlaEvent::Kind SlaEvent::kindFromString(const QString &s, bool *ok)
{
    for (const auto &k : kKinds) {
        if (s == k.key) {
            if (ok)
                *ok = true;
            return k.kind;
        }
    }
    if (ok)
        *ok = false;
    return Kind::BuyerMessage;
}

} // namespace hd
