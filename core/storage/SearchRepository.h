#pragma once

#include "core/common/Result.h"
#include "core/domain/Channel.h"

#include <QList>
#include <QString>

#include <atomic>

namespace hd {

class Database;

/// One message found by full-text search.
struct SearchHit {
    qint64 messageId = 0;
    qint64 conversationId = 0;
    ChannelKind channelKind = ChannelKind::Email;
    QString channelName;
    QString customerName;
    QString subject;
    QString snippet;
    qint64 sentAt = 0;
};

/// Full-text search over every message, buyer name and order number: SQLite FTS5 or PostgreSQL
/// text search, with the same normalisation (SearchText) on both.
class SearchRepository final {
public:
    enum class Order { Newest, Relevance };
    explicit SearchRepository(const Database &db) : m_db(db) {}

    /// Top `limit` hits. Words are ANDed; each word is a prefix; "quoted phrases" are not special.
    Result<QList<SearchHit>> search(const QString &query, Order order = Order::Newest, int limit = 50) const;

private:
    const Database &m_db;
};

} // namespace hd
