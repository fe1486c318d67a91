#pragma once

#include "core/common/Result.h"
#include "core/workflow/triage/TriageRecords.h"

#include <QList>
#include <QReadWriteLock>
#include <QSet>
#include <QString>

#include <optional>

namespace hd {

class Database;

/// Agents' corrections of intent and sentiment, and the lookup that makes later similar messages get the
/// corrected label. A message matches a correction of the same field when its normalised units (lower case,
/// no diacritics, CJK by character, numbers dropped) are the same set, or overlap by Jaccard >= 0.6 with at
/// least 3 shared units; the most similar (then the newest) correction wins. Exact and near-exact repeats
/// are what sellers see ("Where is my order #123?" / "Where is my order #456?"), so this is deliberately
/// conservative: it never overrides the classifier on a loose resemblance.
///
/// Loaded once from classifier_corrections (load()), then kept in memory; lookups are thread-safe.
class CorrectionStore final
{
public:
    struct Match
    {
        QString value;
        double similarity = 0.0;
        qint64 correctionId = 0;
        QString explanation; ///< "corrected by an agent on a similar message (similarity 0.83)"
    };

    explicit CorrectionStore(const Database &db);

    /// Reads every correction (call once; add() keeps the memory in step afterwards).
    Status load();
    /// Stores the correction, updates the message and the conversation (when it is the conversation's
    /// latest label) inside the caller's transaction, and remembers it for lookups.
    Result<CorrectionRecord>
    add(qint64 messageId, const QString &field, const QString &value, qint64 agentId, qint64 nowMs);
    /// The corrected label for a new message's text, if a stored correction is similar enough.
    std::optional<Match> lookup(const QString &field, const QString &text, const QString &language = {}) const;
    Result<QList<CorrectionRecord>> forConversation(qint64 conversationId) const;

    /// The unit set lookups compare (exposed for tests).
    static QSet<QString> signature(const QString &text);
    static double similarity(const QSet<QString> &a, const QSet<QString> &b);

private:
    struct Entry
    {
        qint64 id = 0;
        QString field;
        QString language;
        QString value;
        QSet<QString> units;
    };

    const Database &m_db;
    mutable QReadWriteLock m_lock;
    QList<Entry> m_entries;
    bool m_loaded = false;
};

} // namespace hd
