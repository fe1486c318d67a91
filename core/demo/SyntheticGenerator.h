#pragma once

#include "core/common/Result.h"
#include "core/domain/Agent.h"
#include "core/domain/Channel.h"
#include "core/domain/InboundMessage.h"

#include <QList>
#include <QString>
#include <QtGlobal>

#include <memory>
#include <random>
#include <unordered_map>
#include <vector>

namespace hd {

class DirectoryRepository;
class SyntheticVocabulary;

/// Makes a large, realistic, deterministic workload for benchmarks and load tests: N conversations
/// holding exactly M messages across a dozen channels (Amazon US/DE/JP, eBay, Etsy, Walmart,
/// Shopify, Shopee, AliExpress, TikTok Shop, e-mail, Facebook), in seven languages.
///
/// The same seed gives the same messages, whatever batch sizes they are drawn in. Buyers come back
/// across conversations; ~70% of conversations are about an order (numbers in each platform's
/// format, also written in the text); product titles and phrases are picked with Zipf-like weights,
/// so full-text search sees frequent, mid-frequency and rare terms. Times spread over the 180 days
/// before `nowMs`; batches come out in global time order (each conversation's messages in order);
/// most messages are inbound, about a quarter are the seller's earlier answers.
///
/// Usage: prepareDirectory() (or channels() + setChannelIds()), then nextBatch() until !hasNext(),
/// handing each batch to IngestPipeline::ingest().
class SyntheticGenerator final
{
public:
    static constexpr qint64 kSpanMs = 180LL * 24 * 3600 * 1000;

    /// `messages` below `conversations` lowers the conversation count to `messages`.
    SyntheticGenerator(quint64 seed, int conversations, int messages, qint64 nowMs);
    ~SyntheticGenerator();
    SyntheticGenerator(const SyntheticGenerator &) = delete;
    SyntheticGenerator &operator=(const SyntheticGenerator &) = delete;

    /// The channels the messages reference, always in the same order. Ids are 0 until set.
    QList<Channel> channels() const;
    /// Stored ids for channels(), in the same order.
    void setChannelIds(const QList<qint64> &ids);
    /// The agents conversations are assigned to (by e-mail); without them nothing is assigned.
    QList<Agent> agents() const;
    void setAssignAgents(bool assign) { m_assign = assign; }
    /// Finds or adds channels() (by kind and name) and agents() (by e-mail), then sets the ids.
    /// Running twice on the same workspace reuses them, so the same seed ingests as duplicates.
    Status prepareDirectory(const DirectoryRepository &directory);

    int conversationCount() const { return m_conversations; }
    int messageCount() const { return m_messages; }
    int emittedCount() const { return m_emitted; }
    bool hasNext() const { return m_emitted < m_messages; }
    /// The next `size` messages (fewer at the end). Channel ids must be set first.
    QList<InboundMessage> nextBatch(int size);

private:
    struct Plan;
    struct ChannelSpec;
    struct HeapEntry
    {
        qint64 at;
        int conversation;
        bool operator>(const HeapEntry &o) const { return at != o.at ? at > o.at : conversation > o.conversation; }
    };

    qint64 startTime(int conversation) const;
    std::unique_ptr<Plan> makePlan(int conversation) const;
    InboundMessage makeMessage(const Plan &plan, int index) const;
    QString fill(QString text, const Plan &plan) const;
    QString productName(int product) const;
    QString trackingNumber(int language, int carrier, quint64 h) const;

    quint64 m_seed;
    int m_conversations;
    int m_messages;
    qint64 m_nowMs;
    bool m_assign = true;
    int m_emitted = 0;
    int m_nextConversation = 0;
    std::vector<quint16> m_counts; ///< messages per conversation, summing to m_messages
    std::vector<ChannelSpec> m_channels;
    std::vector<qint64> m_channelIds;
    std::unique_ptr<SyntheticVocabulary> m_vocab;
    std::vector<HeapEntry> m_heap; ///< min-heap of started conversations by their next message time
    std::unordered_map<int, std::unique_ptr<Plan>> m_active; ///< started, not yet finished conversations
};

} // namespace hd
