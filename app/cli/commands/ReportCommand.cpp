#include "app/cli/commands/ReportCommand.h"

#include "app/cli/CliContext.h"
#include "core/analytics/AnalyticsRepository.h"
#include "core/analytics/ReportBuilder.h"
#include "core/analytics/ReportDefinitionRepository.h"
#include "core/analytics/ReportScheduler.h"

#include <QDateTime>
#include <QDir>
#include <QTimeZone>

#include <algorithm>
#include <functional>
#include <optional>

namespace hd::cli {
using namespace Qt::StringLiterals;

namespace {

/// "2026-11-01" (UTC midnight; as --to, the end of that day) or a full ISO date-time.
std::optional<qint64> parseDate(const QString &s, bool endOfDay)
{
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (d.isValid())
        return QDateTime(endOfDay ? d.addDays(1) : d, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (t.isValid())
        return t.toMSecsSinceEpoch();
    return std::nullopt;
}

} // namespace

void ReportCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"from"_s, u"First day (YYYY-MM-DD, UTC) or ISO date-time."_s, u"DATE"_s});
    parser.addOption({u"to"_s, u"Last day, included (YYYY-MM-DD, UTC), or an ISO date-time (excluded)."_s, u"DATE"_s});
    parser.addOption({u"kind"_s, u"conversations, messages or summary (default summary)."_s, u"KIND"_s});
    parser.addOption(
        {u"channel"_s, u"Only this account (id or name) or platform (amazon, ebay, ...); repeatable."_s, u"CHANNEL"_s});
    parser.addOption({u"agent"_s, u"Only conversations assigned to this agent (id, name or e-mail)."_s, u"AGENT"_s});
    parser.addOption({u"team"_s, u"Only conversations assigned to this team."_s, u"TEAM"_s});
    parser.addOption({u"tag"_s, u"Only conversations with this tag."_s, u"TAG"_s});
    parser.addOption({u"language"_s, u"Only conversations in this language (ISO 639-1)."_s, u"LANG"_s});
    parser.addOption({u"excel"_s, u"Excel-friendly: UTF-8 byte order mark and CRLF line ends."_s});
    parser.addOption({u"semicolon"_s, u"Separate cells with ';' and write decimal commas (with --excel)."_s});
    parser.addOption({u"output"_s, u"The CSV file to write."_s, u"FILE"_s});
    parser.addOption({u"definition"_s, u"Run the saved report definition with this id now."_s, u"ID"_s});
    parser.addOption({u"run-due"_s, u"Run every saved definition whose day or week has ended (for cron)."_s});
    parser.addOption(
        {u"save"_s, u"Save a definition with this name (with --kind, filters, --schedule, --folder)."_s, u"NAME"_s});
    parser.addOption({u"schedule"_s, u"daily or weekly (with --save)."_s, u"SCHEDULE"_s});
    parser.addOption({u"folder"_s, u"Folder scheduled reports are written to (with --save)."_s, u"DIR"_s});
    parser.addOption({u"list"_s, u"List the saved report definitions."_s});
    parser.addOption({u"remove"_s, u"Delete the saved report definition with this id."_s, u"ID"_s});
}

int ReportCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.fail(u"report: unexpected argument '%1'"_s.arg(parser.positionalArguments().constFirst()),
                            ExitUsage);
    Workspace *ws = context.workspace();
    if (!ws)
        return ExitRuntime;
    const Database &db = ws->database();
    const qint64 now = context.clock().nowMs();
    const ReportDefinitionRepository definitions(db);

    if (parser.isSet(u"list"_s)) {
        auto list = definitions.list();
        if (!list)
            return context.fail(u"report: %1"_s.arg(list.error().message), ExitRuntime);
        for (const auto &d : list.value())
            context.out() << d.id << '\t' << d.name << '\t' << ReportBuilder::kindToString(d.kind) << '\t'
                          << ReportDefinition::scheduleToString(d.schedule) << '\t' << d.folder << '\t'
                          << (d.lastRunAt ? ReportBuilder::isoTime(d.lastRunAt) : u"never"_s) << '\n';
        return ExitOk;
    }
    if (parser.isSet(u"run-due"_s)) {
        auto written = ReportScheduler::runDue(db, now);
        if (!written)
            return context.fail(u"report: %1"_s.arg(written.error().message), ExitRuntime);
        for (const QString &path : written->written)
            context.out() << path << '\n';
        // Every failure on its own line; the definitions that worked are written all the same.
        for (const Error &e : written->failures)
            context.fail(u"report: %1"_s.arg(e.message), ExitRuntime);
        return written->failures.isEmpty() ? ExitOk : ExitRuntime;
    }
    for (const QString &option : {u"definition"_s, u"remove"_s}) {
        if (!parser.isSet(option))
            continue;
        bool ok = false;
        const qint64 id = parser.value(option).toLongLong(&ok);
        if (!ok || id <= 0)
            return context.fail(u"report: --%1 needs a numeric id"_s.arg(option), ExitUsage);
        auto d = definitions.find(id);
        if (!d)
            return context.fail(u"report: %1"_s.arg(d.error().message),
                                d.error().code == Error::Code::NotFound ? ExitUsage : ExitRuntime);
        if (option == "remove"_L1) {
            if (auto s = definitions.remove(id); !s)
                return context.fail(u"report: %1"_s.arg(s.error().message), ExitRuntime);
            context.out() << u"removed "_s << id << '\t' << d->name << '\n';
            return ExitOk;
        }
        auto path = ReportScheduler::runOne(db, d.value(), now);
        if (!path)
            return context.fail(u"report: %1"_s.arg(path.error().message), ExitRuntime);
        context.out() << path.value() << '\n';
        return ExitOk;
    }

    // Filters shared by a one-off report and a saved definition.
    ReportBuilder::Request request;
    auto kind = ReportBuilder::kindFromString(parser.isSet(u"kind"_s) ? parser.value(u"kind"_s) : u"summary"_s);
    if (!kind)
        return context.fail(u"report: %1"_s.arg(kind.error().message), ExitUsage);
    request.kind = kind.value();
    auto channels = ws->directory().channels();
    if (!channels)
        return context.fail(u"report: %1"_s.arg(channels.error().message), ExitRuntime);
    for (const QString &c : parser.values(u"channel"_s)) {
        bool numeric = false;
        const qint64 id = c.toLongLong(&numeric);
        bool found = false;
        for (const Channel &ch : channels.value()) {
            if ((numeric && ch.id == id) || ch.name.compare(c, Qt::CaseInsensitive) == 0) {
                request.filter.channelIds << ch.id;
                found = true;
            }
        }
        bool isKind = false;
        channelKindFromString(c.toLower(), &isKind);
        if (!found && isKind) {
            if (!request.filter.channelKind.isEmpty())
                return context.fail(u"report: only one platform can be given with --channel"_s, ExitUsage);
            request.filter.channelKind = c.toLower();
            found = true;
        }
        if (!found)
            return context.fail(u"report: no channel '%1' (an id, an account name or a platform)"_s.arg(c), ExitUsage);
    }
    if (parser.isSet(u"agent"_s)) {
        auto agents = ws->directory().agents();
        if (!agents)
            return context.fail(u"report: %1"_s.arg(agents.error().message), ExitRuntime);
        const QString a = parser.value(u"agent"_s);
        for (const Agent &agent : agents.value())
            if (QString::number(agent.id) == a || agent.name.compare(a, Qt::CaseInsensitive) == 0
                || agent.email.compare(a, Qt::CaseInsensitive) == 0)
                request.filter.agentId = agent.id;
        if (request.filter.agentId == 0)
            return context.fail(u"report: no agent '%1'"_s.arg(a), ExitUsage);
    }
    // A misspelt team, tag or language would silently give an empty report: only known values pass.
    const AnalyticsRepository analytics(db);
    struct Known
    {
        QString option;
        QString *target;
        std::function<Result<QStringList>()> values;
    };
    const QList<Known> known{{u"team"_s, &request.filter.team, [&] { return analytics.teams(); }},
                             {u"tag"_s, &request.filter.tag, [&] { return ws->directory().tags(); }},
                             {u"language"_s, &request.filter.language, [&] { return analytics.languages(); }}};
    for (const Known &k : known) {
        if (!parser.isSet(k.option))
            continue;
        const QString value = parser.value(k.option);
        auto values = k.values();
        if (!values)
            return context.fail(u"report: %1"_s.arg(values.error().message), ExitRuntime);
        const auto it = std::find_if(values->cbegin(), values->cend(), [&value](const QString &v) {
            return v.compare(value, Qt::CaseInsensitive) == 0;
        });
        if (it == values->cend())
            return context.fail(u"report: no %1 '%2' in this workspace (known: %3)"_s
                                    .arg(k.option, value, values->isEmpty() ? u"none"_s : values->join(u", "_s)),
                                ExitUsage);
        *k.target = *it;
    }
    request.csv.excelFriendly = parser.isSet(u"excel"_s);
    if (parser.isSet(u"semicolon"_s))
        request.csv.separator = u';';

    if (parser.isSet(u"save"_s)) {
        ReportDefinition d;
        d.name = parser.value(u"save"_s);
        d.kind = request.kind;
        d.filter = request.filter;
        auto schedule = ReportDefinition::scheduleFromString(parser.isSet(u"schedule"_s) ? parser.value(u"schedule"_s)
                                                                                         : u"daily"_s);
        if (!schedule)
            return context.fail(u"report: %1"_s.arg(schedule.error().message), ExitUsage);
        d.schedule = schedule.value();
        d.folder = parser.isSet(u"folder"_s) ? QDir(parser.value(u"folder"_s)).absolutePath() : QString();
        d.excelFriendly = request.csv.excelFriendly;
        d.separator = request.csv.separator;
        d.createdAt = now;
        auto id = definitions.add(d);
        if (!id)
            return context.fail(u"report: %1"_s.arg(id.error().message),
                                id.error().code == Error::Code::InvalidArgument ? ExitUsage : ExitRuntime);
        context.out() << id.value() << '\n';
        return ExitOk;
    }

    if (!parser.isSet(u"from"_s) || !parser.isSet(u"to"_s) || !parser.isSet(u"output"_s))
        return context.fail(
            u"report: give --from, --to and --output (or --definition, --run-due, --save, --list, --remove)"_s,
            ExitUsage);
    const auto from = parseDate(parser.value(u"from"_s), false);
    const auto to = parseDate(parser.value(u"to"_s), true);
    if (!from || !to)
        return context.fail(u"report: dates are YYYY-MM-DD or ISO date-times"_s, ExitUsage);
    request.filter.fromMs = *from;
    request.filter.toMs = *to;
    if (auto s = request.filter.validate(); !s)
        return context.fail(u"report: %1"_s.arg(s.error().message), ExitUsage);
    const QString output = parser.value(u"output"_s);
    qint64 lastPercent = -1;
    auto s = ReportBuilder::writeFile(db, request, output, now, [&](qint64 done, qint64 total) {
        const qint64 percent = total > 0 ? done * 100 / total : 100;
        if (percent / 10 != lastPercent / 10) {
            lastPercent = percent;
            context.note(u"report: %1%"_s.arg(percent));
        }
    });
    if (!s)
        return context.fail(u"report: %1"_s.arg(s.error().message), ExitRuntime);
    context.note(u"report: wrote %1"_s.arg(output));
    return ExitOk;
}

} // namespace hd::cli
