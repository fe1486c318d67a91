// The analytics dashboard's charts offscreen, on the demo workspace: axis scales, the SLA bars'
// tooltips, and the charts' text (titles, axes, legends) painted the moment a dashboard is shown in
// light, dark and Chinese. With HARBORDESK_SCREENSHOT_DIR set it saves analytics-light.png,
// analytics-dark.png and analytics-zh.png there (docs/screenshots).

#include "tests/ui/AnalyticsViewTestBase.h"

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

class TestAnalyticsCharts : public AnalyticsViewTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { AnalyticsViewTestBase::initTestCase(); }
    void init() { AnalyticsViewTestBase::init(); }
    void cleanup() { AnalyticsViewTestBase::cleanup(); }

    void niceScale_data();
    void niceScale();
    void slaBarsExplainThemselves();
    void rendersInLightAndDarkThemes();
    void rendersInChinese();

private:
    /// What the charts look like at the moment the dashboard is shown, before any further event
    /// processing (a grab right away must already hold the titles, axes and legends).
    struct ChartShot
    {
        QImage image;
        QRectF plotArea;
        QColor text;
        int visibleTexts = 0; ///< text items on screen: title, axis labels, legend, value labels
    };
    QHash<QString, ChartShot> grabChartsWhenShown(AnalyticsView *view, const std::function<void()> &change);
    static int textPixels(const QImage &image, const QRect &area, const QColor &text);
    static int visibleTexts(const QChartView *chart);
    void verifyChartText(AnalyticsView *view, const QHash<QString, ChartShot> &shots);
};

QHash<QString, TestAnalyticsCharts::ChartShot>
TestAnalyticsCharts::grabChartsWhenShown(AnalyticsView *view, const std::function<void()> &change)
{
    QHash<QString, ChartShot> shots;
    QObject context;
    // Connected before the spy, so it runs first: nothing else has been processed yet.
    connect(view, &AnalyticsView::dashboardShown, &context, [&shots, view] {
        const DashboardCharts *charts = view->charts();
        for (QChartView *c : {charts->trendView(),
                              charts->volumeView(),
                              charts->slaView(),
                              charts->intentView(),
                              charts->sentimentView()}) {
            shots.insert(c->objectName(),
                         ChartShot{c->grab().toImage(),
                                   c->chart()->plotArea(),
                                   c->palette().color(QPalette::WindowText),
                                   visibleTexts(c)});
        }
    });
    QSignalSpy shown(view, &AnalyticsView::dashboardShown);
    change();
    if (!shown.wait(20000))
        return {};
    return shots;
}

int TestAnalyticsCharts::visibleTexts(const QChartView *chart)
{
    int n = 0;
    for (const QGraphicsItem *item : chart->scene()->items())
        if (item->type() == QGraphicsTextItem::Type && item->isVisible())
            ++n;
    return n;
}

int TestAnalyticsCharts::textPixels(const QImage &image, const QRect &area, const QColor &text)
{
    // Glyph cores are drawn in the text colour; anti-aliased edges and series colours are not.
    int n = 0;
    const QRect r = area.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - text.red()) < 40 && std::abs(c.green() - text.green()) < 40
                && std::abs(c.blue() - text.blue()) < 40)
                ++n;
        }
    return n;
}

void TestAnalyticsCharts::verifyChartText(AnalyticsView *view, const QHash<QString, ChartShot> &shots)
{
    QCOMPARE(shots.size(), 5);
    for (auto it = shots.cbegin(); it != shots.cend(); ++it) {
        const ChartShot &shot = it.value();
        const QRect plot = shot.plotArea.toAlignedRect();
        const QString name = it.key();
        QVERIFY2(!shot.image.isNull(), qPrintable(name));
        // The title sits above the plot area: it has room and its glyphs are there.
        const int title = textPixels(shot.image, QRect(0, 0, shot.image.width(), plot.top()), shot.text);
        QVERIFY2(title > 40, qPrintable(u"%1: %2 title pixels above y=%3"_s.arg(name).arg(title).arg(plot.top())));
        if (name == "sentimentChart"_L1) {
            // Slice labels outside the ring.
            const int labels = textPixels(shot.image,
                                          QRect(0, plot.top(), shot.image.width(), shot.image.height() - plot.top()),
                                          shot.text);
            QVERIFY2(labels > 40, qPrintable(u"%1: %2 label pixels"_s.arg(name).arg(labels)));
            continue;
        }
        // Axis labels left of and below the plot area (and the legend below, where there is one).
        const int left = textPixels(shot.image, QRect(0, plot.top(), plot.left(), plot.height()), shot.text);
        const int below =
            textPixels(shot.image,
                       QRect(0, plot.bottom() + 1, shot.image.width(), shot.image.height() - plot.bottom()),
                       shot.text);
        QVERIFY2(left > 20,
                 qPrintable(u"%1: %2 axis label pixels left of x=%3"_s.arg(name).arg(left).arg(plot.left())));
        QVERIFY2(below > 20, qPrintable(u"%1: %2 pixels below y=%3"_s.arg(name).arg(below).arg(plot.bottom())));
    }
    // Every chart is laid out against the chart's own size, not the whole view.
    const QChart *trend = view->charts()->trendView()->chart();
    // Only the current labels were on screen: none left over from the previous filters waiting
    // for their deferred deletion (which would have been drawn over the new ones).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const DashboardCharts *charts = view->charts();
    for (const QChartView *c :
         {charts->trendView(), charts->volumeView(), charts->slaView(), charts->intentView(), charts->sentimentView()})
        QCOMPARE(shots.value(c->objectName()).visibleTexts, visibleTexts(c));
    QVERIFY(trend->plotArea().top() > QFontMetrics(trend->titleFont()).height());
    QVERIFY(trend->legend()->isVisible());
}

void TestAnalyticsCharts::niceScale_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("headroom");
    QTest::addColumn<bool>("integral");
    QTest::addColumn<double>("max");
    QTest::addColumn<int>("ticks");
    QTest::addColumn<int>("decimals");
    // What the demo showed as 0, 19, 39, 58, 77 and 0, 22, 44, 65, 87.
    QTest::newRow("70 messages a day") << 70.0 << 0.1 << true << 80.0 << 5 << 0;
    QTest::newRow("75 conversations, 15 % room") << 75.0 << 0.15 << true << 100.0 << 6 << 0;
    QTest::newRow("53 hours") << 53.0 << 0.1 << false << 60.0 << 7 << 0;
    // Whole hours would label 0-2 h as "0, 0, 1, 2, 2".
    QTest::newRow("1.5 hours") << 1.5 << 0.1 << false << 2.0 << 5 << 1;
    QTest::newRow("20 minutes") << 0.33 << 0.1 << false << 1.0 << 6 << 1;
    QTest::newRow("nothing yet") << 0.0 << 0.1 << true << 1.0 << 2 << 0;
    QTest::newRow("3 messages") << 3.0 << 0.1 << true << 4.0 << 5 << 0;
    QTest::newRow("1234 messages") << 1234.0 << 0.1 << true << 1500.0 << 4 << 0;
}

void TestAnalyticsCharts::niceScale()
{
    QFETCH(double, value);
    QFETCH(double, headroom);
    QFETCH(bool, integral);
    QFETCH(double, max);
    QFETCH(int, ticks);
    QFETCH(int, decimals);
    const auto scale = DashboardCharts::niceScale(value, headroom, integral);
    QCOMPARE(scale.max, max);
    QCOMPARE(scale.tickCount, ticks);
    QCOMPARE(scale.decimals, decimals);
    QVERIFY(scale.max >= value * (1.0 + headroom));
    QVERIFY(scale.tickCount <= 8);
}

void TestAnalyticsCharts::slaBarsExplainThemselves()
{
    AnalyticsView *view = openAnalytics();
    QVERIFY(view);
    auto *period = view->findChild<QComboBox *>(u"periodCombo"_s);
    QVERIFY(waitForDashboard(view, [&] { period->setCurrentIndex(0); })); // 7 days: one account at 0 %
    const Dashboard &d = view->dashboard();
    QChart *chart = view->charts()->slaView()->chart();
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).value(0));
    QVERIFY(axis);
    QVERIFY(axis->count() > 0);
    int zero = 0;
    for (int i = 0; i < axis->count(); ++i) {
        const QString slaTip = view->charts()->slaBarTip(i, true);
        const QString rateTip = view->charts()->slaBarTip(i, false);
        const QString name = slaTip.section(u": "_s, 0, 0);
        QVERIFY2(axis->at(i).startsWith(name.left(10)), qPrintable(axis->at(i) + u" vs "_s + name));
        QVERIFY(rateTip.startsWith(name + u": "_s));
        bool hasSla = false;
        for (const auto &row : d.slaByChannel)
            if (row.channelName == name && row.rate()) {
                hasSla = true;
                zero += row.hits == 0;
                QVERIFY2(slaTip.contains(u"(%1 of %2 targets)"_s.arg(row.hits).arg(row.hits + row.misses)),
                         qPrintable(slaTip));
                QVERIFY2(slaTip.contains(QLocale().toString(*row.rate() * 100.0, 'f', 1) + u" %"_s),
                         qPrintable(slaTip));
            }
        if (!hasSla)
            QVERIFY2(slaTip.contains(u"no SLA target"_s), qPrintable(slaTip));
        bool hasRule = false;
        for (const auto &row : d.responseRates)
            if (row.channelName == name) {
                hasRule = true;
                if (row.rate)
                    QVERIFY2(
                        rateTip.contains(
                            u"(%1 of %2 answered in time"_s.arg(row.inTime).arg(row.inTime + row.late + row.missed)),
                        qPrintable(rateTip));
            }
        if (!hasRule)
            QVERIFY2(rateTip.contains(u"no marketplace response-rate rule"_s), qPrintable(rateTip));
    }
    // A 0 % account draws no bar: only its tip tells it from one without data.
    QVERIFY(zero > 0);
    QVERIFY(view->charts()->slaBarTip(axis->count(), true).isEmpty());
}

void TestAnalyticsCharts::rendersInLightAndDarkThemes()
{
    auto *action = child<QAction>("analyticsAction");
    QVERIFY(action);
    action->trigger(); // creates the view; its first dashboard is computed on a worker thread
    AnalyticsView *view = m_window->analytics();
    QVERIFY(view);
    QVERIFY(view->dashboard().figures.isEmpty());
    // Titles, axis labels and legends are there the moment the first dashboard is shown.
    const auto first = grabChartsWhenShown(view, [] {});
    verifyChartText(view, first);
    if (QTest::currentTestFailed())
        return;
    QChartView *trend = view->charts()->trendView();
    QCOMPARE(trend->chart()->backgroundBrush().color(), view->palette().color(QPalette::Base));
    // And after a refresh with other filters.
    const auto light = grabChartsWhenShown(view, [&] { setCustomPeriod(view, 14); });
    verifyChartText(view, light);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(light.value(u"trendChart"_s).text, QColor(0x1F2937));
    screenshot(u"analytics-light.png"_s);

    // The app's own dark theme (View > Theme > Dark): palette and style sheet switch live.
    Theme::apply(*qApp, Theme::Mode::Dark);
    const QColor darkBase = qApp->palette().color(QPalette::Base);
    const QColor darkText = qApp->palette().color(QPalette::Text);
    QVERIFY(darkBase.lightness() < 60 && darkText.lightness() > 200);
    QTRY_COMPARE(trend->chart()->backgroundBrush().color(), darkBase);
    QCOMPARE(trend->chart()->titleBrush().color(), darkText);
    QCOMPARE(trend->chart()->axes().value(0)->labelsBrush().color(), darkText);
    QCOMPARE(trend->chart()->legend()->labelColor(), darkText);
    const auto shots = grabChartsWhenShown(view, [&] { setCustomPeriod(view, 21); });
    verifyChartText(view, shots);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(shots.value(u"trendChart"_s).text, darkText);
    // Light text on the dark chart background: the background itself is dark.
    const QImage img = shots.value(u"trendChart"_s).image;
    QVERIFY(img.pixelColor(img.width() - 8, img.height() / 2).lightness() < 80);
    QVERIFY(waitForDashboard(view, [&] { setCustomPeriod(view, 14); }));
    screenshot(u"analytics-dark.png"_s);
}

void TestAnalyticsCharts::rendersInChinese()
{
    LanguageManager languages;
    QVERIFY(languages.setLanguage(u"zh_CN"_s, false));
    AnalyticsView *view = openAnalytics();
    QVERIFY(view);
    const auto shots = grabChartsWhenShown(view, [&] { setCustomPeriod(view, 14); });
    verifyChartText(view, shots);
    if (QTest::currentTestFailed())
        return;
    const QChart *trend = view->charts()->trendView()->chart();
    const QString title = trend->title();
    int cjk = 0;
    const QFontMetrics metrics(trend->titleFont());
    for (const QChar c : title)
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF) {
            ++cjk;
            QVERIFY2(metrics.inFont(c), qPrintable(u"no glyph for %1 in %2"_s.arg(c).arg(trend->titleFont().family())));
        }
    QVERIFY2(cjk > 0, qPrintable(title)); // translated
    QVERIFY(view->findChild<MetricTile *>(u"tile_backlog"_s)->findChild<QLabel *>(u"tileName"_s)->text()
            != u"Backlog"_s);
    screenshot(u"analytics-zh.png"_s);
    QVERIFY(languages.setLanguage(u"en"_s, false));
}

QTEST_MAIN(TestAnalyticsCharts)
#include "TestAnalyticsCharts.moc"
