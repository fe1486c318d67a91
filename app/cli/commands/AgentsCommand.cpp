#include "app/cli/commands/AgentsCommand.h"

#include "app/cli/CliContext.h"
#include "core/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hd::cli {
using namespace Qt::StringLiterals;

namespace {

QJsonObject agentJson(const Agent &a)
{
    return QJsonObject{{u"id"_s, a.id},
                       {u"name"_s, a.name},
                       {u"email"_s, a.email},
                       {u"role"_s, agentRoleToString(a.role)},
                       {u"languages"_s, QJsonArray::fromStringList(a.languages)},
                       {u"teams"_s, QJsonArray::fromStringList(a.teams)},
                       {u"capacity"_s, a.capacity},
                       {u"active"_s, a.active}};
}

QString listOrDash(const QStringList &list)
{
    return list.isEmpty() ? u"-"_s : list.join(u',');
}

void printTable(QTextStream &out, const QList<Agent> &agents)
{
    out << u"%1  %2  %3  %4  %5  %6  %7  %8\n"_s.arg(u"ID"_s, 4)
               .arg(u"NAME"_s, -20)
               .arg(u"EMAIL"_s, -32)
               .arg(u"ROLE"_s, -10)
               .arg(u"LANGUAGES"_s, -10)
               .arg(u"TEAMS"_s, -16)
               .arg(u"CAPACITY"_s, 8)
               .arg(u"ACTIVE"_s);
    for (const Agent &a : agents)
        out << u"%1  %2  %3  %4  %5  %6  %7  %8\n"_s.arg(a.id, 4)
                   .arg(a.name, -20)
                   .arg(a.email, -32)
                   .arg(agentRoleToString(a.role), -10)
                   .arg(listOrDash(a.languages), -10)
                   .arg(listOrDash(a.teams), -16)
                   .arg(a.capacity, 8)
                   .arg(a.active ? u"yes"_s : u"no"_s);
}

/// "a, b,,c" -> {"a", "b", "c"}; the repository normalises further.
QStringList commaList(const QString &value)
{
    QStringList out;
    for (const QString &part : value.split(u','))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

} // namespace

void AgentsCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(u"action"_s, u"list | update"_s);
    parser.addPositionalArgument(u"id"_s, u"Agent id (update)."_s, u"[id]"_s);
    parser.addOption({u"json"_s, u"Print JSON (list)."_s});
    parser.addOption({u"teams"_s, u"Comma-separated team names; \"\" for none (update)."_s, u"LIST"_s});
    parser.addOption({u"languages"_s, u"Comma-separated language codes, e.g. \"en,de\" (update)."_s, u"LIST"_s});
    parser.addOption({u"capacity"_s, u"Open conversations at once, 0 to 1000 (update)."_s, u"N"_s});
    parser.addOption({u"active"_s, u"true or false (update)."_s, u"BOOL"_s});
}

int AgentsCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action == "list"_L1) {
        if (args.size() != 1)
            return context.fail(u"agents: list takes no argument"_s, ExitUsage);
        Workspace *ws = context.workspace();
        if (!ws)
            return ExitRuntime;
        auto agents = ws->directory().agents();
        if (!agents)
            return context.fail(u"agents: %1"_s.arg(agents.error().message), ExitRuntime);
        if (parser.isSet(u"json"_s)) {
            QJsonArray array;
            for (const Agent &a : std::as_const(*agents))
                array.append(agentJson(a));
            context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        } else {
            printTable(context.out(), *agents);
        }
        return ExitOk;
    }
    if (action != "update"_L1)
        return context.fail(u"agents: usage: agents list [--json] | agents update ID [--teams LIST] [--languages LIST]"
                            " [--capacity N] [--active true|false]"_s,
                            ExitUsage);
    if (args.size() != 2)
        return context.fail(args.size() < 2 ? u"agents: update needs an agent id"_s
                                            : u"agents: unexpected argument '%1'"_s.arg(args.constLast()),
                            ExitUsage);
    bool ok = false;
    const qint64 id = args.at(1).toLongLong(&ok);
    if (!ok || id <= 0)
        return context.fail(u"agents: '%1' is not an agent id"_s.arg(args.at(1)), ExitUsage);

    AgentChanges changes;
    if (parser.isSet(u"teams"_s))
        changes.teams = commaList(parser.value(u"teams"_s));
    if (parser.isSet(u"languages"_s))
        changes.languages = commaList(parser.value(u"languages"_s));
    if (parser.isSet(u"capacity"_s)) {
        const int capacity = parser.value(u"capacity"_s).trimmed().toInt(&ok);
        if (!ok)
            return context.fail(u"agents: --capacity needs a whole number, not '%1'"_s.arg(parser.value(u"capacity"_s)),
                                ExitUsage);
        changes.capacity = capacity;
    }
    if (parser.isSet(u"active"_s)) {
        const QString value = parser.value(u"active"_s).trimmed().toLower();
        if (value != "true"_L1 && value != "false"_L1)
            return context.fail(u"agents: --active is true or false, not '%1'"_s.arg(parser.value(u"active"_s)),
                                ExitUsage);
        changes.active = value == "true"_L1;
    }
    if (!changes.teams && !changes.languages && !changes.capacity && !changes.active)
        return context.fail(u"agents: update needs --teams, --languages, --capacity or --active"_s, ExitUsage);

    Workspace *ws = context.workspace();
    if (!ws)
        return ExitRuntime;
    auto updated = ws->directory().updateAgent(id, changes);
    if (!updated) {
        const Error::Code code = updated.error().code;
        const bool usage = code == Error::Code::NotFound || code == Error::Code::InvalidArgument;
        return context.fail(u"agents: %1"_s.arg(updated.error().message), usage ? ExitUsage : ExitRuntime);
    }
    const Agent &a = *updated;
    context.out() << u"Agent #%1 %2: teams %3, languages %4, capacity %5, %6.\n"_s.arg(QString::number(a.id),
                                                                                       a.name,
                                                                                       listOrDash(a.teams),
                                                                                       listOrDash(a.languages),
                                                                                       QString::number(a.capacity),
                                                                                       a.active ? u"active"_s
                                                                                                : u"inactive"_s);
    return ExitOk;
}

} // namespace hd::cli
