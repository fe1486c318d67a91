#include "core/channels/tiktok/TikTokRequests.h"

#include "core/channels/tiktok/TikTokSigner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QUrlQuery>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

QUrl join(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString p = url.path();
    if (p.endsWith(u'/'))
        p.chop(1);
    url.setPath(p + path);
    return url;
}

} // namespace

TikTokRequest TikTokRequests::build(const TikTokConfig &c,
                                    const QByteArray &appSecret,
                                    qint64 timestampS,
                                    const QByteArray &method,
                                    const QString &apiPath,
                                    const QList<QPair<QString, QString>> &params,
                                    const QByteArray &body,
                                    bool shopScoped)
{
    TikTokRequest r;
    r.method = method;
    r.body = body;
    r.url = join(c.apiBaseUrl, apiPath);
    QUrlQuery q;
    q.addQueryItem(u"app_key"_s, c.appKey);
    q.addQueryItem(u"timestamp"_s, QString::number(timestampS));
    if (shopScoped && !c.shopCipher.isEmpty())
        q.addQueryItem(u"shop_cipher"_s, c.shopCipher);
    for (const auto &p : params)
        q.addQueryItem(p.first, p.second);
    r.url.setQuery(q);
    TikTokSigner::signUrl(r.url, apiPath, appSecret, method == "GET" ? QByteArray() : body);
    return r;
}

TikTokRequest TikTokRequests::conversations(const TikTokConfig &c,
                                            const QByteArray &appSecret,
                                            qint64 timestampS,
                                            const QString &pageToken)
{
    QList<QPair<QString, QString>> p{{u"page_size"_s, QString::number(c.pageSize)}};
    if (!pageToken.isEmpty())
        p << qMakePair(u"page_token"_s, pageToken);
    return build(c, appSecret, timestampS, "GET", u"/customer_service/202309/conversations"_s, p, {}, true);
}

TikTokRequest TikTokRequests::messages(const TikTokConfig &c,
                                       const QByteArray &appSecret,
                                       qint64 timestampS,
                                       const QString &conversationId,
                                       const QString &pageToken)
{
    QList<QPair<QString, QString>> p{{u"page_size"_s, QString::number(c.pageSize)},
                                     {u"sort_order"_s, u"DESC"_s},
                                     {u"sort_field"_s, u"create_time"_s}};
    if (!pageToken.isEmpty())
        p << qMakePair(u"page_token"_s, pageToken);
    return build(c,
                 appSecret,
                 timestampS,
                 "GET",
                 u"/customer_service/202309/conversations/%1/messages"_s.arg(conversationId),
                 p,
                 {},
                 true);
}

TikTokRequest TikTokRequests::sendText(const TikTokConfig &c,
                                       const QByteArray &appSecret,
                                       qint64 timestampS,
                                       const QString &conversationId,
                                       const QString &text)
{
    const QByteArray content = QJsonDocument(QJsonObject{{u"content"_s, text}}).toJson(QJsonDocument::Compact);
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"type"_s, u"TEXT"_s}, {u"content"_s, QString::fromUtf8(content)}})
            .toJson(QJsonDocument::Compact);
    return build(c,
                 appSecret,
                 timestampS,
                 "POST",
                 u"/customer_service/202309/conversations/%1/messages"_s.arg(conversationId),
                 {},
                 body,
                 true);
}

TikTokRequest TikTokRequests::searchOrders(const TikTokConfig &c,
                                           const QByteArray &appSecret,
                                           qint64 timestampS,
                                           qint64 updateTimeGeS,
                                           const QString &pageToken)
{
    QList<QPair<QString, QString>> p{{u"page_size"_s, QString::number(c.pageSize)},
                                     {u"sort_field"_s, u"update_time"_s},
                                     {u"sort_order"_s, u"ASC"_s}};
    if (!pageToken.isEmpty())
        p << qMakePair(u"page_token"_s, pageToken);
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"update_time_ge"_s, updateTimeGeS}}).toJson(QJsonDocument::Compact);
    return build(c, appSecret, timestampS, "POST", u"/order/202309/orders/search"_s, p, body, true);
}

TikTokRequest TikTokRequests::ordersByIds(const TikTokConfig &c,
                                          const QByteArray &appSecret,
                                          qint64 timestampS,
                                          const QStringList &ids)
{
    return build(c, appSecret, timestampS, "GET", u"/order/202309/orders"_s, {{u"ids"_s, ids.join(u',')}}, {}, true);
}

TikTokRequest TikTokRequests::shops(const TikTokConfig &c, const QByteArray &appSecret, qint64 timestampS)
{
    return build(c, appSecret, timestampS, "GET", u"/authorization/202309/shops"_s, {}, {}, false);
}

TikTokRequest
TikTokRequests::refreshToken(const TikTokConfig &c, const QByteArray &appSecret, const QByteArray &refreshToken)
{
    TikTokRequest r;
    r.url = join(c.authBaseUrl, u"/token/refresh"_s);
    QUrlQuery q;
    q.addQueryItem(u"app_key"_s, c.appKey);
    q.addQueryItem(u"app_secret"_s, QString::fromUtf8(appSecret));
    q.addQueryItem(u"refresh_token"_s, QString::fromUtf8(refreshToken));
    q.addQueryItem(u"grant_type"_s, u"refresh_token"_s);
    r.url.setQuery(q);
    return r;
}

} // namespace hd
