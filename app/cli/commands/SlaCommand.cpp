#include "app/cli/commands/SlaCommand.h"

#include "app/cli/CliContext.h"
#include "core/workflow/rules/PriorityScorer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hd::cli {
using namespace Qt::StringLiterals;

namespace {

QJsonValue rateValue(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QString percent(const std::optional<double> &v)
{
    return v ? QString::number(*v * 100.0, 'f', 1) + u'%' : u"n/a"_s;
}

} // namespace

void SlaCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"at-risk"_s, u"List targets that breach within HOURS (overdue included)."_s, u"HOURS"_s});
    parser.addOption({u"response-rate"_s, u"Response rate per marketplace account, with the forecast."_s});
    parser.addOption({u"json"_s, u"Print JSON."_s});
}

int SlaCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.fail(u"sla: unexpected argument '%1'"_s.arg(parser.positionalArguments().constFirst()),
                            ExitUsage);
    if (parser.isSet(u"at-risk"_s) == parser.isSet(u"response-rate"_s))
        return context.fail(u"sla: give exactly one of --at-risk HOURS or --response-rate"_s, ExitUsage);
    const bool json = parser.isSet(u"json"_s);
    if (parser.isSet(u"at-risk"_s)) {
        bool ok = false;
        const double hours = parser.value(u"at-risk"_s).toDouble(&ok);
        if (!ok || hours < 0 || hours > 24 * 365)
            return context.fail(u"sla: --at-risk needs a number of hours (0-8760)"_s, ExitUsage);
        Workspace *ws = context.workspace();
        if (!ws)
            return ExitRuntime;
        auto risk = ws->triage().atRisk(hours);
        if (!risk)
            return context.fail(u"sla: %1"_s.arg(risk.error().message), ExitRuntime);
        const qint64 now = context.clock().nowMs();
        if (json) {
            QJsonArray a;
            for (const SlaClockRecord &k : *risk)
                a.append(QJsonObject{{u"conversation_id"_s, k.conversationId},
                                     {u"policy"_s, k.policy},
                                     {u"policy_name"_s, k.policyName},
                                     {u"target"_s, slaTargetToString(k.target)},
                                     {u"due_at"_s, k.dueAt},
                                     {u"ms_left"_s, k.msLeft(now)},
                                     {u"overdue"_s, k.dueAt <= now},
                                     {u"subject"_s, k.subject},
                                     {u"customer"_s, k.customerName},
                                     {u"channel"_s, channelKindToString(k.channelKind)},
                                     {u"assignee_id"_s, k.assigneeId}});
            context.out() << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented));
            return ExitOk;
        }
        if (risk->isEmpty())
            context.out() << u"Nothing breaches in the next %1 h.\n"_s.arg(hours);
        for (const SlaClockRecord &k : *risk) {
            const qint64 left = k.msLeft(now);
            const QString when = left <= 0 ? u"overdue %1"_s.arg(PriorityScorer::formatDuration(-left))
                                           : u"in %1"_s.arg(PriorityScorer::formatDuration(left));
            context.out() << u"#%1 %2 %3 (%4) %5 \u2014 %6, %7\n"_s.arg(
                QString::number(k.conversationId),
                slaTargetToString(k.target),
                when,
                k.policyName,
                QDateTime::fromMSecsSinceEpoch(k.dueAt, Qt::UTC).toString(Qt::ISODate),
                k.customerName,
                k.subject);
        }
        return ExitOk;
    }
    Workspace *ws = context.workspace();
    if (!ws)
        return ExitRuntime;
    auto rates = ws->triage().responseRates();
    if (!rates)
        return context.fail(u"sla: %1"_s.arg(rates.error().message), ExitRuntime);
    if (json) {
        QJsonArray a;
        for (const ResponseRateRecord &r : *rates)
            a.append(QJsonObject{{u"channel_id"_s, r.channelId},
                                 {u"channel"_s, r.channelName},
                                 {u"platform_rule"_s, r.rule.id},
                                 {u"unit"_s, ResponseRate::unitToString(r.rule.unit)},
                                 {u"target_rate"_s, r.rule.targetRate},
                                 {u"rate"_s, rateValue(r.report.rate)},
                                 {u"best_case"_s, rateValue(r.report.bestCase)},
                                 {u"worst_case"_s, rateValue(r.report.worstCase)},
                                 {u"answered_in_time"_s, r.report.answeredInTime},
                                 {u"answered_late"_s, r.report.answeredLate},
                                 {u"missed"_s, r.report.missed},
                                 {u"open"_s, r.report.open},
                                 {u"excluded"_s, r.report.excluded},
                                 {u"due_within_horizon"_s, r.report.dueWithinHorizon},
                                 {u"next_deadline"_s, r.report.nextDeadline}});
        context.out() << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    if (rates->isEmpty())
        context.out() << "No marketplace account with a response-rate rule.\n";
    for (const ResponseRateRecord &r : *rates)
        context.out() << u"%1 (%2 rule): %3 now; if the %4 open are not answered in time: %5 (all answered: %6);"
                         " target %7. In time %8, late %9, missed %10\n"_s
                             .arg(r.channelName,
                                  r.rule.id,
                                  percent(r.report.rate),
                                  QString::number(r.report.open),
                                  percent(r.report.worstCase),
                                  percent(r.report.bestCase),
                                  percent(r.rule.targetRate > 0 ? std::optional<double>(r.rule.targetRate)
                                                                : std::nullopt),
                                  QString::number(r.report.answeredInTime),
                                  QString::number(r.report.answeredLate))
                             .arg(r.report.missed);
    return ExitOk;
}

} // namespace hd::cli
