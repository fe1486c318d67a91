#include "core/domain/Agent.h"

namespace hd {
using namespace Qt::StringLiterals;

QString agentRoleToString(AgentRole r)
{
    switch (r) {
    case AgentRole::Agent: return u"agent"_s;
    case AgentRole::Supervisor: return u"supervisor"_s;
    case AgentRole::Admin: return u"admin"_s;
    }
    return u"agent"_s;
}

AgentRole agentRoleFromString(const QString &s)
{
    if (s == "supervisor"_L1)
        return AgentRole::Supervisor;
    if (s == "admin"_L1)
        return AgentRole::Admin;
    return AgentRole::Agent;
}

QStringList normalizedTeams(const QStringList &teams)
{
    QStringList out;
    for (const QString &t : teams) {
        const QString name = t.trimmed().toLower();
        if (!name.isEmpty() && !out.contains(name))
            out << name;
    }
    return out;
}

QStringList teamsFromString(const QString &commaSeparated)
{
    return normalizedTeams(commaSeparated.split(u','));
}

} // namespace hd
