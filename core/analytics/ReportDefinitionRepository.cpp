#include "core/analytics/ReportDefinitionRepository.h"

#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

constexpr auto kColumns = "id, name, kind, filters_json, schedule, folder, excel_friendly, last_run_at, created_at";

Result<ReportDefinition> fromRow(const QSqlQuery &q)
{
    ReportDefinition d;
    d.id = q.value(0).toLongLong();
    d.name = q.value(1).toString();
    auto kind = ReportBuilder::kindFromString(q.value(2).toString());
    if (!kind)
        return kind.error();
    d.kind = kind.value();
    auto filter = AnalyticsFilter::fromJson(QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object());
    if (!filter)
        return filter.error();
    d.filter = filter.value();
    const QJsonObject options = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    if (options.value(u"csv_separator"_s).toString() == ";"_L1)
        d.separator = u';';
    auto schedule = ReportDefinition::scheduleFromString(q.value(4).toString());
    if (!schedule)
        return schedule.error();
    d.schedule = schedule.value();
    d.folder = q.value(5).toString();
    d.excelFriendly = q.value(6).toInt() != 0;
    d.lastRunAt = q.value(7).toLongLong();
    d.createdAt = q.value(8).toLongLong();
    return d;
}

} // namespace

Result<QList<ReportDefinition>> ReportDefinitionRepository::list() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT "_s + QLatin1StringView(kColumns) + u" FROM report_definitions ORDER BY id"_s))
        return databaseError(q, u"report definitions"_s);
    QList<ReportDefinition> out;
    while (q.next()) {
        auto d = fromRow(q);
        if (!d)
            return d.error();
        out << d.value();
    }
    return out;
}

Result<ReportDefinition> ReportDefinitionRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT "_s + QLatin1StringView(kColumns) + u" FROM report_definitions WHERE id = ?"_s);
    q.addBindValue(sqlValue(id));
    if (!q.exec())
        return databaseError(q, u"report definition"_s);
    if (!q.next())
        return Error::make(
            Error::Code::NotFound,
            QCoreApplication::translate("hd::ReportDefinitionRepository", "There is no report definition %1.").arg(id),
            u"report definition %1"_s.arg(id));
    return fromRow(q);
}

Result<qint64> ReportDefinitionRepository::add(const ReportDefinition &d) const
{
    if (d.name.trimmed().isEmpty() || d.folder.trimmed().isEmpty())
        return Error::make(Error::Code::InvalidArgument,
                           QCoreApplication::translate("hd::ReportDefinitionRepository",
                                                       "A scheduled report needs a name and a folder."),
                           u"report definition without name or folder"_s);
    AnalyticsFilter filter = d.filter;
    filter.fromMs = filter.toMs = 0; // each run picks its own period
    QJsonObject json = filter.toJson();
    if (d.separator == u';') // beside the filter: no column of its own in report_definitions
        json.insert(u"csv_separator"_s, u";"_s);
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO report_definitions(name, kind, filters_json, schedule, folder, excel_friendly, last_run_at,"
              " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    for (const QVariant &v : {QVariant(d.name.trimmed()),
                              QVariant(ReportBuilder::kindToString(d.kind)),
                              QVariant(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))),
                              QVariant(ReportDefinition::scheduleToString(d.schedule)),
                              QVariant(d.folder),
                              QVariant(d.excelFriendly ? 1 : 0),
                              QVariant(d.lastRunAt),
                              QVariant(d.createdAt)})
        q.addBindValue(sqlValue(v));
    if (!q.exec() || !q.next())
        return databaseError(q, u"add report definition"_s);
    return q.value(0).toLongLong();
}

Status ReportDefinitionRepository::remove(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM report_definitions WHERE id = ?"_s);
    q.addBindValue(sqlValue(id));
    if (!q.exec())
        return databaseError(q, u"remove report definition"_s);
    return {};
}

Status ReportDefinitionRepository::markRun(qint64 id, qint64 atMs) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE report_definitions SET last_run_at = ? WHERE id = ?"_s);
    q.addBindValue(sqlValue(atMs));
    q.addBindValue(sqlValue(id));
    if (!q.exec())
        return databaseError(q, u"report definition run"_s);
    return {};
}

} // namespace hd
