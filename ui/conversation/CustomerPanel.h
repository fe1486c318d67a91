#pragma once

#include "core/domain/Channel.h"
#include "core/domain/Customer.h"
#include "core/domain/Order.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace hd {

/// The side panel about the buyer: name, e-mail, country, language, how each channel knows them,
/// and the order the conversation is about (number, status, items, amount, carrier, tracking).
class CustomerPanel final : public QWidget {
    Q_OBJECT
public:
    explicit CustomerPanel(QWidget *parent = nullptr);

    void setChannels(const QList<Channel> &channels);
    void setCustomer(const Customer &customer, const QList<CustomerIdentity> &identities);
    void setOrder(const std::optional<Order> &order);
    void clear();

    /// "45.98 EUR" in the agent's locale; money is in minor units.
    static QString formatMoney(qint64 cents, const QString &currency);

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
};

} // namespace hd
