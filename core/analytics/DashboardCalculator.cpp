#include "core/analytics/DashboardCalculator.h"

#include "core/domain/Channel.h"
#include "core/workflow/sla/ResponseRate.h"

#include <QDateTime>
#include <QMap>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <limits>
#include <map>
#include <memory>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

using Data = AnalyticsData;
constexpr qint64 kHourMs = 3'600'000;
constexpr qint64 kDayMs = 24 * kHourMs;

/// UTC instant -> local day / weekday / hour in a zone, caching the offset per UTC hour (zone
/// offsets only change on whole hours in practice; half-hour zones still work because the offset
/// is added to the exact instant). Hours inside the window given at construction are cached in a
/// flat array (one lookup per message); others in a map.
class LocalTime final
{
public:
    LocalTime(const QTimeZone &zone, qint64 fromMs, qint64 toMs)
        : m_zone(zone)
        , m_firstHour(hourOf(fromMs) - 48)
    {
        const qint64 hours = hourOf(toMs) + 48 - m_firstHour + 1;
        if (hours > 0 && hours <= kMaxFlatHours)
            m_flat.assign(size_t(hours), kUnknown);
    }
    struct Parts
    {
        qint64 dayNumber; ///< days since 1970-01-01 local
        int weekday;      ///< Monday = 0
        int hour;
    };
    Parts parts(qint64 utcMs)
    {
        const qint64 local = utcMs + offsetMs(hourOf(utcMs));
        const qint64 day = local >= 0 ? local / kDayMs : (local - kDayMs + 1) / kDayMs;
        const int hour = int((local - day * kDayMs) / kHourMs);
        // 1970-01-01 was a Thursday (Monday = 0 -> Thursday = 3).
        const int weekday = int(((day % 7) + 7 + 3) % 7);
        return {day, weekday, hour};
    }
    qint64 dayNumber(qint64 utcMs)
    {
        const qint64 local = utcMs + offsetMs(hourOf(utcMs));
        return local >= 0 ? local / kDayMs : (local - kDayMs + 1) / kDayMs;
    }
    static QDate date(qint64 dayNumber) { return QDate(1970, 1, 1).addDays(dayNumber); }

private:
    static constexpr qint64 kUnknown = std::numeric_limits<qint64>::min();
    static constexpr qint64 kMaxFlatHours = 24 * 366 * 12;
    static qint64 hourOf(qint64 utcMs) { return utcMs >= 0 ? utcMs / kHourMs : (utcMs - kHourMs + 1) / kHourMs; }
    qint64 zoneOffsetMs(qint64 hourKey) const
    {
        return m_zone.isValid()
            ? qint64(m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(hourKey * kHourMs, QTimeZone::utc()))) * 1000
            : 0;
    }
    qint64 offsetMs(qint64 hourKey)
    {
        const qint64 i = hourKey - m_firstHour;
        if (i >= 0 && i < qint64(m_flat.size())) {
            qint64 &slot = m_flat[size_t(i)];
            if (slot == kUnknown)
                slot = zoneOffsetMs(hourKey);
            return slot;
        }
        auto it = m_offsets.find(hourKey);
        if (it == m_offsets.end())
            it = m_offsets.emplace(hourKey, zoneOffsetMs(hourKey)).first;
        return it->second;
    }

    QTimeZone m_zone;
    qint64 m_firstHour = 0;
    std::vector<qint64> m_flat;
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
    bool used = false; ///< something was counted on it
};

/// The local days of a period, in a flat array (a map for days outside it: a period longer than
/// ten years, or an instant that DST moves across the period's first or last midnight).
class Days final
{
public:
    Days(LocalTime &local, const AnalyticsFilter &filter)
        : m_local(local)
    {
        if (filter.toMs <= filter.fromMs)
            return;
        m_first = local.dayNumber(filter.fromMs);
        const qint64 last = local.dayNumber(filter.toMs - 1);
        // Every local day of the period gets a row, even an empty one (the trend lines need them).
        m_shownLast = std::min(last, m_first + 3659);
        m_flat.resize(size_t(m_shownLast - m_first + 1));
    }
    DayAcc &at(qint64 utcMs)
    {
        const qint64 day = m_local.dayNumber(utcMs);
        DayAcc &acc =
            day >= m_first && day - m_first < qint64(m_flat.size()) ? m_flat[size_t(day - m_first)] : m_other[day];
        acc.used = true;
        return acc;
    }
    /// The rows to show, by day: every day of the period, and any other day something was counted on.
    template<typename F>
    void forEach(F &&f)
    {
        auto other = m_other.begin();
        const auto flushBefore = [&](qint64 day) {
            for (; other != m_other.end() && other->first < day; ++other)
                f(other->first, other->second);
        };
        for (size_t i = 0; i < m_flat.size(); ++i) {
            const qint64 day = m_first + qint64(i);
            flushBefore(day);
            f(day, m_flat[i]);
        }
        flushBefore(std::numeric_limits<qint64>::max());
    }

private:
    LocalTime &m_local;
    qint64 m_first = 0;
    qint64 m_shownLast = -1;
    std::vector<DayAcc> m_flat;
    std::map<qint64, DayAcc> m_other;
};

struct AgentAcc
{
    Dashboard::AgentRow row;
    std::vector<qint64> frt;
    qint64 lastConversation = std::numeric_limits<qint64>::min(); ///< conversations come in id order
};

/// Agents by id, looked up through a hash and the last one asked for.
class Agents final
{
public:
    AgentAcc &of(qint64 id)
    {
        if (m_last && m_last->row.agentId == id)
            return *m_last;
        auto it = m_index.constFind(id);
        if (it == m_index.cend()) {
            auto &a = m_agents.emplace_back(std::make_unique<AgentAcc>());
            a->row.agentId = id;
            it = m_index.insert(id, a.get());
        }
        m_last = it.value();
        return *m_last;
    }
    /// By agent id.
    std::vector<AgentAcc *> sorted() const
    {
        std::vector<AgentAcc *> out;
        out.reserve(m_agents.size());
        for (const auto &a : m_agents)
            out.push_back(a.get());
        std::sort(out.begin(), out.end(), [](const AgentAcc *a, const AgentAcc *b) {
            return a->row.agentId < b->row.agentId;
        });
        return out;
    }

private:
    std::vector<std::unique_ptr<AgentAcc>> m_agents;
    QHash<qint64, AgentAcc *> m_index;
    AgentAcc *m_last = nullptr;
};

/// A drill-down list: conversation ids, each appended once when they come in order.
void addOnce(QList<qint64> &ids, qint64 id)
{
    if (ids.isEmpty() || ids.constLast() != id)
        ids.append(id);
}

/// Counts and drill lists keyed by a short string (intents, sentiments, SLA targets): a handful of
/// distinct keys, looked up linearly starting with the last one found.
class Keyed final
{
public:
    struct Entry
    {
        QString key;
        int count = 0;
        QList<qint64> ids;
    };
    Entry &of(const QString &key)
    {
        if (m_last < m_entries.size() && m_entries[m_last].key == key)
            return m_entries[m_last];
        for (size_t i = 0; i < m_entries.size(); ++i) {
            if (m_entries[i].key == key) {
                m_last = i;
                return m_entries[i];
            }
        }
        m_last = m_entries.size();
        return m_entries.emplace_back(Entry{key, 0, {}});
    }
    std::vector<Entry> &entries() { return m_entries; }

private:
    std::vector<Entry> m_entries;
    size_t m_last = 0;
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
    return compute(data,
                   {FactsRun{&data.conversations, &facts, &data.messages, &data.noResponseMarks}},
                   filter,
                   nowMs,
                   detail,
                   backlogAtEnd);
}

Dashboard DashboardCalculator::compute(const AnalyticsData &data,
                                       const std::vector<FactsRun> &runs,
                                       const AnalyticsFilter &filter,
                                       qint64 nowMs,
                                       Detail detail,
                                       std::optional<qint64> backlogAtEnd)
{
    const bool full = detail != Detail::Figures;
    const qint64 backlog = backlogAtEnd.value_or(data.backlog);
    Dashboard d;
    d.filter = filter;
    LocalTime local(data.calendar.timeZone(), filter.fromMs, filter.toMs);
    QHash<qint64, QString> agentNames;
    for (const auto &a : data.agents)
        agentNames.insert(a.id, a.name);

    Days days(local, filter);
    Agents agents;
    // Drill-down lists are gathered in locals (one hash insert per list at the end, not per id).
    enum Fixed : size_t {
        NewConversations,
        Frt,
        Nrt,
        Resolution,
        Resolutions,
        FcrRate,
        AutoResolvedShare,
        Reopens,
        SlaCompliance,
        CsatScore,
        HandleTimeMean,
        InboundMessages,
        OutboundMessages,
        FixedCount
    };
    static const std::array<QString, FixedCount> kFixedKeys{u"new_conversations"_s,
                                                            u"frt"_s,
                                                            u"nrt"_s,
                                                            u"resolution"_s,
                                                            u"resolutions"_s,
                                                            u"fcr_rate"_s,
                                                            u"auto_resolved_share"_s,
                                                            u"reopens"_s,
                                                            u"sla_compliance"_s,
                                                            u"csat_score"_s,
                                                            u"handle_time_mean"_s,
                                                            u"inbound_messages"_s,
                                                            u"outbound_messages"_s};
    std::array<QList<qint64>, FixedCount> fixed;
    const auto drill = [&](Fixed key, qint64 conversationId) {
        if (full)
            addOnce(fixed[key], conversationId);
    };
    std::map<qint64, QList<qint64>> agentDrill, slaChannelDrill;

    Samples frt, nrt, resolution;
    int newConversations = 0, resolutionsCount = 0, reopens = 0;
    int fcrBase = 0, fcrCount = 0, autoResolved = 0;
    std::map<QString, std::pair<int, int>> slaTarget;                  // target -> hits, misses
    std::map<qint64, std::pair<int, int>> slaChannel;                  // channel -> hits, misses
    std::map<std::pair<qint64, QString>, std::pair<int, int>> slaBoth; // (channel, target)
    std::map<QString, QList<qint64>> slaTargetDrill;
    Keyed intents, sentiments;
    const QString unknown = u"unknown"_s;

    for (const FactsRun &run : runs)
        for (size_t i = 0; i < run.facts->size(); ++i) {
            const ConversationFacts &f = (*run.facts)[i];
            const Data::ConversationRow &row = (*run.conversations)[i];
            if (inPeriod(f.createdAt, filter)) {
                ++newConversations;
                DayAcc &day = days.at(f.createdAt);
                ++day.row.newConversations;
                drill(NewConversations, f.id);
                auto &intent = intents.of(row.intent.isEmpty() ? unknown : row.intent);
                auto &sentiment = sentiments.of(row.sentiment.isEmpty() ? unknown : row.sentiment);
                ++intent.count;
                ++sentiment.count;
                if (full) {
                    addOnce(intent.ids, f.id);
                    addOnce(sentiment.ids, f.id);
                }
            }
            for (const auto &r : f.responses) {
                if (!inPeriod(r.at, filter))
                    continue;
                DayAcc &day = days.at(r.at);
                AgentAcc &agent = agents.of(r.agentId);
                ++agent.row.responses;
                if (agent.lastConversation != f.id) {
                    agent.lastConversation = f.id;
                    ++agent.row.conversations;
                }
                if (full)
                    addOnce(agentDrill[r.agentId], f.id);
                if (r.first) {
                    frt.add(r.calendarMs, r.businessMs);
                    day.frt.push_back(r.calendarMs);
                    day.frtBiz.push_back(r.businessMs);
                    agent.frt.push_back(r.calendarMs);
                    drill(Frt, f.id);
                } else {
                    nrt.add(r.calendarMs, r.businessMs);
                    day.nrt.push_back(r.calendarMs);
                    drill(Nrt, f.id);
                }
            }
            bool resolvedInPeriod = false;
            for (const auto &r : f.resolutions) {
                if (!inPeriod(r.at, filter))
                    continue;
                resolvedInPeriod = true;
                ++resolutionsCount;
                resolution.add(r.calendarMs, r.businessMs);
                DayAcc &day = days.at(r.at);
                ++day.row.resolutions;
                day.resolution.push_back(r.calendarMs);
                const qint64 agentId = r.agentId != 0 ? r.agentId : f.assigneeId;
                ++agents.of(agentId).row.resolutions;
                drill(Resolution, f.id);
            }
            if (resolvedInPeriod)
                drill(Resolutions, f.id);
            // FCR and auto-resolution belong to the period of the first resolution.
            if (!f.resolutions.empty() && inPeriod(f.firstResolutionAt(), filter)) {
                ++fcrBase;
                if (f.firstContactResolution) {
                    ++fcrCount;
                    drill(FcrRate, f.id);
                }
                if (f.autoResolved) {
                    ++autoResolved;
                    drill(AutoResolvedShare, f.id);
                }
            }
            for (qint64 at : f.reopens) {
                if (inPeriod(at, filter)) {
                    ++reopens;
                    drill(Reopens, f.id);
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
                    addOnce(slaChannelDrill[f.channelId], f.id);
                    addOnce(slaTargetDrill[s.target], f.id);
                }
                drill(SlaCompliance, f.id);
            }
        }

    // Messages: volume by day and the weekday x hour heat map (inbound only).
    int inbound = 0, outbound = 0;
    std::array<QList<qint64>, 7 * 24> heatIds;
    for (const FactsRun &run : runs)
        for (const auto &m : *run.messages) {
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
                addOnce(fixed[InboundMessages], m.conversationId);
                DayAcc &day = days.at(m.sentAt);
                ++day.row.inbound;
                addOnce(day.ids, m.conversationId);
            } else if (m.direction == Data::Direction::Outbound && m.delivered) {
                ++outbound;
                addOnce(fixed[OutboundMessages], m.conversationId);
                DayAcc &day = days.at(m.sentAt);
                ++day.row.outbound;
                addOnce(day.ids, m.conversationId);
            }
        }
    // Messages come by conversation, so each list is already sorted and unique.
    for (size_t cell = 0; cell < heatIds.size(); ++cell)
        if (!heatIds[cell].isEmpty())
            d.drill.insert(u"heat:%1:%2"_s.arg(cell / 24).arg(cell % 24), std::move(heatIds[cell]));

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
        drill(CsatScore, s.conversationId);
        AgentAcc &agent = agents.of(s.agentId);
        ++agent.row.csatAnswers;
        if (s.score >= 4) {
            ++satisfied;
            ++agent.row.csatSatisfied;
        }
    }
    // Handle time: focused agent time per (agent, conversation) handled, sessions started in the
    // period. Distinct pairs: by conversation when the rows come grouped by conversation (the facts
    // store's order), else by sorting the pairs.
    qint64 focusMs = 0;
    qint64 focusPairs = 0;
    const bool focusByConversation =
        std::is_sorted(data.focus.begin(), data.focus.end(), [](const auto &a, const auto &b) {
            return a.conversationId < b.conversationId;
        });
    std::vector<std::pair<qint64, qint64>> pairs; // (agent, conversation), when not grouped
    qint64 groupConversation = std::numeric_limits<qint64>::min();
    std::vector<qint64> groupAgents;
    for (const auto &s : data.focus) {
        if (!inPeriod(s.startedAt, filter))
            continue;
        focusMs += s.durationMs;
        AgentAcc &agent = agents.of(s.agentId);
        agent.row.focusMs += s.durationMs;
        drill(HandleTimeMean, s.conversationId);
        if (!focusByConversation) {
            pairs.emplace_back(s.agentId, s.conversationId);
            continue;
        }
        if (s.conversationId != groupConversation) {
            groupConversation = s.conversationId;
            groupAgents.clear();
        }
        if (std::find(groupAgents.begin(), groupAgents.end(), s.agentId) == groupAgents.end()) {
            groupAgents.push_back(s.agentId);
            ++focusPairs;
            ++agent.row.focusConversations;
        }
    }
    if (!focusByConversation) {
        std::sort(pairs.begin(), pairs.end());
        pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
        focusPairs = qint64(pairs.size());
        for (const auto &[agentId, conversationId] : pairs) {
            Q_UNUSED(conversationId)
            ++agents.of(agentId).row.focusConversations;
        }
    }

    // SLA rows.
    int slaHits = 0, slaMisses = 0;
    for (const auto &[target, hm] : slaTarget) {
        d.slaByTarget.append({0, {}, target, hm.first, hm.second});
        slaHits += hm.first;
        slaMisses += hm.second;
    }
    QHash<qint64, QString> channelNames;
    for (const auto &c : data.channels)
        channelNames.insert(c.id, c.name);
    const auto channelName = [&](qint64 id) { return channelNames.value(id, QString::number(id)); };
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

    if (detail == Detail::Full)
        addResponseRates(d, data, runs, filter, nowMs);

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
    d.figures.append({u"handle_time_mean"_s,
                      focusPairs == 0 ? std::nullopt : std::optional<double>(double(focusMs) / double(focusPairs)),
                      {},
                      int(focusPairs)});

    days.forEach([&](qint64 day, DayAcc &acc) {
        if (!acc.row.date.isValid())
            acc.row.date = LocalTime::date(day);
        acc.row.frtMedianMs = MetricFormulas::median(std::move(acc.frt));
        acc.row.frtBusinessMedianMs = MetricFormulas::median(std::move(acc.frtBiz));
        acc.row.nrtMedianMs = MetricFormulas::median(std::move(acc.nrt));
        acc.row.resolutionMedianMs = MetricFormulas::median(std::move(acc.resolution));
        d.days.append(acc.row);
        if (!acc.ids.isEmpty())
            d.drill.insert(u"day:"_s + acc.row.date.toString(Qt::ISODate), std::move(acc.ids));
    });
    for (auto &e : intents.entries()) {
        d.intents.append({e.key, e.count});
        if (!e.ids.isEmpty())
            d.drill.insert(u"intent:"_s + e.key, std::move(e.ids));
    }
    for (auto &e : sentiments.entries()) {
        d.sentiments.append({e.key, e.count});
        if (!e.ids.isEmpty())
            d.drill.insert(u"sentiment:"_s + e.key, std::move(e.ids));
    }
    const auto byCount = [](const Dashboard::CountRow &a, const Dashboard::CountRow &b) {
        return a.count != b.count ? a.count > b.count : a.key < b.key;
    };
    std::sort(d.intents.begin(), d.intents.end(), byCount);
    std::sort(d.sentiments.begin(), d.sentiments.end(), byCount);
    for (AgentAcc *acc : agents.sorted()) {
        const qint64 id = acc->row.agentId;
        acc->row.name = id == 0 ? QString() : agentNames.value(id, QString::number(id));
        acc->row.firstResponse = MetricFormulas::durationStats(acc->frt);
        d.agents.append(acc->row);
    }
    for (size_t k = 0; k < FixedCount; ++k)
        if (!fixed[k].isEmpty())
            d.drill.insert(kFixedKeys[k], std::move(fixed[k]));
    for (auto &[id, ids] : agentDrill)
        d.drill.insert(u"agent:"_s + QString::number(id), std::move(ids));
    for (auto &[id, ids] : slaChannelDrill)
        d.drill.insert(u"sla:"_s + QString::number(id), std::move(ids));
    for (auto &[target, ids] : slaTargetDrill)
        d.drill.insert(u"sla_target:"_s + target, std::move(ids));
    return d;
}

void DashboardCalculator::addResponseRates(Dashboard &d,
                                           const AnalyticsData &data,
                                           const std::vector<FactsRun> &runs,
                                           const AnalyticsFilter &filter,
                                           qint64 nowMs)
{
    // Marketplace response rates, each platform's own counting rule, over this period.
    const qint64 rateNow = std::min(filter.toMs, nowMs);
    if (rateNow <= filter.fromMs)
        return;
    struct ChannelRule
    {
        const Data::ChannelInfo *channel = nullptr;
        ResponseRate::Rule rule;
        std::optional<ResponseRate::Tally> tally;
        QList<qint64> ids;
    };
    std::map<qint64, ChannelRule> rules; // channels with a platform rule
    for (const auto &c : data.channels) {
        bool ok = false;
        const ChannelKind kind = channelKindFromString(c.kind, &ok);
        if (!ok)
            continue;
        if (auto rule = ResponseRate::ruleFor(kind)) {
            rule->periodMs = rateNow - filter.fromMs + 1; // samples received in [from, rateNow]
            rules.emplace(c.id, ChannelRule{&c, *rule, std::nullopt, {}});
        }
    }
    if (rules.empty())
        return;
    ChannelRule *last = nullptr;
    QList<SlaEvent> events; // one conversation's, reused
    for (const FactsRun &run : runs) {
        const auto &messages = *run.messages;
        static const std::vector<Data::MarkRow> kNoMarks;
        const auto &marks = run.marks ? *run.marks : kNoMarks;
        size_t mi = 0, ki = 0;
        for (const auto &c : *run.conversations) {
            while (mi < messages.size() && messages[mi].conversationId < c.id)
                ++mi;
            while (ki < marks.size() && marks[ki].conversationId < c.id)
                ++ki;
            if (!last || last->channel->id != c.channelId) {
                const auto it = rules.find(c.channelId);
                if (it == rules.end())
                    continue;
                last = &it->second;
            }
            events.clear();
            bool inWindow = false;
            for (size_t j = mi; j < messages.size() && messages[j].conversationId == c.id; ++j) {
                const auto &m = messages[j];
                if (m.direction == Data::Direction::Inbound) {
                    events.append({SlaEvent::Kind::BuyerMessage, m.sentAt});
                    inWindow = inWindow || (m.sentAt >= filter.fromMs && m.sentAt <= rateNow);
                } else if (m.direction == Data::Direction::Outbound && m.delivered)
                    events.append({m.automated ? SlaEvent::Kind::AutoReply : SlaEvent::Kind::AgentReply, m.sentAt});
            }
            // "No response needed" marks, as the Response Rate view sees them (events are sorted
            // stably by time: a mark comes after the messages of the same ms).
            for (size_t k = ki; k < marks.size() && marks[k].conversationId == c.id; ++k)
                events.append({SlaEvent::Kind::NoResponseNeeded, marks[k].at});
            if (!inWindow) // threads with no buyer message in the window add no sample
                continue;
            if (!last->tally)
                last->tally.emplace(last->rule, rateNow, 0);
            last->tally->add(events, c.id);
            last->ids.append(c.id);
        }
    }
    for (auto &[channelId, r] : rules) {
        if (!r.tally)
            continue;
        const auto report = r.tally->report();
        d.responseRates.append({channelId,
                                r.channel->name,
                                r.rule.id,
                                report.answeredInTime,
                                report.answeredLate,
                                report.missed,
                                report.open,
                                report.excluded,
                                report.rate,
                                r.rule.targetRate});
        d.drill.insert(u"rate:"_s + QString::number(channelId), std::move(r.ids));
    }
}

void DashboardCalculator::attachPrevious(Dashboard &current, const Dashboard &previous)
{
    for (auto &f : current.figures)
        f.previous = previous.value(f.id);
}

} // namespace hd
