#include "core/analytics/ReportScheduler.h"

#include "core/analytics/ReportDefinitionRepository.h"
#include "core/common/Log.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QPointer>

namespace hd {
using namespace Qt::StringLiterals;

ReportScheduler::ReportScheduler(const Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    connect(&m_timer, &QTimer::timeout, this, &ReportScheduler::check);
}

ReportScheduler::~ReportScheduler()
{
    m_timer.stop();
    m_pool.waitForDone();
}

Result<QString> ReportScheduler::runOne(const Database &db, const ReportDefinition &definition, qint64 nowMs)
{
    if (!QDir().mkpath(definition.folder))
        return Error::make(Error::Code::Unavailable,
                           QCoreApplication::translate("hd::ReportScheduler", "The folder %1 could not be created.")
                               .arg(definition.folder),
                           u"mkpath "_s + definition.folder);
    ReportBuilder::Request request;
    request.kind = definition.kind;
    request.filter = definition.periodAt(nowMs);
    request.csv.excelFriendly = definition.excelFriendly;
    request.csv.separator = definition.separator;
    const QString path = QDir(definition.folder).filePath(definition.fileNameFor(request.filter));
    if (auto s = ReportBuilder::writeFile(db, request, path, nowMs); !s)
        return s.error();
    if (auto s = ReportDefinitionRepository(db).markRun(definition.id, nowMs); !s)
        return s.error();
    log::info("analytics", u"scheduled report %1 written"_s.arg(definition.id));
    return path;
}

Result<ReportScheduler::DueRun> ReportScheduler::runDue(const Database &db, qint64 nowMs)
{
    auto definitions = ReportDefinitionRepository(db).list();
    if (!definitions)
        return definitions.error();
    DueRun run;
    for (const auto &d : definitions.value()) {
        if (!d.isDue(nowMs))
            continue;
        auto path = runOne(db, d, nowMs);
        if (path) {
            run.written << path.value();
            continue;
        }
        // Not marked as run: it is tried again at the next check, the others go ahead now.
        Error e = path.error();
        e.message =
            QCoreApplication::translate("hd::ReportScheduler", "Scheduled report \"%1\": %2").arg(d.name, e.message);
        e.detail = u"definition %1: %2"_s.arg(d.id).arg(e.detail);
        run.failures << e;
    }
    return run;
}

void ReportScheduler::start(int intervalMs)
{
    m_timer.start(intervalMs);
    check();
}

void ReportScheduler::check()
{
    if (m_running)
        return;
    m_running = true;
    const Database *db = &m_db;
    const qint64 now = m_clock.nowMs();
    QPointer<ReportScheduler> self(this);
    m_pool.start([self, db, now]() {
        auto result = runDue(*db, now);
        QMetaObject::invokeMethod(
            self.data(),
            [self, result = std::move(result)]() {
                if (!self)
                    return;
                self->m_running = false;
                if (!result) {
                    log::warn("analytics", u"scheduled reports not read: %1"_s.arg(result.error().detail));
                    Q_EMIT self->reportFailed(result.error().message);
                    return;
                }
                for (const QString &path : result->written)
                    Q_EMIT self->reportWritten(path);
                for (const Error &e : result->failures) {
                    log::warn("analytics", u"scheduled report failed: %1"_s.arg(e.detail));
                    Q_EMIT self->reportFailed(e.message);
                }
            },
            Qt::QueuedConnection);
    });
}

} // namespace hd
