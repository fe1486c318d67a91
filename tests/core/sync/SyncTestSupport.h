#pragma once

// Shared set-up of the sync tests: a fresh workspace on each engine, channels, and buyer
// conversations to reply to.

#include "tests/core/storage/StorageFixture.h"

#include <QSqlQuery>

namespace hd::test {

inline qint64 scalar(Workspace &ws, const QString &sql)
{
    QSqlQuery q(ws.database().connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

inline qint64 addChannel(Workspace &ws, ChannelKind kind, const QString &name, const QString &configJson = {})
{
    auto id = ws.directory().addChannel(Channel{0,
                                                kind,
                                                name,
                                                QStringLiteral("US"),
                                                configJson.isEmpty() ? QStringLiteral("{}") : configJson,
                                                true,
                                                ws.clock().nowMs()});
    return id ? id.value() : 0;
}

/// Stores `count` buyer conversations on the channel and queues one agent reply in each.
/// Returns the reply message ids.
inline QList<qint64> queueReplies(Workspace &ws, qint64 channelId, int count, const QString &text = {})
{
    QList<InboundMessage> batch;
    for (int i = 0; i < count; ++i) {
        InboundMessage m;
        m.channelId = channelId;
        m.externalId = QStringLiteral("in-%1-%2").arg(channelId).arg(i);
        m.conversationExternalId = QStringLiteral("conv-%1-%2").arg(channelId).arg(i);
        m.customerExternalId = QStringLiteral("buyer-%1").arg(i);
        m.customerName = QStringLiteral("Buyer %1").arg(i);
        m.subject = QStringLiteral("Where is my order?");
        m.bodyText = QStringLiteral("Hello, where is my order?");
        m.language = QStringLiteral("en");
        m.sentAt = ws.clock().nowMs() - 60'000;
        batch << m;
    }
    auto report = ws.ingest().ingest(batch);
    if (!report)
        return {};
    QList<qint64> ids;
    QSqlQuery q(ws.database().connection());
    q.prepare(QStringLiteral("SELECT id FROM conversations WHERE channel_id = ? ORDER BY id"));
    q.addBindValue(channelId);
    if (!q.exec())
        return {};
    QList<qint64> conversations;
    while (q.next())
        conversations << q.value(0).toLongLong();
    for (qint64 c : std::as_const(conversations)) {
        auto reply = ws.messages().addReply(c, 0, text.isEmpty() ? QStringLiteral("Your parcel is on its way.") : text);
        if (reply)
            ids << reply->id;
    }
    return ids;
}

} // namespace hd::test
