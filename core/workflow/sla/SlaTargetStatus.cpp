#include "core/workflow/sla/SlaTargetStatus.h"

#include <array>

namespace hd {
namespace {
using namespace Qt::StringLiterals;
struct StateName
{
    SlaTargetStatus::State state;
    QLatin1StringView key;
};
constexpr std::array kStates{
    StateName{SlaTargetStatus::State::Running, "running"_L1},
    StateName{SlaTargetStatus::State::Paused, "paused"_L1},
    StateName{SlaTargetStatus::State::Met, "met"_L1},
    StateName{SlaTargetStatus::State::Breached, "breached"_L1},
    StateName{SlaTargetStatus::State::Stopped, "stopped"_L1},
};
} // namespace

QString SlaTargetStatus::stateToString(State state)
{
    for (const auto &s : kStates)
        if (s.state == state)
            return QString(s.key);
    return u"running"_s;
}

SlaTargetStatus::State SlaTargetStatus::stateFromString(const QString &s, bool *ok)
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
    return State::Running;
}

} // namespace hd
