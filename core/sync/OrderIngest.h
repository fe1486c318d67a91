#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/domain/Order.h"
#include "core/sync/IngestPipeline.h"

#include <QList>

#include <optional>

namespace hd {

class Database;

/// What one OrderIngest::store call did.
struct OrderIngestReport
{
    int received = 0;
    int inserted = 0;
    int updated = 0;
    int linkedToBuyer = 0; ///< orders that got a customer from a known identity or e-mail
};

/// Stores the orders an order-API connector fetched (FetchedPage::orders), in one transaction with
/// the channel's cursor: insert or update by (channel, order number); status, money, items,
/// shipping and tracking follow the API. An order with no buyer yet is linked to the customer its
/// buyer id or e-mail (often a relay alias) is known by. Messages that mention the order number are
/// then linked by the ingest pipeline (OrderNumberLinker).
class OrderIngest final
{
public:
    OrderIngest(const Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    Result<OrderIngestReport> store(const QList<Order> &orders, const std::optional<SyncCursor> &cursor = {});

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace hd
