#include "app/sim/routes/ShopeeRoutes.h"

#include "app/sim/SimServer.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hd::sim {

namespace {

const QString kChannel = u"shopee"_s;
const QString kPrefix = u"/shopee"_s;

QJsonObject &section(SimServer &s)
{
    return s.state().section(kChannel);
}

QJsonObject auth(SimServer &s)
{
    return section(s).value(u"auth"_s).toObject();
}

QString requestId()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

SimResponse envelope(const QJsonObject &response)
{
    return SimResponse::json(QJsonObject{{u"request_id"_s, requestId()},
                                         {u"error"_s, u""_s},
                                         {u"message"_s, u""_s},
                                         {u"response"_s, response}});
}

SimResponse shopeeError(int status, const QString &error, const QString &message)
{
    return SimResponse::json(status,
                             QJsonObject{{u"request_id"_s, requestId()}, {u"error"_s, error}, {u"message"_s, message}});
}

qint64 num(const QJsonValue &v)
{
    return v.isString() ? v.toString().toLongLong() : v.toInteger();
}

// Checks partner_id, timestamp (±5 min), sign and, for shop APIs, access_token and shop_id.
std::optional<SimResponse> checkSignature(SimServer &s, const SimRequest &req, bool shopApi)
{
    const QJsonObject a = auth(s);
    const QString partnerId = QString::number(num(a.value(u"partnerId"_s)));
    const QString shopId = QString::number(num(a.value(u"shopId"_s)));
    if (req.queryValue(u"partner_id"_s) != partnerId)
        return shopeeError(403, u"error_param"_s, u"Wrong partner_id."_s);
    bool ok = false;
    const qint64 ts = req.queryValue(u"timestamp"_s).toLongLong(&ok);
    if (!ok || std::abs(ts - s.state().nowMs() / 1000) > 300)
        return shopeeError(403, u"error_param"_s, u"Invalid timestamp, it should be within 5 minutes."_s);
    const QString apiPath = req.path.mid(kPrefix.size());
    QString base = partnerId + apiPath + QString::number(ts);
    const QString token = req.queryValue(u"access_token"_s);
    if (shopApi) {
        if (req.queryValue(u"shop_id"_s) != shopId)
            return shopeeError(403, u"error_param"_s, u"Wrong shop_id."_s);
        base += token + shopId;
    }
    const QByteArray expected = QMessageAuthenticationCode::hash(base.toUtf8(),
                                                                 a.value(u"partnerKey"_s).toString().toUtf8(),
                                                                 QCryptographicHash::Sha256)
                                    .toHex();
    if (req.queryValue(u"sign"_s).toLatin1() != expected)
        return shopeeError(403, u"error_sign"_s, u"Wrong sign."_s);
    if (shopApi && !s.state().isAccessTokenValid(kChannel, token))
        return shopeeError(403, u"invalid_access_token"_s, u"Invalid access_token."_s);
    return std::nullopt;
}

SimResponse refreshToken(SimServer &s, const SimRequest &req)
{
    if (auto e = checkSignature(s, req, false))
        return *e;
    const QJsonObject body = req.json();
    const QJsonObject a = auth(s);
    if (num(body.value(u"shop_id"_s)) != num(a.value(u"shopId"_s))
        || num(body.value(u"partner_id"_s)) != num(a.value(u"partnerId"_s)))
        return shopeeError(400, u"error_param"_s, u"shop_id or partner_id does not match."_s);
    if (!s.state().isRefreshTokenValid(kChannel, body.value(u"refresh_token"_s).toString()))
        return shopeeError(403, u"error_auth"_s, u"Invalid refresh_token."_s);
    QString newRefresh;
    const QString access = s.state().refreshTokens(kChannel, true, &newRefresh);
    const qint64 ttl = s.state().accessTtlMs(kChannel);
    return SimResponse::json(QJsonObject{{u"request_id"_s, requestId()},
                                         {u"error"_s, u""_s},
                                         {u"message"_s, u""_s},
                                         {u"access_token"_s, access},
                                         {u"refresh_token"_s, newRefresh},
                                         {u"expire_in"_s, ttl > 0 ? ttl / 1000 : 14400},
                                         {u"shop_id"_s, num(a.value(u"shopId"_s))},
                                         {u"partner_id"_s, num(a.value(u"partnerId"_s))}});
}

QJsonObject latestMessage(const QJsonObject &conv);

// Conversations loaded from a scenario may omit the nanosecond watermark: derive it from the
// newest message, with the id's low digits as the sub-second part so it stays unique.
qint64 latestNano(const QJsonObject &conv)
{
    if (conv.contains(u"last_message_timestamp"_s))
        return num(conv.value(u"last_message_timestamp"_s));
    return num(latestMessage(conv).value(u"created_timestamp"_s)) * 1'000'000'000LL
        + num(conv.value(u"conversation_id"_s)) % 1'000'000;
}

QJsonObject latestMessage(const QJsonObject &conv)
{
    QJsonObject best;
    qint64 at = -1;
    for (const QJsonValue &v : conv.value(u"messages"_s).toArray()) {
        const qint64 t = num(v.toObject().value(u"created_timestamp"_s));
        if (t >= at) {
            at = t;
            best = v.toObject();
        }
    }
    return best;
}

QJsonObject conversationSummary(const QJsonObject &c, qint64 shopId)
{
    const QJsonObject latest = latestMessage(c);
    return QJsonObject{{u"conversation_id"_s, c.value(u"conversation_id"_s).toString()},
                       {u"to_id"_s, num(c.value(u"to_id"_s))},
                       {u"to_name"_s, c.value(u"to_name"_s)},
                       {u"to_avatar"_s, c.value(u"to_avatar"_s).toString()},
                       {u"shop_id"_s, shopId},
                       {u"unread_count"_s, c.value(u"unread_count"_s).toInt()},
                       {u"pinned"_s, c.value(u"pinned"_s).toBool()},
                       {u"mute"_s, false},
                       {u"last_read_message_id"_s, c.value(u"last_read_message_id"_s).toString()},
                       {u"latest_message_id"_s, latest.value(u"message_id"_s).toString()},
                       {u"latest_message_type"_s, latest.value(u"message_type"_s).toString(u"text"_s)},
                       {u"latest_message_content"_s, latest.value(u"content"_s).toObject()},
                       {u"latest_message_from_id"_s, num(latest.value(u"from_id"_s))},
                       {u"last_message_timestamp"_s, latestNano(c)},
                       {u"last_message_option"_s, 0},
                       {u"max_general_option_hide_time"_s, u"9223372036854775"_s}};
}

SimResponse getConversationList(SimServer &s, const SimRequest &req)
{
    if (auto e = checkSignature(s, req, true))
        return *e;
    const QString direction = req.queryValue(u"direction"_s);
    if (direction != u"older"_s && direction != u"latest"_s)
        return shopeeError(400, u"error_param"_s, u"direction must be latest or older."_s);
    const QString type = req.queryValue(u"type"_s).isEmpty() ? u"all"_s : req.queryValue(u"type"_s);
    const int pageSize = req.hasQuery(u"page_size"_s) ? req.queryValue(u"page_size"_s).toInt() : 25;
    const qint64 from = req.hasQuery(u"next_timestamp_nano"_s) ? req.queryValue(u"next_timestamp_nano"_s).toLongLong()
                                                               : std::numeric_limits<qint64>::max();
    const qint64 shopId = num(auth(s).value(u"shopId"_s));
    QList<QJsonObject> rows;
    for (const QJsonValue &v : section(s).value(u"conversations"_s).toArray()) {
        const QJsonObject c = v.toObject();
        if (type == u"unread"_s && c.value(u"unread_count"_s).toInt() == 0)
            continue;
        if (type == u"pinned"_s && !c.value(u"pinned"_s).toBool())
            continue;
        const qint64 ts = latestNano(c);
        if (direction == u"older"_s ? ts >= from : (req.hasQuery(u"next_timestamp_nano"_s) && ts <= from))
            continue;
        rows.append(c);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return latestNano(a) > latestNano(b);
    });
    QJsonArray list;
    // Observed quirk (reference §3.4): page_size above 25 returns an empty list.
    if (pageSize >= 1 && pageSize <= 25)
        for (qsizetype i = 0; i < rows.size() && i < pageSize; ++i)
            list.append(conversationSummary(rows.at(i), shopId));
    const bool more = pageSize <= 25 && rows.size() > pageSize;
    QJsonObject cursor;
    if (!list.isEmpty()) {
        const QJsonObject last = list.last().toObject();
        cursor =
            QJsonObject{{u"next_message_time_nano"_s, QString::number(num(last.value(u"last_message_timestamp"_s)))},
                        {u"conversation_id"_s, last.value(u"conversation_id"_s)}};
    }
    return envelope(QJsonObject{
        {u"conversations"_s, list},
        {u"page_result"_s,
         QJsonObject{{u"page_size"_s, qint64(list.size())}, {u"next_cursor"_s, cursor}, {u"more"_s, more}}}});
}

int findConversation(const QJsonArray &convs, const QString &id)
{
    for (qsizetype i = 0; i < convs.size(); ++i)
        if (convs.at(i).toObject().value(u"conversation_id"_s).toString() == id)
            return int(i);
    return -1;
}

SimResponse getOneConversation(SimServer &s, const SimRequest &req)
{
    if (auto e = checkSignature(s, req, true))
        return *e;
    const QJsonArray convs = section(s).value(u"conversations"_s).toArray();
    const int idx = findConversation(convs, req.queryValue(u"conversation_id"_s));
    if (idx < 0)
        return shopeeError(404, u"error_not_found"_s, u"conversation not found"_s);
    return envelope(conversationSummary(convs.at(idx).toObject(), num(auth(s).value(u"shopId"_s))));
}

QJsonObject messageOut(const QJsonObject &m, const QString &convId)
{
    QJsonObject o = m;
    o.insert(u"message_id"_s, m.value(u"message_id"_s).toString());
    o.insert(u"conversation_id"_s, convId);
    o.insert(u"created_timestamp"_s, num(m.value(u"created_timestamp"_s)));
    if (!o.contains(u"region"_s))
        o.insert(u"region"_s, u"SG"_s);
    if (!o.contains(u"status"_s))
        o.insert(u"status"_s, u"normal"_s);
    if (!o.contains(u"source"_s))
        o.insert(u"source"_s, u"web"_s);
    if (!o.contains(u"message_option"_s))
        o.insert(u"message_option"_s, 0);
    return o;
}

SimResponse getMessage(SimServer &s, const SimRequest &req)
{
    if (auto e = checkSignature(s, req, true))
        return *e;
    const QJsonArray convs = section(s).value(u"conversations"_s).toArray();
    const QString convId = req.queryValue(u"conversation_id"_s);
    const int idx = findConversation(convs, convId);
    if (idx < 0)
        return shopeeError(404, u"error_not_found"_s, u"conversation not found"_s);
    const int pageSize = req.hasQuery(u"page_size"_s) ? req.queryValue(u"page_size"_s).toInt() : 25;
    if (pageSize < 1 || pageSize > 60)
        return shopeeError(400, u"error_param"_s, u"page_size should be between 1 and 60."_s);
    const int offset = req.queryValue(u"offset"_s).toInt();
    QList<QJsonObject> msgs;
    for (const QJsonValue &v : convs.at(idx).toObject().value(u"messages"_s).toArray())
        msgs.append(v.toObject());
    // Newest first, as a chat window scrolls back.
    std::stable_sort(msgs.begin(), msgs.end(), [](const QJsonObject &a, const QJsonObject &b) {
        const qint64 ta = num(a.value(u"created_timestamp"_s)), tb = num(b.value(u"created_timestamp"_s));
        return ta != tb ? ta > tb : num(a.value(u"message_id"_s)) > num(b.value(u"message_id"_s));
    });
    QJsonArray page;
    for (qsizetype i = offset; i < msgs.size() && i < offset + pageSize; ++i)
        page.append(messageOut(msgs.at(i), convId));
    const bool more = offset + pageSize < msgs.size();
    return envelope(QJsonObject{{u"messages"_s, page},
                                {u"page_result"_s,
                                 QJsonObject{{u"page_size"_s, pageSize},
                                             {u"next_offset"_s, more ? QString::number(offset + pageSize) : u""_s},
                                             {u"more"_s, more}}}});
}

// Appends a message and keeps the conversation's nanosecond watermark unique and increasing.
void appendMessage(SimServer &s, QJsonArray &convs, int idx, QJsonObject conv, const QJsonObject &msg, bool fromBuyer)
{
    QJsonArray msgs = conv.value(u"messages"_s).toArray();
    msgs.append(msg);
    conv.insert(u"messages"_s, msgs);
    qint64 nano = s.state().nowMs() * 1'000'000 + (s.state().nextId(0).toLongLong() % 1'000'000);
    nano = std::max(nano, latestNano(conv) + 1);
    conv.insert(u"last_message_timestamp"_s, nano);
    if (fromBuyer)
        conv.insert(u"unread_count"_s, conv.value(u"unread_count"_s).toInt() + 1);
    if (idx >= 0)
        convs.replace(idx, conv);
    else
        convs.append(conv);
    section(s).insert(u"conversations"_s, convs);
}

SimResponse sendMessage(SimServer &s, const SimRequest &req)
{
    if (auto e = checkSignature(s, req, true))
        return *e;
    const QJsonObject body = req.json();
    const qint64 toId = num(body.value(u"to_id"_s));
    const QString type = body.value(u"message_type"_s).toString();
    const QString text = body.value(u"content"_s).toObject().value(u"text"_s).toString();
    if (toId <= 0 || type != u"text"_s || text.trimmed().isEmpty())
        return shopeeError(400, u"error_param"_s, u"to_id, message_type text and content.text are required."_s);
    if (text.size() > 1000)
        return shopeeError(400, u"error_param"_s, u"content.text is too long (max 1000)."_s);
    QJsonArray convs = section(s).value(u"conversations"_s).toArray();
    int idx = -1;
    for (qsizetype i = 0; i < convs.size(); ++i)
        if (num(convs.at(i).toObject().value(u"to_id"_s)) == toId)
            idx = int(i);
    if (idx < 0)
        return shopeeError(400, u"error_param"_s, u"The buyer has no conversation with this shop."_s);
    const QJsonObject a = auth(s);
    QJsonObject conv = convs.at(idx).toObject();
    const QString convId = conv.value(u"conversation_id"_s).toString();
    const qint64 created = s.state().nowMs() / 1000;
    const QJsonObject msg{{u"message_id"_s, s.state().nextId(2414019124426800000LL)},
                          {u"message_type"_s, u"text"_s},
                          {u"from_id"_s, num(a.value(u"shopUserId"_s))},
                          {u"from_shop_id"_s, num(a.value(u"shopId"_s))},
                          {u"to_id"_s, toId},
                          {u"to_shop_id"_s, 0},
                          {u"content"_s, QJsonObject{{u"text"_s, text}}},
                          {u"created_timestamp"_s, created}};
    appendMessage(s, convs, idx, conv, msg, false);
    s.state().recordSent(kChannel,
                         QJsonObject{{u"channel"_s, kChannel},
                                     {u"conversationId"_s, convId},
                                     {u"messageId"_s, msg.value(u"message_id"_s)},
                                     {u"text"_s, text},
                                     {u"to"_s, QString::number(toId)}});
    // The docs' example sends conversation_id back as a number here (reference §3.4): reproduce it.
    return envelope(QJsonObject{{u"message_id"_s, msg.value(u"message_id"_s)},
                                {u"to_id"_s, toId},
                                {u"message_type"_s, u"text"_s},
                                {u"content"_s, QJsonObject{{u"text"_s, text}}},
                                {u"conversation_id"_s, convId.toLongLong()},
                                {u"created_timestamp"_s, created},
                                {u"message_option"_s, 0}});
}

SimResponse getOrderList(SimServer &s, const SimRequest &req)
{
    if (auto e = checkSignature(s, req, true))
        return *e;
    const QString field = req.queryValue(u"time_range_field"_s);
    if (field != u"create_time"_s && field != u"update_time"_s)
        return shopeeError(400, u"error_param"_s, u"time_range_field must be create_time or update_time."_s);
    const qint64 from = req.queryValue(u"time_from"_s).toLongLong();
    const qint64 to = req.queryValue(u"time_to"_s).toLongLong();
    if (to < from || to - from > 15 * 86400)
        return shopeeError(400, u"error_param"_s, u"The time range should not be longer than 15 days."_s);
    const int pageSize = req.queryValue(u"page_size"_s).toInt();
    if (pageSize < 1 || pageSize > 100)
        return shopeeError(400, u"error_param"_s, u"page_size should be between 1 and 100."_s);
    const int offset = req.queryValue(u"cursor"_s).toInt();
    QList<QJsonObject> rows;
    for (const QJsonValue &v : section(s).value(u"orders"_s).toArray()) {
        const qint64 t = num(v.toObject().value(field));
        if (t >= from && t <= to)
            rows.append(v.toObject());
    }
    std::stable_sort(rows.begin(), rows.end(), [&field](const QJsonObject &a, const QJsonObject &b) {
        return num(a.value(field)) < num(b.value(field));
    });
    QJsonArray list;
    for (qsizetype i = offset; i < rows.size() && i < offset + pageSize; ++i)
        list.append(QJsonObject{{u"order_sn"_s, rows.at(i).value(u"order_sn"_s)},
                                {u"order_status"_s, rows.at(i).value(u"order_status"_s)}});
    const bool more = offset + pageSize < rows.size();
    return envelope(QJsonObject{{u"more"_s, more},
                                {u"next_cursor"_s, more ? QString::number(offset + pageSize) : u""_s},
                                {u"order_list"_s, list}});
}

SimResponse getOrderDetail(SimServer &s, const SimRequest &req)
{
    if (auto e = checkSignature(s, req, true))
        return *e;
    const QStringList sns = req.queryValue(u"order_sn_list"_s).split(u',', Qt::SkipEmptyParts);
    if (sns.isEmpty() || sns.size() > 50)
        return shopeeError(400, u"error_param"_s, u"order_sn_list needs 1 to 50 order numbers."_s);
    QJsonArray list;
    for (const QJsonValue &v : section(s).value(u"orders"_s).toArray())
        if (sns.contains(v.toObject().value(u"order_sn"_s).toString()))
            list.append(v.toObject());
    return envelope(QJsonObject{{u"order_list"_s, list}});
}

Result<QJsonObject> inject(SimServer &s, const QJsonObject &in)
{
    const QString buyer = in.value(u"buyer"_s).toString();
    const QString text = in.value(u"text"_s).toString();
    if (buyer.isEmpty() || text.isEmpty())
        return Error::make(Error::Code::InvalidArgument, u"Shopee inject needs \"buyer\" and \"text\""_s);
    QJsonArray convs = section(s).value(u"conversations"_s).toArray();
    const QString wanted = in.value(u"conversationId"_s).toString();
    int idx = -1;
    for (qsizetype i = 0; i < convs.size() && idx < 0; ++i) {
        const QJsonObject c = convs.at(i).toObject();
        if (!wanted.isEmpty() ? c.value(u"conversation_id"_s).toString() == wanted
                              : c.value(u"to_name"_s).toString() == buyer)
            idx = int(i);
    }
    QJsonObject conv;
    if (idx >= 0) {
        conv = convs.at(idx).toObject();
    } else {
        const qint64 buyerId =
            in.contains(u"buyerId"_s) ? num(in.value(u"buyerId"_s)) : s.state().nextId(500'000'000).toLongLong();
        conv = QJsonObject{{u"conversation_id"_s, wanted.isEmpty() ? s.state().nextId(1801234567890000000LL) : wanted},
                           {u"to_id"_s, buyerId},
                           {u"to_name"_s, buyer},
                           {u"unread_count"_s, 0},
                           {u"pinned"_s, false},
                           {u"messages"_s, QJsonArray()}};
    }
    QJsonObject content{{u"text"_s, text}};
    QJsonObject msg{{u"message_id"_s, s.state().nextId(2414019124426800000LL)},
                    {u"message_type"_s, u"text"_s},
                    {u"from_id"_s, num(conv.value(u"to_id"_s))},
                    {u"from_shop_id"_s, 0},
                    {u"to_id"_s, num(auth(s).value(u"shopUserId"_s))},
                    {u"to_shop_id"_s, num(auth(s).value(u"shopId"_s))},
                    {u"content"_s, content},
                    {u"created_timestamp"_s, s.state().nowMs() / 1000}};
    if (in.contains(u"orderId"_s))
        msg.insert(u"source_content"_s, QJsonObject{{u"order_sn"_s, in.value(u"orderId"_s).toString()}});
    appendMessage(s, convs, idx, conv, msg, true);
    return QJsonObject{{u"channel"_s, kChannel},
                       {u"conversationId"_s, conv.value(u"conversation_id"_s).toString()},
                       {u"messageId"_s, msg.value(u"message_id"_s).toString()}};
}

} // namespace

void installShopeeRoutes(SimServer &server)
{
    SimServer *s = &server;
    const auto add = [s](const QString &name,
                         const QByteArray &method,
                         const QString &apiPath,
                         SimResponse (*fn)(SimServer &, const SimRequest &)) {
        s->addRoute(name, method, kPrefix + apiPath, [s, fn](const SimRequest &r) { return fn(*s, r); });
    };
    add(u"shopee.refreshToken"_s, "POST", u"/api/v2/auth/access_token/get"_s, &refreshToken);
    add(u"shopee.getConversationList"_s, "GET", u"/api/v2/sellerchat/get_conversation_list"_s, &getConversationList);
    add(u"shopee.getOneConversation"_s, "GET", u"/api/v2/sellerchat/get_one_conversation"_s, &getOneConversation);
    add(u"shopee.getMessage"_s, "GET", u"/api/v2/sellerchat/get_message"_s, &getMessage);
    add(u"shopee.sendMessage"_s, "POST", u"/api/v2/sellerchat/send_message"_s, &sendMessage);
    add(u"shopee.getOrderList"_s, "GET", u"/api/v2/order/get_order_list"_s, &getOrderList);
    add(u"shopee.getOrderDetail"_s, "GET", u"/api/v2/order/get_order_detail"_s, &getOrderDetail);
    server.addInjector(kChannel, [s](const QJsonObject &in) { return inject(*s, in); });
}

} // namespace hd::sim
