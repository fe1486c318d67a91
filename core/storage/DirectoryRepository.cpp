#include "core/storage/DirectoryRepository.h"

#include "core/storage/Database.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace hd {
using namespace Qt::StringLiterals;

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
    q.prepare(u"INSERT INTO channels(kind, name, marketplace, config_json, enabled, created_at) VALUES (?, ?, ?, ?, ?, ?)"
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
    if (!q.exec(u"SELECT id, name, email, role, languages, skills, capacity, time_zone, active FROM agents ORDER BY name"_s))
        return databaseError(q, u"agents"_s);
    QList<Agent> out;
    while (q.next()) {
        Agent a;
        a.id = q.value(0).toLongLong();
        a.name = q.value(1).toString();
        a.email = q.value(2).toString();
        a.role = agentRoleFromString(q.value(3).toString());
        a.languages = q.value(4).toString().split(u',', Qt::SkipEmptyParts);
        a.skills = q.value(5).toString().split(u',', Qt::SkipEmptyParts);
        a.capacity = q.value(6).toInt();
        a.timeZone = q.value(7).toString();
        a.active = q.value(8).toBool();
        out << a;
    }
    return out;
}

Result<qint64> DirectoryRepository::addAgent(const Agent &agent) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO agents(name, email, role, languages, skills, capacity, time_zone, active)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(email) DO UPDATE SET name = excluded.name RETURNING id"_s);
    q.addBindValue(sqlValue(agent.name));
    q.addBindValue(sqlValue(agent.email));
    q.addBindValue(sqlValue(agentRoleToString(agent.role)));
    q.addBindValue(sqlValue(agent.languages.join(u',')));
    q.addBindValue(sqlValue(agent.skills.join(u',')));
    q.addBindValue(sqlValue(agent.capacity));
    q.addBindValue(sqlValue(agent.timeZone.isEmpty() ? u"UTC"_s : agent.timeZone));
    q.addBindValue(sqlValue(agent.active ? 1 : 0));
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
