#pragma once

#include <QString>

namespace hd {

/// The kinds of rows in the reporting_events table, stored as stable strings. The analytics read these
/// rows instead of recomputing response and resolution times from messages.
///
/// Who writes them: the ingest pipeline (TriageService, for inbound messages and outbound history
/// messages of imports and syncs), an agent reply being queued (MessageRepository::addReply), status
/// changes (ConversationRepository::setStatus: resolve and reopen) and SlaMonitor (a deadline that
/// passes with no event in the conversation). Rows are append-only and idempotent: the UNIQUE index
/// reporting_events_dedupe (conversation_id, kind, target, policy, occurred_at, message_id) drops a
/// second copy of the same fact (e.g. a miss found by SlaMonitor and again by a later replay).
///
/// Columns (times UTC ms, durations ms):
///   kind                  one of the strings below
///   conversation_id       the conversation
///   message_id            first_response / reply: the outbound message that responded; 0 otherwise
///   channel_id            the conversation's channel (join channels for kind and marketplace)
///   agent_id              first_response / reply: the author (0 = automated or unknown);
///                         resolution / reopen: the agent who changed the status (0 = buyer or system)
///   target                sla_hit / sla_miss: "first_response" | "next_response" | "resolution";
///                         empty for the other kinds
///   policy                sla_hit / sla_miss: the policy key, the marketplace preset id ("amazon",
///                         "walmart", "shopee", "tiktok", "etsy", "ebay-returns", "meta") for marketplace
///                         clocks, "company:<id>" for a company policy in sla_policies, "company:default"
///                         for the built-in company default (24 h first and next response, calendar time)
///                         used when no company policy matches; empty for the other kinds
///   occurred_at           when it happened: the response's sent_at, the resolve / reopen time; for
///                         sla_miss the deadline itself (the instant it was missed)
///   duration_ms           calendar (wall-clock) time from the start below to occurred_at
///   business_duration_ms  the same span counted only within the company's business calendar (the
///                         first enabled company policy with a business calendar; 24/7 when none, then
///                         equal to duration_ms). Pauses (pending) are NOT subtracted in either column;
///                         use sla_hit / sla_miss for "within target" questions
///   automated             1 when the response was an auto-reply (messages.automated) that counted
///   detail_json           {"started_at": ms, "policy_id": n, "policy_name": "...", "policy_kind":
///                         "marketplace"|"company", "due_at": ms} (keys present where they apply)
///
/// Kinds and what duration_ms measures:
///   first_response  the first counting response of the conversation; from the first buyer message
///                   that was waiting. Once per conversation (not per clock).
///   reply           every later counting response to a waiting buyer; from the buyer message that
///                   started the wait (a burst counts from its first message).
///   resolution      the conversation was resolved; from the conversation's first buyer message, or
///                   from the last reopen. A conversation resolved twice gives two rows.
///   reopen          a resolved conversation was reopened (by the agent, or by a new buyer message);
///                   from the previous resolution.
///   sla_hit         one SLA target met in time, per clock (a conversation can run a marketplace and a
///                   company clock, so up to two rows per response); from the target's start.
///   sla_miss        one SLA target's deadline passed unfulfilled, per clock, once, at the deadline;
///                   from the target's start (so duration_ms is the target's length in wall-clock).
///
/// SLA compliance for a policy = sla_hit / (sla_hit + sla_miss) over rows with that policy; first
/// response time = avg/median of duration_ms over first_response rows; and so on (features.md §c).
enum class ReportingEventKind {
    FirstResponse, ///< "first_response"
    Reply,         ///< "reply"
    Resolution,    ///< "resolution"
    Reopen,        ///< "reopen"
    SlaHit,        ///< "sla_hit"
    SlaMiss,       ///< "sla_miss"
};

inline QString reportingEventKindToString(ReportingEventKind kind)
{
    using namespace Qt::StringLiterals;
    switch (kind) {
    case ReportingEventKind::FirstResponse: return u"first_response"_s;
    case ReportingEventKind::Reply: return u"reply"_s;
    case ReportingEventKind::Resolution: return u"resolution"_s;
    case ReportingEventKind::Reopen: return u"reopen"_s;
    case ReportingEventKind::SlaHit: return u"sla_hit"_s;
    case ReportingEventKind::SlaMiss: break;
    }
    return u"sla_miss"_s;
}

inline ReportingEventKind reportingEventKindFromString(const QString &s, bool *ok = nullptr)
{
    using namespace Qt::StringLiterals;
    if (ok)
        *ok = true;
    for (ReportingEventKind k : {ReportingEventKind::FirstResponse,
                                 ReportingEventKind::Reply,
                                 ReportingEventKind::Resolution,
                                 ReportingEventKind::Reopen,
                                 ReportingEventKind::SlaHit,
                                 ReportingEventKind::SlaMiss})
        if (reportingEventKindToString(k) == s)
            return k;
    if (ok)
        *ok = false;
    return ReportingEventKind::FirstResponse;
}

} // namespace hd
