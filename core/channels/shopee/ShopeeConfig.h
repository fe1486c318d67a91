#pragma once

#include <QString>
#include <QUrl>
#include <QtGlobal>

namespace hd {

/// Settings of one Shopee shop. partnerKey and the tokens come from the keychain.
struct ShopeeConfig
{
    /// https://partner.shopeemobile.com (sandbox https://partner.test-stable.shopeemobile.com; the
    /// simulator http://127.0.0.1:<port>/shopee). API paths (/api/v2/...) hang off it.
    QUrl apiBaseUrl = QUrl(QStringLiteral("https://partner.shopeemobile.com"));
    qint64 partnerId = 0;
    QString partnerKey; ///< secret: the HMAC key
    qint64 shopId = 0;
    QString accessToken;           ///< secret, ~4 h
    QString refreshToken;          ///< secret, ~30 days; Shopee rotates it on every refresh
    int conversationPageSize = 25; ///< above 25 Shopee returns an empty list
    int messagePageSize = 25;
    int orderPageSize = 50;
    int backfillDays = 30;
    bool fetchOrders = true;
};

} // namespace hd
