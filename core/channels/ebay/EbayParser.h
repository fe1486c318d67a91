#pragma once

#include "core/channels/Connector.h"
#include "core/common/Result.h"
#include "core/domain/InboundMessage.h"
#include "core/domain/Order.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace hd {

/// One eBay MessageDetail.
struct EbayMessage
{
    QString messageId;
    QString body;
    QString subject;
    QString sender;
    QString recipient;
    qint64 createdAt = 0; ///< UTC ms
    bool read = false;
};

/// One ConversationDetail of getConversations.
struct EbayConversation
{
    QString conversationId;
    QString title;
    QString status;
    QString referenceId;
    QString referenceType;
    int unreadCount = 0;
    EbayMessage latest;
};

/// The paging envelope eBay puts on every list (href, limit, offset, next, total).
struct EbayPaging
{
    QString href;
    int limit = 0;
    int offset = 0;
    qint64 total = 0;
    bool hasNext = false;
};

struct EbayConversationsPage
{
    EbayPaging paging;
    QList<EbayConversation> conversations;
};

struct EbayMessagesPage
{
    EbayPaging paging;
    QString title;
    QList<EbayMessage> messages;
};

struct EbayOrdersPage
{
    EbayPaging paging;
    QList<Order> orders;
    qint64 newestModifiedAt = 0; ///< UTC ms, the largest lastModifiedDate on the page
};

struct EbayToken
{
    QString accessToken;
    qint64 expiresInSec = 0;
    QString refreshToken; ///< only when eBay rotated it (not on a plain refresh)
};

/// Parses eBay REST payloads (pure, fixture-tested, fuzzed). Untrusted input: every field is
/// checked, a missing required field is a Parse error naming it, nothing half-parsed comes back.
class EbayParser final
{
public:
    static Result<EbayConversationsPage> conversations(const QByteArray &json);
    static Result<EbayMessagesPage> messages(const QByteArray &json);
    /// SendMessageResponse; accepts both "…UserName" (documented here) and "…Username".
    static Result<EbayMessage> sentMessage(const QByteArray &json);
    static Result<EbayOrdersPage> orders(const QByteArray &json);
    static Result<EbayToken> token(const QByteArray &json);
    /// The first errors[].message (+ errorId) of an eBay error body; empty when there is none.
    static QString errorSummary(const QByteArray &json);

    /// A message as the ingest pipeline wants it. Messages from `seller` are outbound history.
    static InboundMessage toInbound(const EbayMessage &message,
                                    const QString &conversationId,
                                    const QString &conversationTitle,
                                    const QString &seller,
                                    qint64 channelId);
    /// An eBay money value ("24.99") in minor units of its currency.
    static qint64 moneyToMinor(const QString &value, const QString &currency, bool *ok = nullptr);
    /// eBay ISO-8601 time → UTC ms; -1 when unreadable.
    static qint64 parseTime(const QString &iso);
};

} // namespace hd
