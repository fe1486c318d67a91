#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace hd {

enum class AgentRole { Agent, Supervisor, Admin };
QString agentRoleToString(AgentRole r);
AgentRole agentRoleFromString(const QString &s);

/// A person who answers buyers.
struct Agent
{
    qint64 id = 0;
    QString name;
    QString email;
    AgentRole role = AgentRole::Agent;
    QStringList languages; ///< ISO 639-1 codes the agent reads and writes
    QStringList skills;
    int capacity = 20; ///< open conversations at once
    QString timeZone;  ///< IANA name
    bool active = true;
    QStringList teams; ///< team names, trimmed and lower-case (agents.teams, comma separated)
};

/// Team names as routing and analytics compare them: each trimmed and lower-cased, empty names
/// dropped, duplicates removed, first-seen order kept.
QStringList normalizedTeams(const QStringList &teams);
/// Splits a comma-separated list ("EU, apac,,") into normalised team names ("eu", "apac").
QStringList teamsFromString(const QString &commaSeparated);

} // namespace hd
