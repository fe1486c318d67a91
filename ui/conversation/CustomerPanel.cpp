#include "ui/conversation/CustomerPanel.h"

#include "ui/conversation/MergeSuggestions.h"

#include "ui/shell/ChannelIcons.h"
#include "ui/shell/DisplayNames.h"
#include "ui/inbox/RelativeTime.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace hd {
namespace {
using namespace Qt::StringLiterals;

QLabel *valueLabel(const QString &text, QWidget *parent, const QString &objectName = {})
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    return label;
}

QLabel *sectionTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(u"panelSectionTitle"_s);
    return label;
}

void clearLayout(QLayout *layout)
{
    while (layout->count() > 0) {
        QLayoutItem *item = layout->takeAt(0);
        if (item->layout())
            clearLayout(item->layout());
        delete item->widget();
        delete item;
    }
}

QString countryName(const QString &code)
{
    if (code.isEmpty())
        return {};
    const QLocale::Territory t = QLocale::codeToTerritory(code);
    if (t == QLocale::AnyTerritory)
        return code.toUpper();
    return QLocale::territoryToString(t) % u" ("_s % code.toUpper() % u')';
}
} // namespace

CustomerPanel::CustomerPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"customerPanel"_s);
    m_customerTitle = sectionTitle(this);
    m_name = valueLabel({}, this, u"customerNameLabel"_s);
    m_customerForm = new QFormLayout;
    m_customerForm->setLabelAlignment(Qt::AlignLeft);
    m_customerForm->setHorizontalSpacing(12);
    m_customerForm->setVerticalSpacing(6);
    m_identitiesTitle = sectionTitle(this);
    m_identityLayout = new QVBoxLayout;
    m_identityLayout->setSpacing(4);

    m_orderPanel = new QWidget(this);
    m_orderPanel->setObjectName(u"orderPanel"_s);
    m_orderPanel->setAttribute(Qt::WA_StyledBackground);
    m_orderTitle = sectionTitle(m_orderPanel);
    m_orderForm = new QFormLayout;
    m_orderForm->setHorizontalSpacing(12);
    m_orderForm->setVerticalSpacing(6);
    m_itemsLayout = new QVBoxLayout;
    m_itemsLayout->setSpacing(4);
    m_noOrder = new QLabel(m_orderPanel);
    m_noOrder->setObjectName(u"noOrderLabel"_s);
    m_noOrder->setWordWrap(true);
    auto *orderLayout = new QVBoxLayout(m_orderPanel);
    orderLayout->setContentsMargins(12, 10, 12, 12);
    orderLayout->setSpacing(8);
    orderLayout->addWidget(m_orderTitle);
    orderLayout->addLayout(m_orderForm);
    orderLayout->addLayout(m_itemsLayout);
    orderLayout->addWidget(m_noOrder);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(8);
    layout->addWidget(m_customerTitle);
    layout->addWidget(m_name);
    layout->addLayout(m_customerForm);
    layout->addSpacing(6);
    layout->addWidget(m_identitiesTitle);
    layout->addLayout(m_identityLayout);
    m_merge = new MergeSuggestions(this);
    connect(m_merge, &MergeSuggestions::customersChanged, this, &CustomerPanel::customersChanged);
    layout->addWidget(m_merge);
    layout->addSpacing(8);
    layout->addWidget(m_orderPanel);
    retranslate();
}

CustomerPanel::~CustomerPanel()
{
    m_merge->setService(nullptr);
}

void CustomerPanel::enableMergeSuggestions(const Database &db, const Clock &clock)
{
    m_mergeService = std::make_unique<CustomerMergeRepository>(db, clock);
    m_merge->setService(m_mergeService.get());
    if (m_customer)
        m_merge->showCustomer(*m_customer);
}

void CustomerPanel::setChannels(const QList<Channel> &channels)
{
    m_channels.clear();
    for (const Channel &c : channels)
        m_channels.insert(c.id, c);
}

void CustomerPanel::setCustomer(const Customer &customer, const QList<CustomerIdentity> &identities)
{
    m_customer = customer;
    m_identities = identities;
    m_merge->showCustomer(customer);
    rebuild();
}

void CustomerPanel::setOrder(const std::optional<Order> &order)
{
    m_order = order;
    rebuild();
}

void CustomerPanel::clear()
{
    m_customer.reset();
    m_identities.clear();
    m_order.reset();
    m_merge->clear();
    rebuild();
}

QString CustomerPanel::formatMoney(qint64 cents, const QString &currency)
{
    const QString amount = QLocale().toString(double(cents) / 100.0, 'f', 2);
    return currency.isEmpty() ? amount : amount % u' ' % currency;
}

void CustomerPanel::rebuild()
{
    clearLayout(m_customerForm);
    clearLayout(m_identityLayout);
    clearLayout(m_orderForm);
    clearLayout(m_itemsLayout);

    const auto addRow = [](QFormLayout *form, const QString &caption, const QString &value, QWidget *parent,
                           const QString &objectName = {}) {
        if (value.isEmpty())
            return;
        auto *label = new QLabel(caption, parent);
        label->setProperty("caption", true);
        form->addRow(label, valueLabel(value, parent, objectName));
    };

    m_name->setText(m_customer ? m_customer->displayName : QString());
    if (m_customer) {
        addRow(m_customerForm, tr("E-mail"), m_customer->email, this, u"customerEmailLabel"_s);
        addRow(m_customerForm, tr("Phone"), m_customer->phone, this);
        addRow(m_customerForm, tr("Country"), countryName(m_customer->country), this, u"customerCountryLabel"_s);
        addRow(m_customerForm, tr("Language"),
               m_customer->language.isEmpty() ? QString() : DisplayNames::language(m_customer->language), this,
               u"customerLanguageLabel"_s);
    }
    m_identitiesTitle->setVisible(!m_identities.isEmpty());
    for (const CustomerIdentity &identity : std::as_const(m_identities)) {
        const auto channel = m_channels.constFind(identity.channelId);
        auto *row = new QHBoxLayout;
        row->setSpacing(8);
        auto *icon = new QLabel(this);
        if (channel != m_channels.constEnd()) {
            icon->setPixmap(ChannelIcons::pixmap(channel->kind, 16, devicePixelRatioF()));
            icon->setToolTip(channel->name);
        }
        row->addWidget(icon, 0, Qt::AlignTop);
        const QString text = identity.displayName.isEmpty() || identity.displayName == identity.externalId
            ? identity.externalId
            : identity.displayName % u" · "_s % identity.externalId;
        auto *value = valueLabel(text, this, u"identityLabel"_s);
        row->addWidget(value, 1);
        m_identityLayout->addLayout(row);
    }

    m_noOrder->setVisible(!m_order);
    if (m_order) {
        const Order &o = *m_order;
        addRow(m_orderForm, tr("Number"), o.externalId, m_orderPanel, u"orderNumberLabel"_s);
        addRow(m_orderForm, tr("Status"), DisplayNames::orderStatus(o.status),
               m_orderPanel, u"orderStatusLabel"_s);
        if (o.orderedAt > 0)
            addRow(m_orderForm, tr("Ordered"), RelativeTime::dateTime(o.orderedAt), m_orderPanel);
        addRow(m_orderForm, tr("Total"), formatMoney(o.totalCents, o.currency), m_orderPanel, u"orderTotalLabel"_s);
        addRow(m_orderForm, tr("Carrier"), o.carrier, m_orderPanel, u"orderCarrierLabel"_s);
        addRow(m_orderForm, tr("Tracking"), o.trackingNumber, m_orderPanel, u"orderTrackingLabel"_s);
        if (o.shippedAt > 0)
            addRow(m_orderForm, tr("Shipped"), RelativeTime::dateTime(o.shippedAt), m_orderPanel);
        if (o.deliveredAt > 0)
            addRow(m_orderForm, tr("Delivered"), RelativeTime::dateTime(o.deliveredAt), m_orderPanel);
        for (const OrderItem &item : o.items) {
            QString line = tr("%1 × %2").arg(item.quantity).arg(item.title.isEmpty() ? item.sku : item.title);
            if (item.unitPriceCents > 0)
                line += u"  —  "_s % formatMoney(item.unitPriceCents * item.quantity, o.currency);
            m_itemsLayout->addWidget(valueLabel(line, m_orderPanel, u"orderItemLabel"_s));
        }
    }
    setEnabled(m_customer.has_value());
}

void CustomerPanel::retranslate()
{
    m_customerTitle->setText(tr("Buyer"));
    m_identitiesTitle->setText(tr("Identities"));
    m_orderTitle->setText(tr("Order"));
    m_noOrder->setText(tr("No order linked to this conversation."));
    rebuild();
}

void CustomerPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace hd
