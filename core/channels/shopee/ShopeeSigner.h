#pragma once

#include <QByteArray>
#include <QString>
#include <QUrlQuery>
#include <QtGlobal>

namespace hd {

/// Shopee Open Platform v2 request signature (pure): sign = lower-case hex HMAC-SHA256 with the
/// partner key over partner_id + api_path + timestamp [+ access_token + shop_id] (reference §3.1).
/// The body is not signed.
class ShopeeSigner final
{
public:
    /// Public APIs (auth): partner_id + path + timestamp. Shop APIs add access_token + shop_id.
    static QByteArray baseString(qint64 partnerId,
                                 const QString &apiPath,
                                 qint64 timestamp,
                                 const QString &accessToken = {},
                                 qint64 shopId = 0);
    static QString sign(const QString &partnerKey, const QByteArray &baseString);
    /// The common query parameters of a signed call: partner_id, timestamp, sign and, for shop
    /// APIs (shopId > 0), access_token and shop_id.
    static QUrlQuery commonQuery(const QString &partnerKey,
                                 qint64 partnerId,
                                 const QString &apiPath,
                                 qint64 timestamp,
                                 const QString &accessToken = {},
                                 qint64 shopId = 0);
};

} // namespace hd
