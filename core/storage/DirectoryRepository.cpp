#include "core/storage/DirectoryRepository.h"

#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

#include <utility>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxCapacity = 1000;

const QString kAgentColumns = u"id, name, email, role, languages, skills, capacity, time_zone, active, teams"_s;

Agent agentFromRow(const QSqlQuery &q)
{
    Agent a;
    a.id = q.value(0).toLongLong();
    a.name = q.value(1).toString();
    a.email = q.value(2).toString();
    a.role = agentRoleFromString(q.value(3).toString());
    a.languages = q.value(4).toString().split(u',', Qt::SkipEmptyParts);
    a.skills = q.value(5).toString().split(u',', Qt::SkipEmptyParts);
    a.capacity = q.value(6).toInt();
    a.timeZone = q.value(7).toString();
    a.active = q.value(8).toInt() != 0;
    a.teams = teamsFromString(q.value(9).toString());
    return a;
}

} // namespace

Result<QList<Channel>> DirectoryRepository::channels() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, kind, name, marketplace, config_json, enabled, created_at FROM channels ORDER BY id"_s))
        return databaseError(q, u"channels"_s);
    QList<Channel> out;
    while (q.next()) {
        Channel c;
        c.id = q.value(0).toLongLong();
        c.kind = channelKindFromString(q.value(1).toString());
        c.name = q.value(2).toString();
        c.marketplace = q.value(3).toString();
        c.configJson = q.value(4).toString();
        c.enabled = q.value(5).toBool();
        c.createdAt = q.value(6).toLongLong();
        out << c;
    }
    return out;
}

Result<qint64> DirectoryRepository::addChannel(const Channel &channel) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        u"INSERT INTO channels(kind, name, marketplace, config_json, enabled, created_at) VALUES (?, ?, ?, ?, ?, ?)"
        " RETURNING id"_s);
    q.addBindValue(sqlValue(channelKindToString(channel.kind)));
    q.addBindValue(sqlValue(channel.name));
    q.addBindValue(sqlValue(channel.marketplace));
    q.addBindValue(sqlValue(channel.configJson.isEmpty() ? u"{}"_s : channel.configJson));
    q.addBindValue(sqlValue(channel.enabled ? 1 : 0));
    q.addBindValue(sqlValue(channel.createdAt ? channel.createdAt : QDateTime::currentMSecsSinceEpoch()));
    if (!q.exec() || !q.next())
        return databaseError(q, u"add channel"_s);
    return q.value(0).toLongLong();
}

Result<QList<Agent>> DirectoryRepository::agents() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT "_s + kAgentColumns + u" FROM agents ORDER BY name"_s))
        return databaseError(q, u"agents"_s);
    QList<Agent> out;
    while (q.next())
        out << agentFromRow(q);
    return out;
}

Result<Agent> DirectoryRepository::agent(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT "_s + kAgentColumns + u" FROM agents WHERE id = ?"_s);
    q.addBindValue(sqlValue(id));
    if (!q.exec())
        return databaseError(q, u"agent"_s);
    if (!q.next())
        return Error::make(Error::Code::NotFound,
                           QCoreApplication::translate("hd::DirectoryRepository", "There is no agent #%1.").arg(id),
                           u"agent %1 not found"_s.arg(id));
    return agentFromRow(q);
}

Result<Agent> DirectoryRepository::updateAgent(qint64 id, const AgentChanges &changes) const
{
    QStringList sets;
    QVariantList binds;
    if (changes.teams) {
        sets << u"teams = ?"_s;
        binds << normalizedTeams(*changes.teams).join(u',');
    }
    if (changes.languages) {
        static const QRegularExpression kCode(u"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$"_s);
        QStringList languages;
        for (const QString &l : *changes.languages) {
            const QString code = l.trimmed();
            if (code.isEmpty() || languages.contains(code))
                continue;
            if (!kCode.match(code).hasMatch())
                return Error::make(Error::Code::InvalidArgument,
                                   QCoreApplication::translate("hd::DirectoryRepository",
                                                               "'%1' is not a language code (like en or zh).")
                                       .arg(code),
                                   u"agent %1 language '%2'"_s.arg(id).arg(code));
            languages << code;
        }
        sets << u"languages = ?"_s;
        binds << languages.join(u',');
    }
    if (changes.capacity) {
        if (*changes.capacity < 0 || *changes.capacity > kMaxCapacity)
            return Error::make(Error::Code::InvalidArgument,
                               QCoreApplication::translate("hd::DirectoryRepository",
                                                           "The capacity is a number of conversations from 0 to %1.")
                                   .arg(kMaxCapacity),
                               u"agent %1 capacity %2"_s.arg(id).arg(*changes.capacity));
        sets << u"capacity = ?"_s;
        binds << *changes.capacity;
    }
    if (changes.active) {
        sets << u"active = ?"_s;
        binds << (*changes.active ? 1 : 0);
    }
    if (!sets.isEmpty()) {
        QSqlQuery q(m_db.connection());
        q.prepare(u"UPDATE agents SET "_s + sets.join(u", "_s) + u" WHERE id = ?"_s);
        for (const QVariant &b : std::as_const(binds))
            q.addBindValue(sqlValue(b));
        q.addBindValue(sqlValue(id));
        if (!q.exec())
            return databaseError(q, u"update agent"_s);
    }
    return agent(id);
}

Result<qint64> DirectoryRepository::addAgent(const Agent &agent) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO agents(name, email, role, languages, skills, capacity, time_zone, active, teams)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(email) DO UPDATE SET name = excluded.name,"
              " teams = CASE WHEN agents.teams = '' THEN excluded.teams ELSE agents.teams END RETURNING id"_s);
    q.addBindValue(sqlValue(agent.name));
    q.addBindValue(sqlValue(agent.email));
    q.addBindValue(sqlValue(agentRoleToString(agent.role)));
    q.addBindValue(sqlValue(agent.languages.join(u',')));
    q.addBindValue(sqlValue(agent.skills.join(u',')));
    q.addBindValue(sqlValue(agent.capacity));
    q.addBindValue(sqlValue(agent.timeZone.isEmpty() ? u"UTC"_s : agent.timeZone));
    q.addBindValue(sqlValue(agent.active ? 1 : 0));
    q.addBindValue(sqlValue(normalizedTeams(agent.teams).join(u',')));
    if (!q.exec() || !q.next())
        return databaseError(q, u"add agent"_s);
    return q.value(0).toLongLong();
}

Result<QStringList> DirectoryRepository::tags() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT name FROM tags ORDER BY name"_s))
        return databaseError(q, u"tags"_s);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<qint64> DirectoryRepository::ensureTag(const QString &name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO tags(name) VALUES (?) ON CONFLICT(name) DO UPDATE SET name = excluded.name RETURNING id"_s);
    q.addBindValue(sqlValue(name));
    if (!q.exec() || !q.next())
        return databaseError(q, u"tag"_s);
    return q.value(0).toLongLong();
}

} // namespace hd
