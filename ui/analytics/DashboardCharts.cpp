#include "ui/analytics/DashboardCharts.h"

#include "core/analytics/MetricDefinitions.h"
#include "ui/conversation/AnalysisChips.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QTimeZone>
#include <QValueAxis>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

constexpr double kHourMs = 3'600'000.0;

qint64 dayX(const QDate &date)
{
    return QDateTime(date, QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

QDate dayOf(qreal x)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(x), QTimeZone::utc()).date();
}

// Series colours readable on both light and dark backgrounds.
const QColor kBlue(0x3B82F6), kOrange(0xF59E0B), kGreen(0x22A06B), kRed(0xE5484D), kPurple(0x8B5CF6), kGrey(0x94A3B8);

} // namespace

DashboardCharts::DashboardCharts(QWidget *parent)
    : QObject(parent)
{
    m_trend = makeView(u"trendChart"_s, parent);
    m_volume = makeView(u"volumeChart"_s, parent);
    m_sla = makeView(u"slaChart"_s, parent);
    m_intent = makeView(u"intentChart"_s, parent);
    m_sentiment = makeView(u"sentimentChart"_s, parent);
}

QChartView *DashboardCharts::makeView(const QString &objectName, QWidget *parent)
{
    auto *view = new QChartView(new QChart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(240);
    styleChart(view->chart());
    return view;
}

void DashboardCharts::styleChart(QChart *chart)
{
    const QPalette pal = static_cast<QWidget *>(parent())->palette();
    const QColor text = pal.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlphaF(0.15f);
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setBackgroundRoundness(4);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QFont title = chart->titleFont();
    title.setFamily(static_cast<QWidget *>(parent())->font().family());
    title.setBold(true);
    chart->setTitleFont(title);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
}

void DashboardCharts::applyPalette()
{
    for (QChartView *v : {m_trend, m_volume, m_sla, m_intent, m_sentiment})
        styleChart(v->chart());
}

void DashboardCharts::show(const Dashboard &d)
{
    showTrend(d);
    showVolume(d);
    showSla(d);
    showIntents(d);
    showSentiments(d);
    applyPalette();
}

void DashboardCharts::drillDay(const QDate &date)
{
    Q_EMIT drillRequested(u"day:"_s + date.toString(Qt::ISODate),
                          tr("Conversations active on %1").arg(QLocale().toString(date, QLocale::ShortFormat)));
}

void DashboardCharts::showTrend(const Dashboard &d)
{
    QChart *chart = m_trend->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *a : chart->axes())
        chart->removeAxis(a);
    chart->setTitle(tr("Response times (median per day, hours)"));
    struct Line
    {
        QString name;
        QColor color;
        std::optional<double> Dashboard::DayRow::*field;
    };
    const QList<Line> lines{{tr("First response"), kBlue, &Dashboard::DayRow::frtMedianMs},
                            {tr("First response, business"), kPurple, &Dashboard::DayRow::frtBusinessMedianMs},
                            {tr("Next response"), kOrange, &Dashboard::DayRow::nrtMedianMs},
                            {tr("Resolution"), kGreen, &Dashboard::DayRow::resolutionMedianMs}};
    double maxY = 1.0;
    auto *x = new QDateTimeAxis;
    x->setFormat(u"MM-dd"_s);
    auto *y = new QValueAxis;
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (const Line &line : lines) {
        auto *s = new QLineSeries;
        s->setName(line.name);
        s->setColor(line.color);
        s->setPointsVisible(d.days.size() <= 31);
        for (const auto &day : d.days) {
            const auto v = day.*(line.field);
            if (!v)
                continue;
            s->append(qreal(dayX(day.date)), *v / kHourMs);
            maxY = std::max(maxY, *v / kHourMs);
        }
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
        connect(s, &QLineSeries::clicked, this, [this](const QPointF &p) { drillDay(dayOf(p.x())); });
    }
    if (!d.days.isEmpty())
        x->setRange(QDateTime::fromMSecsSinceEpoch(dayX(d.days.first().date) - 12 * 3'600'000LL, QTimeZone::utc()),
                    QDateTime::fromMSecsSinceEpoch(dayX(d.days.last().date) + 12 * 3'600'000LL, QTimeZone::utc()));
    y->setRange(0, std::ceil(maxY * 1.1));
    y->setLabelFormat(u"%.0f"_s);
    x->setTickCount(std::min<int>(8, std::max<int>(2, int(d.days.size()))));
}

void DashboardCharts::showVolume(const Dashboard &d)
{
    QChart *chart = m_volume->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *a : chart->axes())
        chart->removeAxis(a);
    chart->setTitle(tr("Volume per day"));
    auto *x = new QDateTimeAxis;
    x->setFormat(u"MM-dd"_s);
    auto *y = new QValueAxis;
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    struct Line
    {
        QString name;
        QColor color;
        int Dashboard::DayRow::*field;
    };
    const QList<Line> lines{{tr("Messages received"), kBlue, &Dashboard::DayRow::inbound},
                            {tr("Messages sent"), kGreen, &Dashboard::DayRow::outbound},
                            {tr("New conversations"), kOrange, &Dashboard::DayRow::newConversations}};
    int maxY = 1;
    for (const Line &line : lines) {
        auto *s = new QLineSeries;
        s->setName(line.name);
        s->setColor(line.color);
        s->setPointsVisible(d.days.size() <= 31);
        for (const auto &day : d.days) {
            s->append(qreal(dayX(day.date)), day.*(line.field));
            maxY = std::max(maxY, day.*(line.field));
        }
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
        connect(s, &QLineSeries::clicked, this, [this](const QPointF &p) { drillDay(dayOf(p.x())); });
    }
    if (!d.days.isEmpty())
        x->setRange(QDateTime::fromMSecsSinceEpoch(dayX(d.days.first().date) - 12 * 3'600'000LL, QTimeZone::utc()),
                    QDateTime::fromMSecsSinceEpoch(dayX(d.days.last().date) + 12 * 3'600'000LL, QTimeZone::utc()));
    y->setRange(0, std::ceil(maxY * 1.1));
    y->setLabelFormat(u"%.0f"_s);
    x->setTickCount(std::min<int>(8, std::max<int>(2, int(d.days.size()))));
}

void DashboardCharts::showSla(const Dashboard &d)
{
    QChart *chart = m_sla->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *a : chart->axes())
        chart->removeAxis(a);
    chart->setTitle(tr("SLA met and marketplace response rate, by account (%)"));
    // One category per account that has SLA results or a platform response-rate rule.
    QList<qint64> ids;
    QHash<qint64, QString> names;
    for (const auto &r : d.slaByChannel) {
        ids << r.channelId;
        names.insert(r.channelId, r.channelName);
    }
    for (const auto &r : d.responseRates) {
        if (!ids.contains(r.channelId))
            ids << r.channelId;
        names.insert(r.channelId, r.channelName);
    }
    auto *sla = new QBarSet(tr("SLA met"));
    sla->setColor(kBlue);
    auto *rate = new QBarSet(tr("Response rate (platform rule)"));
    rate->setColor(kOrange);
    QStringList categories;
    for (qint64 id : ids) {
        categories << names.value(id);
        double s = 0, r = 0;
        for (const auto &row : d.slaByChannel)
            if (row.channelId == id)
                s = row.rate().value_or(0) * 100.0;
        for (const auto &row : d.responseRates)
            if (row.channelId == id)
                r = row.rate.value_or(0) * 100.0;
        *sla << s;
        *rate << r;
    }
    auto *series = new QHorizontalBarSeries;
    series->append(sla);
    series->append(rate);
    series->setLabelsVisible(true);
    series->setLabelsFormat(u"@value"_s);
    series->setLabelsPrecision(3);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    auto *x = new QValueAxis;
    x->setRange(0, 100);
    x->setLabelFormat(u"%.0f"_s);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    connect(series, &QHorizontalBarSeries::clicked, this, [this, ids, names, sla](int index, QBarSet *set) {
        if (index < 0 || index >= ids.size())
            return;
        const bool isSla = set == sla;
        Q_EMIT drillRequested(
            (isSla ? u"sla:"_s : u"rate:"_s) + QString::number(ids.at(index)),
            (isSla ? tr("SLA results: %1") : tr("Response rate: %1")).arg(names.value(ids.at(index))));
    });
}

void DashboardCharts::showIntents(const Dashboard &d)
{
    QChart *chart = m_intent->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *a : chart->axes())
        chart->removeAxis(a);
    chart->setTitle(tr("Intents of new conversations"));
    chart->legend()->setVisible(false);
    const QList<Dashboard::CountRow> top = d.intents.mid(0, 10);
    auto *set = new QBarSet(tr("Conversations"));
    set->setColor(kPurple);
    QStringList categories;
    int maxX = 1;
    // Largest at the top: a horizontal bar axis runs bottom-up.
    for (auto it = top.crbegin(); it != top.crend(); ++it) {
        categories << AnalysisChips::intentName(it->key);
        *set << it->count;
        maxX = std::max(maxX, it->count);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    auto *x = new QValueAxis;
    x->setRange(0, std::ceil(maxX * 1.15));
    x->setLabelFormat(u"%.0f"_s);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    QStringList keys;
    for (auto it = top.crbegin(); it != top.crend(); ++it)
        keys << it->key;
    connect(series, &QHorizontalBarSeries::clicked, this, [this, keys](int index, QBarSet *) {
        if (index >= 0 && index < keys.size())
            Q_EMIT drillRequested(u"intent:"_s + keys.at(index),
                                  tr("Intent: %1").arg(AnalysisChips::intentName(keys.at(index))));
    });
}

void DashboardCharts::showSentiments(const Dashboard &d)
{
    QChart *chart = m_sentiment->chart();
    chart->removeAllSeries();
    chart->setTitle(tr("Sentiment of new conversations"));
    auto *series = new QPieSeries;
    series->setHoleSize(0.45);
    for (const auto &row : d.sentiments) {
        auto *slice = series->append(AnalysisChips::sentimentName(row.key), row.count);
        slice->setColor(row.key == "negative"_L1       ? kRed
                            : row.key == "positive"_L1 ? kGreen
                            : row.key == "neutral"_L1  ? kGrey
                                                       : kPurple);
        slice->setLabelColor(static_cast<QWidget *>(parent())->palette().color(QPalette::WindowText));
        const QString key = row.key;
        connect(slice, &QPieSlice::clicked, this, [this, key]() {
            Q_EMIT drillRequested(u"sentiment:"_s + key, tr("Sentiment: %1").arg(AnalysisChips::sentimentName(key)));
        });
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QPieSlice::LabelOutside);
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
}

} // namespace hd
