#pragma once

#include "core/workflow/rules/Rule.h"
#include "core/workflow/rules/RuleContext.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace hd {

/// What RuleDryRun::run() found.
struct RuleDryRunResult
{
    int evaluated = 0;                     ///< snapshots looked at
    int conversationsSeen = 0;             ///< distinct conversation ids among them
    int count = 0;                         ///< conversations the rule would have fired on
    QList<qint64> matchingConversationIds; ///< in first-match order
    QList<QStringList> explanations;       ///< parallel to matchingConversationIds
    QList<qint64> matchedAtMs;             ///< parallel: nowMs of the first matching snapshot

    /// "On the last 30 days this rule would have fired on 12 of 480 conversations."
    QString summary(int days) const;
};

/// "On the last 30 days this rule would have fired on N conversations", with the list and the reasons.
///
/// The caller loads the snapshots from storage: one RuleContext per occurrence of the rule's event (e.g.
/// one per inbound message for message_received) over the period. The dry run evaluates only the
/// condition: it ignores `enabled` (testing a disabled rule is the point), other rules and stopProcessing.
/// A conversation counts once, with the explanation of its first matching snapshot (in the given order).
class RuleDryRun final
{
public:
    static RuleDryRunResult run(const Rule &rule, const QList<RuleContext> &snapshots);
};

} // namespace hd
