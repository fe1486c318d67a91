#pragma once

// Helpers the eBay/Shopee/simulator integration tests share: drive a Connector against an
// in-process harbordesk-sim and collect what it delivers, as the sync engine and ingest would.

#include "core/channels/Connector.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QTest>

#include <optional>

namespace hd::simtest {

struct FetchOutcome
{
    std::optional<FetchedPage> page;
    std::optional<ChannelFailure> failure;
    QString errorDetail;
};

inline FetchOutcome fetchOnce(Connector &connector, const QString &cursor, int timeoutMs = 15'000)
{
    FetchOutcome out;
    bool done = false;
    connector.fetch(cursor, [&](Result<FetchedPage> page, std::optional<ChannelFailure> failure) {
        if (page)
            out.page = std::move(page).value();
        else
            out.errorDetail = page.error().detail;
        out.failure = failure;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        qWarning("fetch did not report within %d ms", timeoutMs);
    return out;
}

struct SendOutcome
{
    std::optional<SendReceipt> receipt;
    std::optional<ChannelFailure> failure;
};

inline SendOutcome sendOnce(Connector &connector, const OutboundReply &reply, int timeoutMs = 15'000)
{
    SendOutcome out;
    bool done = false;
    connector.send(reply, [&](Result<SendReceipt> r, std::optional<ChannelFailure> f) {
        if (r)
            out.receipt = r.value();
        out.failure = f;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        qWarning("send did not report within %d ms", timeoutMs);
    return out;
}

/// What a whole sync delivered: messages by external id (as ingest dedupes them), how many
/// arrived in total (duplicates included), the failures on the way and the final cursor.
struct SyncResult
{
    QHash<QString, InboundMessage> messages;
    QHash<QString, Order> orders;
    int delivered = 0;
    int pages = 0;
    QList<ChannelFailure> failures;
    QString cursor;
};

/// Fetches until the connector says it has nothing more, committing the cursor only with a page
/// (as the engine does) and retrying a failed fetch from the same cursor, at most `maxCalls` calls.
inline SyncResult syncAll(Connector &connector, QString cursor, int maxCalls = 100)
{
    SyncResult r;
    for (int i = 0; i < maxCalls; ++i) {
        FetchOutcome o = fetchOnce(connector, cursor);
        if (o.failure) {
            r.failures.append(*o.failure);
            continue;
        }
        if (!o.page)
            break;
        ++r.pages;
        for (const InboundMessage &m : o.page->messages) {
            ++r.delivered;
            r.messages.insert(m.externalId, m);
        }
        for (const Order &ord : o.page->orders)
            r.orders.insert(ord.externalId, ord);
        cursor = o.page->cursor;
        if (!o.page->hasMore)
            break;
    }
    r.cursor = cursor;
    return r;
}

} // namespace hd::simtest
