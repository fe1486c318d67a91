#include "core/analytics/FactsBuilder.h"

#include <QHash>

#include <algorithm>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

using Data = AnalyticsData;

/// [begin, end) of the rows of one conversation in a vector sorted by conversation id.
template<typename Row>
struct Cursor
{
    const std::vector<Row> &rows;
    size_t pos = 0;

    std::pair<size_t, size_t> take(qint64 conversationId)
    {
        while (pos < rows.size() && rows[pos].conversationId < conversationId)
            ++pos;
        const size_t begin = pos;
        while (pos < rows.size() && rows[pos].conversationId == conversationId)
            ++pos;
        return {begin, pos};
    }
};

} // namespace

std::vector<ConversationFacts> FactsBuilder::build(const AnalyticsData &data, int *mismatches)
{
    std::vector<ConversationFacts> out;
    out.reserve(data.conversations.size());
    Cursor<Data::MessageRow> messages{data.messages};
    Cursor<Data::EventRow> events{data.events};
    Cursor<Data::CsatRow> csat{data.csat};
    // Focus rows arrive by start time; group them here.
    QHash<qint64, qint64> focusByConversation;
    for (const auto &f : data.focus)
        focusByConversation[f.conversationId] += f.durationMs;
    const BusinessCalendar &calendar = data.calendar;
    int mismatchCount = 0;

    for (const auto &c : data.conversations) {
        ConversationFacts f;
        f.id = c.id;
        f.channelId = c.channelId;
        f.assigneeId = c.assigneeId;
        f.createdAt = c.createdAt;
        f.resolvedNow = c.status == "resolved"_L1;
        f.focusMs = focusByConversation.value(c.id);

        // Events of this conversation: response durations by message id, resolutions, reopens, SLA.
        const auto [eb, ee] = events.take(c.id);
        QHash<qint64, const Data::EventRow *> responseEvents;
        for (size_t i = eb; i < ee; ++i) {
            const auto &e = data.events[i];
            switch (e.kind) {
            case Data::EventKind::FirstResponse:
            case Data::EventKind::Reply:
                if (e.messageId != 0 && !e.automated)
                    responseEvents.insert(e.messageId, &e);
                break;
            case Data::EventKind::Resolution:
                f.resolutions.push_back({e.occurredAt, e.durationMs, e.businessDurationMs, e.agentId});
                break;
            case Data::EventKind::Reopen: f.reopens.push_back(e.occurredAt); break;
            case Data::EventKind::SlaHit:
            case Data::EventKind::SlaMiss:
                f.sla.push_back({e.occurredAt, e.target, e.policy, e.kind == Data::EventKind::SlaHit});
                break;
            case Data::EventKind::Other: break;
            }
        }

        // Walk the messages: the wait starts at the first buyer message since the last human reply.
        const auto [mb, me] = messages.take(c.id);
        qint64 waitingSince = 0;
        qint64 lastAt = 0;
        for (size_t i = mb; i < me; ++i) {
            const auto &m = data.messages[i];
            lastAt = std::max(lastAt, m.sentAt);
            if (m.direction == Data::Direction::Inbound) {
                ++f.inbound;
                if (f.firstInboundAt == 0)
                    f.firstInboundAt = m.sentAt;
                if (waitingSince == 0)
                    waitingSince = m.sentAt;
                continue;
            }
            if (m.direction != Data::Direction::Outbound || !m.delivered)
                continue;
            if (m.automated) {
                ++f.autoReplies; // never a response, never stops the wait
                continue;
            }
            ++f.humanReplies;
            if (waitingSince == 0)
                continue; // a follow-up nobody was waiting for
            ConversationFacts::Response r;
            r.messageId = m.id;
            r.at = m.sentAt;
            r.waitingSince = waitingSince;
            r.calendarMs = m.sentAt - waitingSince;
            r.agentId = m.authorAgentId != 0 ? m.authorAgentId : c.assigneeId;
            r.first = f.responses.empty();
            if (const auto *e = responseEvents.value(m.id, nullptr)) {
                if (std::llabs(e->durationMs - r.calendarMs) > 1000) {
                    ++mismatchCount;
                    ++f.eventMismatches;
                }
                r.calendarMs = e->durationMs;
                r.businessMs = e->businessDurationMs;
                r.fromEvent = true;
                if (e->agentId != 0)
                    r.agentId = e->agentId;
            } else {
                r.businessMs = calendar.businessTimeBetween(waitingSince, m.sentAt);
            }
            f.responses.push_back(r);
            waitingSince = 0;
        }

        // A resolved conversation without resolution events (history imported before events existed).
        if (f.resolutions.empty() && f.resolvedNow) {
            const qint64 at = c.resolvedAt > 0 ? c.resolvedAt : std::max(lastAt, c.lastMessageAt);
            const qint64 start = f.firstInboundAt > 0 ? f.firstInboundAt : c.createdAt;
            if (at > 0 && at >= start)
                f.resolutions.push_back({at, at - start, calendar.businessTimeBetween(start, at), c.assigneeId});
        }
        std::sort(f.resolutions.begin(), f.resolutions.end(), [](const auto &a, const auto &b) { return a.at < b.at; });
        std::sort(f.reopens.begin(), f.reopens.end());

        if (!f.resolutions.empty()) {
            f.autoResolved = f.humanReplies == 0 && f.autoReplies > 0;
            bool fcr = f.humanReplies == 1;
            const qint64 firstResolved = f.resolutions.front().at;
            for (qint64 reopenAt : f.reopens) {
                if (!fcr)
                    break;
                if (reopenAt < firstResolved || reopenAt > firstResolved + kReopenWindowMs)
                    continue;
                // Harmless only when resolved again afterwards (no further human reply: there is only one).
                const bool resolvedAgain = std::any_of(f.resolutions.begin(), f.resolutions.end(), [&](const auto &r) {
                    return r.at >= reopenAt;
                });
                if (!resolvedAgain)
                    fcr = false;
            }
            // The one human reply must have come before the first resolution (not after a reopen).
            if (fcr) {
                for (size_t i = mb; i < me; ++i) {
                    const auto &m = data.messages[i];
                    if (m.direction == Data::Direction::Outbound && m.delivered && !m.automated
                        && m.sentAt > firstResolved)
                        fcr = false;
                }
            }
            f.firstContactResolution = fcr;
        }

        const auto [cb, ce] = csat.take(c.id);
        qint64 latestAnswer = -1;
        for (size_t i = cb; i < ce; ++i) {
            const auto &s = data.csat[i];
            if (s.score >= 1 && s.score <= 5 && s.answeredAt > latestAnswer) {
                latestAnswer = s.answeredAt;
                f.csatScore = s.score;
            }
        }
        out.push_back(std::move(f));
    }
    if (mismatches)
        *mismatches = mismatchCount;
    return out;
}

} // namespace hd
