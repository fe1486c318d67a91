#pragma once

#include "core/domain/Agent.h"
#include "core/workflow/sla/BusinessCalendar.h"

#include <optional>

namespace hd {

/// An agent Router may assign, with what changes minute to minute: open load, presence and shifts.
struct RoutingCandidate
{
    Agent agent;       ///< languages, skills, capacity, active flag
    int openCount = 0; ///< open conversations assigned to the agent now
    bool online = true;
    /// Weekly shift intervals in the agent's time zone (a BusinessCalendar whose zone is agent.timeZone;
    /// holidays are days off). nullopt: no schedule, always on shift.
    std::optional<BusinessCalendar> shifts;
};

} // namespace hd
