#include "app/cli/commands/RulesCommand.h"

#include "app/cli/CliContext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hd::cli {
using namespace Qt::StringLiterals;

void RulesCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(u"action"_s, u"list | dry-run"_s);
    parser.addOption({u"rule"_s, u"Dry-run the stored rule with this id."_s, u"ID"_s});
    parser.addOption({u"rule-file"_s, u"Dry-run the rule in this JSON file (Rule JSON)."_s, u"FILE"_s});
    parser.addOption({u"days"_s, u"Period of the dry run in days (default 30)."_s, u"N"_s});
    parser.addOption({u"json"_s, u"Print JSON."_s});
}

int RulesCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || (args.first() != "list"_L1 && args.first() != "dry-run"_L1))
        return context.fail(u"rules: say 'list' or 'dry-run'"_s, ExitUsage);
    const bool json = parser.isSet(u"json"_s);

    if (args.first() == "list"_L1) {
        Workspace *ws = context.workspace();
        if (!ws)
            return ExitRuntime;
        QStringList problems;
        auto rules = ws->triage().rules().all(&problems);
        if (!rules)
            return context.fail(u"rules: %1"_s.arg(rules.error().message), ExitRuntime);
        if (json) {
            QJsonArray a;
            for (const Rule &r : *rules)
                a.append(r.toJson());
            context.out() << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented));
        } else {
            for (const Rule &r : *rules)
                context.out() << u"#%1 %2 [%3%4] when %5 if %6\n"_s.arg(QString::number(r.id),
                                                                        r.name,
                                                                        r.enabled ? u"on"_s : u"off"_s,
                                                                        r.stopProcessing ? u", stops"_s : QString(),
                                                                        ruleEventToString(r.event),
                                                                        r.condition.describe());
            if (rules->isEmpty())
                context.out() << "No rules.\n";
        }
        for (const QString &p : std::as_const(problems))
            context.note(p);
        return ExitOk;
    }

    // dry-run
    if (parser.isSet(u"rule"_s) == parser.isSet(u"rule-file"_s))
        return context.fail(u"rules dry-run: give exactly one of --rule ID or --rule-file FILE"_s, ExitUsage);
    const auto days = context.positiveOption(parser, u"days"_s, 30, 3650);
    if (!days)
        return ExitUsage;
    Rule rule;
    if (parser.isSet(u"rule-file"_s)) {
        QFile f(parser.value(u"rule-file"_s));
        if (!f.open(QIODevice::ReadOnly))
            return context.fail(u"rules dry-run: cannot read %1: %2"_s.arg(f.fileName(), f.errorString()), ExitUsage);
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
        if (!doc.isObject())
            return context.fail(u"rules dry-run: %1 is not a JSON object (%2)"_s.arg(f.fileName(), err.errorString()),
                                ExitUsage);
        auto parsed = Rule::fromJson(doc.object());
        if (!parsed)
            return context.fail(u"rules dry-run: %1"_s.arg(parsed.error().message), ExitUsage);
        rule = parsed.value();
    }
    Workspace *ws = context.workspace();
    if (!ws)
        return ExitRuntime;
    if (parser.isSet(u"rule"_s)) {
        bool ok = false;
        const qint64 id = parser.value(u"rule"_s).toLongLong(&ok);
        if (!ok || id <= 0)
            return context.fail(u"rules dry-run: --rule needs a rule id"_s, ExitUsage);
        auto found = ws->triage().rules().find(id);
        if (!found)
            return context.fail(u"rules dry-run: %1"_s.arg(found.error().message), ExitRuntime);
        rule = found.value();
    }
    auto result = ws->triage().dryRun(rule, int(*days));
    if (!result)
        return context.fail(u"rules dry-run: %1"_s.arg(result.error().message), ExitRuntime);
    const RuleDryRunResult &r = *result;
    if (json) {
        QJsonArray list;
        for (qsizetype i = 0; i < r.matchingConversationIds.size(); ++i)
            list.append(QJsonObject{{u"conversation_id"_s, r.matchingConversationIds[i]},
                                    {u"at"_s, r.matchedAtMs.value(i)},
                                    {u"why"_s, QJsonArray::fromStringList(r.explanations.value(i))}});
        const QJsonObject o{{u"rule"_s, rule.name},
                            {u"days"_s, *days},
                            {u"count"_s, r.count},
                            {u"conversations_seen"_s, r.conversationsSeen},
                            {u"evaluated"_s, r.evaluated},
                            {u"summary"_s, r.summary(int(*days))},
                            {u"conversations"_s, list}};
        context.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    context.out() << u"would have fired on %1 conversations\n"_s.arg(r.count);
    context.out() << r.summary(int(*days)) << '\n';
    for (qsizetype i = 0; i < r.matchingConversationIds.size(); ++i)
        context.out() << u"  #%1: %2\n"_s.arg(QString::number(r.matchingConversationIds[i]),
                                              r.explanations.value(i).join(u"; "_s));
    return ExitOk;
}

} // namespace hd::cli
