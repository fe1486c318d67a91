#include "app/sim/routes/EbayRoutes.h"

#include "app/sim/SimServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hd::sim {

namespace {

const QString kChannel = u"ebay"_s;
const QString kMsgBase = u"/ebay/commerce/message/v1"_s;
const QString kOrderBase = u"/ebay/sell/fulfillment/v1"_s;

QString isoMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

qint64 parseIso(const QString &s)
{
    const QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : -1;
}

SimResponse ebayError(int status,
                      int errorId,
                      const QString &domain,
                      const QString &message,
                      const QString &category = u"REQUEST"_s)
{
    const QJsonObject e{{u"errorId"_s, errorId},
                        {u"domain"_s, domain},
                        {u"category"_s, category},
                        {u"message"_s, message},
                        {u"longMessage"_s, message},
                        {u"inputRefIds"_s, QJsonArray()},
                        {u"outputRefIds"_s, QJsonArray()}};
    return SimResponse::json(status, QJsonObject{{u"errors"_s, QJsonArray{e}}, {u"warnings"_s, QJsonArray()}});
}

std::optional<SimResponse> checkBearer(SimServer &server, const SimRequest &req)
{
    const QByteArray auth = req.header("Authorization");
    if (!auth.startsWith("Bearer "))
        return ebayError(401, 1002, u"OAuth"_s, u"Missing access token"_s);
    if (!server.state().isAccessTokenValid(kChannel, QString::fromUtf8(auth.mid(7))))
        return ebayError(401,
                         1001,
                         u"OAuth"_s,
                         u"Invalid access token. Check the value of the Authorization HTTP request header."_s);
    return std::nullopt;
}

// limit/offset with eBay's bounds; an error response when out of range.
std::optional<SimResponse> readPaging(const SimRequest &req, int defLimit, int maxLimit, int *limit, int *offset)
{
    bool ok = true;
    *limit = req.hasQuery(u"limit"_s) ? req.queryValue(u"limit"_s).toInt(&ok) : defLimit;
    if (!ok || *limit < 1 || *limit > maxLimit)
        return ebayError(400, 355002, u"API_MESSAGE"_s, u"The value of limit is invalid (1-%1)."_s.arg(maxLimit));
    *offset = req.hasQuery(u"offset"_s) ? req.queryValue(u"offset"_s).toInt(&ok) : 0;
    if (!ok || *offset < 0)
        return ebayError(400, 355003, u"API_MESSAGE"_s, u"The value of offset is invalid."_s);
    return std::nullopt;
}

QJsonValue pageHref(SimServer &server, const SimRequest &req, int limit, int offset)
{
    QUrl u = server.baseUrl();
    u.setPath(req.path);
    QUrlQuery q = req.query;
    q.removeAllQueryItems(u"limit"_s);
    q.removeAllQueryItems(u"offset"_s);
    q.addQueryItem(u"limit"_s, QString::number(limit));
    q.addQueryItem(u"offset"_s, QString::number(offset));
    u.setQuery(q);
    return u.toString(QUrl::FullyEncoded);
}

QJsonObject pagingEnvelope(SimServer &server, const SimRequest &req, int limit, int offset, qsizetype total)
{
    QJsonObject o{{u"href"_s, pageHref(server, req, limit, offset)},
                  {u"limit"_s, limit},
                  {u"offset"_s, offset},
                  {u"total"_s, qint64(total)}};
    o.insert(u"next"_s, offset + limit < total ? pageHref(server, req, limit, offset + limit) : QJsonValue());
    o.insert(u"prev"_s, offset > 0 ? pageHref(server, req, limit, std::max(0, offset - limit)) : QJsonValue());
    return o;
}

QJsonObject messageDetail(const QJsonObject &m)
{
    QJsonObject d = m;
    if (!d.contains(u"messageMedia"_s))
        d.insert(u"messageMedia"_s, QJsonArray());
    if (!d.contains(u"readStatus"_s))
        d.insert(u"readStatus"_s, false);
    return d;
}

QJsonObject latestMessage(const QJsonObject &conv)
{
    QJsonObject best;
    qint64 bestAt = -1;
    for (const QJsonValue &v : conv.value(u"messages"_s).toArray()) {
        const qint64 at = parseIso(v.toObject().value(u"createdDate"_s).toString());
        if (at >= bestAt) {
            bestAt = at;
            best = v.toObject();
        }
    }
    return best;
}

QString seller(SimServer &server)
{
    return server.state().section(kChannel).value(u"seller"_s).toString(u"harbor_shop"_s);
}

SimResponse getConversations(SimServer &server, const SimRequest &req)
{
    if (auto e = checkBearer(server, req))
        return *e;
    const QString type = req.queryValue(u"conversation_type"_s);
    if (type != u"FROM_MEMBERS"_s && type != u"FROM_EBAY"_s)
        return ebayError(400,
                         355001,
                         u"API_MESSAGE"_s,
                         u"The conversation_type query parameter is required (FROM_MEMBERS or FROM_EBAY)."_s);
    int limit = 0, offset = 0;
    if (auto e = readPaging(req, 25, 50, &limit, &offset))
        return *e;
    const qint64 start = req.hasQuery(u"start_time"_s) ? parseIso(req.queryValue(u"start_time"_s)) : -1;
    const qint64 end = req.hasQuery(u"end_time"_s) ? parseIso(req.queryValue(u"end_time"_s)) : -1;
    const QString other = req.queryValue(u"other_party_username"_s);
    const QString status = req.queryValue(u"conversation_status"_s);
    const QString me = seller(server);

    struct Row
    {
        qint64 at;
        QJsonObject detail;
    };
    QList<Row> rows;
    for (const QJsonValue &v : server.state().section(kChannel).value(u"conversations"_s).toArray()) {
        const QJsonObject c = v.toObject();
        if (c.value(u"conversationType"_s).toString(u"FROM_MEMBERS"_s) != type)
            continue;
        if (!status.isEmpty() && c.value(u"conversationStatus"_s).toString(u"ACTIVE"_s) != status)
            continue;
        const QJsonObject latest = latestMessage(c);
        const qint64 at = parseIso(latest.value(u"createdDate"_s).toString());
        // As integrators saw: with start_time only buyer activity counts.
        if (start >= 0) {
            qint64 lastBuyer = -1;
            for (const QJsonValue &m : c.value(u"messages"_s).toArray())
                if (m.toObject().value(u"senderUsername"_s).toString() != me)
                    lastBuyer = std::max(lastBuyer, parseIso(m.toObject().value(u"createdDate"_s).toString()));
            if (lastBuyer < start)
                continue;
        }
        if (end >= 0 && at > end)
            continue;
        QString party;
        for (const QJsonValue &m : c.value(u"messages"_s).toArray()) {
            const QString s = m.toObject().value(u"senderUsername"_s).toString();
            if (s != me) {
                party = s;
                break;
            }
        }
        if (!other.isEmpty() && party != other)
            continue;
        int unread = 0;
        for (const QJsonValue &m : c.value(u"messages"_s).toArray())
            if (!m.toObject().value(u"readStatus"_s).toBool()
                && m.toObject().value(u"senderUsername"_s).toString() != me)
                ++unread;
        QJsonObject d{{u"conversationId"_s, c.value(u"conversationId"_s)},
                      {u"conversationStatus"_s, c.value(u"conversationStatus"_s).toString(u"ACTIVE"_s)},
                      {u"conversationTitle"_s, c.value(u"conversationTitle"_s)},
                      {u"conversationType"_s, type},
                      {u"createdDate"_s, c.value(u"createdDate"_s).toString(isoMs(at))},
                      {u"referenceId"_s, c.value(u"referenceId"_s)},
                      {u"referenceType"_s, c.value(u"referenceType"_s).toString(u"LISTING"_s)},
                      {u"unreadCount"_s, unread},
                      {u"latestMessage"_s, messageDetail(latest)}};
        rows.append(Row{at, d});
    }
    // Newest activity first, ties by id so pages are stable.
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.at != b.at)
            return a.at > b.at;
        return a.detail.value(u"conversationId"_s).toString() < b.detail.value(u"conversationId"_s).toString();
    });
    QJsonArray page;
    for (qsizetype i = offset; i < rows.size() && i < offset + limit; ++i)
        page.append(rows.at(i).detail);
    QJsonObject o = pagingEnvelope(server, req, limit, offset, rows.size());
    o.insert(u"conversations"_s, page);
    return SimResponse::json(o);
}

int findConversation(const QJsonArray &convs, const QString &id)
{
    for (qsizetype i = 0; i < convs.size(); ++i)
        if (convs.at(i).toObject().value(u"conversationId"_s).toString() == id)
            return int(i);
    return -1;
}

SimResponse getConversation(SimServer &server, const SimRequest &req)
{
    if (auto e = checkBearer(server, req))
        return *e;
    const QString type = req.queryValue(u"conversation_type"_s);
    if (type != u"FROM_MEMBERS"_s && type != u"FROM_EBAY"_s)
        return ebayError(400, 355001, u"API_MESSAGE"_s, u"The conversation_type query parameter is required."_s);
    int limit = 0, offset = 0;
    if (auto e = readPaging(req, 25, 50, &limit, &offset))
        return *e;
    const QJsonArray convs = server.state().section(kChannel).value(u"conversations"_s).toArray();
    const int idx = findConversation(convs, req.params.value(u"conversation_id"_s));
    if (idx < 0)
        return ebayError(404, 355010, u"API_MESSAGE"_s, u"The conversation_id was not found."_s);
    const QJsonObject c = convs.at(idx).toObject();
    QJsonArray msgs = c.value(u"messages"_s).toArray();
    QList<QJsonObject> sorted;
    for (const QJsonValue &v : msgs)
        sorted.append(v.toObject());
    std::stable_sort(sorted.begin(), sorted.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return parseIso(a.value(u"createdDate"_s).toString()) < parseIso(b.value(u"createdDate"_s).toString());
    });
    QJsonArray page;
    for (qsizetype i = offset; i < sorted.size() && i < offset + limit; ++i)
        page.append(messageDetail(sorted.at(i)));
    QJsonObject o = pagingEnvelope(server, req, limit, offset, sorted.size());
    o.insert(u"conversationId"_s, c.value(u"conversationId"_s));
    o.insert(u"conversationStatus"_s, c.value(u"conversationStatus"_s).toString(u"ACTIVE"_s));
    o.insert(u"conversationTitle"_s, c.value(u"conversationTitle"_s));
    o.insert(u"conversationType"_s, type);
    o.insert(u"messages"_s, page);
    return SimResponse::json(o);
}

SimResponse sendMessage(SimServer &server, const SimRequest &req)
{
    if (auto e = checkBearer(server, req))
        return *e;
    const QJsonObject body = req.json();
    const QString text = body.value(u"messageText"_s).toString();
    if (text.trimmed().isEmpty())
        return ebayError(400, 355020, u"API_MESSAGE"_s, u"messageText is required."_s);
    if (text.size() > 2000)
        return ebayError(400, 355021, u"API_MESSAGE"_s, u"messageText exceeds 2000 characters."_s);
    QJsonObject &section = server.state().section(kChannel);
    QJsonArray convs = section.value(u"conversations"_s).toArray();
    const QString convId = body.value(u"conversationId"_s).toString();
    const QString otherParty = body.value(u"otherPartyUsername"_s).toString();
    int idx = -1;
    if (!convId.isEmpty()) {
        idx = findConversation(convs, convId);
        if (idx < 0)
            return ebayError(400, 355010, u"API_MESSAGE"_s, u"The conversationId was not found."_s);
    } else if (otherParty.isEmpty()) {
        return ebayError(400, 355022, u"API_MESSAGE"_s, u"conversationId or otherPartyUsername is required."_s);
    }
    const QString me = seller(server);
    QJsonObject conv;
    if (idx >= 0) {
        conv = convs.at(idx).toObject();
    } else {
        conv = QJsonObject{{u"conversationId"_s, server.state().nextId()},
                           {u"conversationStatus"_s, u"ACTIVE"_s},
                           {u"conversationTitle"_s, QString(u"Message to "_s + otherParty)},
                           {u"conversationType"_s, u"FROM_MEMBERS"_s},
                           {u"createdDate"_s, isoMs(server.state().nowMs())},
                           {u"messages"_s, QJsonArray()}};
    }
    QString recipient = otherParty;
    if (recipient.isEmpty()) {
        for (const QJsonValue &m : conv.value(u"messages"_s).toArray()) {
            const QString s = m.toObject().value(u"senderUsername"_s).toString();
            if (s != me) {
                recipient = s;
                break;
            }
        }
    }
    const QString created = isoMs(server.state().nowMs());
    const QJsonObject stored{{u"messageId"_s, server.state().nextId()},
                             {u"messageBody"_s, text},
                             {u"subject"_s, conv.value(u"conversationTitle"_s)},
                             {u"senderUsername"_s, me},
                             {u"recipientUsername"_s, recipient},
                             {u"createdDate"_s, created},
                             {u"readStatus"_s, true},
                             {u"messageMedia"_s, QJsonArray()}};
    QJsonArray msgs = conv.value(u"messages"_s).toArray();
    msgs.append(stored);
    conv.insert(u"messages"_s, msgs);
    if (idx >= 0)
        convs.replace(idx, conv);
    else
        convs.append(conv);
    section.insert(u"conversations"_s, convs);
    server.state().recordSent(kChannel,
                              QJsonObject{{u"channel"_s, kChannel},
                                          {u"conversationId"_s, conv.value(u"conversationId"_s)},
                                          {u"messageId"_s, stored.value(u"messageId"_s)},
                                          {u"text"_s, text},
                                          {u"to"_s, recipient}});
    // SendMessageResponse spells the user fields "…UserName" (reference §1.2): reproduce it.
    return SimResponse::json(201,
                             QJsonObject{{u"createdDate"_s, created},
                                         {u"messageBody"_s, text},
                                         {u"messageId"_s, stored.value(u"messageId"_s)},
                                         {u"messageMedia"_s, QJsonArray()},
                                         {u"readStatus"_s, true},
                                         {u"recipientUserName"_s, recipient},
                                         {u"senderUserName"_s, me},
                                         {u"subject"_s, stored.value(u"subject"_s)}});
}

SimResponse token(SimServer &server, const SimRequest &req)
{
    const QJsonObject auth = server.state().section(kChannel).value(u"auth"_s).toObject();
    const QByteArray expected = "Basic "
        + (auth.value(u"clientId"_s).toString() + u':' + auth.value(u"clientSecret"_s).toString()).toUtf8().toBase64();
    if (req.header("Authorization") != expected)
        return SimResponse::json(401,
                                 QJsonObject{{u"error"_s, u"invalid_client"_s},
                                             {u"error_description"_s, u"client authentication failed"_s}});
    const QUrlQuery form(QString::fromUtf8(req.body));
    const QString grant = form.queryItemValue(u"grant_type"_s, QUrl::FullyDecoded);
    if (grant != u"refresh_token"_s)
        return SimResponse::json(400,
                                 QJsonObject{{u"error"_s, u"unsupported_grant_type"_s},
                                             {u"error_description"_s, u"grant type not supported"_s}});
    const QString refresh = form.queryItemValue(u"refresh_token"_s, QUrl::FullyDecoded);
    if (!server.state().isRefreshTokenValid(kChannel, refresh))
        return SimResponse::json(
            400,
            QJsonObject{{u"error"_s, u"invalid_grant"_s},
                        {u"error_description"_s,
                         u"the provided authorization refresh token is invalid or was issued to another client"_s}});
    const QString access = server.state().refreshTokens(kChannel, false);
    const qint64 ttl = server.state().accessTtlMs(kChannel);
    return SimResponse::json(QJsonObject{{u"access_token"_s, access},
                                         {u"expires_in"_s, ttl > 0 ? ttl / 1000 : 7200},
                                         {u"token_type"_s, u"User Access Token"_s}});
}

// filter=lastmodifieddate:[a..b],creationdate:[a..]
bool inFilter(const QString &filter, const QJsonObject &order)
{
    const QStringList parts = filter.split(u',', Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        const qsizetype colon = p.indexOf(u':');
        if (colon < 0)
            continue;
        const QString field = p.left(colon).trimmed();
        QString range = p.mid(colon + 1).trimmed();
        if (field == u"orderfulfillmentstatus"_s) {
            range.remove(u'{').remove(u'}');
            if (!range.split(u'|').contains(order.value(u"orderFulfillmentStatus"_s).toString()))
                return false;
            continue;
        }
        const QString key = field == u"lastmodifieddate"_s ? u"lastModifiedDate"_s : u"creationDate"_s;
        range.remove(u'[').remove(u']');
        const QStringList ends = range.split(u".."_s);
        const qint64 at = parseIso(order.value(key).toString());
        if (!ends.value(0).isEmpty() && at < parseIso(ends.value(0)))
            return false;
        if (ends.size() > 1 && !ends.value(1).isEmpty() && at > parseIso(ends.value(1)))
            return false;
    }
    return true;
}

SimResponse getOrders(SimServer &server, const SimRequest &req)
{
    if (auto e = checkBearer(server, req))
        return *e;
    int limit = 0, offset = 0;
    if (auto e = readPaging(req, 50, 200, &limit, &offset))
        return *e;
    const QString filter = req.queryValue(u"filter"_s);
    const QStringList ids = req.queryValue(u"orderIds"_s).split(u',', Qt::SkipEmptyParts);
    if (ids.size() > 50)
        return ebayError(400, 32100, u"API_FULFILLMENT"_s, u"orderIds accepts up to 50 ids."_s);
    QList<QJsonObject> rows;
    for (const QJsonValue &v : server.state().section(kChannel).value(u"orders"_s).toArray()) {
        const QJsonObject o = v.toObject();
        if (!ids.isEmpty() ? ids.contains(o.value(u"orderId"_s).toString()) : inFilter(filter, o))
            rows.append(o);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return parseIso(a.value(u"creationDate"_s).toString()) > parseIso(b.value(u"creationDate"_s).toString());
    });
    QJsonArray page;
    for (qsizetype i = offset; i < rows.size() && i < offset + limit; ++i)
        page.append(rows.at(i));
    QJsonObject o = pagingEnvelope(server, req, limit, offset, rows.size());
    o.insert(u"orders"_s, page);
    o.insert(u"warnings"_s, QJsonArray());
    return SimResponse::json(o);
}

SimResponse getOrder(SimServer &server, const SimRequest &req)
{
    if (auto e = checkBearer(server, req))
        return *e;
    const QString id = req.params.value(u"orderId"_s);
    for (const QJsonValue &v : server.state().section(kChannel).value(u"orders"_s).toArray())
        if (v.toObject().value(u"orderId"_s).toString() == id)
            return SimResponse::json(v.toObject());
    return ebayError(404, 32200, u"API_FULFILLMENT"_s, u"Order not found."_s);
}

Result<QJsonObject> inject(SimServer &server, const QJsonObject &in)
{
    const QString buyer = in.value(u"buyer"_s).toString();
    const QString text = in.value(u"text"_s).toString();
    if (buyer.isEmpty() || text.isEmpty())
        return Error::make(Error::Code::InvalidArgument, u"eBay inject needs \"buyer\" and \"text\""_s);
    QJsonObject &section = server.state().section(kChannel);
    QJsonArray convs = section.value(u"conversations"_s).toArray();
    const QString me = seller(server);
    int idx = -1;
    const QString wanted = in.value(u"conversationId"_s).toString();
    for (qsizetype i = 0; i < convs.size() && idx < 0; ++i) {
        const QJsonObject c = convs.at(i).toObject();
        if (!wanted.isEmpty() ? c.value(u"conversationId"_s).toString() == wanted
                              : (c.value(u"conversationTitle"_s).toString().contains(buyer)
                                 || latestMessage(c).value(u"senderUsername"_s).toString() == buyer))
            idx = int(i);
    }
    QJsonObject conv;
    if (idx >= 0) {
        conv = convs.at(idx).toObject();
    } else {
        const QString subject = in.value(u"subject"_s).toString(u"Message from "_s + buyer);
        conv = QJsonObject{{u"conversationId"_s, wanted.isEmpty() ? server.state().nextId() : wanted},
                           {u"conversationStatus"_s, u"ACTIVE"_s},
                           {u"conversationTitle"_s, subject},
                           {u"conversationType"_s, u"FROM_MEMBERS"_s},
                           {u"createdDate"_s, isoMs(server.state().nowMs())},
                           {u"referenceId"_s, in.value(u"itemId"_s).toString(u"123456789012"_s)},
                           {u"referenceType"_s, u"LISTING"_s},
                           {u"messages"_s, QJsonArray()}};
    }
    const QJsonObject msg{{u"messageId"_s, server.state().nextId()},
                          {u"messageBody"_s, text},
                          {u"subject"_s, conv.value(u"conversationTitle"_s)},
                          {u"senderUsername"_s, buyer},
                          {u"recipientUsername"_s, me},
                          {u"createdDate"_s, isoMs(server.state().nowMs())},
                          {u"readStatus"_s, false},
                          {u"messageMedia"_s, QJsonArray()}};
    QJsonArray msgs = conv.value(u"messages"_s).toArray();
    msgs.append(msg);
    conv.insert(u"messages"_s, msgs);
    if (idx >= 0)
        convs.replace(idx, conv);
    else
        convs.append(conv);
    section.insert(u"conversations"_s, convs);
    return QJsonObject{{u"channel"_s, kChannel},
                       {u"conversationId"_s, conv.value(u"conversationId"_s)},
                       {u"messageId"_s, msg.value(u"messageId"_s)}};
}

} // namespace

void installEbayRoutes(SimServer &server)
{
    SimServer *s = &server;
    server.addRoute(u"ebay.token"_s, "POST", u"/ebay/identity/v1/oauth2/token"_s, [s](const SimRequest &r) {
        return token(*s, r);
    });
    server.addRoute(u"ebay.getConversations"_s, "GET", kMsgBase + u"/conversation"_s, [s](const SimRequest &r) {
        return getConversations(*s, r);
    });
    server.addRoute(u"ebay.getConversation"_s,
                    "GET",
                    kMsgBase + u"/conversation/{conversation_id}"_s,
                    [s](const SimRequest &r) { return getConversation(*s, r); });
    server.addRoute(u"ebay.sendMessage"_s, "POST", kMsgBase + u"/send_message"_s, [s](const SimRequest &r) {
        return sendMessage(*s, r);
    });
    server.addRoute(u"ebay.getOrders"_s, "GET", kOrderBase + u"/order"_s, [s](const SimRequest &r) {
        return getOrders(*s, r);
    });
    server.addRoute(u"ebay.getOrder"_s, "GET", kOrderBase + u"/order/{orderId}"_s, [s](const SimRequest &r) {
        return getOrder(*s, r);
    });
    server.addInjector(kChannel, [s](const QJsonObject &in) { return inject(*s, in); });
}

} // namespace hd::sim
