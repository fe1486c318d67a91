#pragma once

#include "core/domain/Channel.h"
#include "core/domain/Customer.h"
#include "core/domain/Order.h"

#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>

class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace hd {

class Clock;
class CustomerMergeRepository;
class Database;
class MergeSuggestions;

/// The side panel about the buyer: name, e-mail, country, language, how each channel knows them,
/// and the order the conversation is about (number, status, items, amount, carrier, tracking).
class CustomerPanel final : public QWidget {
    Q_OBJECT
public:
    explicit CustomerPanel(QWidget *parent = nullptr);
    ~CustomerPanel() override;

    void setChannels(const QList<Channel> &channels);
    void setCustomer(const Customer &customer, const QList<CustomerIdentity> &identities);
    void setOrder(const std::optional<Order> &order);
    void clear();
    /// Enables "This may be the same buyer as …" under the buyer, through the core's
    /// CustomerMergeRepository on the workspace (the panel itself builds no SQL).
    void enableMergeSuggestions(const Database &db, const Clock &clock);
    MergeSuggestions *mergeSuggestions() const { return m_merge; }

    /// "45.98 EUR" in the agent's locale; money is in minor units.
    static QString formatMoney(qint64 cents, const QString &currency);

Q_SIGNALS:
    /// The agent merged, undid or dismissed profiles: reload the buyer (survivorId to show).
    void customersChanged(qint64 survivorId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuild();

    QHash<qint64, Channel> m_channels;
    std::optional<Customer> m_customer;
    QList<CustomerIdentity> m_identities;
    std::optional<Order> m_order;

    QLabel *m_customerTitle = nullptr;
    QLabel *m_name = nullptr;
    QFormLayout *m_customerForm = nullptr;
    QLabel *m_identitiesTitle = nullptr;
    QVBoxLayout *m_identityLayout = nullptr;
    QWidget *m_orderPanel = nullptr;
    QLabel *m_orderTitle = nullptr;
    QFormLayout *m_orderForm = nullptr;
    QVBoxLayout *m_itemsLayout = nullptr;
    QLabel *m_noOrder = nullptr;
    MergeSuggestions *m_merge = nullptr;
    std::unique_ptr<CustomerMergeRepository> m_mergeService;
};

} // namespace hd
