#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <QtGlobal>

namespace hd {

/// Settings of one TikTok Shop (non-secret; app secret and tokens are in the keychain).
struct TikTokConfig
{
    qint64 channelId = 0;
    QUrl apiBaseUrl = QUrl(QStringLiteral("https://open-api.tiktokglobalshop.com"));
    QUrl authBaseUrl = QUrl(QStringLiteral("https://auth.tiktok-shops.com/api/v2"));
    QString appKey;
    QString shopCipher;
    int pageSize = 20;
};

/// One request, ready to send: method, signed URL, JSON body (empty for GET). The caller adds the
/// headers `x-tts-access-token` and `Content-Type: application/json`.
struct TikTokRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    QByteArray body;
};

/// Builds signed TikTok Shop requests (pure; timestamp in Unix seconds passed in). §5.1 of the reference.
class TikTokRequests final
{
public:
    static TikTokRequest
    conversations(const TikTokConfig &c, const QByteArray &appSecret, qint64 timestampS, const QString &pageToken = {});
    /// Newest first (sort_order DESC, sort_field create_time).
    static TikTokRequest messages(const TikTokConfig &c,
                                  const QByteArray &appSecret,
                                  qint64 timestampS,
                                  const QString &conversationId,
                                  const QString &pageToken = {});
    /// body {"type":"TEXT","content":"{\"content\":\"…\"}"} (JSON encoded as a string).
    static TikTokRequest sendText(const TikTokConfig &c,
                                  const QByteArray &appSecret,
                                  qint64 timestampS,
                                  const QString &conversationId,
                                  const QString &text);
    /// POST /order/202309/orders/search, updated at or after updateTimeGeS (Unix s), oldest update first.
    static TikTokRequest searchOrders(const TikTokConfig &c,
                                      const QByteArray &appSecret,
                                      qint64 timestampS,
                                      qint64 updateTimeGeS,
                                      const QString &pageToken = {});
    /// GET /order/202309/orders?ids=…
    static TikTokRequest
    ordersByIds(const TikTokConfig &c, const QByteArray &appSecret, qint64 timestampS, const QStringList &ids);
    /// GET /authorization/202309/shops (connection test; not shop-scoped).
    static TikTokRequest shops(const TikTokConfig &c, const QByteArray &appSecret, qint64 timestampS);
    /// GET {auth}/token/refresh?app_key&app_secret&refresh_token&grant_type=refresh_token (not signed).
    static TikTokRequest
    refreshToken(const TikTokConfig &c, const QByteArray &appSecret, const QByteArray &refreshToken);

private:
    static TikTokRequest build(const TikTokConfig &c,
                               const QByteArray &appSecret,
                               qint64 timestampS,
                               const QByteArray &method,
                               const QString &apiPath,
                               const QList<QPair<QString, QString>> &params,
                               const QByteArray &body,
                               bool shopScoped);
};

} // namespace hd
