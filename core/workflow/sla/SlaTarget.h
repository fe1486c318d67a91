#pragma once

#include <QString>

namespace hd {

/// The three SLA targets of a policy. Stored as "first_response", "next_response", "resolution".
enum class SlaTarget {
    FirstResponse, ///< from the first buyer message to the first counting response
    NextResponse,  ///< from each buyer message that leaves the conversation waiting on us to the next response
    Resolution,    ///< from the start (or a reopen) to resolved
};

QString slaTargetToString(SlaTarget target);
SlaTarget slaTargetFromString(const QString &s, bool *ok = nullptr);

} // namespace hd
