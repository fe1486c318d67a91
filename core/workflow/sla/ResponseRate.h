#pragma once

#include "core/common/Clock.h"
#include "core/domain/Channel.h"
#include "core/workflow/sla/SlaEvent.h"

#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace hd {

/// A marketplace account's response rate, counted with the platform's own rule, plus a forecast.
///
/// Input is the SlaEvent stream of each thread of one account (only BuyerMessage, AgentReply, AutoReply and
/// NoResponseNeeded matter: a platform sees messages, not our statuses). Each platform rule says what one
/// sample is (every buyer message, the first message of a run = a "chat", or the first message of a thread),
/// how long the seller has, over which period, and how auto-replies and "no response needed" are treated.
///
/// Counting, for samples received in (now - period, now]:
/// - answered in time (response at or before receivedAt + deadline), answered late, missed (unanswered and
///   past its deadline): these are settled; rate = in time / settled.
/// - open: unanswered and still answerable. The forecast puts them in the denominator: best case = all of them
///   answered in time, worst case = none of them.
/// - excluded: thread excluded (spam, blocked buyer, holiday mode), "no response needed" where the platform
///   honours it, chats resolved by an automated reply where the platform excludes them.
class ResponseRate final
{
public:
    /// What one sample is. Stored as "message", "chat", "thread_start".
    enum class Unit {
        Message,     ///< every buyer message (a burst answered by one reply gives several samples)
        Chat,        ///< the first buyer message of each run not yet answered
        ThreadStart, ///< only the first message of a thread the buyer started
    };
    /// How an auto-reply is treated. Stored as "do_not_count", "count", "exclude_sample".
    enum class AutoReplies {
        DoNotCount,    ///< it is not a response; the sample waits for a human reply
        Count,         ///< it answers the sample
        ExcludeSample, ///< the sample is dropped from the rate (the chat was resolved by automation)
    };

    struct Rule
    {
        ChannelKind platform = ChannelKind::Amazon;
        QString id;            ///< "amazon", "walmart", "etsy", "shopee", "tiktok"
        qint64 periodMs = 0;   ///< rolling window the platform averages over
        qint64 deadlineMs = 0; ///< calendar time allowed per sample
        Unit unit = Unit::Message;
        AutoReplies autoReplies = AutoReplies::DoNotCount;
        bool noResponseNeededExcludes = false; ///< "no response needed" removes the waiting samples
        bool sellerInitiatedExcluded = false;  ///< the first buyer run of a thread the seller opened is excluded
        double targetRate = 0.0;               ///< the bar the platform (or sellers' experience) sets, 0..1
    };

    /// One counted buyer message. Times are UTC ms.
    struct Sample
    {
        QString threadId;
        qint64 receivedAt = 0;
        qint64 dueAt = 0;
        qint64 answeredAt = 0;  ///< 0 = not answered
        bool automatic = false; ///< answered by an auto-reply (Rule::AutoReplies::Count)
        bool excluded = false;
    };

    /// The threads of one marketplace account.
    struct Thread
    {
        QString id;
        QList<SlaEvent> events;
        bool excluded = false; ///< spam, blocked buyer, holiday mode: nothing in it counts
    };

    struct Report
    {
        qint64 nowMs = 0;
        int answeredInTime = 0;
        int answeredLate = 0;
        int missed = 0;
        int open = 0;
        int excluded = 0;
        std::optional<double> rate;      ///< in time / settled; nullopt when nothing is settled
        std::optional<double> bestCase;  ///< (in time + open) / (settled + open)
        std::optional<double> worstCase; ///< in time / (settled + open)
        qint64 nextDeadline = 0;         ///< earliest deadline among open samples; 0 when none
        int dueWithinHorizon = 0;        ///< open samples whose deadline falls within the horizon (at risk)
        QList<Sample> openSamples;       ///< by deadline, earliest first

        int settled() const { return answeredInTime + answeredLate + missed; }
    };

    /// The platform's rule; nullopt where no response-rate rule is established (eBay, Shopify, e-mail,
    /// AliExpress, Facebook, Instagram).
    static std::optional<Rule> ruleFor(ChannelKind platform);

    /// The samples one thread yields under a rule (all of them, whatever their date).
    static QList<Sample> samples(const Thread &thread, const Rule &rule);

    /// compute() one thread at a time, without keeping the threads.
    class Tally final
    {
    public:
        Tally(const Rule &rule, qint64 nowMs, qint64 horizonMs = 2 * 3'600'000);
        void add(const Thread &thread);
        /// A thread given by its events (any order) and a numeric id (formatted only for open samples).
        void add(const QList<SlaEvent> &events, qint64 threadId);
        Report report() const;

    private:
        template<typename IdFn>
        void add(const QList<SlaEvent> &events, bool excluded, IdFn &&threadId);

        Rule m_rule;
        qint64 m_horizonMs = 0;
        Report m_report;
        std::vector<Sample> m_samples;
        std::vector<int> m_waiting;
        QList<SlaEvent> m_scratch;
    };

    /// The rate for one account at nowMs; horizonMs is how far ahead "at risk" looks.
    static Report
    compute(const QList<Thread> &threads, const Rule &rule, qint64 nowMs, qint64 horizonMs = 2 * 3'600'000);
    static Report
    compute(const QList<Thread> &threads, const Rule &rule, const Clock &clock, qint64 horizonMs = 2 * 3'600'000)
    {
        return compute(threads, rule, clock.nowMs(), horizonMs);
    }

    static QString unitToString(Unit unit);
    static QString autoRepliesToString(AutoReplies treatment);
};

} // namespace hd
