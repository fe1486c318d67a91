#pragma once

#include <QString>
#include <QtGlobal>

namespace hd {

/// Where an eBay sync stands, stored as the channel's opaque cursor (compact JSON). A scan walks
/// the conversation pages (newest activity first) from `offset`, then the order pages, then starts
/// over from the newest message it saw (`high`).
struct EbayCursor
{
    enum class Phase { Conversations, Orders };
    Phase phase = Phase::Conversations;
    qint64 since = 0;       ///< UTC ms: conversations with buyer activity from here; 0 = first sync
    int offset = 0;         ///< next conversation page offset within this scan
    qint64 high = 0;        ///< newest message time seen in this scan (UTC ms)
    qint64 ordersSince = 0; ///< lastmodifieddate lower bound for orders; 0 = first sync
    int ordersOffset = 0;
    qint64 ordersHigh = 0;

    QString toString() const;
    /// An empty string gives a fresh cursor; an unreadable one too (ok = false) so sync restarts
    /// from the backfill window rather than stopping for good.
    static EbayCursor fromString(const QString &s, bool *ok = nullptr);
};

} // namespace hd
