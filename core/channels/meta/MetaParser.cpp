#include "core/channels/meta/MetaParser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

const char *const kCtx = "hd::MetaParser";

Error parseError(const QString &what, const QString &detail)
{
    return Error::make(Error::Code::Parse,
                       QCoreApplication::translate(kCtx, "Facebook/Instagram sent a reply HarborDesk cannot read."),
                       what + u": "_s + detail);
}

Result<QJsonObject> object(const QByteArray &json, const QString &what)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return parseError(what, err.errorString() + u" at "_s + QString::number(err.offset));
    if (!doc.isObject())
        return parseError(what, u"not a JSON object"_s);
    return doc.object();
}

QString userName(const QJsonObject &user)
{
    const QString name = user.value("name"_L1).toString();
    return name.isEmpty() ? user.value("username"_L1).toString() : name;
}

/// Normalises one Graph message; nullopt when it has no id.
std::optional<InboundMessage> toMessage(const QJsonObject &m,
                                        const MetaConfig &config,
                                        const QString &conversationId,
                                        const QString &buyerId,
                                        const QString &buyerName)
{
    InboundMessage in;
    in.channelId = config.channelId;
    in.externalId = m.value("id"_L1).toString();
    if (in.externalId.isEmpty())
        return std::nullopt;
    in.conversationExternalId = conversationId;
    const QJsonObject from = m.value("from"_L1).toObject();
    const QString fromId = from.value("id"_L1).toString();
    const bool outbound = !fromId.isEmpty() && fromId == config.pageId;
    in.direction = outbound ? u"outbound"_s : u"inbound"_s;
    in.customerExternalId = outbound ? buyerId : (fromId.isEmpty() ? buyerId : fromId);
    in.customerName = outbound ? buyerName : userName(from);
    if (in.customerName.isEmpty())
        in.customerName = buyerName;
    if (!outbound)
        in.customerEmail = from.value("email"_L1).toString();
    in.bodyText = m.value("message"_L1).toString();
    const QJsonArray attachments = m.value("attachments"_L1).toObject().value("data"_L1).toArray();
    for (const QJsonValue &a : attachments) {
        const QJsonObject att = a.toObject();
        const QString name = att.value("name"_L1).toString();
        const QString url =
            att.value("file_url"_L1).toString(att.value("image_data"_L1).toObject().value("url"_L1).toString());
        in.bodyText += (in.bodyText.isEmpty() ? QString() : u"\n"_s) + u"[attachment: "_s
            + (name.isEmpty() ? att.value("mime_type"_L1).toString(u"file"_s) : name)
            + (url.isEmpty() ? QString() : u" "_s + url) + u']';
    }
    in.sentAt = MetaParser::parseTime(m.value("created_time"_L1).toString());
    return in;
}

QList<InboundMessage> messagesOf(const QJsonArray &data,
                                 const MetaConfig &config,
                                 const QString &conversationId,
                                 const QString &buyerId,
                                 const QString &buyerName)
{
    QList<InboundMessage> out;
    for (const QJsonValue &v : data) {
        if (auto m = toMessage(v.toObject(), config, conversationId, buyerId, buyerName))
            out << *m;
    }
    // Graph lists newest first; the pipeline wants the thread in order.
    std::stable_sort(out.begin(), out.end(), [](const InboundMessage &a, const InboundMessage &b) {
        return a.sentAt < b.sentAt;
    });
    return out;
}

} // namespace

qint64 MetaParser::parseTime(const QString &graphTime)
{
    QString s = graphTime.trimmed();
    static const QRegularExpression offset(u"([+-]\\d{2})(\\d{2})$"_s);
    s.replace(offset, u"\\1:\\2"_s);
    const QDateTime t = QDateTime::fromString(s, Qt::ISODate);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

Result<MetaConversationsPage> MetaParser::conversations(const QByteArray &json, const MetaConfig &config)
{
    auto root = object(json, u"conversations"_s);
    if (!root)
        return root.error();
    if (!root->contains("data"_L1) || !root->value("data"_L1).isArray())
        return parseError(u"conversations"_s, u"no data array"_s);
    MetaConversationsPage page;
    for (const QJsonValue &v : root->value("data"_L1).toArray()) {
        const QJsonObject c = v.toObject();
        MetaConversation conv;
        conv.id = c.value("id"_L1).toString();
        if (conv.id.isEmpty())
            continue;
        conv.updatedAtMs = parseTime(c.value("updated_time"_L1).toString());
        for (const QJsonValue &p : c.value("participants"_L1).toObject().value("data"_L1).toArray()) {
            const QJsonObject who = p.toObject();
            if (who.value("id"_L1).toString() != config.pageId) {
                conv.buyerId = who.value("id"_L1).toString();
                conv.buyerName = userName(who);
                break;
            }
        }
        conv.messages = messagesOf(c.value("messages"_L1).toObject().value("data"_L1).toArray(),
                                   config,
                                   conv.id,
                                   conv.buyerId,
                                   conv.buyerName);
        page.conversations << conv;
    }
    const QJsonObject paging = root->value("paging"_L1).toObject();
    page.hasNext = !paging.value("next"_L1).toString().isEmpty();
    page.after = page.hasNext ? paging.value("cursors"_L1).toObject().value("after"_L1).toString() : QString();
    if (page.hasNext && page.after.isEmpty())
        return parseError(u"conversations"_s, u"paging.next without cursors.after"_s);
    return page;
}

Result<QList<InboundMessage>>
MetaParser::messages(const QByteArray &json, const MetaConfig &config, const QString &conversationId)
{
    auto root = object(json, u"messages"_s);
    if (!root)
        return root.error();
    if (!root->value("data"_L1).isArray())
        return parseError(u"messages"_s, u"no data array"_s);
    return messagesOf(root->value("data"_L1).toArray(), config, conversationId, {}, {});
}

Result<SendReceipt> MetaParser::sendResponse(const QByteArray &json)
{
    auto root = object(json, u"send"_s);
    if (!root)
        return root.error();
    SendReceipt r;
    r.remoteId = root->value("message_id"_L1).toString();
    if (r.remoteId.isEmpty())
        return parseError(u"send"_s, u"no message_id"_s);
    return r;
}

ChannelFailure MetaParser::failure(int httpStatus, const QByteArray &body, const QByteArray &businessUseCaseUsage)
{
    ChannelFailure f;
    const QJsonObject err = QJsonDocument::fromJson(body).object().value("error"_L1).toObject();
    const int code = err.value("code"_L1).toInt(-1);
    const int sub = err.value("error_subcode"_L1).toInt(0);
    const QString msg = err.value("message"_L1).toString();
    f.detail = u"HTTP %1, Graph error %2/%3: %4 (fbtrace %5)"_s.arg(httpStatus)
                   .arg(code)
                   .arg(sub)
                   .arg(msg, err.value("fbtrace_id"_L1).toString());
    switch (code) {
    case 190:
    case 102:
        f.kind = ChannelFailure::Kind::Auth;
        f.message =
            QCoreApplication::translate(kCtx, "The Page access token expired or was revoked; reconnect the Page.");
        return f;
    case 4:
    case 17:
    case 32:
    case 613:
    case 80001:
    case 80006: {
        f.kind = ChannelFailure::Kind::RateLimited;
        f.message = QCoreApplication::translate(kCtx, "Meta is throttling this Page; HarborDesk will retry later.");
        // X-Business-Use-Case-Usage: {"<business id>":[{"estimated_time_to_regain_access": minutes, ...}]}
        qint64 minutes = 0;
        const QJsonObject usage = QJsonDocument::fromJson(businessUseCaseUsage).object();
        for (auto it = usage.begin(); it != usage.end(); ++it)
            for (const QJsonValue &e : it.value().toArray())
                minutes =
                    std::max<qint64>(minutes, e.toObject().value("estimated_time_to_regain_access"_L1).toInteger());
        f.retryAfterMs = minutes * 60'000;
        return f;
    }
    case 10:
    case 100:
    case 551:
    case 200:
        f.kind = ChannelFailure::Kind::Permanent;
        if (sub == 2018278 || sub == 2018108)
            f.message =
                QCoreApplication::translate(kCtx, "The messaging window has closed: the buyer must write again first.");
        else if (code == 551)
            f.message = QCoreApplication::translate(kCtx, "This person isn't available right now.");
        else
            f.message = QCoreApplication::translate(kCtx, "Meta refused the message: %1").arg(msg);
        return f;
    default: break;
    }
    if (httpStatus == 401) {
        f.kind = ChannelFailure::Kind::Auth;
        f.message =
            QCoreApplication::translate(kCtx, "The Page access token expired or was revoked; reconnect the Page.");
    } else if (httpStatus == 429) {
        f.kind = ChannelFailure::Kind::RateLimited;
        f.message = QCoreApplication::translate(kCtx, "Meta is throttling this Page; HarborDesk will retry later.");
    } else if (httpStatus >= 400 && httpStatus < 500 && code != 2 && code != 1) {
        f.kind = ChannelFailure::Kind::Permanent;
        f.message = QCoreApplication::translate(kCtx, "Meta refused the request: %1")
                        .arg(msg.isEmpty() ? QString::number(httpStatus) : msg);
    } else {
        f.kind = ChannelFailure::Kind::Transient;
        f.message = QCoreApplication::translate(kCtx, "Meta is temporarily unavailable; HarborDesk will retry.");
    }
    return f;
}

} // namespace hd
