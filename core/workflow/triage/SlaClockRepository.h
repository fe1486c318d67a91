#pragma once

#include "core/common/Result.h"
#include "core/workflow/sla/SlaEvent.h"
#include "core/workflow/sla/SlaPolicy.h"
#include "core/workflow/sla/SlaTargetStatus.h"
#include "core/workflow/triage/TriageRecords.h"

#include <QList>
#include <QString>

namespace hd {

class Database;

/// An SlaEvent as stored in sla_events, with the message and agent behind it (for reporting events).
struct StoredSlaEvent
{
    SlaEvent event;
    qint64 messageId = 0;
    qint64 agentId = 0;
};

/// Tables sla_events (what clocks replay), sla_clocks (one row per target instance) and sla_policies (read).
/// Never opens a transaction: callers run it inside theirs.
class SlaClockRepository final
{
public:
    explicit SlaClockRepository(const Database &db)
        : m_db(db)
    {
    }

    /// The key stored in sla_clocks.policy and reporting_events.policy: the preset id, "company:<id>", or
    /// "company:default" (ReportingEventKind.h).
    static QString policyKey(const SlaPolicy &policy);
    /// The built-in company clock used when no company policy matches: 24 h first and next response,
    /// calendar time, auto-replies do not count.
    static SlaPolicy companyDefault();

    /// Enabled and disabled rows of sla_policies, in id order (selectFor() skips disabled ones). A row that
    /// no longer parses is skipped and logged.
    Result<QList<SlaPolicy>> policies() const;

    Result<QList<StoredSlaEvent>> events(qint64 conversationId) const;
    Status appendEvents(qint64 conversationId, const QList<StoredSlaEvent> &events) const;

    /// Inserts or updates one row per target instance of one clock; keeps warned/breached flags already set.
    Status saveInstances(qint64 conversationId,
                         const SlaPolicy &policy,
                         const QList<SlaTargetStatus> &instances,
                         qint64 nowMs) const;
    Result<QList<SlaClockRecord>> forConversation(qint64 conversationId) const;
    /// Open targets (running, or breached and not completed) due before untilMs, earliest first.
    Result<QList<SlaClockRecord>> dueBefore(qint64 untilMs, int limit) const;
    Status markWarned(qint64 clockId) const;
    Status markBreached(qint64 clockId) const;

private:
    const Database &m_db;
};

} // namespace hd
