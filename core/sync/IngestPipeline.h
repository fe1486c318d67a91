#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/domain/InboundMessage.h"
#include "core/sync/IngestedBatch.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace hd {

class Database;

/// What one ingest call did.
struct IngestReport {
    int received = 0;
    int inserted = 0;
    int duplicates = 0;
    int conversationsCreated = 0;
    int customersCreated = 0;
    QList<qint64> conversationIds; ///< conversations that changed, for the UI
};

/// A channel's sync position, committed in the same transaction as the messages it covers.
struct SyncCursor {
    qint64 channelId = 0;
    QString name;
    QString value;
};

/// Language, intent and sentiment of one inbound message. Filled by the analyzer.
struct MessageAnalysis {
    QString language;
    QString intent;
    QString sentiment;
};

/// Turns normalised InboundMessages into stored conversations, in one transaction per batch:
/// dedupe by (channel, external id) -> resolve the buyer -> link the order -> thread -> analyse ->
/// insert -> index -> advance the cursor. Idempotent: the same batch twice stores nothing new.
class IngestPipeline final {
public:
    using Analyzer = std::function<MessageAnalysis(const InboundMessage &message, const QString &fallbackLanguage)>;
    enum class IndexMode {
        Immediate, ///< each message is indexed in its batch (live sync)
        Deferred,  ///< bulk import: call rebuildIndex() when done
    };

    IngestPipeline(const Database &db, const Clock &clock);
    ~IngestPipeline();

    /// Replaces the analysis step (language detection, classification). Without one, messages keep
    /// the language their channel gave and get no intent.
    void setAnalyzer(Analyzer analyzer) { m_analyzer = std::move(analyzer); }
    void setIndexMode(IndexMode mode) { m_indexMode = mode; }
    /// Triage (rules, SLA clocks, reporting events, priority) run on each batch inside its transaction,
    /// after every touched conversation is updated; a failure rolls the batch back.
    using TriageHook = std::function<Status(const IngestedBatch &batch)>;
    void setTriage(TriageHook hook) { m_triage = std::move(hook); }

    Result<IngestReport> ingest(const QList<InboundMessage> &batch, const std::optional<SyncCursor> &cursor = {});
    /// Rebuilds the full-text index from the messages table (after a Deferred bulk import).
    Status rebuildIndex();

    /// The text the full-text index holds for one message (subject, body, buyer, order number).
    static QString indexText(const QString &subject, const QString &body, const QString &customerName,
                             const QString &orderNumber);

private:
    struct Statements;
    Status prepare();
    /// When a reply is due for a buyer waiting since then, by the channel's marketplace rule.
    qint64 responseDueAt(qint64 conversationId, qint64 waitingSinceMs) const;

    const Database &m_db;
    const Clock &m_clock;
    Analyzer m_analyzer;
    TriageHook m_triage;
    IndexMode m_indexMode = IndexMode::Immediate;
    std::unique_ptr<Statements> m_st;
    QHash<QString, qint64> m_agentByEmail;
    QHash<QString, qint64> m_tagIds;
};

} // namespace hd
