#include "core/channels/shopee/ShopeeConnector.h"

#include "core/channels/ChannelHttp.h"
#include "core/channels/ReadRetry.h"
#include "core/channels/shopee/ShopeeCursor.h"
#include "core/channels/shopee/ShopeeRequests.h"
#include "core/common/Clock.h"
#include "core/common/Log.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kNanoPerSec = 1'000'000'000LL;
constexpr qint64 kOverlapNano = 300 * kNanoPerSec; ///< re-read five minutes before the watermark
constexpr int kMaxMessagePages = 200;
constexpr int kMaxDetailBatch = 50; ///< get_order_detail takes 1-50 order numbers

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

struct ShopeeConnector::FetchJob
{
    ShopeeCursor cursor;
    FetchCallback done;
    FetchedPage page;
    QList<ShopeeConversation> pending;
    ShopeeConversationPage listPage;
    bool reachedWatermark = false;
    QSet<QString> seen;
    // Orders phase
    qint64 windowTo = 0;
    ShopeeOrderListPage orderPage;
};

ShopeeConnector::ShopeeConnector(ShopeeConfig config,
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
    m_auth = std::make_unique<ShopeeAuth>(m_config, *m_http, m_clock);
    m_auth->setRefreshedCallback([this](const QString &token, qint64 expiresAt, const QString &refresh) {
        Q_EMIT tokensRefreshed(token, expiresAt, refresh);
    });
}

ShopeeConnector::~ShopeeConnector() = default;

void ShopeeConnector::call(const ChannelHttpRequest &request, JsonCallback done)
{
    m_http->sendAuthorized(request,
                           m_auth.get(),
                           this,
                           [done](Result<ChannelHttpResponse> r, std::optional<ChannelFailure> failure) {
                               if (failure) {
                                   done(r.error(), failure);
                                   return;
                               }
                               if (auto f = ShopeeParser::envelopeFailure(r.value().body)) {
                                   done(ChannelHttp::failureError(*f), f);
                                   return;
                               }
                               done(r.value().body, std::nullopt);
                           });
}

void ShopeeConnector::fetch(const QString &cursor, FetchCallback done)
{
    auto job = std::make_shared<FetchJob>();
    bool ok = true;
    job->cursor = ShopeeCursor::fromString(cursor, &ok);
    if (!ok)
        log::warn("sync.shopee", u"unreadable cursor; starting again from the backfill window"_s);
    job->done = std::move(done);
    const qint64 backfillStartSec = m_clock.nowMs() / 1000 - qint64(std::max(1, m_config.backfillDays)) * 86400;
    if (job->cursor.watermarkNano == 0)
        job->cursor.watermarkNano = backfillStartSec * kNanoPerSec;
    if (job->cursor.lowWatermarkNano == 0)
        job->cursor.lowWatermarkNano = job->cursor.watermarkNano;
    if (job->cursor.ordersFromSec == 0)
        job->cursor.ordersFromSec = backfillStartSec;
    if (job->cursor.phase == ShopeeCursor::Phase::Orders && m_config.fetchOrders)
        fetchOrders(job);
    else
        fetchConversations(job);
}

void ShopeeConnector::fetchConversations(const std::shared_ptr<FetchJob> &job)
{
    call(ShopeeRequests::conversationList(m_config, job->cursor.scanFromNano),
         [this, job](Result<QByteArray> body, std::optional<ChannelFailure> failure) {
             if (failure) {
                 job->done(body.error(), failure);
                 return;
             }
             Result<ShopeeConversationPage> page = ShopeeParser::conversationList(body.value());
             if (!page) {
                 job->done(page.error(), unreadable(page.error()));
                 return;
             }
             job->listPage = page.value();
             const qint64 threshold = job->cursor.watermarkNano - kOverlapNano;
             for (const ShopeeConversation &c : page->conversations) {
                 if (c.lastMessageNano > threshold) {
                     job->pending.append(c);
                     job->cursor.scanHighNano = std::max(job->cursor.scanHighNano, c.lastMessageNano);
                 } else {
                     job->reachedWatermark = true;
                 }
             }
             fetchNextConversation(job);
         });
}

void ShopeeConnector::fetchNextConversation(const std::shared_ptr<FetchJob> &job)
{
    if (!job->pending.isEmpty()) {
        const ShopeeConversation conv = job->pending.takeFirst();
        const qint64 stopSec =
            (std::min(job->cursor.lowWatermarkNano, job->cursor.watermarkNano) - kOverlapNano) / kNanoPerSec;
        messagesBack(conv.conversationId,
                     stopSec,
                     QString(),
                     std::make_shared<QList<ShopeeMessage>>(),
                     kMaxMessagePages,
                     [this, job, conv](Result<QList<ShopeeMessage>> msgs, std::optional<ChannelFailure> failure) {
                         if (failure) {
                             job->done(msgs.error(), failure);
                             return;
                         }
                         // Oldest first, as the ingest pipeline threads them.
                         QList<ShopeeMessage> list = msgs.value();
                         std::reverse(list.begin(), list.end());
                         for (const ShopeeMessage &m : list) {
                             if (job->seen.contains(m.messageId))
                                 continue;
                             job->seen.insert(m.messageId);
                             job->page.messages.append(ShopeeParser::toInbound(m, conv, m_config.shopId, m_channelId));
                         }
                         fetchNextConversation(job);
                     });
        return;
    }
    ShopeeCursor next = job->cursor;
    const bool more = job->listPage.more && !job->reachedWatermark && !job->listPage.conversations.isEmpty()
        && job->listPage.nextTimestampNano > 0;
    if (more) {
        next.scanFromNano = job->listPage.nextTimestampNano;
        job->page.hasMore = true;
    } else {
        next.lowWatermarkNano = job->cursor.watermarkNano;
        next.watermarkNano = std::max(job->cursor.watermarkNano, job->cursor.scanHighNano);
        next.scanFromNano = 0;
        next.scanHighNano = 0;
        if (m_config.fetchOrders) {
            next.phase = ShopeeCursor::Phase::Orders;
            next.orderCursor.clear();
            job->page.hasMore = true;
        }
    }
    job->page.cursor = next.toString();
    job->done(std::move(job->page), std::nullopt);
}

void ShopeeConnector::messagesPage(const QString &conversationId,
                                   const QString &offset,
                                   std::function<void(Result<ShopeeMessagePage>, std::optional<ChannelFailure>)> done)
{
    call(ShopeeRequests::messages(m_config, conversationId, offset),
         [conversationId, done](Result<QByteArray> body, std::optional<ChannelFailure> failure) {
             if (failure) {
                 done(body.error(), failure);
                 return;
             }
             Result<ShopeeMessagePage> page = ShopeeParser::messages(body.value());
             if (!page) {
                 done(page.error(), unreadable(page.error()));
                 return;
             }
             for (const ShopeeMessage &m : page->messages) {
                 // A page of another conversation (served twice, or misrouted) must not be filed here.
                 if (!m.conversationId.isEmpty() && m.conversationId != conversationId) {
                     const Error e =
                         Error::make(Error::Code::Parse,
                                     QCoreApplication::translate("hd::ShopeeConnector",
                                                                 "Shopee answered for another conversation."),
                                     u"Shopee: asked for conversation %1, got a message of %2"_s.arg(conversationId,
                                                                                                     m.conversationId));
                     done(e, unreadable(e));
                     return;
                 }
             }
             done(std::move(page), std::nullopt);
         });
}

void ShopeeConnector::messagesBack(const QString &conversationId,
                                   qint64 stopBeforeSec,
                                   QString offset,
                                   std::shared_ptr<QList<ShopeeMessage>> acc,
                                   int pagesLeft,
                                   MessagesCallback done)
{
    // One message page is an idempotent read: a fault on it is retried here, so one bad answer
    // among the many reads of a page does not fail the whole fetch.
    ReadRetry::run<ShopeeMessagePage>(
        this,
        "sync.shopee",
        u"Shopee message page"_s,
        [this, conversationId, offset](ReadRetry::Done<ShopeeMessagePage> attemptDone) {
            messagesPage(conversationId, offset, std::move(attemptDone));
        },
        [this, conversationId, stopBeforeSec, acc, pagesLeft, done](Result<ShopeeMessagePage> page,
                                                                    std::optional<ChannelFailure> failure) {
            if (failure) {
                done(page.error(), failure);
                return;
            }
            bool older = false;
            for (const ShopeeMessage &m : page->messages) {
                if (m.createdSec < stopBeforeSec)
                    older = true;
                acc->append(m);
            }
            if (page->more && !older && pagesLeft > 1 && !page->nextOffset.isEmpty() && !page->messages.isEmpty()) {
                messagesBack(conversationId, stopBeforeSec, page->nextOffset, acc, pagesLeft - 1, done);
                return;
            }
            done(*acc, std::nullopt);
        });
}

void ShopeeConnector::fetchOrders(const std::shared_ptr<FetchJob> &job)
{
    const qint64 nowSec = m_clock.nowMs() / 1000;
    const qint64 from = std::min(job->cursor.ordersFromSec, nowSec);
    job->windowTo = std::min(nowSec, from + ShopeeRequests::kMaxOrderWindowSec);
    call(ShopeeRequests::orderList(m_config, from, job->windowTo, job->cursor.orderCursor),
         [this, job](Result<QByteArray> body, std::optional<ChannelFailure> failure) {
             if (failure) {
                 job->done(body.error(), failure);
                 return;
             }
             Result<ShopeeOrderListPage> page = ShopeeParser::orderList(body.value());
             if (!page) {
                 job->done(page.error(), unreadable(page.error()));
                 return;
             }
             job->orderPage = page.value();
             fetchOrderDetails(job, page->orderSns, [this, job] {
                 ShopeeCursor next = job->cursor;
                 const qint64 nowSec = m_clock.nowMs() / 1000;
                 if (job->orderPage.more && !job->orderPage.nextCursor.isEmpty()) {
                     next.orderCursor = job->orderPage.nextCursor;
                     job->page.hasMore = true;
                 } else if (job->windowTo < nowSec - 60) {
                     next.ordersFromSec = job->windowTo; // the next 15-day window
                     next.orderCursor.clear();
                     job->page.hasMore = true;
                 } else {
                     next.phase = ShopeeCursor::Phase::Conversations;
                     next.ordersFromSec = std::max<qint64>(job->cursor.ordersFromSec, job->windowTo - 300);
                     next.orderCursor.clear();
                     job->page.hasMore = false;
                 }
                 job->page.cursor = next.toString();
                 job->done(std::move(job->page), std::nullopt);
             });
         });
}

void ShopeeConnector::fetchOrderDetails(const std::shared_ptr<FetchJob> &job,
                                        QStringList sns,
                                        std::function<void()> then)
{
    if (sns.isEmpty()) {
        then();
        return;
    }
    const QStringList batch = sns.mid(0, kMaxDetailBatch);
    sns = sns.mid(batch.size());
    call(ShopeeRequests::orderDetail(m_config, batch),
         [this, job, sns, then](Result<QByteArray> body, std::optional<ChannelFailure> failure) {
             if (failure) {
                 job->done(body.error(), failure);
                 return;
             }
             Result<QList<Order>> orders = ShopeeParser::orderDetail(body.value());
             if (!orders) {
                 job->done(orders.error(), unreadable(orders.error()));
                 return;
             }
             for (Order o : orders.value()) {
                 o.channelId = m_channelId;
                 job->page.orders.append(o);
             }
             fetchOrderDetails(job, sns, then);
         });
}

void ShopeeConnector::send(const OutboundReply &reply, SendCallback done)
{
    const QString text = reply.bodyText;
    if (text.trimmed().isEmpty() || text.size() > ShopeeRequests::kMaxTextLength) {
        const ChannelFailure f = permanent(
            text.trimmed().isEmpty()
                ? QCoreApplication::translate("hd::ShopeeConnector", "The reply is empty.")
                : QCoreApplication::translate("hd::ShopeeConnector",
                                              "Shopee chat messages can be at most %1 characters; this reply has %2.")
                      .arg(ShopeeRequests::kMaxTextLength)
                      .arg(text.size()),
            u"Shopee: text length %1"_s.arg(text.size()));
        done(ChannelHttp::failureError(f), f);
        return;
    }
    bool numeric = false;
    const qint64 toId = reply.recipientAddress.toLongLong(&numeric);
    if (reply.conversationExternalId.isEmpty()) {
        if (!numeric || toId <= 0) {
            const ChannelFailure f = permanent(
                QCoreApplication::translate("hd::ShopeeConnector", "The Shopee buyer of this conversation is unknown."),
                u"Shopee: no conversation id and no numeric to_id"_s);
            done(ChannelHttp::failureError(f), f);
            return;
        }
        deliver(reply, toId, std::move(done));
        return;
    }
    // The conversation's newest messages: the same text from the shop after the buyer's last
    // message means this reply already went out (a crash after sending, or a lost answer).
    call(ShopeeRequests::messages(m_config, reply.conversationExternalId, QString()),
         [this, reply, done, numeric, toId](Result<QByteArray> body, std::optional<ChannelFailure> failure) {
             if (failure) {
                 done(body.error(), failure);
                 return;
             }
             Result<ShopeeMessagePage> page = ShopeeParser::messages(body.value());
             if (!page) {
                 done(page.error(), unreadable(page.error()));
                 return;
             }
             qint64 buyer = numeric ? toId : 0;
             for (const ShopeeMessage &m : page->messages) { // newest first
                 if (m.fromShopId != m_config.shopId) {
                     if (buyer <= 0)
                         buyer = m.fromId;
                     break;
                 }
                 if (buyer <= 0)
                     buyer = m.toId;
                 if (m.text == reply.bodyText) {
                     log::info("sync.shopee",
                               u"reply %1 is already in the conversation; not sent again"_s.arg(reply.idempotencyKey));
                     done(SendReceipt{m.messageId, true}, std::nullopt);
                     return;
                 }
             }
             if (buyer > 0) {
                 deliver(reply, buyer, done);
                 return;
             }
             call(ShopeeRequests::oneConversation(m_config, reply.conversationExternalId),
                  [this, reply, done](Result<QByteArray> b, std::optional<ChannelFailure> f) {
                      if (f) {
                          done(b.error(), f);
                          return;
                      }
                      const Result<ShopeeConversation> conv = ShopeeParser::oneConversation(b.value());
                      if (!conv) {
                          done(conv.error(), unreadable(conv.error()));
                          return;
                      }
                      deliver(reply, conv->toId, done);
                  });
         });
}

void ShopeeConnector::deliver(const OutboundReply &reply, qint64 toId, SendCallback done)
{
    call(ShopeeRequests::sendText(m_config, toId, reply.bodyText),
         [done](Result<QByteArray> body, std::optional<ChannelFailure> failure) {
             if (failure) {
                 done(body.error(), failure);
                 return;
             }
             const Result<QString> id = ShopeeParser::sentMessageId(body.value());
             if (!id) {
                 done(id.error(), unreadable(id.error()));
                 return;
             }
             done(SendReceipt{id.value(), false}, std::nullopt);
         });
}

void ShopeeConnector::testConnection(CheckCallback done)
{
    call(ShopeeRequests::conversationList(m_config, 0),
         [done](Result<QByteArray> body, std::optional<ChannelFailure> failure) {
             if (failure) {
                 done(body.error(), failure);
                 return;
             }
             const Result<ShopeeConversationPage> page = ShopeeParser::conversationList(body.value());
             if (!page) {
                 done(page.error(), unreadable(page.error()));
                 return;
             }
             done(Status{}, std::nullopt);
         });
}

} // namespace hd
