#pragma once

#include "core/analytics/AnalyticsFilter.h"
#include "core/analytics/MetricFormulas.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace hd {

/// Every figure of the analytics dashboard for one filter, with the previous period's headline
/// values. Produced by DashboardCalculator; shown by the UI and written by ReportBuilder's summary,
/// so the screen and the CSV show the same numbers. Durations in ms, rates as fractions 0..1.
struct Dashboard
{
    /// A headline figure; ids are stable (see MetricDefinitions for names and definitions).
    struct Figure
    {
        QString id;
        std::optional<double> value;
        std::optional<double> previous;
        int samples = 0; ///< how many conversations / responses / answers it rests on
        std::optional<double> change() const { return MetricFormulas::change(value, previous); }
    };
    struct DayRow
    {
        QDate date; ///< local date in the reporting calendar's time zone
        int newConversations = 0;
        int inbound = 0;
        int outbound = 0;
        int resolutions = 0;
        std::optional<double> frtMedianMs;
        std::optional<double> frtBusinessMedianMs;
        std::optional<double> nrtMedianMs;
        std::optional<double> resolutionMedianMs;
    };
    struct CountRow
    {
        QString key;
        int count = 0;
    };
    struct SlaRow
    {
        qint64 channelId = 0; ///< 0 = all accounts
        QString channelName;
        QString target; ///< empty = all targets
        int hits = 0;
        int misses = 0;
        std::optional<double> rate() const { return MetricFormulas::share(hits, hits + misses); }
    };
    struct RateRow
    {
        qint64 channelId = 0;
        QString channelName;
        QString rule; ///< ResponseRate::Rule::id
        int inTime = 0;
        int late = 0;
        int missed = 0;
        int open = 0;
        int excluded = 0;
        std::optional<double> rate;
        double target = 0.0;
    };
    struct AgentRow
    {
        qint64 agentId = 0;
        QString name;
        int conversations = 0; ///< distinct conversations the agent responded to in the period
        int responses = 0;
        DurationStats firstResponse;
        int resolutions = 0;
        int csatAnswers = 0;
        int csatSatisfied = 0;
        qint64 focusMs = 0;
        int focusConversations = 0;
        std::optional<double> handleTimeMs() const
        {
            if (focusConversations == 0)
                return std::nullopt;
            return double(focusMs) / focusConversations;
        }
        std::optional<double> csatScore() const { return MetricFormulas::share(csatSatisfied, csatAnswers); }
    };

    AnalyticsFilter filter;
    QList<Figure> figures;
    QList<DayRow> days;
    std::array<int, 7 * 24> heat{}; ///< inbound messages by local weekday (Monday = 0) * 24 + hour
    QList<CountRow> intents;
    QList<CountRow> sentiments;
    std::array<int, 5> csatDistribution{}; ///< answers scored 1..5
    QList<SlaRow> slaByTarget;
    QList<SlaRow> slaByChannel;
    QList<SlaRow> slaByChannelTarget;
    QList<RateRow> responseRates;
    QList<AgentRow> agents;
    int eventMismatches = 0; ///< reporting_events durations that disagree with the messages
    qint64 computeMs = 0;    ///< load + compute time (wall clock)
    /// Conversation ids behind each figure or chart element, for drill-down. Keys: a figure id,
    /// "day:yyyy-MM-dd", "heat:<weekday 0-6>:<hour>", "intent:<x>", "sentiment:<x>",
    /// "sla:<channel id>", "sla_target:<target>", "rate:<channel id>", "agent:<id>".
    QHash<QString, QList<qint64>> drill;

    const Figure *figure(const QString &id) const
    {
        for (const auto &f : figures)
            if (f.id == id)
                return &f;
        return nullptr;
    }
    std::optional<double> value(const QString &id) const
    {
        const Figure *f = figure(id);
        return f ? f->value : std::nullopt;
    }
};

} // namespace hd
