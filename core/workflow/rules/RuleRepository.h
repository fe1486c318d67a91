#pragma once

#include "core/common/Result.h"
#include "core/workflow/rules/Rule.h"
#include "core/workflow/rules/RuleEvent.h"

#include <QList>
#include <QStringList>

namespace hd {

class Database;

/// The rules table: rules(id, name, event, condition_json, actions_json, enabled, position, created_at).
/// condition_json holds Condition::toJson(), actions_json holds Rule::actionsJson() (stopProcessing is the
/// trailing {"type": "stop_processing"} marker). Rules are validated before they are written.
class RuleRepository final
{
public:
    explicit RuleRepository(const Database &db)
        : m_db(db)
    {
    }

    /// Every rule in run order (position, then id). A row whose JSON no longer parses (e.g. a field removed
    /// in a later version) is skipped, logged, and described in *problems when given.
    Result<QList<Rule>> all(QStringList *problems = nullptr) const;
    /// Enabled rules for one event, in run order: what RulesEngine::run() needs.
    Result<QList<Rule>> enabledFor(RuleEvent event, QStringList *problems = nullptr) const;
    Result<Rule> find(qint64 id) const;
    /// Inserts the rule (its id is ignored) and returns the new id.
    Result<qint64> add(const Rule &rule) const;
    /// Rewrites every column of rule.id; NotFound when there is no such rule.
    Status update(const Rule &rule) const;
    Status setEnabled(qint64 id, bool enabled) const;
    Status remove(qint64 id) const;

private:
    Result<QList<Rule>> select(const QString &where, const QVariantList &binds, QStringList *problems) const;

    const Database &m_db;
};

} // namespace hd
