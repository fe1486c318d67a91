#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <QtGlobal>

namespace hd {

/// Settings of one Facebook Page or Instagram account (non-secret; the Page token is in the keychain).
struct MetaConfig
{
    qint64 channelId = 0;
    QUrl graphBaseUrl = QUrl(QStringLiteral("https://graph.facebook.com")); ///< configurable for the simulator
    QString apiVersion = QStringLiteral("v25.0");
    QString pageId;                                 ///< the Page (or IG professional account) id
    QString platform = QStringLiteral("messenger"); ///< messenger | instagram
    int pageSize = 25;                              ///< conversations per page
    int messagesPerConversation = 25;               ///< newest messages read with each conversation
};

/// Builds Graph API requests (pure). See reference/channels.md §4.
class MetaRequests final
{
public:
    /// GET
    /// /{page-id}/conversations?platform=…&fields=id,updated_time,participants,messages.limit(n){…}&limit=…[&after=…]
    static QUrl conversations(const MetaConfig &config, const QString &after = {});
    /// GET /{conversation-id}/messages?fields=id,created_time,from,to,message&limit=n (idempotency check).
    static QUrl conversationMessages(const MetaConfig &config, const QString &conversationId, int limit);
    /// GET /{page-id}?fields=id,name (connection test).
    static QUrl page(const MetaConfig &config);
    /// POST /{page-id}/messages
    static QUrl send(const MetaConfig &config);
    /// {"recipient":{"id":…},"messaging_type":"RESPONSE"|"MESSAGE_TAG","message":{"text":…}[,"tag":"HUMAN_AGENT"]}
    static QByteArray
    sendBody(const QString &recipientId, const QString &text, const QString &messagingType, const QString &tag = {});

private:
    static QUrl endpoint(const MetaConfig &config, const QString &path);
};

} // namespace hd
