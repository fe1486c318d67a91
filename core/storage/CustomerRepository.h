#pragma once

#include "core/common/Result.h"
#include "core/domain/Customer.h"
#include "core/domain/Order.h"

#include <QList>

#include <optional>

namespace hd {

class Database;

/// Buyers, their per-channel identities and their orders.
class CustomerRepository final {
public:
    explicit CustomerRepository(const Database &db) : m_db(db) {}

    Result<Customer> byId(qint64 id) const;
    Result<QList<CustomerIdentity>> identities(qint64 customerId) const;
    Result<std::optional<Order>> order(qint64 orderId) const;
    Result<QList<Order>> ordersOf(qint64 customerId) const;

private:
    const Database &m_db;
};

} // namespace hd
