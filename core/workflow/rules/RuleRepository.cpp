#include "core/workflow/rules/RuleRepository.h"

#include "core/common/Log.h"
#include "core/storage/Database.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

} // namespace

Result<QList<Rule>> RuleRepository::select(const QString &where, const QVariantList &binds, QStringList *problems) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, name, event, condition_json, actions_json, enabled, position, created_at FROM rules"_s
              + where + u" ORDER BY position, id"_s);
    for (const QVariant &b : binds)
        q.addBindValue(sqlValue(b));
    if (!q.exec())
        return databaseError(q, u"rules"_s);
    QList<Rule> out;
    while (q.next()) {
        Rule r;
        r.id = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        bool ok = false;
        r.event = ruleEventFromString(q.value(2).toString(), &ok);
        QString problem;
        if (!ok) {
            problem = u"unknown event \"%1\""_s.arg(q.value(2).toString());
        } else if (auto cond = Condition::fromJsonText(q.value(3).toString().toUtf8()); !cond) {
            problem = cond.error().message;
        } else {
            r.condition = cond.value();
            if (Status s = r.setActionsFromJsonText(q.value(4).toString().toUtf8()); !s)
                problem = s.error().message;
        }
        if (!problem.isEmpty()) {
            const QString line = u"rule #%1 \"%2\" skipped: %3"_s.arg(QString::number(r.id), r.name, problem);
            log::warn("workflow.rules", line);
            if (problems)
                *problems << line;
            continue;
        }
        r.enabled = q.value(5).toBool();
        r.position = q.value(6).toInt();
        r.createdAt = q.value(7).toLongLong();
        out << r;
    }
    return out;
}

Result<QList<Rule>> RuleRepository::all(QStringList *problems) const
{
    return select(QString(), {}, problems);
}

Result<QList<Rule>> RuleRepository::enabledFor(RuleEvent event, QStringList *problems) const
{
    return select(u" WHERE enabled = 1 AND event = ?"_s, {ruleEventToString(event)}, problems);
}

Result<Rule> RuleRepository::find(qint64 id) const
{
    QStringList problems;
    auto rows = select(u" WHERE id = ?"_s, {id}, &problems);
    if (!rows)
        return rows.error();
    if (rows->isEmpty()) {
        if (!problems.isEmpty())
            return Error::make(Error::Code::Parse, u"The rule cannot be read."_s, problems.first());
        return Error::make(Error::Code::NotFound, u"No rule #%1."_s.arg(id));
    }
    return rows->first();
}

Result<qint64> RuleRepository::add(const Rule &rule) const
{
    if (Status s = rule.validate(); !s)
        return s.error();
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO rules(name, event, condition_json, actions_json, enabled, position, created_at)"
              " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    q.addBindValue(sqlValue(rule.name));
    q.addBindValue(sqlValue(ruleEventToString(rule.event)));
    q.addBindValue(sqlValue(compact(rule.condition.toJson())));
    q.addBindValue(sqlValue(compact(rule.actionsJson())));
    q.addBindValue(rule.enabled ? 1 : 0);
    q.addBindValue(rule.position);
    q.addBindValue(rule.createdAt);
    if (!q.exec() || !q.next())
        return databaseError(q, u"add rule"_s);
    return q.value(0).toLongLong();
}

Status RuleRepository::update(const Rule &rule) const
{
    if (Status s = rule.validate(); !s)
        return s;
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE rules SET name = ?, event = ?, condition_json = ?, actions_json = ?, enabled = ?, position = ?,"
              " created_at = ? WHERE id = ?"_s);
    q.addBindValue(sqlValue(rule.name));
    q.addBindValue(sqlValue(ruleEventToString(rule.event)));
    q.addBindValue(sqlValue(compact(rule.condition.toJson())));
    q.addBindValue(sqlValue(compact(rule.actionsJson())));
    q.addBindValue(rule.enabled ? 1 : 0);
    q.addBindValue(rule.position);
    q.addBindValue(rule.createdAt);
    q.addBindValue(rule.id);
    if (!q.exec())
        return databaseError(q, u"update rule"_s);
    if (q.numRowsAffected() == 0)
        return Error::make(Error::Code::NotFound, u"No rule #%1."_s.arg(rule.id));
    return {};
}

Status RuleRepository::setEnabled(qint64 id, bool enabled) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE rules SET enabled = ? WHERE id = ?"_s);
    q.addBindValue(enabled ? 1 : 0);
    q.addBindValue(id);
    if (!q.exec())
        return databaseError(q, u"enable rule"_s);
    if (q.numRowsAffected() == 0)
        return Error::make(Error::Code::NotFound, u"No rule #%1."_s.arg(id));
    return {};
}

Status RuleRepository::remove(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM rules WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return databaseError(q, u"remove rule"_s);
    if (q.numRowsAffected() == 0)
        return Error::make(Error::Code::NotFound, u"No rule #%1."_s.arg(id));
    return {};
}

} // namespace hd
