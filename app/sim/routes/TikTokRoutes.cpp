#include "app/sim/routes/TikTokRoutes.h"

#include "app/sim/SimServer.h"
#include "core/channels/tiktok/TikTokSigner.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hd::sim {

namespace {

const QString kChannel = u"tiktok"_s;
const QString kPrefix = u"/tiktok"_s;

SimResponse envelope(const QJsonObject &data, int code = 0, const QString &message = u"Success"_s, int status = 200)
{
    static int counter = 0;
    return SimResponse::json(status,
                             QJsonObject{{u"code"_s, code},
                                         {u"message"_s, message},
                                         {u"request_id"_s, u"SIM%1"_s.arg(qint64(++counter), 12, 10, QChar(u'0'))},
                                         {u"data"_s, data}});
}

QJsonObject auth(SimServer &server)
{
    return server.state().section(kChannel).value(u"auth"_s).toObject();
}

/// app_key, timestamp, sign and the access token, as the real API checks them.
std::optional<SimResponse> checkRequest(SimServer &server, const SimRequest &req, bool needsToken = true)
{
    const QJsonObject a = auth(server);
    if (req.queryValue(u"app_key"_s) != a.value(u"appKey"_s).toString())
        return envelope({}, 106002, u"Invalid app_key."_s);
    const qint64 ts = req.queryValue(u"timestamp"_s).toLongLong();
    if (std::llabs(ts - server.state().nowMs() / 1000) > 300)
        return envelope({}, 106003, u"The timestamp is expired."_s);
    TikTokSigner::Params params;
    for (const auto &item : req.query.queryItems(QUrl::FullyDecoded))
        params << item;
    const QString apiPath = req.path.mid(kPrefix.size());
    const QString expected = TikTokSigner::sign(a.value(u"appSecret"_s).toString().toUtf8(),
                                                apiPath,
                                                params,
                                                req.method == "GET" ? QByteArray() : req.body);
    if (req.queryValue(u"sign"_s) != expected)
        return envelope({}, 106001, u"Invalid signature."_s);
    if (needsToken && !server.state().isAccessTokenValid(kChannel, QString::fromUtf8(req.header("x-tts-access-token"))))
        return envelope({}, 105002, u"Expired credentials. The access token is expired."_s);
    return std::nullopt;
}

qint64 latestAt(const QJsonObject &conv)
{
    qint64 best = 0;
    for (const QJsonValue &m : conv.value(u"messages"_s).toArray())
        best = std::max(best, m.toObject().value(u"create_time"_s).toInteger());
    return best;
}

/// page_token is the index of the first item, as a decimal string.
std::pair<qsizetype, int> paging(const SimRequest &req)
{
    const int size = std::clamp(req.hasQuery(u"page_size"_s) ? req.queryValue(u"page_size"_s).toInt() : 10, 1, 100);
    return {req.queryValue(u"page_token"_s).toLongLong(), size};
}

int findConversation(const QJsonArray &convs, const QString &id)
{
    for (qsizetype i = 0; i < convs.size(); ++i)
        if (convs.at(i).toObject().value(u"id"_s).toString() == id)
            return int(i);
    return -1;
}

SimResponse conversations(SimServer &server, const SimRequest &req)
{
    if (auto e = checkRequest(server, req))
        return *e;
    QList<QJsonObject> list;
    for (const QJsonValue &v : server.state().section(kChannel).value(u"conversations"_s).toArray())
        list << v.toObject();
    std::stable_sort(list.begin(), list.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return latestAt(a) > latestAt(b);
    });
    const auto [start, size] = paging(req);
    QJsonArray out;
    for (qsizetype i = start; i < list.size() && out.size() < size; ++i) {
        QJsonObject c = list.at(i);
        QJsonObject latest;
        for (const QJsonValue &m : c.value(u"messages"_s).toArray())
            if (m.toObject().value(u"create_time"_s).toInteger() >= latest.value(u"create_time"_s).toInteger())
                latest = m.toObject();
        c.remove(u"messages"_s);
        c.insert(u"latest_message"_s, latest);
        c.insert(u"create_time"_s, c.value(u"create_time"_s).toInteger(latestAt(list.at(i))));
        c.insert(u"can_send_message"_s, true);
        out.append(c);
    }
    const qsizetype end = start + out.size();
    return envelope(QJsonObject{{u"conversations"_s, out},
                                {u"next_page_token"_s, end < list.size() ? QString::number(end) : QString()}});
}

SimResponse messages(SimServer &server, const SimRequest &req)
{
    if (auto e = checkRequest(server, req))
        return *e;
    const QJsonArray convs = server.state().section(kChannel).value(u"conversations"_s).toArray();
    const int idx = findConversation(convs, req.params.value(u"id"_s));
    if (idx < 0)
        return envelope({}, 36009004, u"Conversation not found."_s);
    QList<QJsonObject> list;
    for (const QJsonValue &m : convs.at(idx).toObject().value(u"messages"_s).toArray())
        list << m.toObject();
    const bool asc = req.queryValue(u"sort_order"_s) == "ASC"_L1;
    std::stable_sort(list.begin(), list.end(), [asc](const QJsonObject &a, const QJsonObject &b) {
        return asc ? a.value(u"create_time"_s).toInteger() < b.value(u"create_time"_s).toInteger()
                   : a.value(u"create_time"_s).toInteger() > b.value(u"create_time"_s).toInteger();
    });
    const auto [start, size] = paging(req);
    QJsonArray out;
    for (qsizetype i = start; i < list.size() && out.size() < size; ++i)
        out.append(list.at(i));
    const qsizetype end = start + out.size();
    return envelope(QJsonObject{{u"messages"_s, out},
                                {u"next_page_token"_s, end < list.size() ? QString::number(end) : QString()},
                                {u"unsupported_msg_tips"_s, u"Please check this message in Seller Center."_s}});
}

SimResponse send(SimServer &server, const SimRequest &req)
{
    if (auto e = checkRequest(server, req))
        return *e;
    const QJsonObject body = req.json();
    if (body.value(u"type"_s).toString() != "TEXT"_L1)
        return envelope({}, 36009001, u"Unsupported message type."_s);
    // content is a JSON document encoded as a string
    const QJsonObject content = QJsonDocument::fromJson(body.value(u"content"_s).toString().toUtf8()).object();
    const QString text = content.value(u"content"_s).toString();
    if (text.isEmpty())
        return envelope({}, 36009002, u"content is required and must be a JSON string."_s);
    QJsonObject &section = server.state().section(kChannel);
    QJsonArray convs = section.value(u"conversations"_s).toArray();
    const int idx = findConversation(convs, req.params.value(u"id"_s));
    if (idx < 0)
        return envelope({}, 36009004, u"Conversation not found."_s);
    QJsonObject conv = convs.at(idx).toObject();
    const QString id = server.state().nextId(7'494'560'109'732'000'000LL);
    QJsonArray msgs = conv.value(u"messages"_s).toArray();
    msgs.append(
        QJsonObject{{u"id"_s, id},
                    {u"type"_s, u"TEXT"_s},
                    {u"content"_s, body.value(u"content"_s).toString()},
                    {u"create_time"_s, server.state().nowMs() / 1000},
                    {u"is_visible"_s, true},
                    {u"sender"_s, QJsonObject{{u"im_user_id"_s, u"shop"_s}, {u"role"_s, u"CUSTOMER_SERVICE"_s}}}});
    conv.insert(u"messages"_s, msgs);
    convs.replace(idx, conv);
    section.insert(u"conversations"_s, convs);
    server.state().recordSent(kChannel,
                              QJsonObject{{u"channel"_s, kChannel},
                                          {u"conversationId"_s, conv.value(u"id"_s)},
                                          {u"messageId"_s, id},
                                          {u"text"_s, text}});
    return envelope(QJsonObject{{u"message_id"_s, id}});
}

SimResponse searchOrders(SimServer &server, const SimRequest &req)
{
    if (auto e = checkRequest(server, req))
        return *e;
    const qint64 since = req.json().value(u"update_time_ge"_s).toInteger();
    QList<QJsonObject> list;
    for (const QJsonValue &v : server.state().section(kChannel).value(u"orders"_s).toArray())
        if (v.toObject().value(u"update_time"_s).toInteger() >= since)
            list << v.toObject();
    std::stable_sort(list.begin(), list.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(u"update_time"_s).toInteger() < b.value(u"update_time"_s).toInteger();
    });
    const auto [start, size] = paging(req);
    QJsonArray out;
    for (qsizetype i = start; i < list.size() && out.size() < size; ++i)
        out.append(list.at(i));
    const qsizetype end = start + out.size();
    return envelope(QJsonObject{{u"orders"_s, out},
                                {u"total_count"_s, qint64(list.size())},
                                {u"next_page_token"_s, end < list.size() ? QString::number(end) : QString()}});
}

SimResponse ordersByIds(SimServer &server, const SimRequest &req)
{
    if (auto e = checkRequest(server, req))
        return *e;
    const QStringList ids = req.queryValue(u"ids"_s).split(u',', Qt::SkipEmptyParts);
    QJsonArray out;
    for (const QJsonValue &v : server.state().section(kChannel).value(u"orders"_s).toArray())
        if (ids.contains(v.toObject().value(u"id"_s).toString()))
            out.append(v);
    return envelope(QJsonObject{{u"orders"_s, out}});
}

SimResponse shops(SimServer &server, const SimRequest &req)
{
    if (auto e = checkRequest(server, req))
        return *e;
    const QJsonObject shop{{u"id"_s, u"7000714532876273420"_s},
                           {u"name"_s, u"Harbor Gadgets"_s},
                           {u"region"_s, u"US"_s},
                           {u"cipher"_s, server.state().section(kChannel).value(u"shopCipher"_s).toString()}};
    return envelope(QJsonObject{{u"shops"_s, QJsonArray{shop}}});
}

SimResponse refresh(SimServer &server, const SimRequest &req)
{
    const QJsonObject a = auth(server);
    if (req.queryValue(u"app_key"_s) != a.value(u"appKey"_s).toString()
        || req.queryValue(u"app_secret"_s) != a.value(u"appSecret"_s).toString())
        return envelope({}, 36004004, u"Invalid app_key or app_secret."_s);
    if (req.queryValue(u"grant_type"_s) != "refresh_token"_L1)
        return envelope({}, 36004001, u"Invalid grant_type."_s);
    if (!server.state().isRefreshTokenValid(kChannel, req.queryValue(u"refresh_token"_s)))
        return envelope({}, 36004005, u"The refresh token is invalid or expired."_s);
    QString newRefresh;
    const QString access = server.state().refreshTokens(kChannel, false, &newRefresh);
    const qint64 ttl = server.state().accessTtlMs(kChannel);
    const qint64 nowS = server.state().nowMs() / 1000;
    // *_expire_in are absolute Unix timestamps.
    return envelope(
        QJsonObject{{u"access_token"_s, access},
                    {u"access_token_expire_in"_s, nowS + (ttl > 0 ? ttl / 1000 : 7 * 24 * 3600)},
                    {u"refresh_token"_s, newRefresh.isEmpty() ? server.state().refreshToken(kChannel) : newRefresh},
                    {u"refresh_token_expire_in"_s, nowS + 365LL * 24 * 3600},
                    {u"open_id"_s, u"sim-open-id"_s},
                    {u"seller_name"_s, u"Harbor Gadgets"_s},
                    {u"seller_base_region"_s, u"US"_s},
                    {u"user_type"_s, 0}},
        0,
        u"success"_s);
}

Result<QJsonObject> inject(SimServer &server, const QJsonObject &in)
{
    const QString buyer = in.value(u"buyer"_s).toString();
    const QString text = in.value(u"text"_s).toString();
    if (buyer.isEmpty() || text.isEmpty())
        return Error::make(Error::Code::InvalidArgument, u"buyer and text are required"_s);
    QJsonObject &section = server.state().section(kChannel);
    QJsonArray convs = section.value(u"conversations"_s).toArray();
    int idx = in.contains(u"conversationId"_s) ? findConversation(convs, in.value(u"conversationId"_s).toString()) : -1;
    for (qsizetype i = 0; i < convs.size() && idx < 0; ++i)
        for (const QJsonValue &p : convs.at(i).toObject().value(u"participants"_s).toArray())
            if (p.toObject().value(u"user_id"_s).toString() == buyer)
                idx = int(i);
    const QString name = in.value(u"name"_s).toString(buyer);
    QJsonObject conv;
    if (idx >= 0) {
        conv = convs.at(idx).toObject();
    } else {
        conv = QJsonObject{
            {u"id"_s, in.value(u"conversationId"_s).toString(server.state().nextId(7'494'560'109'000'000'000LL))},
            {u"participant_count"_s, 2},
            {u"unread_count"_s, 1},
            {u"participants"_s,
             QJsonArray{QJsonObject{{u"user_id"_s, buyer},
                                    {u"im_user_id"_s, QString(u"im-"_s + buyer)},
                                    {u"role"_s, u"BUYER"_s},
                                    {u"nickname"_s, name}}}},
            {u"messages"_s, QJsonArray()}};
    }
    const QString id = server.state().nextId(7'494'560'109'732'000'000LL);
    QJsonArray msgs = conv.value(u"messages"_s).toArray();
    msgs.append(QJsonObject{
        {u"id"_s, id},
        {u"type"_s, u"TEXT"_s},
        {u"content"_s,
         QString::fromUtf8(QJsonDocument(QJsonObject{{u"content"_s, text}}).toJson(QJsonDocument::Compact))},
        {u"create_time"_s, server.state().nowMs() / 1000},
        {u"is_visible"_s, true},
        {u"sender"_s,
         QJsonObject{{u"im_user_id"_s, QString(u"im-"_s + buyer)}, {u"role"_s, u"BUYER"_s}, {u"nickname"_s, name}}}});
    conv.insert(u"messages"_s, msgs);
    if (idx >= 0)
        convs.replace(idx, conv);
    else
        convs.append(conv);
    section.insert(u"conversations"_s, convs);
    return QJsonObject{{u"channel"_s, kChannel}, {u"conversationId"_s, conv.value(u"id"_s)}, {u"messageId"_s, id}};
}

} // namespace

void installTikTokRoutes(SimServer &server)
{
    SimServer *s = &server;
    const QString cs = kPrefix + u"/customer_service/202309"_s;
    server.addRoute(u"tiktok.conversations"_s, "GET", cs + u"/conversations"_s, [s](const SimRequest &r) {
        return conversations(*s, r);
    });
    server.addRoute(u"tiktok.messages"_s, "GET", cs + u"/conversations/{id}/messages"_s, [s](const SimRequest &r) {
        return messages(*s, r);
    });
    server.addRoute(u"tiktok.send"_s, "POST", cs + u"/conversations/{id}/messages"_s, [s](const SimRequest &r) {
        return send(*s, r);
    });
    server.addRoute(u"tiktok.searchOrders"_s,
                    "POST",
                    kPrefix + u"/order/202309/orders/search"_s,
                    [s](const SimRequest &r) { return searchOrders(*s, r); });
    server.addRoute(u"tiktok.orders"_s, "GET", kPrefix + u"/order/202309/orders"_s, [s](const SimRequest &r) {
        return ordersByIds(*s, r);
    });
    server.addRoute(u"tiktok.shops"_s, "GET", kPrefix + u"/authorization/202309/shops"_s, [s](const SimRequest &r) {
        return shops(*s, r);
    });
    server.addRoute(u"tiktok.refresh"_s, "GET", kPrefix + u"/auth/token/refresh"_s, [s](const SimRequest &r) {
        return refresh(*s, r);
    });
    server.addInjector(kChannel, [s](const QJsonObject &in) { return inject(*s, in); });
}

} // namespace hd::sim
