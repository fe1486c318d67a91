#pragma once

#include "core/analytics/AnalyticsFilter.h"
#include "core/common/Result.h"

#include <QDialog>
#include <QThreadPool>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace hd {

class Database;

/// Exports the dashboard's period and filters as CSV (conversations, messages or the summary) on
/// a worker thread, with a progress bar and cancel. The file only appears when the export finished.
class ExportDialog final : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(const Database &db, qint64 nowMs, const AnalyticsFilter &filter, QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setPath(const QString &path);
    /// What the export covers, as the dashboard shows it (period and filters), above the form.
    void setScope(const QString &text);
    bool isRunning() const { return m_running; }

    /// Starts the export to the chosen path.
    void start();
    /// Asks a running export to stop; `finished(false, ...)` follows.
    void cancel();
    /// Saves the chosen report, filters and format as a scheduled report (daily or weekly into a folder).
    Result<qint64> saveSchedule();

Q_SIGNALS:
    void exportFinished(bool ok, const QString &message);

private:
    void browse();
    void onDone(const Status &status, const QString &path);

    const Database &m_db;
    qint64 m_nowMs;
    AnalyticsFilter m_filter;
    QLabel *m_scope = nullptr;
    QComboBox *m_kind = nullptr;
    QCheckBox *m_excel = nullptr;
    QCheckBox *m_semicolon = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    QGroupBox *m_scheduleBox = nullptr;
    QLineEdit *m_scheduleName = nullptr;
    QComboBox *m_schedule = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_saveSchedule = nullptr;
    QThreadPool m_pool;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    bool m_running = false;
};

} // namespace hd
