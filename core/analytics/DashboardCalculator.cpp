#include "core/analytics/DashboardCalculator.h"

#include "core/domain/Channel.h"
#include "core/workflow/sla/ResponseRate.h"

#include <QDateTime>
#include <QMap>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <map>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

using Data = AnalyticsData;
constexpr qint64 kHourMs = 3'600'000;
constexpr qint64 kDayMs = 24 * kHourMs;

/// UTC instant -> local day / weekday / hour in a zone, caching the offset per UTC hour (zone
/// offsets only change on whole hours in practice; half-hour zones still work because the offset
/// is added to the exact instant).
class LocalTime final
{
public:
    explicit LocalTime(const QTimeZone &zone)
        : m_zone(zone)
    {
    }
    struct Parts
    {
        qint64 dayNumber; ///< days since 1970-01-01 local
        int weekday;      ///< Monday = 0
        int hour;
    };
    Parts parts(qint64 utcMs)
    {
        const qint64 hourKey = utcMs >= 0 ? utcMs / kHourMs : (utcMs - kHourMs + 1) / kHourMs;
        auto it = m_offsets.find(hourKey);
        if (it == m_offsets.end()) {
            const qint64 offset = m_zone.isValid()
                ? qint64(m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(hourKey * kHourMs, QTimeZone::utc())))
                    * 1000
                : 0;
            it = m_offsets.emplace(hourKey, offset).first;
        }
        const qint64 local = utcMs + it->second;
        const qint64 day = local >= 0 ? local / kDayMs : (local - kDayMs + 1) / kDayMs;
        const int hour = int((local - day * kDayMs) / kHourMs);
        // 1970-01-01 was a Thursday (Monday = 0 -> Thursday = 3).
        const int weekday = int(((day % 7) + 7 + 3) % 7);
        return {day, weekday, hour};
    }
    static QDate date(qint64 dayNumber) { return QDate(1970, 1, 1).addDays(dayNumber); }

private:
    QTimeZone m_zone;
    std::map<qint64, qint64> m_offsets;
};

struct Samples
{
    std::vector<qint64> calendar;
    std::vector<qint64> business;
    void add(qint64 cal, qint64 biz)
    {
        calendar.push_back(cal);
        business.push_back(biz);
    }
};

struct DayAcc
{
    Dashboard::DayRow row;
    std::vector<qint64> frt, frtBiz, nrt, resolution;
    QList<qint64> ids; ///< conversations with a message, a new conversation or a response that day
};

struct AgentAcc
{
    Dashboard::AgentRow row;
    std::vector<qint64> frt;
    QSet<qint64> conversations;
    QSet<qint64> focusConversations;
};

bool inPeriod(qint64 at, const AnalyticsFilter &f)
{
    return at >= f.fromMs && at < f.toMs;
}

void addDurationFigures(Dashboard &d, const QString &prefix, const Samples &s)
{
    const DurationStats cal = MetricFormulas::durationStats(s.calendar);
    const DurationStats biz = MetricFormulas::durationStats(s.business);
    const auto p90 = [](const std::optional<qint64> &v) -> std::optional<double> {
        return v ? std::optional<double>(double(*v)) : std::nullopt;
    };
    d.figures.append({prefix + u"_mean"_s, cal.meanMs, {}, cal.count});
    d.figures.append({prefix + u"_median"_s, cal.medianMs, {}, cal.count});
    d.figures.append({prefix + u"_p90"_s, p90(cal.p90Ms), {}, cal.count});
    d.figures.append({prefix + u"_business_mean"_s, biz.meanMs, {}, biz.count});
    d.figures.append({prefix + u"_business_median"_s, biz.medianMs, {}, biz.count});
    d.figures.append({prefix + u"_business_p90"_s, p90(biz.p90Ms), {}, biz.count});
}

std::optional<double> countValue(qint64 n)
{
    return double(n);
}

} // namespace

QStringList DashboardCalculator::figureIds()
{
    QStringList ids;
    for (const QString &p : {u"frt"_s, u"nrt"_s, u"resolution"_s})
        for (const QString &s :
             {u"_mean"_s, u"_median"_s, u"_p90"_s, u"_business_mean"_s, u"_business_median"_s, u"_business_p90"_s})
            ids << p + s;
    ids << u"fcr_rate"_s << u"sla_compliance"_s << u"sla_first_response"_s << u"sla_next_response"_s
        << u"sla_resolution"_s << u"csat_score"_s << u"csat_response_rate"_s << u"auto_resolved_share"_s
        << u"new_conversations"_s << u"inbound_messages"_s << u"outbound_messages"_s << u"resolutions"_s << u"reopens"_s
        << u"backlog"_s << u"handle_time_mean"_s;
    return ids;
}

Dashboard DashboardCalculator::compute(const AnalyticsData &data,
                                       const std::vector<ConversationFacts> &facts,
                                       const AnalyticsFilter &filter,
                                       qint64 nowMs,
                                       Detail detail,
                                       std::optional<qint64> backlogAtEnd)
{
    const bool full = detail == Detail::Full;
    const qint64 backlog = backlogAtEnd.value_or(data.backlog);
    Dashboard d;
    d.filter = filter;
    LocalTime local(data.calendar.timeZone());
    QHash<qint64, const Data::ChannelInfo *> channels;
    for (const auto &c : data.channels)
        channels.insert(c.id, &c);
    QHash<qint64, QString> agentNames;
    for (const auto &a : data.agents)
        agentNames.insert(a.id, a.name);

    // Every local day of the period gets a row, even an empty one (the trend lines need them).
    std::map<qint64, DayAcc> days;
    if (filter.toMs > filter.fromMs) {
        const qint64 firstDay = local.parts(filter.fromMs).dayNumber;
        const qint64 lastDay = local.parts(filter.toMs - 1).dayNumber;
        for (qint64 day = firstDay; day <= lastDay && day - firstDay < 3660; ++day)
            days[day].row.date = LocalTime::date(day);
    }
    const auto dayOf = [&](qint64 at) -> DayAcc & {
        DayAcc &acc = days[local.parts(at).dayNumber];
        if (!acc.row.date.isValid())
            acc.row.date = LocalTime::date(local.parts(at).dayNumber);
        return acc;
    };
    std::map<qint64, AgentAcc> agents;
    const auto agentOf = [&](qint64 id) -> AgentAcc & {
        AgentAcc &a = agents[id];
        a.row.agentId = id;
        return a;
    };
    const auto drill = [&](const QString &key, qint64 conversationId) {
        if (!full)
            return;
        QList<qint64> &ids = d.drill[key];
        if (ids.isEmpty() || ids.constLast() != conversationId)
            ids.append(conversationId);
    };

    Samples frt, nrt, resolution;
    int newConversations = 0, resolutionsCount = 0, reopens = 0;
    int fcrBase = 0, fcrCount = 0, autoResolved = 0;
    std::map<QString, std::pair<int, int>> slaTarget;                  // target -> hits, misses
    std::map<qint64, std::pair<int, int>> slaChannel;                  // channel -> hits, misses
    std::map<std::pair<qint64, QString>, std::pair<int, int>> slaBoth; // (channel, target)
    QMap<QString, int> intents, sentiments;

    for (size_t i = 0; i < facts.size(); ++i) {
        const ConversationFacts &f = facts[i];
        const Data::ConversationRow &row = data.conversations[i];
        if (inPeriod(f.createdAt, filter)) {
            ++newConversations;
            ++dayOf(f.createdAt).row.newConversations;
            drill(u"new_conversations"_s, f.id);
            const QString intent = row.intent.isEmpty() ? u"unknown"_s : row.intent;
            const QString sentiment = row.sentiment.isEmpty() ? u"unknown"_s : row.sentiment;
            ++intents[intent];
            ++sentiments[sentiment];
            if (full) {
                drill(u"intent:"_s + intent, f.id);
                drill(u"sentiment:"_s + sentiment, f.id);
            }
        }
        for (const auto &r : f.responses) {
            if (!inPeriod(r.at, filter))
                continue;
            DayAcc &day = dayOf(r.at);
            AgentAcc &agent = agentOf(r.agentId);
            ++agent.row.responses;
            agent.conversations.insert(f.id);
            if (full)
                drill(u"agent:"_s + QString::number(r.agentId), f.id);
            if (r.first) {
                frt.add(r.calendarMs, r.businessMs);
                day.frt.push_back(r.calendarMs);
                day.frtBiz.push_back(r.businessMs);
                agent.frt.push_back(r.calendarMs);
                drill(u"frt"_s, f.id);
            } else {
                nrt.add(r.calendarMs, r.businessMs);
                day.nrt.push_back(r.calendarMs);
                drill(u"nrt"_s, f.id);
            }
        }
        bool resolvedInPeriod = false;
        for (const auto &r : f.resolutions) {
            if (!inPeriod(r.at, filter))
                continue;
            resolvedInPeriod = true;
            ++resolutionsCount;
            resolution.add(r.calendarMs, r.businessMs);
            DayAcc &day = dayOf(r.at);
            ++day.row.resolutions;
            day.resolution.push_back(r.calendarMs);
            const qint64 agentId = r.agentId != 0 ? r.agentId : f.assigneeId;
            ++agentOf(agentId).row.resolutions;
            drill(u"resolution"_s, f.id);
        }
        if (resolvedInPeriod)
            drill(u"resolutions"_s, f.id);
        // FCR and auto-resolution belong to the period of the first resolution.
        if (!f.resolutions.empty() && inPeriod(f.firstResolutionAt(), filter)) {
            ++fcrBase;
            if (f.firstContactResolution) {
                ++fcrCount;
                drill(u"fcr_rate"_s, f.id);
            }
            if (f.autoResolved) {
                ++autoResolved;
                drill(u"auto_resolved_share"_s, f.id);
            }
        }
        for (qint64 at : f.reopens) {
            if (inPeriod(at, filter)) {
                ++reopens;
                drill(u"reopens"_s, f.id);
            }
        }
        for (const auto &s : f.sla) {
            if (!inPeriod(s.at, filter))
                continue;
            auto &t = slaTarget[s.target];
            auto &c = slaChannel[f.channelId];
            auto &b = slaBoth[{f.channelId, s.target}];
            (s.hit ? t.first : t.second)++;
            (s.hit ? c.first : c.second)++;
            (s.hit ? b.first : b.second)++;
            if (full) {
                drill(u"sla:"_s + QString::number(f.channelId), f.id);
                drill(u"sla_target:"_s + s.target, f.id);
            }
            drill(u"sla_compliance"_s, f.id);
        }
    }

    // Messages: volume by day and the weekday x hour heat map (inbound only). Drill lists are
    // gathered locally (one hash insert per list, not per message).
    int inbound = 0, outbound = 0;
    std::array<QList<qint64>, 7 * 24> heatIds;
    QList<qint64> inboundIds, outboundIds;
    const auto addOnce = [](QList<qint64> &ids, qint64 id) {
        if (ids.isEmpty() || ids.constLast() != id)
            ids.append(id);
    };
    for (const auto &m : data.messages) {
        if (!inPeriod(m.sentAt, filter))
            continue;
        if (!full) { // the counts only
            inbound += m.direction == Data::Direction::Inbound;
            outbound += m.direction == Data::Direction::Outbound && m.delivered;
            continue;
        }
        if (m.direction == Data::Direction::Inbound) {
            ++inbound;
            const auto p = local.parts(m.sentAt);
            const size_t cell = size_t(p.weekday * 24 + p.hour);
            ++d.heat[cell];
            addOnce(heatIds[cell], m.conversationId);
            addOnce(inboundIds, m.conversationId);
            DayAcc &day = dayOf(m.sentAt);
            ++day.row.inbound;
            addOnce(day.ids, m.conversationId);
        } else if (m.direction == Data::Direction::Outbound && m.delivered) {
            ++outbound;
            addOnce(outboundIds, m.conversationId);
            DayAcc &day = dayOf(m.sentAt);
            ++day.row.outbound;
            addOnce(day.ids, m.conversationId);
        }
    }
    // Messages come by conversation, so each list is already sorted and unique.
    for (size_t cell = 0; cell < heatIds.size(); ++cell)
        if (!heatIds[cell].isEmpty())
            d.drill.insert(u"heat:%1:%2"_s.arg(cell / 24).arg(cell % 24), std::move(heatIds[cell]));
    if (!inboundIds.isEmpty())
        d.drill.insert(u"inbound_messages"_s, std::move(inboundIds));
    if (!outboundIds.isEmpty())
        d.drill.insert(u"outbound_messages"_s, std::move(outboundIds));

    // CSAT: surveys sent in the period; score = 4 and 5 out of all answers.
    int surveys = 0, answers = 0, satisfied = 0;
    for (const auto &s : data.csat) {
        if (!inPeriod(s.sentAt, filter))
            continue;
        ++surveys;
        if (s.score < 1 || s.score > 5 || s.answeredAt <= 0)
            continue;
        ++answers;
        ++d.csatDistribution[size_t(s.score - 1)];
        drill(u"csat_score"_s, s.conversationId);
        AgentAcc &agent = agentOf(s.agentId);
        ++agent.row.csatAnswers;
        if (s.score >= 4) {
            ++satisfied;
            ++agent.row.csatSatisfied;
        }
    }
    // Handle time: focused agent time per conversation handled, sessions started in the period.
    qint64 focusMs = 0;
    QSet<std::pair<qint64, qint64>> focusPairs;
    for (const auto &s : data.focus) {
        if (!inPeriod(s.startedAt, filter))
            continue;
        focusMs += s.durationMs;
        focusPairs.insert({s.agentId, s.conversationId});
        AgentAcc &agent = agentOf(s.agentId);
        agent.row.focusMs += s.durationMs;
        agent.focusConversations.insert(s.conversationId);
        drill(u"handle_time_mean"_s, s.conversationId);
    }

    // SLA rows.
    int slaHits = 0, slaMisses = 0;
    for (const auto &[target, hm] : slaTarget) {
        d.slaByTarget.append({0, {}, target, hm.first, hm.second});
        slaHits += hm.first;
        slaMisses += hm.second;
    }
    const auto channelName = [&](qint64 id) {
        const auto *c = channels.value(id, nullptr);
        return c ? c->name : QString::number(id);
    };
    for (const auto &[channel, hm] : slaChannel)
        d.slaByChannel.append({channel, channelName(channel), {}, hm.first, hm.second});
    for (const auto &[key, hm] : slaBoth)
        d.slaByChannelTarget.append({key.first, channelName(key.first), key.second, hm.first, hm.second});
    const auto slaFigure = [&](const QString &target) -> Dashboard::Figure {
        const auto it = slaTarget.find(target);
        if (it == slaTarget.end())
            return {u"sla_"_s + target, {}, {}, 0};
        return {u"sla_"_s + target,
                MetricFormulas::share(it->second.first, it->second.first + it->second.second),
                {},
                it->second.first + it->second.second};
    };

    // Marketplace response rates, each platform's own counting rule, over this period.
    const qint64 rateNow = std::min(filter.toMs, nowMs);
    if (full && rateNow > filter.fromMs) {
        std::map<qint64, QList<ResponseRate::Thread>> threads;
        size_t mi = 0, ki = 0;
        for (const auto &c : data.conversations) {
            const auto *ch = channels.value(c.channelId, nullptr);
            while (mi < data.messages.size() && data.messages[mi].conversationId < c.id)
                ++mi;
            while (ki < data.noResponseMarks.size() && data.noResponseMarks[ki].conversationId < c.id)
                ++ki;
            if (!ch)
                continue;
            bool ok = false;
            const ChannelKind kind = channelKindFromString(ch->kind, &ok);
            if (!ok || !ResponseRate::ruleFor(kind))
                continue;
            ResponseRate::Thread t;
            t.id = QString::number(c.id);
            bool inWindow = false;
            for (size_t j = mi; j < data.messages.size() && data.messages[j].conversationId == c.id; ++j) {
                const auto &m = data.messages[j];
                if (m.direction == Data::Direction::Inbound) {
                    t.events.append({SlaEvent::Kind::BuyerMessage, m.sentAt});
                    inWindow = inWindow || (m.sentAt >= filter.fromMs && m.sentAt <= rateNow);
                } else if (m.direction == Data::Direction::Outbound && m.delivered)
                    t.events.append({m.automated ? SlaEvent::Kind::AutoReply : SlaEvent::Kind::AgentReply, m.sentAt});
            }
            // "No response needed" marks, as the Response Rate view sees them (ResponseRate sorts the
            // events stably by time: a mark comes after the messages of the same ms).
            for (; ki < data.noResponseMarks.size() && data.noResponseMarks[ki].conversationId == c.id; ++ki)
                t.events.append({SlaEvent::Kind::NoResponseNeeded, data.noResponseMarks[ki].at});
            if (inWindow) // threads with no buyer message in the window add no sample
                threads[c.channelId].append(t);
        }
        for (const auto &[channelId, list] : threads) {
            const auto *ch = channels.value(channelId, nullptr);
            auto rule = *ResponseRate::ruleFor(channelKindFromString(ch->kind));
            rule.periodMs = rateNow - filter.fromMs + 1; // samples received in [from, rateNow]
            const auto report = ResponseRate::compute(list, rule, rateNow, 0);
            Dashboard::RateRow row{channelId,
                                   ch->name,
                                   rule.id,
                                   report.answeredInTime,
                                   report.answeredLate,
                                   report.missed,
                                   report.open,
                                   report.excluded,
                                   report.rate,
                                   rule.targetRate};
            d.responseRates.append(row);
            for (const auto &t : list)
                drill(u"rate:"_s + QString::number(channelId), t.id.toLongLong());
        }
    }

    // Figures, in figureIds() order.
    addDurationFigures(d, u"frt"_s, frt);
    addDurationFigures(d, u"nrt"_s, nrt);
    addDurationFigures(d, u"resolution"_s, resolution);
    d.figures.append({u"fcr_rate"_s, MetricFormulas::share(fcrCount, fcrBase), {}, fcrBase});
    d.figures.append(
        {u"sla_compliance"_s, MetricFormulas::share(slaHits, slaHits + slaMisses), {}, slaHits + slaMisses});
    d.figures.append(slaFigure(u"first_response"_s));
    d.figures.append(slaFigure(u"next_response"_s));
    d.figures.append(slaFigure(u"resolution"_s));
    d.figures.append({u"csat_score"_s, MetricFormulas::share(satisfied, answers), {}, answers});
    d.figures.append({u"csat_response_rate"_s, MetricFormulas::share(answers, surveys), {}, surveys});
    d.figures.append({u"auto_resolved_share"_s, MetricFormulas::share(autoResolved, fcrBase), {}, fcrBase});
    d.figures.append({u"new_conversations"_s, countValue(newConversations), {}, newConversations});
    d.figures.append({u"inbound_messages"_s, countValue(inbound), {}, inbound});
    d.figures.append({u"outbound_messages"_s, countValue(outbound), {}, outbound});
    d.figures.append({u"resolutions"_s, countValue(resolutionsCount), {}, resolutionsCount});
    d.figures.append({u"reopens"_s, countValue(reopens), {}, reopens});
    d.figures.append({u"backlog"_s, countValue(backlog), {}, int(backlog)});
    d.figures.append(
        {u"handle_time_mean"_s,
         focusPairs.isEmpty() ? std::nullopt : std::optional<double>(double(focusMs) / double(focusPairs.size())),
         {},
         int(focusPairs.size())});

    for (auto &[day, acc] : days) {
        Q_UNUSED(day)
        acc.row.frtMedianMs = MetricFormulas::median(acc.frt);
        acc.row.frtBusinessMedianMs = MetricFormulas::median(acc.frtBiz);
        acc.row.nrtMedianMs = MetricFormulas::median(acc.nrt);
        acc.row.resolutionMedianMs = MetricFormulas::median(acc.resolution);
        d.days.append(acc.row);
        if (!acc.ids.isEmpty())
            d.drill.insert(u"day:"_s + acc.row.date.toString(Qt::ISODate), std::move(acc.ids));
    }
    for (auto it = intents.cbegin(); it != intents.cend(); ++it)
        d.intents.append({it.key(), it.value()});
    for (auto it = sentiments.cbegin(); it != sentiments.cend(); ++it)
        d.sentiments.append({it.key(), it.value()});
    const auto byCount = [](const Dashboard::CountRow &a, const Dashboard::CountRow &b) {
        return a.count != b.count ? a.count > b.count : a.key < b.key;
    };
    std::sort(d.intents.begin(), d.intents.end(), byCount);
    std::sort(d.sentiments.begin(), d.sentiments.end(), byCount);
    for (auto &[id, acc] : agents) {
        acc.row.name = id == 0 ? QString() : agentNames.value(id, QString::number(id));
        acc.row.conversations = int(acc.conversations.size());
        acc.row.firstResponse = MetricFormulas::durationStats(acc.frt);
        acc.row.focusConversations = int(acc.focusConversations.size());
        d.agents.append(acc.row);
    }
    return d;
}

void DashboardCalculator::attachPrevious(Dashboard &current, const Dashboard &previous)
{
    for (auto &f : current.figures)
        f.previous = previous.value(f.id);
}

} // namespace hd
