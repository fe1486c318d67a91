#include "ui/analytics/ExportDialog.h"

#include "core/analytics/ReportBuilder.h"
#include "core/analytics/ReportDefinitionRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace hd {
using namespace Qt::StringLiterals;

ExportDialog::ExportDialog(const Database &db, qint64 nowMs, const AnalyticsFilter &filter, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_nowMs(nowMs)
    , m_filter(filter)
{
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export CSV"));
    m_pool.setMaxThreadCount(1);

    m_scope = new QLabel(this);
    m_scope->setObjectName(u"exportScopeLabel"_s);
    m_scope->setWordWrap(true);
    m_scope->setTextFormat(Qt::PlainText);
    m_scope->hide();
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"exportKindCombo"_s);
    m_kind->addItem(tr("Summary: every dashboard figure"), ReportBuilder::kindToString(ReportBuilder::Kind::Summary));
    m_kind->addItem(tr("One row per conversation"), ReportBuilder::kindToString(ReportBuilder::Kind::Conversations));
    m_kind->addItem(tr("One row per message"), ReportBuilder::kindToString(ReportBuilder::Kind::Messages));
    m_excel = new QCheckBox(tr("Excel-friendly (byte order mark, Windows line ends)"), this);
    m_excel->setObjectName(u"exportExcelCheck"_s);
    m_semicolon = new QCheckBox(tr("Semicolons and decimal commas (for locales that use them)"), this);
    m_semicolon->setObjectName(u"exportSemicolonCheck"_s);
    m_path = new QLineEdit(this);
    m_path->setObjectName(u"exportPathEdit"_s);
    m_path->setText(
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(u"harbordesk-report.csv"_s));
    m_browse = new QPushButton(tr("Browse…"), this);
    m_browse->setObjectName(u"exportBrowseButton"_s);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"exportProgress"_s);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_status = new QLabel(this);
    m_status->setObjectName(u"exportStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_start = new QPushButton(tr("Export"), this);
    m_start->setObjectName(u"exportStartButton"_s);
    m_start->setDefault(true);
    m_cancel = new QPushButton(tr("Close"), this);
    m_cancel->setObjectName(u"exportCancelButton"_s);

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Report:"), m_kind);
    form->addRow(tr("File:"), pathRow);
    form->addRow(QString(), m_excel);
    form->addRow(QString(), m_semicolon);
    // Scheduled report: the same report written daily or weekly into a folder.
    m_scheduleBox = new QGroupBox(tr("Schedule this report"), this);
    m_scheduleBox->setObjectName(u"scheduleBox"_s);
    m_scheduleName = new QLineEdit(m_scheduleBox);
    m_scheduleName->setObjectName(u"scheduleNameEdit"_s);
    m_schedule = new QComboBox(m_scheduleBox);
    m_schedule->setObjectName(u"scheduleCombo"_s);
    m_schedule->addItem(tr("Daily (yesterday, UTC)"),
                        ReportDefinition::scheduleToString(ReportDefinition::Schedule::Daily));
    m_schedule->addItem(tr("Weekly (last Monday to Sunday, UTC)"),
                        ReportDefinition::scheduleToString(ReportDefinition::Schedule::Weekly));
    m_folder = new QLineEdit(m_scheduleBox);
    m_folder->setObjectName(u"scheduleFolderEdit"_s);
    m_folder->setText(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    m_saveSchedule = new QPushButton(tr("Save schedule"), m_scheduleBox);
    m_saveSchedule->setObjectName(u"saveScheduleButton"_s);
    auto *scheduleForm = new QFormLayout(m_scheduleBox);
    scheduleForm->addRow(tr("Name:"), m_scheduleName);
    scheduleForm->addRow(tr("Every:"), m_schedule);
    scheduleForm->addRow(tr("Folder:"), m_folder);
    scheduleForm->addRow(QString(), m_saveSchedule);
    connect(m_saveSchedule, &QPushButton::clicked, this, [this] {
        auto id = saveSchedule();
        m_status->setText(
            id ? tr("Scheduled: written while HarborDesk runs, or by \"harbordesk-cli report --run-due\".")
               : id.error().message);
    });

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scope);
    layout->addLayout(form);
    layout->addWidget(m_scheduleBox);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_start, &QPushButton::clicked, this, &ExportDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_running)
            cancel();
        else
            reject();
    });
    resize(560, sizeHint().height());
}

ExportDialog::~ExportDialog()
{
    cancel();
    m_pool.waitForDone();
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

void ExportDialog::setScope(const QString &text)
{
    m_scope->setText(text);
    m_scope->setVisible(!text.isEmpty());
}

void ExportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), m_path->text(), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void ExportDialog::start()
{
    if (m_running)
        return;
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        m_status->setText(tr("Choose a file to write."));
        return;
    }
    ReportBuilder::Request request;
    request.kind = ReportBuilder::kindFromString(m_kind->currentData().toString()).value();
    request.filter = m_filter;
    request.csv.excelFriendly = m_excel->isChecked();
    if (m_semicolon->isChecked())
        request.csv.separator = u';';
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_running = true;
    m_start->setEnabled(false);
    m_cancel->setText(tr("Cancel"));
    m_progress->setValue(0);
    m_status->setText(tr("Exporting…"));
    const Database *db = &m_db;
    const qint64 now = m_nowMs;
    auto flag = m_cancelFlag;
    QPointer<ExportDialog> self(this);
    m_pool.start([self, db, request, path, now, flag]() {
        const auto progress = [self](qint64 done, qint64 total) {
            const int percent = total > 0 ? int(done * 100 / total) : 0;
            QMetaObject::invokeMethod(
                self.data(),
                [self, percent]() {
                    if (self)
                        self->m_progress->setValue(percent);
                },
                Qt::QueuedConnection);
        };
        const Status status = ReportBuilder::writeFile(*db, request, path, now, progress, flag.get());
        QMetaObject::invokeMethod(
            self.data(),
            [self, status, path]() {
                if (self)
                    self->onDone(status, path);
            },
            Qt::QueuedConnection);
    });
}

Result<qint64> ExportDialog::saveSchedule()
{
    ReportDefinition d;
    d.name = m_scheduleName->text().trimmed();
    d.kind = ReportBuilder::kindFromString(m_kind->currentData().toString()).value();
    d.filter = m_filter;
    d.schedule = ReportDefinition::scheduleFromString(m_schedule->currentData().toString()).value();
    d.folder = m_folder->text().trimmed();
    d.excelFriendly = m_excel->isChecked();
    d.separator = m_semicolon->isChecked() ? u';' : u',';
    d.createdAt = m_nowMs;
    return ReportDefinitionRepository(m_db).add(d);
}

void ExportDialog::cancel()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

void ExportDialog::onDone(const Status &status, const QString &path)
{
    m_running = false;
    m_start->setEnabled(true);
    m_cancel->setText(tr("Close"));
    if (status) {
        m_progress->setValue(100);
        m_status->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
        Q_EMIT exportFinished(true, m_status->text());
        return;
    }
    m_progress->setValue(0);
    m_status->setText(status.error().message);
    Q_EMIT exportFinished(false, status.error().message);
}

} // namespace hd
