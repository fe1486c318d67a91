#pragma once

#include "core/workflow/sla/SlaTarget.h"

#include <QString>
#include <QtGlobal>

#include <optional>

namespace hd {

/// One row for reporting, stored append-only with its duration in calendar and in business time (the
/// Chatwoot model in features.md, section c), so reports choose a column instead of recomputing.
struct SlaReportEvent
{
    /// Stored as "first_response", "reply", "resolution", "reopen", "sla_hit", "sla_miss".
    enum class Kind {
        FirstResponse, ///< the first response of the conversation: from the first waiting buyer message
        Reply,         ///< a later response: from the buyer message that started the wait
        Resolution,    ///< resolved: from the conversation's start (every resolve after a reopen is a new sample)
        Reopen,        ///< reopened: from the previous resolution
        SlaHit,        ///< a target fulfilled in time: from the target's start
        SlaMiss,       ///< a deadline passed unfulfilled (logged once, at the deadline): from the target's start
    };

    Kind kind = Kind::FirstResponse;
    qint64 at = 0;                   ///< UTC ms when it happened (for SlaMiss: the deadline)
    qint64 startedAt = 0;            ///< UTC ms the duration is measured from
    qint64 calendarDurationMs = 0;   ///< at - startedAt, wall-clock
    qint64 businessDurationMs = 0;   ///< open time between startedAt and at on the reporting calendar
    std::optional<SlaTarget> target; ///< for SlaHit / SlaMiss
    bool automatic = false;          ///< the response was an auto-reply (counted because the policy says so)
    qint64 policyId = 0;
    QString policyName;

    static QString kindToString(Kind kind);
    static Kind kindFromString(const QString &s, bool *ok = nullptr);
};

} // namespace hd
