#pragma once

#include "core/channels/OrderNumber.h"
#include "core/common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace hd {

/// An order a message was linked to by a number in its text.
struct OrderNumberLink
{
    qint64 orderId = 0;
    qint64 orderCustomerId = 0; ///< the order's buyer (after linking; 0 when it had none)
    QString number;
};

/// Links a message that names no order to the order its text mentions (OrderNumber formats of the
/// channel's platform; every platform's for e-mail and social channels), among orders already
/// stored from order APIs or other channels. An order with no buyer yet gets the message's buyer.
/// Runs inside the ingest transaction on the writer connection; statements are prepared once.
class OrderNumberLinker final
{
public:
    explicit OrderNumberLinker(QSqlDatabase db);

    /// The first mentioned order that exists, preferring one on the message's own channel;
    /// orderId 0 when none is found.
    Result<OrderNumberLink>
    link(ChannelKind channel, qint64 channelId, const QString &subject, const QString &body, qint64 customerId);
    /// Sets the conversation's order when it has none yet (a later message named it).
    Status attach(qint64 conversationId, qint64 orderId);

private:
    QSqlQuery m_find;
    QSqlQuery m_claim;
    QSqlQuery m_attach;
    bool m_prepared = false;
    QString m_prepareError;
};

} // namespace hd
