#include "ui/analytics/DashboardCharts.h"

#include "core/analytics/MetricDefinitions.h"
#include "ui/conversation/AnalysisChips.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QPieSeries>
#include <QPieSlice>
#include <QTimeZone>
#include <QToolTip>
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

// The SLA chart shows the busiest accounts only: a bar per account stays readable up to about 8.
constexpr int kMaxAccounts = 8;
// Category labels longer than this are shortened by us (with the full name in the tooltip and
// the drill-down title) instead of being cut to "..." by the axis.
constexpr int kMaxLabelChars = 22;

QString shortLabel(const QString &text)
{
    return text.size() <= kMaxLabelChars ? text : text.left(kMaxLabelChars - 1) + u'…';
}

/// The chart's axis at that side, created on first use. The axes are kept across refreshes: a
/// removed axis leaves its labels on screen until its deferred deletion runs, which a grab right
/// after the refresh would show on top of the new ones.
template<typename Axis>
Axis *axisAt(QChart *chart, Qt::Alignment alignment)
{
    const Qt::Orientation orientation = (alignment & (Qt::AlignLeft | Qt::AlignRight)) ? Qt::Vertical : Qt::Horizontal;
    for (QAbstractAxis *a : chart->axes(orientation))
        if (auto *axis = qobject_cast<Axis *>(a))
            return axis;
    auto *axis = new Axis;
    chart->addAxis(axis, alignment);
    return axis;
}

void applyScale(QValueAxis *axis, const DashboardCharts::Scale &scale)
{
    axis->setRange(0, scale.max);
    axis->setTickCount(scale.tickCount);
    axis->setLabelFormat(u"%.%1f"_s.arg(scale.decimals));
}

QString definitionLine(const char *id)
{
    const auto def = MetricDefinitions::of(QString::fromLatin1(id));
    return u"<b>"_s + def.name.toHtmlEscaped() + u"</b>: "_s + def.definition.toHtmlEscaped();
}

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
    // The bar charts need about 30 px per category for every label to show (the axis hides the
    // ones that would overlap): 8 accounts with two bars each, up to 10 intents.
    const bool bars = objectName == "slaChart"_L1 || objectName == "intentChart"_L1;
    view->setMinimumHeight(bars ? 360 : 260);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    styleChart(view->chart());
    return view;
}

void DashboardCharts::styleChart(QChart *chart)
{
    const auto *host = static_cast<QWidget *>(parent());
    const QPalette pal = host->palette();
    const QColor text = pal.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlphaF(0.15f);
    QColor axisLine = text;
    axisLine.setAlphaF(0.4f);
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(4);
    chart->setMargins(QMargins(4, 4, 4, 4));
    // The chart theme names its own fonts ("arial"), which need not cover Chinese; the host's font
    // is the app's (Noto Sans CJK SC first when installed), so titles read the same in both languages.
    const QFont base = host->font();
    const qreal points = base.pointSizeF() > 0 ? base.pointSizeF() : 9.0;
    QFont title = base;
    title.setPointSizeF(points * 1.05);
    title.setBold(true);
    QFont small = base;
    small.setPointSizeF(points * 0.9);
    chart->setTitleFont(title);
    chart->setTitleBrush(text);
    chart->legend()->setFont(small);
    chart->legend()->setLabelColor(text);
    chart->legend()->setBrush(Qt::NoBrush);
    chart->legend()->setPen(Qt::NoPen);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(small);
        axis->setLabelsColor(text);
        axis->setTitleFont(small);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(axisLine);
        axis->setTruncateLabels(false);
    }
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            QFont value = small;
            value.setPointSizeF(points * 0.8);
            for (QBarSet *set : bars->barSets()) {
                set->setLabelColor(text);
                set->setLabelFont(value);
                set->setBorderColor(pal.color(QPalette::Base)); // the theme's white outline glares on dark
            }
        } else if (auto *pie = qobject_cast<QPieSeries *>(series)) {
            for (QPieSlice *slice : pie->slices()) {
                slice->setLabelColor(text);
                slice->setLabelFont(small);
                slice->setBorderColor(pal.color(QPalette::Base));
            }
        }
    }
}

void DashboardCharts::applyPalette()
{
    for (QChartView *v : {m_trend, m_volume, m_sla, m_intent, m_sentiment}) {
        styleChart(v->chart());
        layoutNow(v);
    }
}

void DashboardCharts::layoutNow(QChartView *view)
{
    // A chart lays out its title, legend and axes on a posted LayoutRequest. Until the event loop
    // gets to it, the plot area still spans the whole chart and a grab (a screenshot, a print)
    // shows series without any text; lay it out now so the chart is complete as soon as it is shown.
    // The legend has a layout of its own, which shows the markers of newly added series.
    for (QGraphicsWidget *widget :
         {static_cast<QGraphicsWidget *>(view->chart()), static_cast<QGraphicsWidget *>(view->chart()->legend())}) {
        if (QGraphicsLayout *layout = widget->layout()) {
            layout->invalidate();
            layout->activate();
        }
    }
    view->viewport()->update();
}

void DashboardCharts::show(const Dashboard &d)
{
    showTrend(d);
    showVolume(d);
    showSla(d);
    showIntents(d);
    showSentiments(d);
    retranslateTips();
    applyPalette();
}

void DashboardCharts::retranslateTips()
{
    const QString click =
        u"<br><i>"_s + tr("Click a point to see the conversations of that day.").toHtmlEscaped() + u"</i>"_s;
    m_trend->setToolTip(tr("Median per day of the replies (or resolves) on that day, in hours.").toHtmlEscaped()
                        + u"<br>"_s + definitionLine("frt_median") + u"<br>"_s + definitionLine("nrt_median")
                        + u"<br>"_s + definitionLine("resolution_median") + click);
    m_volume->setToolTip(definitionLine("inbound_messages") + u"<br>"_s + definitionLine("outbound_messages")
                         + u"<br>"_s + definitionLine("new_conversations") + click);
    m_sla->setToolTip(definitionLine("sla_compliance") + u"<br><b>"_s
                      + tr("Response rate (platform rule)").toHtmlEscaped() + u"</b>: "_s
                      + tr("buyer messages or threads answered within the marketplace's own limit (Amazon: every "
                           "buyer message in 24 h; Etsy: thread starts in 24 h; Walmart: 48 h; Shopee and TikTok "
                           "Shop chats: 12 h), out of those due in the period.")
                            .toHtmlEscaped()
                      + u" "_s
                      + tr("Where the platform honours it (Amazon), buyer messages marked \"no response needed\" "
                           "are left out, as in the Response rate view.")
                            .toHtmlEscaped()
                      + u"<br><i>"_s + tr("Click a bar to see the conversations behind it.").toHtmlEscaped()
                      + u"</i>"_s);
    m_intent->setToolTip(tr("Conversations whose first message arrived in the period, by the intent detected in "
                            "the buyer's messages.")
                             .toHtmlEscaped()
                         + u"<br><i>"_s + tr("Click a bar to see the conversations behind it.").toHtmlEscaped()
                         + u"</i>"_s);
    m_sentiment->setToolTip(tr("Conversations whose first message arrived in the period, by the sentiment "
                               "detected in the buyer's messages.")
                                .toHtmlEscaped()
                            + u"<br><i>"_s + tr("Click a slice to see the conversations behind it.").toHtmlEscaped()
                            + u"</i>"_s);
}

DashboardCharts::Scale DashboardCharts::niceScale(double maxValue, double headroom, bool integral)
{
    const double target = std::max(maxValue * (1.0 + headroom), 1.0);
    const double rough = target / 6.0; // at most 6 intervals
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = 10.0 * magnitude;
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * magnitude >= rough) {
            step = m * magnitude;
            break;
        }
    if (integral)
        step = std::max(step, 1.0);
    Scale scale;
    const double intervals = std::ceil(target / step - 1e-9);
    scale.max = intervals * step;
    scale.tickCount = int(intervals) + 1;
    scale.decimals = step >= 1.0 ? 0 : int(std::ceil(-std::log10(step) - 1e-9));
    return scale;
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
    chart->setTitle(tr("Response times (median per day, hours)"));
    struct Line
    {
        QString name;
        QColor color;
        std::optional<double> Dashboard::DayRow::*field;
        Qt::PenStyle style;
    };
    // Business time is dashed: on a 24/7 calendar it equals calendar time, and a solid line drawn
    // over the calendar one would hide it.
    const QList<Line> lines{
        {tr("First response"), kBlue, &Dashboard::DayRow::frtMedianMs, Qt::SolidLine},
        {tr("First response, business"), kPurple, &Dashboard::DayRow::frtBusinessMedianMs, Qt::DashLine},
        {tr("Next response"), kOrange, &Dashboard::DayRow::nrtMedianMs, Qt::SolidLine},
        {tr("Resolution"), kGreen, &Dashboard::DayRow::resolutionMedianMs, Qt::SolidLine}};
    double maxY = 0.0;
    auto *x = axisAt<QDateTimeAxis>(chart, Qt::AlignBottom);
    x->setFormat(u"MM-dd"_s);
    auto *y = axisAt<QValueAxis>(chart, Qt::AlignLeft);
    for (const Line &line : lines) {
        auto *s = new QLineSeries;
        s->setName(line.name);
        // The calendar line a little wider, so it shows around and between the dashes above it.
        QPen pen(line.color, line.style == Qt::SolidLine ? 3.0 : 2.0, line.style);
        if (line.style != Qt::SolidLine)
            pen.setDashPattern({4.0, 4.0});
        s->setPen(pen);
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
    applyScale(y, niceScale(maxY, 0.1, false));
    x->setTickCount(std::min<int>(8, std::max<int>(2, int(d.days.size()))));
}

void DashboardCharts::showVolume(const Dashboard &d)
{
    QChart *chart = m_volume->chart();
    chart->removeAllSeries();
    chart->setTitle(tr("Volume per day"));
    auto *x = axisAt<QDateTimeAxis>(chart, Qt::AlignBottom);
    x->setFormat(u"MM-dd"_s);
    auto *y = axisAt<QValueAxis>(chart, Qt::AlignLeft);
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
    applyScale(y, niceScale(maxY, 0.1, true));
    x->setTickCount(std::min<int>(8, std::max<int>(2, int(d.days.size()))));
}

void DashboardCharts::showSla(const Dashboard &d)
{
    QChart *chart = m_sla->chart();
    chart->removeAllSeries();
    // One category per account that has SLA results or a platform response-rate rule; the busiest
    // (most results and rated messages) when there are more than fit.
    QList<qint64> ids;
    QHash<qint64, QString> names;
    QHash<qint64, int> weight;
    for (const auto &r : d.slaByChannel) {
        if (!ids.contains(r.channelId))
            ids << r.channelId;
        names.insert(r.channelId, r.channelName);
        weight[r.channelId] += r.hits + r.misses;
    }
    for (const auto &r : d.responseRates) {
        if (!ids.contains(r.channelId))
            ids << r.channelId;
        names.insert(r.channelId, r.channelName);
        weight[r.channelId] += r.inTime + r.late + r.missed;
    }
    const int accounts = int(ids.size());
    std::stable_sort(ids.begin(), ids.end(), [&weight](qint64 a, qint64 b) { return weight[a] > weight[b]; });
    if (ids.size() > kMaxAccounts)
        ids = ids.mid(0, kMaxAccounts);
    std::reverse(ids.begin(), ids.end()); // a horizontal bar axis runs bottom-up: busiest on top
    chart->setTitle(accounts > kMaxAccounts
                        ? tr("SLA met and marketplace response rate (%), the %1 busiest of %2 accounts")
                              .arg(kMaxAccounts)
                              .arg(accounts)
                        : tr("SLA met and marketplace response rate, by account (%)"));
    auto *sla = new QBarSet(tr("SLA met"));
    sla->setColor(kBlue);
    auto *rate = new QBarSet(tr("Response rate (platform rule)"));
    rate->setColor(kOrange);
    QStringList categories;
    m_slaTips.clear();
    m_rateTips.clear();
    const QLocale locale;
    const auto pct = [&locale](double v) -> QString { return locale.toString(v * 100.0, 'f', 1) + u" %"_s; };
    for (qint64 id : ids) {
        const QString name = names.value(id);
        categories << shortLabel(name);
        double s = 0, r = 0;
        QString slaTip = tr("%1: no SLA target met or missed in the period").arg(name);
        QString rateTip = tr("%1: no marketplace response-rate rule for this account").arg(name);
        for (const auto &row : d.slaByChannel)
            if (row.channelId == id && row.rate()) {
                s = *row.rate() * 100.0;
                slaTip = tr("%1: SLA met %2 (%3 of %4 targets)")
                             .arg(name, pct(*row.rate()))
                             .arg(row.hits)
                             .arg(row.hits + row.misses);
            }
        for (const auto &row : d.responseRates)
            if (row.channelId == id) {
                r = row.rate.value_or(0) * 100.0;
                rateTip = row.rate ? tr("%1: response rate %2 (%3 of %4 answered in time; %5 late, target %6)")
                                         .arg(name, pct(*row.rate))
                                         .arg(row.inTime)
                                         .arg(row.inTime + row.late + row.missed)
                                         .arg(row.late)
                                         .arg(pct(row.target))
                                   : tr("%1: nothing was due under the marketplace's response-rate rule").arg(name);
            }
        *sla << s;
        *rate << r;
        m_slaTips << slaTip;
        m_rateTips << rateTip;
    }
    auto *series = new QHorizontalBarSeries;
    series->append(sla);
    series->append(rate);
    series->setLabelsVisible(true);
    series->setLabelsFormat(u"@value"_s);
    series->setLabelsPrecision(3);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto *y = axisAt<QBarCategoryAxis>(chart, Qt::AlignLeft);
    y->clear();
    y->append(categories);
    auto *x = axisAt<QValueAxis>(chart, Qt::AlignBottom);
    x->setRange(0, 110); // room for the value labels after a full bar
    x->setTickCount(12);
    x->setLabelFormat(u"%.0f"_s);
    series->attachAxis(y);
    series->attachAxis(x);
    connect(series, &QHorizontalBarSeries::hovered, this, [this, sla](bool status, int index, QBarSet *set) {
        if (status)
            QToolTip::showText(QCursor::pos(), slaBarTip(index, set == sla), m_sla);
        else
            QToolTip::hideText();
    });
    connect(series, &QHorizontalBarSeries::clicked, this, [this, ids, names, sla](int index, QBarSet *set) {
        if (index < 0 || index >= ids.size())
            return;
        const bool isSla = set == sla;
        Q_EMIT drillRequested(
            (isSla ? u"sla:"_s : u"rate:"_s) + QString::number(ids.at(index)),
            (isSla ? tr("SLA results: %1") : tr("Response rate: %1")).arg(names.value(ids.at(index))));
    });
}

QString DashboardCharts::slaBarTip(int category, bool sla) const
{
    return (sla ? m_slaTips : m_rateTips).value(category);
}

void DashboardCharts::showIntents(const Dashboard &d)
{
    QChart *chart = m_intent->chart();
    chart->removeAllSeries();
    chart->setTitle(tr("Intents of new conversations"));
    chart->legend()->setVisible(false);
    const QList<Dashboard::CountRow> top = d.intents.mid(0, 10);
    auto *set = new QBarSet(tr("Conversations"));
    set->setColor(kPurple);
    QStringList categories;
    int maxX = 1;
    // Largest at the top: a horizontal bar axis runs bottom-up.
    for (auto it = top.crbegin(); it != top.crend(); ++it) {
        categories << shortLabel(AnalysisChips::intentName(it->key));
        *set << it->count;
        maxX = std::max(maxX, it->count);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto *y = axisAt<QBarCategoryAxis>(chart, Qt::AlignLeft);
    y->clear();
    y->append(categories);
    auto *x = axisAt<QValueAxis>(chart, Qt::AlignBottom);
    applyScale(x, niceScale(maxX, 0.15, true)); // room for the value label after the longest bar
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
    chart->legend()->setVisible(false); // each slice is labelled with its name and share
    auto *series = new QPieSeries;
    series->setHoleSize(0.45);
    series->setPieSize(0.62);
    int total = 0;
    for (const auto &row : d.sentiments)
        total += row.count;
    for (const auto &row : d.sentiments) {
        const double share = total > 0 ? 100.0 * row.count / total : 0.0;
        auto *slice = series->append(tr("%1: %2 (%3 %)")
                                         .arg(AnalysisChips::sentimentName(row.key))
                                         .arg(row.count)
                                         .arg(QLocale().toString(share, 'f', 0)),
                                     row.count);
        slice->setColor(row.key == "negative"_L1       ? kRed
                            : row.key == "positive"_L1 ? kGreen
                            : row.key == "neutral"_L1  ? kGrey
                                                       : kPurple);
        slice->setLabelVisible(row.count > 0);
        const QString key = row.key;
        connect(slice, &QPieSlice::clicked, this, [this, key]() {
            Q_EMIT drillRequested(u"sentiment:"_s + key, tr("Sentiment: %1").arg(AnalysisChips::sentimentName(key)));
        });
    }
    series->setLabelsPosition(QPieSlice::LabelOutside);
    chart->addSeries(series);
}

} // namespace hd
