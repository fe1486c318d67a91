#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

namespace hd {

struct OrderItem {
    QString sku;
    QString title;
    int quantity = 1;
    qint64 unitPriceCents = 0;
};

/// An order on a marketplace or store. Money in minor units of currency.
struct Order {
    qint64 id = 0;
    qint64 channelId = 0;
    QString externalId;   ///< the platform's order number, e.g. 302-1234567-1234567
    qint64 customerId = 0;
    QString status;       ///< platform-neutral: pending, paid, shipped, delivered, cancelled, refunded, returned
    QString currency;
    qint64 totalCents = 0;
    QList<OrderItem> items;
    QString carrier;
    QString trackingNumber;
    QString shipToCountry;
    QString shipToPostcode;
    qint64 orderedAt = 0;
    qint64 shippedAt = 0;
    qint64 deliveredAt = 0;
    // The buyer as the order API names them (not stored on the order row; used to link the order
    // to a customer identity and to score merge suggestions).
    QString buyerExternalId; ///< the platform's buyer id (TikTok user_id, Etsy buyer_user_id, ...)
    QString buyerName;
    QString buyerEmail;      ///< often a relay alias (Amazon, Walmart)
};

} // namespace hd
