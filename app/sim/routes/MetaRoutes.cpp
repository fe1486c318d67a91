#include "app/sim/routes/MetaRoutes.h"

#include "app/sim/SimServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hd::sim {

namespace {

const QString kChannel = u"meta"_s;
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

QString graphTime(qint64 ms)
{
    // Graph's own format: 2026-05-01T03:58:30+0000
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u"+0000"_s;
}

qint64 parseGraphTime(const QString &s)
{
    QString t = s;
    if (t.endsWith(u"+0000"_s))
        t = t.left(t.size() - 5) + u'Z';
    const QDateTime d = QDateTime::fromString(t, Qt::ISODate);
    return d.isValid() ? d.toMSecsSinceEpoch() : 0;
}

SimResponse
graphError(int status, int code, const QString &message, int subcode = 0, const QString &type = u"OAuthException"_s)
{
    QJsonObject e{{u"message"_s, message}, {u"type"_s, type}, {u"code"_s, code}, {u"fbtrace_id"_s, u"SIMtrace"_s}};
    if (subcode)
        e.insert(u"error_subcode"_s, subcode);
    return SimResponse::json(status, QJsonObject{{u"error"_s, e}});
}

std::optional<SimResponse> checkToken(SimServer &server, const SimRequest &req)
{
    QByteArray token = req.header("Authorization");
    token = token.startsWith("Bearer ") ? token.mid(7) : req.queryValue(u"access_token"_s).toUtf8();
    if (token.isEmpty())
        return graphError(400,
                          190,
                          u"An active access token must be used to query information about the current user."_s);
    if (!server.state().isAccessTokenValid(kChannel, QString::fromUtf8(token)))
        return graphError(400, 190, u"Error validating access token: Session has expired."_s, 463);
    return std::nullopt;
}

QString pageId(SimServer &server)
{
    return server.state().section(kChannel).value(u"pageId"_s).toString(u"PAGE1"_s);
}

qint64 updatedAt(const QJsonObject &conv)
{
    qint64 best = 0;
    for (const QJsonValue &m : conv.value(u"messages"_s).toArray())
        best = std::max(best, parseGraphTime(m.toObject().value(u"created_time"_s).toString()));
    return best;
}

QJsonArray newestFirst(const QJsonArray &messages, int limit)
{
    QList<QJsonObject> list;
    for (const QJsonValue &m : messages)
        list << m.toObject();
    std::stable_sort(list.begin(), list.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return parseGraphTime(a.value(u"created_time"_s).toString())
            > parseGraphTime(b.value(u"created_time"_s).toString());
    });
    QJsonArray out;
    for (const QJsonObject &m : list) {
        if (out.size() >= limit)
            break;
        out.append(m);
    }
    return out;
}

/// "messages.limit(25){…}" in fields → 25.
int nestedLimit(const QString &fields)
{
    const qsizetype at = fields.indexOf(u"messages.limit("_s);
    if (at < 0)
        return 25;
    const qsizetype from = at + 15;
    return std::clamp(fields.mid(from, fields.indexOf(u')', from) - from).toInt(), 1, 100);
}

QString encodeCursor(qsizetype index)
{
    return QString::fromLatin1(QByteArray::number(qint64(index)).toBase64(QByteArray::Base64UrlEncoding));
}

qsizetype decodeCursor(const QString &cursor, bool *ok)
{
    return QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding).toLongLong(ok);
}

SimResponse conversations(SimServer &server, const SimRequest &req)
{
    if (auto e = checkToken(server, req))
        return *e;
    if (req.params.value(u"page_id"_s) != pageId(server))
        return graphError(400,
                          100,
                          u"Unsupported get request. Object does not exist."_s,
                          33,
                          u"GraphMethodException"_s);
    const QString platform = req.queryValue(u"platform"_s).isEmpty() ? u"messenger"_s : req.queryValue(u"platform"_s);
    if (platform != "messenger"_L1 && platform != "instagram"_L1)
        return graphError(400, 100, u"(#100) platform must be one of messenger, instagram"_s, 0, u"OAuthException"_s);
    const int limit = std::clamp(req.hasQuery(u"limit"_s) ? req.queryValue(u"limit"_s).toInt() : 25, 1, 100);
    const int nested = nestedLimit(req.queryValue(u"fields"_s));
    QList<QJsonObject> list;
    for (const QJsonValue &v : server.state().section(kChannel).value(u"conversations"_s).toArray()) {
        const QJsonObject c = v.toObject();
        if (c.value(u"platform"_s).toString(u"messenger"_s) == platform)
            list << c;
    }
    std::stable_sort(list.begin(), list.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return updatedAt(a) > updatedAt(b);
    });
    qsizetype start = 0;
    if (req.hasQuery(u"after"_s)) {
        bool ok = false;
        start = decodeCursor(req.queryValue(u"after"_s), &ok);
        if (!ok || start < 0)
            return graphError(400, 100, u"(#100) Invalid cursor"_s, 0, u"OAuthException"_s);
    }
    QJsonArray data;
    const QString page = pageId(server);
    const QString pageName = server.state().section(kChannel).value(u"pageName"_s).toString(u"Harbor Gadgets"_s);
    for (qsizetype i = start; i < list.size() && data.size() < limit; ++i) {
        const QJsonObject c = list.at(i);
        QJsonArray participants = c.value(u"participants"_s).toArray();
        participants.append(QJsonObject{{u"id"_s, page}, {u"name"_s, pageName}});
        data.append(QJsonObject{
            {u"id"_s, c.value(u"id"_s)},
            {u"updated_time"_s, graphTime(updatedAt(c))},
            {u"participants"_s, QJsonObject{{u"data"_s, participants}}},
            {u"messages"_s, QJsonObject{{u"data"_s, newestFirst(c.value(u"messages"_s).toArray(), nested)}}}});
    }
    const qsizetype end = start + data.size();
    QJsonObject paging{
        {u"cursors"_s, QJsonObject{{u"before"_s, encodeCursor(start)}, {u"after"_s, encodeCursor(end)}}}};
    if (end < list.size()) {
        QUrl next = server.baseUrl();
        next.setPath(req.path);
        QUrlQuery q = req.query;
        q.removeAllQueryItems(u"after"_s);
        q.addQueryItem(u"after"_s, encodeCursor(end));
        next.setQuery(q);
        paging.insert(u"next"_s, next.toString(QUrl::FullyEncoded));
    }
    return SimResponse::json(QJsonObject{{u"data"_s, data}, {u"paging"_s, paging}});
}

int findConversation(const QJsonArray &convs, const QString &id)
{
    for (qsizetype i = 0; i < convs.size(); ++i)
        if (convs.at(i).toObject().value(u"id"_s).toString() == id)
            return int(i);
    return -1;
}

SimResponse messages(SimServer &server, const SimRequest &req)
{
    if (auto e = checkToken(server, req))
        return *e;
    const QJsonArray convs = server.state().section(kChannel).value(u"conversations"_s).toArray();
    const int idx = findConversation(convs, req.params.value(u"id"_s));
    if (idx < 0)
        return graphError(400,
                          100,
                          u"Unsupported get request. Object does not exist."_s,
                          33,
                          u"GraphMethodException"_s);
    const int limit = std::clamp(req.hasQuery(u"limit"_s) ? req.queryValue(u"limit"_s).toInt() : 25, 1, 100);
    return SimResponse::json(QJsonObject{
        {u"data"_s, newestFirst(convs.at(idx).toObject().value(u"messages"_s).toArray(), limit)},
        {u"paging"_s, QJsonObject{{u"cursors"_s, QJsonObject{{u"before"_s, u"QVFI"_s}, {u"after"_s, u"QVFJ"_s}}}}}});
}

SimResponse page(SimServer &server, const SimRequest &req)
{
    if (auto e = checkToken(server, req))
        return *e;
    if (req.params.value(u"id"_s) != pageId(server))
        return graphError(400,
                          100,
                          u"Unsupported get request. Object does not exist."_s,
                          33,
                          u"GraphMethodException"_s);
    return SimResponse::json(
        QJsonObject{{u"id"_s, pageId(server)},
                    {u"name"_s, server.state().section(kChannel).value(u"pageName"_s).toString(u"Harbor Gadgets"_s)}});
}

SimResponse send(SimServer &server, const SimRequest &req)
{
    if (auto e = checkToken(server, req))
        return *e;
    if (req.params.value(u"id"_s) != pageId(server) && req.params.value(u"id"_s) != "me"_L1)
        return graphError(400, 100, u"Unsupported post request."_s, 33, u"GraphMethodException"_s);
    const QJsonObject body = req.json();
    const QString recipient = body.value(u"recipient"_s).toObject().value(u"id"_s).toString();
    const QString text = body.value(u"message"_s).toObject().value(u"text"_s).toString();
    const QString type = body.value(u"messaging_type"_s).toString();
    const QString tag = body.value(u"tag"_s).toString();
    if (recipient.isEmpty() || text.isEmpty())
        return graphError(400, 100, u"(#100) The parameter recipient and message are required"_s);
    if (text.size() > 2000)
        return graphError(400, 100, u"(#100) Length of param message[text] must be less than or equal to 2000"_s);
    if (type != "RESPONSE"_L1 && type != "UPDATE"_L1 && type != "MESSAGE_TAG"_L1)
        return graphError(400, 100, u"(#100) Param messaging_type must be one of {RESPONSE, UPDATE, MESSAGE_TAG}"_s);
    QJsonObject &section = server.state().section(kChannel);
    QJsonArray convs = section.value(u"conversations"_s).toArray();
    int idx = -1;
    qint64 lastFromPerson = 0;
    for (qsizetype i = 0; i < convs.size() && idx < 0; ++i) {
        for (const QJsonValue &p : convs.at(i).toObject().value(u"participants"_s).toArray())
            if (p.toObject().value(u"id"_s).toString() == recipient)
                idx = int(i);
    }
    if (idx < 0)
        return graphError(400, 100, u"(#100) No matching user found"_s, 2018001);
    QJsonObject conv = convs.at(idx).toObject();
    for (const QJsonValue &m : conv.value(u"messages"_s).toArray()) {
        const QJsonObject o = m.toObject();
        if (o.value(u"from"_s).toObject().value(u"id"_s).toString() == recipient)
            lastFromPerson = std::max(lastFromPerson, parseGraphTime(o.value(u"created_time"_s).toString()));
    }
    const qint64 now = server.state().nowMs();
    const bool inStandard = lastFromPerson > 0 && now < lastFromPerson + kDayMs;
    const bool inHumanAgent = lastFromPerson > 0 && now < lastFromPerson + 7 * kDayMs;
    const bool allowed = type == "MESSAGE_TAG"_L1 ? (tag == "HUMAN_AGENT"_L1 && inHumanAgent) : inStandard;
    if (!allowed)
        return graphError(400, 10, u"(#10) This message is sent outside of allowed window."_s, 2018278);
    const QString id = u"m_"_s + server.state().nextId();
    const QJsonObject stored{{u"id"_s, id},
                             {u"created_time"_s, graphTime(now)},
                             {u"from"_s,
                              QJsonObject{{u"id"_s, pageId(server)},
                                          {u"name"_s, section.value(u"pageName"_s).toString(u"Harbor Gadgets"_s)}}},
                             {u"to"_s, QJsonObject{{u"data"_s, QJsonArray{QJsonObject{{u"id"_s, recipient}}}}}},
                             {u"message"_s, text}};
    QJsonArray msgs = conv.value(u"messages"_s).toArray();
    msgs.append(stored);
    conv.insert(u"messages"_s, msgs);
    convs.replace(idx, conv);
    section.insert(u"conversations"_s, convs);
    server.state().recordSent(kChannel,
                              QJsonObject{{u"channel"_s, kChannel},
                                          {u"conversationId"_s, conv.value(u"id"_s)},
                                          {u"messageId"_s, id},
                                          {u"text"_s, text},
                                          {u"to"_s, recipient},
                                          {u"messagingType"_s, type},
                                          {u"tag"_s, tag}});
    return SimResponse::json(QJsonObject{{u"recipient_id"_s, recipient}, {u"message_id"_s, id}});
}

Result<QJsonObject> inject(SimServer &server, const QJsonObject &in)
{
    const QString buyer = in.value(u"buyer"_s).toString();
    const QString text = in.value(u"text"_s).toString();
    if (buyer.isEmpty() || text.isEmpty())
        return Error::make(Error::Code::InvalidArgument, u"buyer and text are required"_s);
    QJsonObject &section = server.state().section(kChannel);
    QJsonArray convs = section.value(u"conversations"_s).toArray();
    int idx = -1;
    for (qsizetype i = 0; i < convs.size() && idx < 0; ++i)
        for (const QJsonValue &p : convs.at(i).toObject().value(u"participants"_s).toArray())
            if (p.toObject().value(u"id"_s).toString() == buyer)
                idx = int(i);
    const QString name = in.value(u"name"_s).toString(buyer);
    QJsonObject conv;
    if (idx >= 0) {
        conv = convs.at(idx).toObject();
    } else {
        conv = QJsonObject{{u"id"_s, in.value(u"conversationId"_s).toString(u"t_"_s + server.state().nextId())},
                           {u"platform"_s, in.value(u"platform"_s).toString(u"messenger"_s)},
                           {u"participants"_s, QJsonArray{QJsonObject{{u"id"_s, buyer}, {u"name"_s, name}}}},
                           {u"messages"_s, QJsonArray()}};
    }
    const QString id = u"m_"_s + server.state().nextId();
    QJsonArray msgs = conv.value(u"messages"_s).toArray();
    msgs.append(QJsonObject{{u"id"_s, id},
                            {u"created_time"_s, graphTime(server.state().nowMs())},
                            {u"from"_s, QJsonObject{{u"id"_s, buyer}, {u"name"_s, name}}},
                            {u"message"_s, text}});
    conv.insert(u"messages"_s, msgs);
    if (idx >= 0)
        convs.replace(idx, conv);
    else
        convs.append(conv);
    section.insert(u"conversations"_s, convs);
    return QJsonObject{{u"channel"_s, kChannel}, {u"conversationId"_s, conv.value(u"id"_s)}, {u"messageId"_s, id}};
}

} // namespace

void installMetaRoutes(SimServer &server)
{
    SimServer *s = &server;
    server.addRoute(u"meta.conversations"_s,
                    "GET",
                    u"/meta/{version}/{page_id}/conversations"_s,
                    [s](const SimRequest &r) { return conversations(*s, r); });
    server.addRoute(u"meta.messages"_s, "GET", u"/meta/{version}/{id}/messages"_s, [s](const SimRequest &r) {
        return messages(*s, r);
    });
    server.addRoute(u"meta.send"_s, "POST", u"/meta/{version}/{id}/messages"_s, [s](const SimRequest &r) {
        return send(*s, r);
    });
    server.addRoute(u"meta.page"_s, "GET", u"/meta/{version}/{id}"_s, [s](const SimRequest &r) { return page(*s, r); });
    server.addInjector(kChannel, [s](const QJsonObject &in) { return inject(*s, in); });
}

} // namespace hd::sim
