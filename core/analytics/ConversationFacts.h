#pragma once

#include "core/analytics/AnalyticsData.h"

#include <QString>
#include <QtGlobal>

#include <vector>

namespace hd {

/// What one conversation contributes to the figures, derived by FactsBuilder. Times UTC ms,
/// durations ms; business durations on the reporting calendar.
struct ConversationFacts
{
    /// A human response to a waiting buyer (auto-replies never make one).
    struct Response
    {
        qint64 messageId = 0;
        qint64 at = 0;           ///< sent_at of the reply
        qint64 waitingSince = 0; ///< first buyer message of the wait
        qint64 calendarMs = 0;
        qint64 businessMs = 0;
        qint64 agentId = 0;     ///< author, else the assignee
        bool first = false;     ///< the conversation's first response (FRT), else a next response (NRT)
        bool fromEvent = false; ///< durations taken from reporting_events
    };
    struct Resolution
    {
        qint64 at = 0;
        qint64 calendarMs = 0;
        qint64 businessMs = 0;
        qint64 agentId = 0;
    };
    struct SlaResult
    {
        qint64 at = 0;
        QString target;
        QString policy;
        bool hit = false;
    };

    qint64 id = 0;
    qint64 channelId = 0;
    qint64 assigneeId = 0;
    qint64 createdAt = 0;
    qint64 firstInboundAt = 0;
    std::vector<Response> responses;
    std::vector<Resolution> resolutions;
    std::vector<qint64> reopens;
    std::vector<SlaResult> sla;
    int inbound = 0;
    int humanReplies = 0; ///< delivered human outbound messages, any time
    int autoReplies = 0;  ///< delivered automated outbound messages
    bool resolvedNow = false;
    /// Resolved with exactly one human reply, and no reopen within 7 days of the first resolution
    /// that was not resolved again without another reply (a buyer's "thank you" does not break it).
    bool firstContactResolution = false;
    /// Resolved with no human reply at all while an automated reply was sent.
    bool autoResolved = false;
    int eventMismatches = 0; ///< events whose calendar duration disagrees with the messages by > 1 s
    int csatScore = 0;       ///< latest answered score 1..5, 0 = none
    qint64 focusMs = 0;      ///< focused agent time in the loaded period

    const Response *firstResponse() const
    {
        for (const auto &r : responses)
            if (r.first)
                return &r;
        return nullptr;
    }
    qint64 firstResolutionAt() const { return resolutions.empty() ? 0 : resolutions.front().at; }
};

/// A run of conversations in ascending id order with their facts (same order) and their messages
/// (by conversation, then time): what the dashboard formulas walk. A load may give several runs,
/// each with higher ids than the one before.
struct FactsRun
{
    const std::vector<AnalyticsData::ConversationRow> *conversations = nullptr;
    const std::vector<ConversationFacts> *facts = nullptr;
    const std::vector<AnalyticsData::MessageRow> *messages = nullptr;
    const std::vector<AnalyticsData::MarkRow> *marks = nullptr; ///< "no response needed", by conversation then time
};

} // namespace hd
