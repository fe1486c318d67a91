#include "core/workflow/rules/RuleDryRun.h"

#include <QSet>

namespace hd {
using namespace Qt::StringLiterals;

QString RuleDryRunResult::summary(int days) const
{
    const QString period = days == 1 ? u"On the last day"_s : u"On the last %1 days"_s.arg(days);
    const QString noun = conversationsSeen == 1 ? u"conversation"_s : u"conversations"_s;
    return u"%1 this rule would have fired on %2 of %3 %4."_s.arg(period,
                                                                  QString::number(count),
                                                                  QString::number(conversationsSeen),
                                                                  noun);
}

RuleDryRunResult RuleDryRun::run(const Rule &rule, const QList<RuleContext> &snapshots)
{
    RuleDryRunResult r;
    QSet<qint64> seen;
    QSet<qint64> matched;
    for (const RuleContext &ctx : snapshots) {
        ++r.evaluated;
        seen.insert(ctx.conversationId);
        if (matched.contains(ctx.conversationId))
            continue;
        QStringList why;
        if (!evaluate(rule.condition, ctx, &why))
            continue;
        matched.insert(ctx.conversationId);
        r.matchingConversationIds << ctx.conversationId;
        r.explanations << why;
        r.matchedAtMs << ctx.nowMs;
    }
    r.conversationsSeen = int(seen.size());
    r.count = int(matched.size());
    return r;
}

} // namespace hd
