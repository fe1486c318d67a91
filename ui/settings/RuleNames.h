#pragma once

#include "core/workflow/rules/ConditionOperator.h"
#include "core/workflow/rules/RuleAction.h"
#include "core/workflow/rules/RuleEvent.h"

#include <QCoreApplication>
#include <QString>

namespace hd {

/// Translated names of what the rules editor shows: events, condition fields, operators, action types and
/// assignment modes. The stored values stay the stable strings of the core enums.
class RuleNames final
{
    Q_DECLARE_TR_FUNCTIONS(RuleNames)
public:
    static QString event(RuleEvent event);
    /// The field's name for people ("Order value"); unknown names come back as given.
    static QString field(const QString &name);
    static QString op(ConditionOperator op);
    static QString actionType(RuleAction::Type type);
    static QString assignMode(RuleAction::AssignMode mode);
    static QString notifyTarget(const QString &target);
    /// "AND: all of", "OR: any of", "NOT"
    static QString allOf();
    static QString anyOf();
    static QString notOf();
};

} // namespace hd
