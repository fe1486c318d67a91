#pragma once

#include "core/analytics/AnalyticsFilter.h"
#include "core/analytics/AnalyticsRepository.h"
#include "core/analytics/Dashboard.h"

#include <QDate>
#include <QHash>
#include <QThreadPool>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;
class QFrame;
class QSortFilterProxyModel;
class QSplitter;

namespace hd {

class AgentTableModel;
class DashboardCharts;
class DashboardService;
class DrillDownModel;
class ExportDialog;
class HeatMapWidget;
class MetricTile;
class Workspace;

/// The supervisor dashboard: filters (period presets or custom dates, account or platform, agent,
/// team, tag, language), headline tiles with the change against the previous period and each
/// figure's definition as tooltip, response-time and volume trends, SLA compliance and response
/// rate by account, a weekday x hour heat map, intents, sentiment and an agent table. Every
/// element drills down to its conversations; CSV export with progress and cancel. The figures are
/// computed by DashboardService on a worker thread.
class AnalyticsView final : public QWidget
{
    Q_OBJECT
public:
    /// Period presets of the period combo (item data).
    enum class Preset { Last7Days, Last30Days, Last90Days, ThisMonth, LastMonth, Custom };

    explicit AnalyticsView(Workspace &workspace, QWidget *parent = nullptr);
    ~AnalyticsView() override;

    /// Recomputes with the current filters (also called when the view is shown).
    void refresh();
    AnalyticsFilter filter() const;
    const Dashboard &dashboard() const;
    bool isComputing() const;
    /// Opens the conversations behind a Dashboard::drill key (what clicking a figure does).
    void drill(const QString &key, const QString &title);
    DashboardCharts *charts() const { return m_charts; }
    ExportDialog *exportDialog() const { return m_export; }
    /// Opens the export dialog for the current period and filters.
    ExportDialog *showExport();

Q_SIGNALS:
    /// A dashboard with these filters is on screen.
    void dashboardShown();
    /// The drill-down list is filled (rows loaded, total behind the figure).
    void drillShown(int rows, int total);
    void openConversationRequested(qint64 conversationId);
    void backRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildFilters();
    void loadFilterOptions();
    void retranslate();
    void onPresetChanged();
    void onDashboard(const Dashboard &dashboard);
    void onDrill(const QString &key, const QList<AnalyticsRepository::DrillRow> &rows, int total);
    void scheduleRefresh();

    Workspace &m_workspace;
    DashboardService *m_service = nullptr;
    DashboardCharts *m_charts = nullptr;
    HeatMapWidget *m_heat = nullptr;
    AgentTableModel *m_agents = nullptr;
    QSortFilterProxyModel *m_agentProxy = nullptr;
    QTableView *m_agentTable = nullptr;
    DrillDownModel *m_drillModel = nullptr;
    QTableView *m_drillTable = nullptr;
    QFrame *m_drillPanel = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_drillTitle = nullptr;
    QList<MetricTile *> m_tiles;
    QHash<MetricTile *, QString> m_secondary;

    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_agent = nullptr;
    QComboBox *m_team = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_language = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_back = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_heatTitle = nullptr;
    QLabel *m_agentTitle = nullptr;
    ExportDialog *m_export = nullptr;
    QThreadPool m_pool; ///< filter options (DISTINCT over conversations) off the UI thread
    QString m_drillKey;
    bool m_refreshQueued = false;
    bool m_shownOnce = false;
};

} // namespace hd
