#include "ui/analytics/AnalyticsView.h"

#include "core/Workspace.h"
#include "core/analytics/DashboardService.h"
#include "core/analytics/MetricDefinitions.h"
#include "ui/analytics/AgentTableModel.h"
#include "ui/analytics/DashboardCharts.h"
#include "ui/analytics/DrillDownModel.h"
#include "ui/analytics/ExportDialog.h"
#include "ui/analytics/HeatMapWidget.h"
#include "ui/analytics/MetricTile.h"
#include "ui/shell/DisplayNames.h"

#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

struct TileSpec
{
    const char *figure;
    const char *drill;
    const char *secondary;
};
constexpr TileSpec kTiles[] = {
    {"frt_median", "frt", "frt_business_median"},
    {"nrt_median", "nrt", "nrt_business_median"},
    {"resolution_median", "resolution", "resolution_business_median"},
    {"fcr_rate", "fcr_rate", nullptr},
    {"sla_compliance", "sla_compliance", "sla_first_response"},
    {"csat_score", "csat_score", "csat_response_rate"},
    {"new_conversations", "new_conversations", nullptr},
    {"inbound_messages", "inbound_messages", "outbound_messages"},
    {"backlog", "backlog", nullptr},
    {"reopens", "reopens", nullptr},
    {"auto_resolved_share", "auto_resolved_share", nullptr},
    {"handle_time_mean", "handle_time_mean", nullptr},
};

constexpr int kDrillPanelMinWidth = 520; // px: subject, account, buyer and status side by side

qint64 utcMs(const QDate &d)
{
    return QDateTime(d, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

QLabel *sectionTitle(QWidget *parent, const QString &objectName)
{
    auto *l = new QLabel(parent);
    l->setObjectName(objectName);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

} // namespace

AnalyticsView::AnalyticsView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(u"analyticsView"_s);
    m_pool.setMaxThreadCount(1);
    m_service = new DashboardService(workspace.database(), workspace.clock(), this);
    connect(m_service, &DashboardService::dashboardReady, this, &AnalyticsView::onDashboard);
    connect(m_service, &DashboardService::drillReady, this, &AnalyticsView::onDrill);
    connect(m_service, &DashboardService::failed, this, [this](const QString &message) {
        m_status->setText(tr("The dashboard could not be computed: %1").arg(message));
    });

    buildFilters();

    // Tiles.
    auto *content = new QWidget(this);
    content->setObjectName(u"analyticsContent"_s);
    auto *tiles = new QGridLayout;
    tiles->setSpacing(8);
    int i = 0;
    for (const TileSpec &spec : kTiles) {
        auto *tile = new MetricTile(QString::fromLatin1(spec.figure), QString::fromLatin1(spec.drill), content);
        if (spec.secondary)
            m_secondary.insert(tile, QString::fromLatin1(spec.secondary));
        connect(tile, &MetricTile::drillRequested, this, &AnalyticsView::drill);
        tiles->addWidget(tile, i / 6, i % 6);
        m_tiles << tile;
        ++i;
    }

    // Charts.
    m_charts = new DashboardCharts(content);
    connect(m_charts, &DashboardCharts::drillRequested, this, &AnalyticsView::drill);
    m_heat = new HeatMapWidget(content);
    connect(m_heat, &HeatMapWidget::cellClicked, this, [this](int weekday, int hour) {
        drill(u"heat:%1:%2"_s.arg(weekday).arg(hour),
              tr("Received %1 %2:00–%2:59").arg(QLocale().dayName(weekday + 1)).arg(hour, 2, 10, QLatin1Char('0')));
    });
    m_heatTitle = sectionTitle(content, u"heatTitle"_s);
    auto *heatBox = new QWidget(content);
    auto *heatLayout = new QVBoxLayout(heatBox);
    heatLayout->setContentsMargins(4, 4, 4, 4);
    heatLayout->addWidget(m_heatTitle);
    heatLayout->addWidget(m_heat, 1);

    m_agents = new AgentTableModel(this);
    m_agentProxy = new QSortFilterProxyModel(this);
    m_agentProxy->setSourceModel(m_agents);
    m_agentProxy->setSortRole(AgentTableModel::SortRole);
    m_agentTable = new QTableView(content);
    m_agentTable->setObjectName(u"agentTable"_s);
    m_agentTable->setModel(m_agentProxy);
    m_agentTable->setSortingEnabled(true);
    m_agentTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_agentTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_agentTable->verticalHeader()->hide();
    m_agentTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_agentTable->horizontalHeader()->setStretchLastSection(true);
    m_agentTable->setMinimumHeight(180);
    m_agentTitle = sectionTitle(content, u"agentTitle"_s);
    connect(m_agentTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex source = m_agentProxy->mapToSource(index);
        const qint64 id = m_agents->agentId(source.row());
        drill(u"agent:"_s + QString::number(id),
              m_agents->data(m_agents->index(source.row(), AgentTableModel::Name)).toString());
    });

    auto *grid = new QGridLayout;
    grid->setSpacing(8);
    grid->addWidget(m_charts->trendView(), 0, 0);
    grid->addWidget(m_charts->volumeView(), 0, 1);
    grid->addWidget(m_charts->slaView(), 1, 0);
    grid->addWidget(heatBox, 1, 1);
    grid->addWidget(m_charts->intentView(), 2, 0);
    grid->addWidget(m_charts->sentimentView(), 2, 1);

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(tiles);
    contentLayout->addLayout(grid);
    contentLayout->addWidget(m_agentTitle);
    contentLayout->addWidget(m_agentTable);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"analyticsScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    scroll->setFrameShape(QFrame::NoFrame);

    // Drill-down panel.
    m_drillPanel = new QFrame(this);
    m_drillPanel->setObjectName(u"drillPanel"_s);
    m_drillPanel->setFrameShape(QFrame::StyledPanel);
    m_drillTitle = new QLabel(m_drillPanel);
    m_drillTitle->setObjectName(u"drillTitle"_s);
    m_drillTitle->setWordWrap(true);
    m_drillTitle->setTextFormat(Qt::PlainText);
    m_drillModel = new DrillDownModel(this);
    m_drillTable = new QTableView(m_drillPanel);
    m_drillTable->setObjectName(u"drillTable"_s);
    m_drillTable->setModel(m_drillModel);
    m_drillTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_drillTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_drillTable->verticalHeader()->hide();
    // Status, assignee and date are as wide as their contents; subject, account and buyer share
    // what is left, so every column is on screen without scrolling sideways.
    m_drillTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int column : {DrillDownModel::Subject, DrillDownModel::Channel, DrillDownModel::Buyer})
        m_drillTable->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    auto *closeDrill = new QPushButton(tr("Close"), m_drillPanel);
    closeDrill->setObjectName(u"drillCloseButton"_s);
    connect(closeDrill, &QPushButton::clicked, m_drillPanel, &QWidget::hide);
    connect(m_drillTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openConversationRequested(m_drillModel->conversationId(index.row()));
    });
    auto *drillLayout = new QVBoxLayout(m_drillPanel);
    auto *drillHeader = new QHBoxLayout;
    drillHeader->addWidget(m_drillTitle, 1);
    drillHeader->addWidget(closeDrill);
    drillLayout->addLayout(drillHeader);
    drillLayout->addWidget(m_drillTable, 1);
    m_drillPanel->hide();

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"analyticsSplitter"_s);
    m_splitter->addWidget(scroll);
    m_splitter->addWidget(m_drillPanel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(findChild<QWidget *>(u"analyticsFilterBar"_s));
    layout->addWidget(m_splitter, 1);

    retranslate();
}

AnalyticsView::~AnalyticsView()
{
    m_pool.waitForDone();
}

void AnalyticsView::buildFilters()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(u"analyticsFilterBar"_s);
    m_back = new QPushButton(bar);
    m_back->setObjectName(u"backToInboxButton"_s);
    connect(m_back, &QPushButton::clicked, this, &AnalyticsView::backRequested);
    m_period = new QComboBox(bar);
    m_period->setObjectName(u"periodCombo"_s);
    m_from = new QDateEdit(bar);
    m_from->setObjectName(u"fromDate"_s);
    m_to = new QDateEdit(bar);
    m_to->setObjectName(u"toDate"_s);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(u"yyyy-MM-dd"_s);
        e->setVisible(false);
    }
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_workspace.clock().nowMs(), QTimeZone::utc()).date();
    m_to->setDate(today);
    m_from->setDate(today.addDays(-29));
    m_channel = new QComboBox(bar);
    m_channel->setObjectName(u"channelFilterCombo"_s);
    m_agent = new QComboBox(bar);
    m_agent->setObjectName(u"agentFilterCombo"_s);
    m_team = new QComboBox(bar);
    m_team->setObjectName(u"teamFilterCombo"_s);
    m_tag = new QComboBox(bar);
    m_tag->setObjectName(u"tagFilterCombo"_s);
    m_language = new QComboBox(bar);
    m_language->setObjectName(u"languageFilterCombo"_s);
    for (QComboBox *c : {m_channel, m_agent, m_team, m_tag, m_language})
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_exportButton = new QPushButton(bar);
    m_exportButton->setObjectName(u"exportButton"_s);
    connect(m_exportButton, &QPushButton::clicked, this, &AnalyticsView::showExport);
    m_status = new QLabel(bar);
    m_status->setObjectName(u"analyticsStatus"_s);
    m_status->setTextFormat(Qt::PlainText);

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_back);
    layout->addWidget(m_period);
    layout->addWidget(m_from);
    layout->addWidget(m_to);
    layout->addWidget(m_channel);
    layout->addWidget(m_agent);
    layout->addWidget(m_team);
    layout->addWidget(m_tag);
    layout->addWidget(m_language);
    layout->addStretch(1);
    layout->addWidget(m_status);
    layout->addWidget(m_exportButton);

    connect(m_period, &QComboBox::currentIndexChanged, this, &AnalyticsView::onPresetChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &AnalyticsView::scheduleRefresh);
    connect(m_to, &QDateEdit::dateChanged, this, &AnalyticsView::scheduleRefresh);
    for (QComboBox *c : {m_channel, m_agent, m_team, m_tag, m_language})
        connect(c, &QComboBox::currentIndexChanged, this, &AnalyticsView::scheduleRefresh);
}

void AnalyticsView::loadFilterOptions()
{
    // Called on every show: accounts, agents, tags, teams and languages added since appear, and
    // whatever was selected stays selected.
    const QVariant channel = m_channel->currentData(), agent = m_agent->currentData(), tag = m_tag->currentData();
    const QSignalBlocker b1(m_channel), b2(m_agent), b3(m_tag);
    const auto reselect = [](QComboBox *combo, const QVariant &data) {
        combo->setCurrentIndex(std::max(0, data.isValid() ? combo->findData(data) : 0));
    };
    m_channel->clear();
    m_channel->addItem(tr("All accounts"), QString());
    if (auto channels = m_workspace.directory().channels()) {
        QList<ChannelKind> kinds;
        for (const Channel &c : channels.value())
            if (!kinds.contains(c.kind))
                kinds << c.kind;
        for (ChannelKind k : kinds)
            m_channel->addItem(tr("All %1 accounts").arg(channelKindDisplayName(k)),
                               QString(u"kind:"_s + channelKindToString(k)));
        for (const Channel &c : channels.value())
            m_channel->addItem(c.name, QString(u"id:"_s + QString::number(c.id)));
    }
    reselect(m_channel, channel);
    m_agent->clear();
    m_agent->addItem(tr("All agents"), qint64(0));
    if (auto agents = m_workspace.directory().agents())
        for (const Agent &a : agents.value())
            m_agent->addItem(a.name, a.id);
    reselect(m_agent, agent);
    m_tag->clear();
    m_tag->addItem(tr("All tags"), QString());
    if (auto tags = m_workspace.directory().tags())
        for (const QString &t : tags.value())
            m_tag->addItem(t, t);
    reselect(m_tag, tag);
    // Teams and languages: DISTINCT over agents and every conversation, on the worker thread.
    const Database *db = &m_workspace.database();
    QPointer<AnalyticsView> self(this);
    m_pool.start([self, db]() {
        const AnalyticsRepository repo(*db);
        auto teams = repo.teams();
        auto languages = repo.languages();
        const QStringList t = teams ? teams.value() : QStringList();
        const QStringList l = languages ? languages.value() : QStringList();
        QMetaObject::invokeMethod(
            self.data(),
            [self, t, l]() {
                if (!self)
                    return;
                const QVariant team = self->m_team->currentData(), language = self->m_language->currentData();
                const QSignalBlocker bt(self->m_team), bl(self->m_language);
                self->m_team->clear();
                self->m_team->addItem(tr("All teams"), QString());
                for (const QString &name : t)
                    self->m_team->addItem(name, name);
                self->m_team->setCurrentIndex(std::max(0, self->m_team->findData(team)));
                // A filter that cannot filter anything says why instead of offering nothing.
                self->m_team->setEnabled(!t.isEmpty());
                self->m_team->setToolTip(t.isEmpty() ? tr("No agent belongs to a team in this workspace.")
                                                     : tr("Conversations assigned to the team's agents"));
                self->m_language->clear();
                self->m_language->addItem(tr("All languages"), QString());
                for (const QString &code : l)
                    self->m_language->addItem(DisplayNames::language(code), code);
                self->m_language->setCurrentIndex(std::max(0, self->m_language->findData(language)));
            },
            Qt::QueuedConnection);
    });
}

void AnalyticsView::retranslate()
{
    m_back->setText(tr("← Inbox"));
    m_back->setToolTip(tr("Back to the inbox"));
    m_exportButton->setText(tr("Export CSV…"));
    const int current = std::max(0, m_period->currentIndex());
    {
        const QSignalBlocker block(m_period);
        m_period->clear();
        m_period->addItem(tr("Last 7 days"), int(Preset::Last7Days));
        m_period->addItem(tr("Last 30 days"), int(Preset::Last30Days));
        m_period->addItem(tr("Last 90 days"), int(Preset::Last90Days));
        m_period->addItem(tr("This month"), int(Preset::ThisMonth));
        m_period->addItem(tr("Last month"), int(Preset::LastMonth));
        m_period->addItem(tr("Custom…"), int(Preset::Custom));
        m_period->setCurrentIndex(m_shownOnce ? current : 1);
    }
    m_period->setToolTip(tr("Days are counted in UTC."));
    m_heatTitle->setText(tr("Messages received by weekday and hour (reporting calendar time zone)"));
    m_agentTitle->setText(tr("Agents"));
    m_channel->setToolTip(tr("Marketplace account or platform"));
    if (m_shownOnce)
        loadFilterOptions(); // "All accounts", "All teams", ... in the new language
    if (!m_service->current().figures.isEmpty())
        onDashboard(m_service->current());
}

AnalyticsFilter AnalyticsView::filter() const
{
    AnalyticsFilter f;
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_workspace.clock().nowMs(), QTimeZone::utc()).date();
    const auto preset = Preset(m_period->currentData().toInt());
    QDate from = today.addDays(-29), to = today.addDays(1);
    switch (preset) {
    case Preset::Last7Days: from = today.addDays(-6); break;
    case Preset::Last30Days: from = today.addDays(-29); break;
    case Preset::Last90Days: from = today.addDays(-89); break;
    case Preset::ThisMonth: from = QDate(today.year(), today.month(), 1); break;
    case Preset::LastMonth:
        to = QDate(today.year(), today.month(), 1);
        from = to.addMonths(-1);
        break;
    case Preset::Custom:
        from = m_from->date();
        to = m_to->date().addDays(1); // the end date is included
        break;
    }
    f.fromMs = utcMs(from);
    f.toMs = utcMs(to);
    const QString channel = m_channel->currentData().toString();
    if (channel.startsWith(u"kind:"_s))
        f.channelKind = channel.mid(5);
    else if (channel.startsWith(u"id:"_s))
        f.channelIds = {channel.mid(3).toLongLong()};
    f.agentId = m_agent->currentData().toLongLong();
    f.team = m_team->currentData().toString();
    f.tag = m_tag->currentData().toString();
    f.language = m_language->currentData().toString();
    return f;
}

const Dashboard &AnalyticsView::dashboard() const
{
    return m_service->current();
}

bool AnalyticsView::isComputing() const
{
    return m_service->isBusy() || m_refreshQueued;
}

void AnalyticsView::onPresetChanged()
{
    const bool custom = Preset(m_period->currentData().toInt()) == Preset::Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    scheduleRefresh();
}

void AnalyticsView::scheduleRefresh()
{
    if (m_refreshQueued)
        return;
    m_refreshQueued = true;
    // Several filter changes in one event-loop turn become one computation.
    QTimer::singleShot(0, this, [this] {
        m_refreshQueued = false;
        refresh();
    });
}

void AnalyticsView::refresh()
{
    const AnalyticsFilter f = filter();
    if (auto s = f.validate(); !s) {
        m_status->setText(s.error().message);
        return;
    }
    m_status->setText(tr("Computing…"));
    m_service->refresh(f);
}

void AnalyticsView::onDashboard(const Dashboard &d)
{
    for (MetricTile *tile : m_tiles)
        tile->show(d, m_secondary.value(tile));
    m_charts->show(d);
    m_heat->setCounts(d.heat);
    m_agents->setAgents(d.agents);
    m_agentTable->sortByColumn(AgentTableModel::Responses, Qt::DescendingOrder);
    m_status->setText(tr("Computed in %1 ms").arg(d.computeMs));
    if (d.eventMismatches > 0)
        m_status->setToolTip(tr("%n reporting event(s) disagree with the messages; the messages were used.",
                                nullptr,
                                d.eventMismatches));
    Q_EMIT dashboardShown();
}

void AnalyticsView::drill(const QString &key, const QString &title)
{
    m_drillKey = key;
    m_drillTitle->setText(title);
    m_drillModel->setRows({});
    if (m_drillPanel->isHidden()) {
        // Wide enough to read subjects, accounts and buyers (a hidden panel's share is 0 px).
        m_drillPanel->show();
        const int total = m_splitter->width();
        const int panel = std::min(std::max(kDrillPanelMinWidth, total * 2 / 5), total / 2);
        m_splitter->setSizes({total - panel, panel});
    }
    m_service->requestDrill(key);
}

void AnalyticsView::onDrill(const QString &key, const QList<AnalyticsRepository::DrillRow> &rows, int total)
{
    if (key != m_drillKey)
        return;
    m_drillModel->setRows(rows);
    const QString base = m_drillTitle->text().section(u'\n', 0, 0);
    m_drillTitle->setText(base + u'\n'
                          + (total > rows.size()
                                 ? tr("%1 of %n conversation(s), newest first", nullptr, total).arg(rows.size())
                                 : tr("%n conversation(s)", nullptr, total)));
    Q_EMIT drillShown(int(rows.size()), total);
}

ExportDialog *AnalyticsView::showExport()
{
    if (m_export && m_export->isRunning()) {
        m_export->show();
        return m_export;
    }
    delete m_export;
    const AnalyticsFilter f = filter();
    m_export = new ExportDialog(m_workspace.database(), m_workspace.clock().nowMs(), f, this);
    // Say what will be exported: the period (end day included) and every filter that is set.
    const auto day = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).date().toString(Qt::ISODate);
    };
    QStringList scope{tr("%1 to %2 (UTC)").arg(day(f.fromMs), day(f.toMs - 1))};
    for (const QComboBox *c : {m_channel, m_agent, m_team, m_tag, m_language})
        if (c->currentIndex() > 0)
            scope << c->currentText();
    m_export->setScope(tr("Exports %1").arg(scope.join(u" · "_s)));
    m_export->show();
    return m_export;
}

void AnalyticsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    loadFilterOptions();
    if (!m_shownOnce) {
        m_shownOnce = true;
        refresh();
    }
}

void AnalyticsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange
              || event->type() == QEvent::StyleChange)
             && m_charts)
        // After the new palette has reached the children the charts read it from.
        QTimer::singleShot(0, m_charts, &DashboardCharts::applyPalette);
    QWidget::changeEvent(event);
}

} // namespace hd
