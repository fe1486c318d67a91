#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace hd {

/// A rule whose condition held during a run, and why: what a conversation's "rules that fired" panel shows.
struct FiredRule
{
    qint64 ruleId = 0;
    QString name;
    int position = 0;
    QStringList explanation; ///< facts that made the condition true ("intent = refund")
    QStringList actions;     ///< RuleAction::describe() of what it planned
    bool stoppedProcessing = false;

    /// "Refunds over 100: intent = refund; order value 120.00 > 100 → add tag "refund", set priority to high"
    QString summary() const
    {
        using namespace Qt::StringLiterals;
        QString s = name + u": "_s + explanation.join(u"; "_s);
        if (!actions.isEmpty())
            s += u" \u2192 "_s + actions.join(u", "_s);
        if (stoppedProcessing)
            s += u" (stops further rules)"_s;
        return s;
    }
};

} // namespace hd
