#include "core/channels/meta/MetaRequests.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace hd {
using namespace Qt::StringLiterals;

QUrl MetaRequests::endpoint(const MetaConfig &config, const QString &path)
{
    QUrl url = config.graphBaseUrl;
    QString base = url.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + u'/' + config.apiVersion + u'/' + path);
    return url;
}

QUrl MetaRequests::conversations(const MetaConfig &config, const QString &after)
{
    QUrl url = endpoint(config, config.pageId + u"/conversations"_s);
    QUrlQuery q;
    q.addQueryItem(u"platform"_s, config.platform);
    q.addQueryItem(
        u"fields"_s,
        u"id,updated_time,participants,messages.limit(%1){id,created_time,from,to,message,attachments}"_s.arg(
            config.messagesPerConversation));
    q.addQueryItem(u"limit"_s, QString::number(config.pageSize));
    if (!after.isEmpty())
        q.addQueryItem(u"after"_s, after);
    url.setQuery(q);
    return url;
}

QUrl MetaRequests::conversationMessages(const MetaConfig &config, const QString &conversationId, int limit)
{
    QUrl url = endpoint(config, conversationId + u"/messages"_s);
    QUrlQuery q;
    q.addQueryItem(u"fields"_s, u"id,created_time,from,to,message"_s);
    q.addQueryItem(u"limit"_s, QString::number(limit));
    url.setQuery(q);
    return url;
}

QUrl MetaRequests::page(const MetaConfig &config)
{
    QUrl url = endpoint(config, config.pageId);
    QUrlQuery q;
    q.addQueryItem(u"fields"_s, u"id,name"_s);
    url.setQuery(q);
    return url;
}

QUrl MetaRequests::send(const MetaConfig &config)
{
    return endpoint(config, config.pageId + u"/messages"_s);
}

QByteArray MetaRequests::sendBody(const QString &recipientId,
                                  const QString &text,
                                  const QString &messagingType,
                                  const QString &tag)
{
    QJsonObject body{{u"recipient"_s, QJsonObject{{u"id"_s, recipientId}}},
                     {u"messaging_type"_s, messagingType},
                     {u"message"_s, QJsonObject{{u"text"_s, text}}}};
    if (!tag.isEmpty())
        body.insert(u"tag"_s, tag);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace hd
