#pragma once

#include "core/analytics/Dashboard.h"

#include <QObject>
#include <QStringList>

class QChart;
class QChartView;
class QWidget;

namespace hd {

/// The dashboard's QtCharts: response-time trend, daily volume, SLA compliance and response rate
/// by marketplace account, intents and sentiment. Every point, bar and slice asks for the
/// conversations behind it (drillRequested with a Dashboard::drill key). Colours follow the
/// palette, so light and dark themes both read well.
class DashboardCharts final : public QObject
{
    Q_OBJECT
public:
    explicit DashboardCharts(QWidget *parent);

    QChartView *trendView() const { return m_trend; }
    QChartView *volumeView() const { return m_volume; }
    QChartView *slaView() const { return m_sla; }
    QChartView *intentView() const { return m_intent; }
    QChartView *sentimentView() const { return m_sentiment; }

    void show(const Dashboard &dashboard);
    /// Re-applies colours after a palette change.
    void applyPalette();
    /// Drills into one day of the trend charts (what a click on a point does).
    void drillDay(const QDate &date);

    /// A value axis from 0 that reads well: ticks every 1, 2 or 5 × 10^k, at most 6 intervals,
    /// the largest value plus `headroom` (a fraction) inside, and enough decimals that no two
    /// tick labels read the same ("0, 0, 1, 2, 2" for 0–2 hours in whole hours).
    struct Scale
    {
        double max = 1;
        int tickCount = 2;
        int decimals = 0;
    };
    static Scale niceScale(double maxValue, double headroom, bool integral);

    /// What a bar of the SLA chart stands for, shown when the pointer rests on it: the exact
    /// rate and its counts, or that there is nothing to rate (a 0 % bar and no data both draw
    /// no bar). `category` counts from the bottom, as the axis does.
    QString slaBarTip(int category, bool sla) const;

Q_SIGNALS:
    void drillRequested(const QString &key, const QString &title);

private:
    QChartView *makeView(const QString &objectName, QWidget *parent);
    void styleChart(QChart *chart);
    void layoutNow(QChartView *view);
    /// Each chart's tooltip: the definitions of what it plots.
    void retranslateTips();
    void showTrend(const Dashboard &d);
    void showVolume(const Dashboard &d);
    void showSla(const Dashboard &d);
    void showIntents(const Dashboard &d);
    void showSentiments(const Dashboard &d);

    QStringList m_slaTips;  ///< per SLA chart category: the "SLA met" bar's tip
    QStringList m_rateTips; ///< per SLA chart category: the response-rate bar's tip
    QChartView *m_trend = nullptr;
    QChartView *m_volume = nullptr;
    QChartView *m_sla = nullptr;
    QChartView *m_intent = nullptr;
    QChartView *m_sentiment = nullptr;
};

} // namespace hd
