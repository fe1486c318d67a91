#pragma once

#include "core/channels/Connector.h"
#include "core/channels/meta/MetaRequests.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace hd {

/// One conversation of a conversations page, with its newest messages already normalised.
struct MetaConversation
{
    QString id;
    qint64 updatedAtMs = 0; ///< updated_time, UTC ms
    QString buyerId;        ///< PSID / IGSID of the participant who is not the Page
    QString buyerName;
    QList<InboundMessage> messages; ///< oldest first
};

/// GET /{page-id}/conversations: conversations newest first, and the cursor of the next page.
struct MetaConversationsPage
{
    QList<MetaConversation> conversations;
    QString after;        ///< paging.cursors.after; empty on the last page
    bool hasNext = false; ///< paging.next present
};

/// Parses Graph API responses (pure). Malformed or truncated JSON is an Error with code Parse.
class MetaParser final
{
public:
    static Result<MetaConversationsPage> conversations(const QByteArray &json, const MetaConfig &config);
    /// Messages of /{conversation-id}/messages, oldest first.
    static Result<QList<InboundMessage>>
    messages(const QByteArray &json, const MetaConfig &config, const QString &conversationId);
    /// {"recipient_id":…,"message_id":…} → the remote id.
    static Result<SendReceipt> sendResponse(const QByteArray &json);
    /// Maps a Graph error body ({"error":{"code":…,"error_subcode":…}}) and HTTP status to a failure:
    /// 190 → Auth; 4/17/32/613/80001/80006 → RateLimited (estimated_time_to_regain_access from
    /// X-Business-Use-Case-Usage when given); 2 and 5xx → Transient; 10/100/551/2018278 → Permanent.
    static ChannelFailure failure(int httpStatus, const QByteArray &body, const QByteArray &businessUseCaseUsage = {});
    /// "2026-05-01T03:58:30+0000" → UTC ms; 0 when unparseable.
    static qint64 parseTime(const QString &graphTime);
};

} // namespace hd
