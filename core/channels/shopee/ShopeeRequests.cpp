#include "core/channels/shopee/ShopeeRequests.h"

#include "core/channels/shopee/ShopeeSigner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

QString basePath(const ShopeeConfig &config)
{
    QString p = config.apiBaseUrl.path();
    if (p.endsWith(u'/'))
        p.chop(1);
    return p;
}

ChannelHttpRequest
make(const ShopeeConfig &config, const QByteArray &method, const QString &apiPath, const QUrlQuery &query = {})
{
    ChannelHttpRequest r;
    r.method = method;
    r.url = config.apiBaseUrl;
    r.url.setPath(basePath(config) + apiPath);
    r.url.setQuery(query);
    r.service = u"Shopee"_s;
    r.setHeader("Accept", "application/json");
    return r;
}

} // namespace

QString ShopeeRequests::apiPath(const ShopeeConfig &config, const ChannelHttpRequest &request)
{
    return request.url.path().mid(basePath(config).size());
}

ChannelHttpRequest ShopeeRequests::conversationList(const ShopeeConfig &config, qint64 olderThanNano)
{
    QUrlQuery q;
    q.addQueryItem(u"direction"_s, u"older"_s);
    q.addQueryItem(u"type"_s, u"all"_s);
    q.addQueryItem(u"page_size"_s, QString::number(qBound(1, config.conversationPageSize, 25)));
    if (olderThanNano > 0)
        q.addQueryItem(u"next_timestamp_nano"_s, QString::number(olderThanNano));
    return make(config, "GET", u"/api/v2/sellerchat/get_conversation_list"_s, q);
}

ChannelHttpRequest ShopeeRequests::oneConversation(const ShopeeConfig &config, const QString &conversationId)
{
    QUrlQuery q;
    q.addQueryItem(u"conversation_id"_s, conversationId);
    return make(config, "GET", u"/api/v2/sellerchat/get_one_conversation"_s, q);
}

ChannelHttpRequest
ShopeeRequests::messages(const ShopeeConfig &config, const QString &conversationId, const QString &offset)
{
    QUrlQuery q;
    q.addQueryItem(u"conversation_id"_s, conversationId);
    q.addQueryItem(u"page_size"_s, QString::number(qBound(1, config.messagePageSize, 60)));
    if (!offset.isEmpty())
        q.addQueryItem(u"offset"_s, offset);
    return make(config, "GET", u"/api/v2/sellerchat/get_message"_s, q);
}

ChannelHttpRequest ShopeeRequests::sendText(const ShopeeConfig &config, qint64 toId, const QString &text)
{
    ChannelHttpRequest r = make(config, "POST", u"/api/v2/sellerchat/send_message"_s);
    const QJsonObject body{{u"to_id"_s, toId},
                           {u"message_type"_s, u"text"_s},
                           {u"content"_s, QJsonObject{{u"text"_s, text}}}};
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.setHeader("Content-Type", "application/json");
    return r;
}

ChannelHttpRequest
ShopeeRequests::orderList(const ShopeeConfig &config, qint64 fromSec, qint64 toSec, const QString &cursor)
{
    QUrlQuery q;
    q.addQueryItem(u"time_range_field"_s, u"update_time"_s);
    q.addQueryItem(u"time_from"_s, QString::number(fromSec));
    q.addQueryItem(u"time_to"_s, QString::number(toSec));
    q.addQueryItem(u"page_size"_s, QString::number(qBound(1, config.orderPageSize, 100)));
    q.addQueryItem(u"cursor"_s, cursor);
    return make(config, "GET", u"/api/v2/order/get_order_list"_s, q);
}

ChannelHttpRequest ShopeeRequests::orderDetail(const ShopeeConfig &config, const QStringList &orderSns)
{
    QUrlQuery q;
    q.addQueryItem(u"order_sn_list"_s, orderSns.join(u','));
    q.addQueryItem(u"response_optional_fields"_s,
                   u"buyer_user_id,buyer_username,item_list,total_amount,recipient_address"_s);
    return make(config, "GET", u"/api/v2/order/get_order_detail"_s, q);
}

ChannelHttpRequest ShopeeRequests::refreshToken(const ShopeeConfig &config, qint64 timestampSec)
{
    const QString path = u"/api/v2/auth/access_token/get"_s;
    ChannelHttpRequest r =
        make(config, "POST", path, ShopeeSigner::commonQuery(config.partnerKey, config.partnerId, path, timestampSec));
    const QJsonObject body{{u"refresh_token"_s, config.refreshToken},
                           {u"partner_id"_s, config.partnerId},
                           {u"shop_id"_s, config.shopId}};
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.setHeader("Content-Type", "application/json");
    return r;
}

} // namespace hd
