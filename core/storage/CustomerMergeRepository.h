#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/domain/Customer.h"
#include "core/storage/CustomerMergeScorer.h"

#include <QList>

namespace hd {

class Database;

/// "This may be the same buyer as …": another profile, how alike, and why.
struct MergeSuggestion
{
    Customer other;
    MergeScore score;
};

/// One merge the agent confirmed (undoneAtMs != 0 once undone).
struct CustomerMergeRecord
{
    qint64 id = 0;
    qint64 survivingId = 0;
    qint64 mergedId = 0;
    QString mergedName;
    int score = 0;
    QStringList reasons;
    qint64 mergedAtMs = 0;
    qint64 undoneAtMs = 0;
};

/// Buyer merges across channels: suggestions scored by CustomerMergeScorer, the merge itself with
/// the agent's chosen survivor (identities, conversations and orders move to it; the other profile
/// is kept with merged_into set), undo from the snapshot the merge recorded, and "not the same"
/// dismissals that stop a pair from being suggested again. Every write is one transaction.
class CustomerMergeRepository final
{
public:
    CustomerMergeRepository(const Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    /// What scoring knows of one profile (name, e-mails, postcode, order numbers).
    Result<CustomerFacts> facts(qint64 customerId) const;
    /// Profiles that may be the same buyer, best first, at or above the suggestion threshold,
    /// excluding merged-away profiles and dismissed pairs.
    Result<QList<MergeSuggestion>> suggest(qint64 customerId, int limit = 5) const;
    /// Merges mergedId into survivorId; returns the merge id. actor is recorded in the audit log.
    Result<qint64> merge(qint64 survivorId, qint64 mergedId, const QString &actor = {});
    /// Puts back what the merge moved (identities, conversations, orders, filled-in fields).
    Status undo(qint64 mergeId, const QString &actor = {});
    /// "Not the same": the pair is never suggested again.
    Status dismiss(qint64 customerA, qint64 customerB, const QString &actor = {});
    /// Merges into customerId that are still in effect, newest first (for the Undo button).
    Result<QList<CustomerMergeRecord>> activeMerges(qint64 customerId) const;

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace hd
