#include "core/channels/tiktok/TikTokConnector.h"

#include "core/channels/ReadRetry.h"
#include "core/common/Clock.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

#include <algorithm>
#include <memory>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

const char *const kCtx = "hd::TikTokConnector";
constexpr qint64 kOrderLagS = 300; // order updates lag; re-read the last 5 minutes

ChannelFailure parseFailure(const Error &e)
{
    ChannelFailure f;
    f.kind = ChannelFailure::Kind::Transient;
    f.message = e.message;
    f.detail = e.detail;
    return f;
}

QString write(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

TikTokConnector::TikTokConnector(TikTokConfig config,
                                 TikTokSecrets secrets,
                                 ChannelHttp &http,
                                 const Clock &clock,
                                 QObject *parent)
    : Connector(parent)
    , m_config(std::move(config))
    , m_secrets(std::move(secrets))
    , m_http(http)
    , m_clock(clock)
{
}

void TikTokConnector::raw(const TikTokRequest &request,
                          bool authorized,
                          std::function<void(int, const QByteArray &, const QByteArray &, bool)> done)
{
    QNetworkRequest req(request.url);
    req.setTransferTimeout(m_http.transferTimeoutMs());
    req.setRawHeader("Content-Type", "application/json"); // even on GET, as the API expects
    if (authorized)
        req.setRawHeader("x-tts-access-token", m_secrets.accessToken);
    QNetworkReply *reply = m_http.networkAccessManager()->sendCustomRequest(req, request.method, request.body);
    QPointer<TikTokConnector> self(this);
    connect(reply, &QNetworkReply::finished, this, [self, reply, done]() {
        reply->deleteLater();
        if (!self)
            return;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        const QNetworkReply::NetworkError error = reply->error();
        const bool transportOk =
            status.isValid() && (error == QNetworkReply::NoError || (error >= 201 && error <= 499));
        done(status.toInt(),
             transportOk ? reply->readAll() : QByteArray(),
             reply->rawHeader("Retry-After"),
             transportOk);
    });
}

void TikTokConnector::call(const Builder &build, RawCallback done, bool retried)
{
    const TikTokRequest request = build(m_clock.nowMs() / 1000);
    raw(request,
        true,
        [this, build, done, retried](int status, const QByteArray &body, const QByteArray &retryAfter, bool ok) {
            if (!ok) {
                ChannelFailure f;
                f.kind = ChannelFailure::Kind::Transient;
                f.message = QCoreApplication::translate(kCtx, "Could not reach TikTok Shop; HarborDesk will retry.");
                f.detail = u"transport failure, HTTP status "_s + QString::number(status);
                done({}, f);
                return;
            }
            const qint64 retryMs = std::max<qint64>(0, ChannelHttp::parseRetryAfterMs(retryAfter, m_clock.nowMs()));
            auto failure = TikTokParser::failure(status, body, retryMs);
            if (failure && failure->kind == ChannelFailure::Kind::Auth && !retried
                && !m_secrets.refreshToken.isEmpty()) {
                refresh([this, build, done](std::optional<ChannelFailure> f) {
                    if (f) {
                        done({}, f);
                        return;
                    }
                    call(build, done, true);
                });
                return;
            }
            done(body, failure);
        });
}

void TikTokConnector::refresh(std::function<void(std::optional<ChannelFailure>)> done)
{
    raw(TikTokRequests::refreshToken(m_config, m_secrets.appSecret, m_secrets.refreshToken),
        false,
        [this, done](int status, const QByteArray &body, const QByteArray &, bool ok) {
            auto token = ok ? TikTokParser::token(body) : Result<TikTokToken>(Error::make(Error::Code::Network, {}));
            if (!ok || !token) {
                ChannelFailure f;
                f.kind = ok && status < 500 ? ChannelFailure::Kind::Auth : ChannelFailure::Kind::Transient;
                f.message = f.kind == ChannelFailure::Kind::Auth
                    ? QCoreApplication::translate(kCtx, "The TikTok Shop authorisation expired; reconnect the shop.")
                    : QCoreApplication::translate(kCtx, "Could not reach TikTok Shop; HarborDesk will retry.");
                f.detail = u"token refresh failed: HTTP "_s + QString::number(status);
                done(f);
                return;
            }
            m_secrets.accessToken = token->accessToken;
            if (!token->refreshToken.isEmpty())
                m_secrets.refreshToken = token->refreshToken;
            Q_EMIT tokensRefreshed(m_secrets.accessToken, m_secrets.refreshToken, token->accessExpiresAtMs);
            done(std::nullopt);
        });
}

void TikTokConnector::fetch(const QString &cursor, FetchCallback done)
{
    QJsonObject state = QJsonDocument::fromJson(cursor.toUtf8()).object();
    if (state.value("p"_L1).toString() == "orders"_L1) {
        fetchOrders(state, std::move(done));
        return;
    }
    const QString pageToken = state.value("ct"_L1).toString();
    const TikTokConfig config = m_config;
    const QByteArray secret = m_secrets.appSecret;
    call(
        [config, secret, pageToken](qint64 ts) { return TikTokRequests::conversations(config, secret, ts, pageToken); },
        [this, state, done](const QByteArray &body, std::optional<ChannelFailure> f) mutable {
            if (f) {
                done(ChannelHttp::failureError(*f), f);
                return;
            }
            auto page = TikTokParser::conversations(body);
            if (!page) {
                done(page.error(), parseFailure(page.error()));
                return;
            }
            const qint64 watermark = state.value("w"_L1).toInteger();
            qint64 newest = state.value("h"_L1).toInteger();
            QList<TikTokConversation> changed;
            for (const TikTokConversation &c : page->conversations) {
                newest = std::max(newest, c.latestMessageAtMs);
                // Whole seconds: a message in the watermark's own second may be newer than the
                // walk that set it, so that second is read again (ingest dedupes).
                if (c.latestMessageAtMs >= watermark || c.latestMessageAtMs == 0)
                    changed << c;
            }
            // Read the newest messages of each changed conversation, one after another.
            auto out = std::make_shared<FetchedPage>();
            auto step = std::make_shared<std::function<void(qsizetype)>>();
            const QString next = page->nextPageToken;
            *step = [this, out, step, changed, state, newest, next, done](qsizetype i) mutable {
                if (i >= changed.size()) {
                    if (!next.isEmpty()) {
                        state.insert(u"ct"_s, next);
                        state.insert(u"h"_s, newest);
                    } else { // walk complete: orders next
                        state.remove(u"ct"_s);
                        state.remove(u"h"_s);
                        state.insert(u"w"_s, std::max(state.value("w"_L1).toInteger(), newest));
                        state.insert(u"p"_s, u"orders"_s);
                    }
                    out->hasMore = true; // the cycle continues (more conversations, or orders)
                    out->cursor = write(state);
                    done(std::move(*out), std::nullopt);
                    *step = nullptr; // break the self-reference
                    return;
                }
                readMessages(changed.at(i),
                             [out, step, i, done](Result<TikTokMessagesPage> msgs, std::optional<ChannelFailure> f) {
                                 if (f) {
                                     done(msgs.error(), f);
                                     *step = nullptr;
                                     return;
                                 }
                                 out->messages += msgs->messages;
                                 (*step)(i + 1);
                             });
            };
            (*step)(0);
        });
}

void TikTokConnector::readMessages(const TikTokConversation &conv, MessagesCallback done)
{
    // An idempotent read: a fault on it is retried here, so one bad answer among the many reads
    // of a page does not fail the whole fetch.
    ReadRetry::run<TikTokMessagesPage>(
        this,
        "sync.tiktok",
        u"TikTok Shop messages"_s,
        [this, conv](ReadRetry::Done<TikTokMessagesPage> attemptDone) {
            const TikTokConfig config = m_config;
            const QByteArray secret = m_secrets.appSecret;
            call([config, secret, conv](qint64 ts) { return TikTokRequests::messages(config, secret, ts, conv.id); },
                 [this, conv, attemptDone](const QByteArray &body, std::optional<ChannelFailure> f) {
                     if (f) {
                         attemptDone(ChannelHttp::failureError(*f), f);
                         return;
                     }
                     auto msgs = TikTokParser::messages(body, m_config, conv);
                     if (!msgs) {
                         attemptDone(msgs.error(), parseFailure(msgs.error()));
                         return;
                     }
                     attemptDone(std::move(msgs), std::nullopt);
                 });
        },
        std::move(done));
}

void TikTokConnector::fetchOrders(QJsonObject state, FetchCallback done)
{
    const qint64 watermarkS = state.value("ow"_L1).toInteger();
    const qint64 since = std::max<qint64>(0, watermarkS - kOrderLagS);
    const QString pageToken = state.value("ot"_L1).toString();
    const TikTokConfig config = m_config;
    const QByteArray secret = m_secrets.appSecret;
    call([config, secret, since, pageToken](
             qint64 ts) { return TikTokRequests::searchOrders(config, secret, ts, since, pageToken); },
         [this, state, done](const QByteArray &body, std::optional<ChannelFailure> f) mutable {
             if (f) {
                 done(ChannelHttp::failureError(*f), f);
                 return;
             }
             auto page = TikTokParser::orders(body, m_config);
             if (!page) {
                 done(page.error(), parseFailure(page.error()));
                 return;
             }
             FetchedPage out;
             out.orders = page->orders;
             out.progressTotal = page->totalCount;
             const qint64 newest = std::max(state.value("oh"_L1).toInteger(), page->maxUpdateTimeS);
             if (!page->nextPageToken.isEmpty()) {
                 state.insert(u"ot"_s, page->nextPageToken);
                 state.insert(u"oh"_s, newest);
                 out.hasMore = true;
             } else { // cycle complete: conversations again on the next poll
                 state.remove(u"ot"_s);
                 state.remove(u"oh"_s);
                 state.insert(u"ow"_s, std::max(state.value("ow"_L1).toInteger(), newest));
                 state.insert(u"p"_s, u"conv"_s);
                 out.hasMore = false;
             }
             out.cursor = write(state);
             done(std::move(out), std::nullopt);
         });
}

void TikTokConnector::send(const OutboundReply &reply, SendCallback done)
{
    if (reply.conversationExternalId.isEmpty()) {
        ChannelFailure f;
        f.kind = ChannelFailure::Kind::Permanent;
        f.message = QCoreApplication::translate(kCtx, "The TikTok Shop conversation of this reply is unknown.");
        done(ChannelHttp::failureError(f), f);
        return;
    }
    // A crash after TikTok accepted the message: look for it among the newest messages first. An
    // unreadable answer to this check fails the attempt (the outbox retries): sending without
    // the check could deliver the reply twice.
    TikTokConversation conv;
    conv.id = reply.conversationExternalId;
    const TikTokConfig config = m_config;
    const QByteArray secret = m_secrets.appSecret;
    readMessages(
        conv,
        [this, reply, conv, config, secret, done](Result<TikTokMessagesPage> msgs, std::optional<ChannelFailure> f) {
            if (f) {
                done(msgs.error(), f);
                return;
            }
            for (const InboundMessage &m : msgs->messages) {
                if (m.direction == "outbound"_L1 && m.bodyText == reply.bodyText) {
                    SendReceipt r;
                    r.remoteId = m.externalId;
                    r.alreadySent = true;
                    done(r, std::nullopt);
                    return;
                }
            }
            const QString text = reply.bodyText;
            call([config, secret, conv, text](
                     qint64 ts) { return TikTokRequests::sendText(config, secret, ts, conv.id, text); },
                 [done](const QByteArray &sent, std::optional<ChannelFailure> f2) {
                     if (f2) {
                         done(ChannelHttp::failureError(*f2), f2);
                         return;
                     }
                     auto receipt = TikTokParser::sendResponse(sent);
                     done(receipt ? receipt.value() : SendReceipt{}, std::nullopt);
                 });
        });
}

void TikTokConnector::testConnection(CheckCallback done)
{
    const TikTokConfig config = m_config;
    const QByteArray secret = m_secrets.appSecret;
    call([config, secret](qint64 ts) { return TikTokRequests::shops(config, secret, ts); },
         [done](const QByteArray &, std::optional<ChannelFailure> f) {
             if (f) {
                 done(ChannelHttp::failureError(*f), f);
                 return;
             }
             done(Status{}, std::nullopt);
         });
}

} // namespace hd
