#include "core/channels/ebay/EbayConnector.h"

#include "core/channels/ChannelHttp.h"
#include "core/channels/ReadRetry.h"
#include "core/channels/ebay/EbayCursor.h"
#include "core/channels/ebay/EbayRequests.h"
#include "core/common/Clock.h"
#include "core/common/Log.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr qint64 kOverlapMs = 5 * 60 * 1000; ///< re-read a little before the watermark (clock skew)
constexpr int kMaxMessagePages = 200;        ///< a runaway conversation never loops forever

// A body that parsed as JSON but not as the API's shape is a transient fault too: eBay may have
// served a broken page; nothing from it is stored and the engine retries.
ChannelFailure unreadable(const Error &e)
{
    ChannelFailure f;
    f.kind = ChannelFailure::Kind::Transient;
    f.message = e.message;
    f.detail = e.detail;
    return f;
}

ChannelFailure permanent(const QString &message, const QString &detail)
{
    ChannelFailure f;
    f.kind = ChannelFailure::Kind::Permanent;
    f.message = message;
    f.detail = detail;
    return f;
}

} // namespace

struct EbayConnector::FetchJob
{
    EbayCursor cursor;
    FetchCallback done;
    FetchedPage page;
    QList<EbayConversation> pending;
    EbayPaging paging;
    QSet<QString> seen; ///< message ids already on this page: a page served twice adds nothing
};

EbayConnector::EbayConnector(EbayConfig config,
                             qint64 channelId,
                             ChannelHttp *http,
                             const Clock &clock,
                             QObject *parent)
    : Connector(parent)
    , m_config(std::move(config))
    , m_channelId(channelId)
    , m_http(http ? http : new ChannelHttp(&clock, this))
    , m_clock(clock)
{
    m_auth = std::make_unique<EbayOAuth>(m_config, *m_http, m_clock);
    m_auth->setRefreshedCallback([this](const QString &token, qint64 expiresAt, const QString &refresh) {
        Q_EMIT tokensRefreshed(token, expiresAt, refresh);
    });
}

EbayConnector::~EbayConnector() = default;

void EbayConnector::fetch(const QString &cursor, FetchCallback done)
{
    auto job = std::make_shared<FetchJob>();
    bool ok = true;
    job->cursor = EbayCursor::fromString(cursor, &ok);
    if (!ok)
        log::warn("sync.ebay", u"unreadable cursor; starting again from the backfill window"_s);
    job->done = std::move(done);
    const qint64 backfillStart = m_clock.nowMs() - qint64(std::max(1, m_config.backfillDays)) * kDayMs;
    if (job->cursor.since == 0)
        job->cursor.since = backfillStart;
    if (job->cursor.ordersSince == 0)
        job->cursor.ordersSince = backfillStart;
    if (job->cursor.phase == EbayCursor::Phase::Orders && m_config.fetchOrders)
        fetchOrders(job);
    else
        fetchConversations(job);
}

void EbayConnector::fetchConversations(const std::shared_ptr<FetchJob> &job)
{
    const ChannelHttpRequest req =
        EbayRequests::conversations(m_config, job->cursor.offset, job->cursor.since - kOverlapMs);
    m_http->sendAuthorized(req,
                           m_auth.get(),
                           this,
                           [this, job](Result<ChannelHttpResponse> r, std::optional<ChannelFailure> failure) {
                               if (failure) {
                                   job->done(r.error(), failure);
                                   return;
                               }
                               Result<EbayConversationsPage> page = EbayParser::conversations(r.value().body);
                               if (!page) {
                                   job->done(page.error(), unreadable(page.error()));
                                   return;
                               }
                               job->paging = page->paging;
                               job->pending = page->conversations;
                               fetchNextConversation(job);
                           });
}

void EbayConnector::fetchNextConversation(const std::shared_ptr<FetchJob> &job)
{
    if (!job->pending.isEmpty()) {
        const EbayConversation conv = job->pending.takeFirst();
        allMessages(conv.conversationId,
                    [this, job, conv](Result<QList<EbayMessage>> msgs, std::optional<ChannelFailure> failure) {
                        if (failure) {
                            job->done(msgs.error(), failure);
                            return;
                        }
                        for (const EbayMessage &m : msgs.value()) {
                            if (job->seen.contains(m.messageId))
                                continue;
                            job->seen.insert(m.messageId);
                            job->page.messages.append(EbayParser::toInbound(m,
                                                                            conv.conversationId,
                                                                            conv.title,
                                                                            m_config.sellerUsername,
                                                                            m_channelId));
                            job->cursor.high = std::max(job->cursor.high, m.createdAt);
                        }
                        fetchNextConversation(job);
                    });
        return;
    }
    // The page is complete. Continue from the page eBay says it served (a page served twice
    // repeats its own offset, so nothing is skipped).
    const EbayPaging &p = job->paging;
    job->page.progressTotal = p.total;
    job->page.progressDone = std::min<qint64>(p.total, p.offset + std::max(p.limit, 1));
    EbayCursor next = job->cursor;
    if (p.hasNext) {
        next.offset = p.offset + std::max(p.limit, 1);
        job->page.hasMore = true;
    } else {
        next.offset = 0;
        next.since = std::max(job->cursor.since, job->cursor.high);
        next.high = 0;
        if (m_config.fetchOrders) {
            next.phase = EbayCursor::Phase::Orders;
            next.ordersOffset = 0;
            job->page.hasMore = true;
        } else {
            job->page.hasMore = false;
        }
    }
    job->page.cursor = next.toString();
    job->done(std::move(job->page), std::nullopt);
}

void EbayConnector::fetchOrders(const std::shared_ptr<FetchJob> &job)
{
    const ChannelHttpRequest req = EbayRequests::orders(m_config, job->cursor.ordersSince, job->cursor.ordersOffset);
    m_http->sendAuthorized(req,
                           m_auth.get(),
                           this,
                           [this, job](Result<ChannelHttpResponse> r, std::optional<ChannelFailure> failure) {
                               if (failure) {
                                   job->done(r.error(), failure);
                                   return;
                               }
                               Result<EbayOrdersPage> page = EbayParser::orders(r.value().body);
                               if (!page) {
                                   job->done(page.error(), unreadable(page.error()));
                                   return;
                               }
                               for (Order o : page->orders) {
                                   o.channelId = m_channelId;
                                   job->page.orders.append(o);
                               }
                               EbayCursor next = job->cursor;
                               next.ordersHigh = std::max(next.ordersHigh, page->newestModifiedAt);
                               if (page->paging.hasNext) {
                                   next.ordersOffset = page->paging.offset + std::max(page->paging.limit, 1);
                                   job->page.hasMore = true;
                               } else {
                                   next.phase = EbayCursor::Phase::Conversations;
                                   next.ordersOffset = 0;
                                   next.ordersSince = std::max(next.ordersSince, next.ordersHigh);
                                   next.ordersHigh = 0;
                                   job->page.hasMore = false;
                               }
                               job->page.cursor = next.toString();
                               job->done(std::move(job->page), std::nullopt);
                           });
}

void EbayConnector::allMessages(const QString &conversationId, MessagesCallback done)
{
    messagesFrom(conversationId, 0, std::make_shared<QList<EbayMessage>>(), kMaxMessagePages, std::move(done));
}

void EbayConnector::messagesPage(const QString &conversationId,
                                 int offset,
                                 std::function<void(Result<EbayMessagesPage>, std::optional<ChannelFailure>)> done)
{
    const ChannelHttpRequest req = EbayRequests::conversationMessages(m_config, conversationId, offset);
    m_http->sendAuthorized(
        req,
        m_auth.get(),
        this,
        [conversationId, done](Result<ChannelHttpResponse> r, std::optional<ChannelFailure> failure) {
            if (failure) {
                done(r.error(), failure);
                return;
            }
            Result<EbayMessagesPage> page = EbayParser::messages(r.value().body);
            if (!page) {
                done(page.error(), unreadable(page.error()));
                return;
            }
            // The answer does not name its conversation except in href: check it, so a stale or
            // misrouted page never files messages under the wrong buyer.
            const QString expected = u"/conversation/"_s + conversationId;
            if (!page->paging.href.isEmpty() && !QUrl(page->paging.href).path().endsWith(expected)) {
                const Error e = Error::make(
                    Error::Code::Parse,
                    QCoreApplication::translate("hd::EbayConnector", "eBay answered for another conversation."),
                    u"eBay: asked for conversation %1, got %2"_s.arg(conversationId, QUrl(page->paging.href).path()));
                done(e, unreadable(e));
                return;
            }
            done(std::move(page), std::nullopt);
        });
}

void EbayConnector::messagesFrom(const QString &conversationId,
                                 int offset,
                                 std::shared_ptr<QList<EbayMessage>> acc,
                                 int pagesLeft,
                                 MessagesCallback done)
{
    // One message page is an idempotent read: a fault on it is retried here, so one bad answer
    // among the many reads of a page does not fail the whole fetch.
    ReadRetry::run<EbayMessagesPage>(
        this,
        "sync.ebay",
        u"eBay message page"_s,
        [this, conversationId, offset](ReadRetry::Done<EbayMessagesPage> attemptDone) {
            messagesPage(conversationId, offset, std::move(attemptDone));
        },
        [this, conversationId, acc, pagesLeft, done](Result<EbayMessagesPage> page,
                                                     std::optional<ChannelFailure> failure) {
            if (failure) {
                done(page.error(), failure);
                return;
            }
            QSet<QString> have;
            for (const EbayMessage &m : *acc)
                have.insert(m.messageId);
            for (const EbayMessage &m : page->messages)
                if (!have.contains(m.messageId))
                    acc->append(m);
            if (page->paging.hasNext && pagesLeft > 1 && !page->messages.isEmpty()) {
                messagesFrom(conversationId,
                             page->paging.offset + std::max(page->paging.limit, 1),
                             acc,
                             pagesLeft - 1,
                             done);
                return;
            }
            done(*acc, std::nullopt);
        });
}

void EbayConnector::send(const OutboundReply &reply, SendCallback done)
{
    const QString text = reply.bodyText;
    if (text.trimmed().isEmpty()) {
        const ChannelFailure f = permanent(QCoreApplication::translate("hd::EbayConnector", "The reply is empty."),
                                           u"eBay: empty messageText"_s);
        done(ChannelHttp::failureError(f), f);
        return;
    }
    if (text.size() > EbayRequests::kMaxMessageLength) {
        const ChannelFailure f =
            permanent(QCoreApplication::translate("hd::EbayConnector",
                                                  "eBay messages can be at most %1 characters; this reply has %2.")
                          .arg(EbayRequests::kMaxMessageLength)
                          .arg(text.size()),
                      u"eBay: messageText too long"_s);
        done(ChannelHttp::failureError(f), f);
        return;
    }
    if (reply.conversationExternalId.isEmpty()) {
        deliver(reply, std::move(done));
        return;
    }
    // Already there? The same text from us after the buyer's last message is this reply, sent
    // before a crash or a lost answer.
    allMessages(reply.conversationExternalId,
                [this, reply, done](Result<QList<EbayMessage>> msgs, std::optional<ChannelFailure> failure) {
                    if (failure) {
                        done(msgs.error(), failure);
                        return;
                    }
                    QList<EbayMessage> list = msgs.value();
                    std::stable_sort(list.begin(), list.end(), [](const EbayMessage &a, const EbayMessage &b) {
                        return a.createdAt < b.createdAt;
                    });
                    const QString me = m_config.sellerUsername;
                    for (qsizetype i = list.size() - 1; i >= 0; --i) {
                        const EbayMessage &m = list.at(i);
                        const bool fromUs = m.sender.compare(me, Qt::CaseInsensitive) == 0;
                        if (!fromUs)
                            break;
                        if (m.body == reply.bodyText) {
                            log::info(
                                "sync.ebay",
                                u"reply %1 is already in the conversation; not sent again"_s.arg(reply.idempotencyKey));
                            done(SendReceipt{m.messageId, true}, std::nullopt);
                            return;
                        }
                    }
                    deliver(reply, done);
                });
}

void EbayConnector::deliver(const OutboundReply &reply, SendCallback done)
{
    const ChannelHttpRequest req =
        EbayRequests::sendMessage(m_config, reply.conversationExternalId, reply.recipientAddress, reply.bodyText);
    m_http->sendAuthorized(req,
                           m_auth.get(),
                           this,
                           [done](Result<ChannelHttpResponse> r, std::optional<ChannelFailure> failure) {
                               if (failure) {
                                   done(r.error(), failure);
                                   return;
                               }
                               Result<EbayMessage> sent = EbayParser::sentMessage(r.value().body);
                               if (!sent) {
                                   // eBay took the message but the answer is unreadable: report a
                                   // transient failure; the retry finds it in the conversation.
                                   done(sent.error(), unreadable(sent.error()));
                                   return;
                               }
                               done(SendReceipt{sent->messageId, false}, std::nullopt);
                           });
}

void EbayConnector::testConnection(CheckCallback done)
{
    m_http->sendAuthorized(EbayRequests::conversations(m_config, 0),
                           m_auth.get(),
                           this,
                           [done](Result<ChannelHttpResponse> r, std::optional<ChannelFailure> failure) {
                               if (failure) {
                                   done(r.error(), failure);
                                   return;
                               }
                               const Result<EbayConversationsPage> page = EbayParser::conversations(r.value().body);
                               if (!page) {
                                   done(page.error(), unreadable(page.error()));
                                   return;
                               }
                               done(Status{}, std::nullopt);
                           });
}

} // namespace hd
