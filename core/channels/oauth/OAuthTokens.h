#pragma once

#include <QHash>
#include <QString>
#include <QtGlobal>

namespace hd {

/// What a successful sign-in yields. The tokens are secrets: they go to the SecretStore (through
/// ChannelSetup) and nowhere else; `account` holds the non-secret facts the platform returned
/// (Shopee shop_id, TikTok open_id and seller_name, Etsy user id) for the channel's settings.
struct OAuthTokens
{
    QString accessToken;
    QString refreshToken;
    qint64 expiresAtMs = 0;        ///< UTC ms; 0 when the platform did not say
    qint64 refreshExpiresAtMs = 0; ///< UTC ms; 0 when the platform did not say
    QHash<QString, QString> account;

    bool isValid() const { return !accessToken.isEmpty(); }
};

} // namespace hd
