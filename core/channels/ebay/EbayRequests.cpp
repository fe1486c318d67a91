#include "core/channels/ebay/EbayRequests.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

QUrl endpoint(const EbayConfig &config, const QString &path, const QUrlQuery &query = {})
{
    QUrl url = config.apiBaseUrl;
    // `path` is already percent-encoded (ids are escaped by the callers): keep it as it is.
    QString base = url.path(QUrl::FullyEncoded);
    if (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path, QUrl::TolerantMode);
    url.setQuery(query);
    return url;
}

ChannelHttpRequest make(const QByteArray &method, const QUrl &url)
{
    ChannelHttpRequest r;
    r.method = method;
    r.url = url;
    r.service = u"eBay"_s;
    r.setHeader("Accept", "application/json");
    return r;
}

} // namespace

QString EbayRequests::isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

ChannelHttpRequest EbayRequests::conversations(const EbayConfig &config, int offset, qint64 startTimeMs)
{
    QUrlQuery q;
    q.addQueryItem(u"conversation_type"_s, u"FROM_MEMBERS"_s);
    q.addQueryItem(u"limit"_s, QString::number(qBound(1, config.conversationPageSize, 50)));
    q.addQueryItem(u"offset"_s, QString::number(offset));
    if (startTimeMs >= 0)
        q.addQueryItem(u"start_time"_s, isoTime(startTimeMs));
    return make("GET", endpoint(config, u"/commerce/message/v1/conversation"_s, q));
}

ChannelHttpRequest
EbayRequests::conversationMessages(const EbayConfig &config, const QString &conversationId, int offset)
{
    QUrlQuery q;
    q.addQueryItem(u"conversation_type"_s, u"FROM_MEMBERS"_s);
    q.addQueryItem(u"limit"_s, QString::number(qBound(1, config.messagePageSize, 50)));
    q.addQueryItem(u"offset"_s, QString::number(offset));
    const QString id = QString::fromLatin1(QUrl::toPercentEncoding(conversationId));
    return make("GET", endpoint(config, u"/commerce/message/v1/conversation/"_s + id, q));
}

ChannelHttpRequest EbayRequests::sendMessage(const EbayConfig &config,
                                             const QString &conversationId,
                                             const QString &otherPartyUsername,
                                             const QString &text)
{
    ChannelHttpRequest r = make("POST", endpoint(config, u"/commerce/message/v1/send_message"_s));
    QJsonObject body{{u"messageText"_s, text}};
    if (!conversationId.isEmpty())
        body.insert(u"conversationId"_s, conversationId);
    else
        body.insert(u"otherPartyUsername"_s, otherPartyUsername);
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.setHeader("Content-Type", "application/json");
    return r;
}

ChannelHttpRequest EbayRequests::orders(const EbayConfig &config, qint64 modifiedSinceMs, int offset)
{
    QUrlQuery q;
    q.addQueryItem(u"filter"_s, u"lastmodifieddate:["_s + isoTime(modifiedSinceMs) + u"..]"_s);
    q.addQueryItem(u"limit"_s, QString::number(qBound(1, config.orderPageSize, 200)));
    q.addQueryItem(u"offset"_s, QString::number(offset));
    return make("GET", endpoint(config, u"/sell/fulfillment/v1/order"_s, q));
}

ChannelHttpRequest EbayRequests::refreshToken(const EbayConfig &config)
{
    ChannelHttpRequest r = make("POST", endpoint(config, u"/identity/v1/oauth2/token"_s));
    r.setHeader("Content-Type", "application/x-www-form-urlencoded");
    r.setHeader("Authorization", "Basic " + (config.clientId + u':' + config.clientSecret).toUtf8().toBase64());
    r.body = "grant_type=refresh_token&refresh_token=" + QUrl::toPercentEncoding(config.refreshToken)
        + "&scope=" + QUrl::toPercentEncoding(config.scopes.join(u' '));
    return r;
}

} // namespace hd
