#include "core/channels/meta/MetaConnector.h"

#include "core/common/Clock.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

#include <algorithm>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

struct MetaCursor
{
    qint64 watermarkMs = 0; ///< newest updated_time of the last complete walk
    QString after;          ///< walk in progress: the next page's cursor
    qint64 walkNewestMs = 0;
};

MetaCursor readCursor(const QString &s)
{
    const QJsonObject o = QJsonDocument::fromJson(s.toUtf8()).object();
    return MetaCursor{o.value("w"_L1).toInteger(), o.value("a"_L1).toString(), o.value("h"_L1).toInteger()};
}

QString writeCursor(const MetaCursor &c)
{
    QJsonObject o{{u"w"_s, c.watermarkMs}};
    if (!c.after.isEmpty()) {
        o.insert(u"a"_s, c.after);
        o.insert(u"h"_s, c.walkNewestMs);
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

MetaConnector::MetaConnector(MetaConfig config,
                             QByteArray pageToken,
                             ChannelHttp &http,
                             const Clock &clock,
                             QObject *parent)
    : Connector(parent)
    , m_config(std::move(config))
    , m_token(std::move(pageToken))
    , m_http(http)
    , m_clock(clock)
{
}

ChannelKind MetaConnector::kind() const
{
    return m_config.platform == "instagram"_L1 ? ChannelKind::Instagram : ChannelKind::Facebook;
}

void MetaConnector::call(ChannelHttpRequest request, RawCallback done)
{
    request.service = kind() == ChannelKind::Instagram ? u"Instagram"_s : u"Facebook"_s;
    QNetworkRequest req(request.url);
    req.setTransferTimeout(m_http.transferTimeoutMs());
    req.setRawHeader("Authorization", "Bearer " + m_token);
    req.setRawHeader("Accept", "application/json");
    for (const auto &[name, value] : request.headers)
        req.setRawHeader(name, value);
    QNetworkReply *reply = m_http.networkAccessManager()->sendCustomRequest(req, request.method, request.body);
    QPointer<MetaConnector> self(this);
    connect(reply, &QNetworkReply::finished, this, [self, reply, request, done]() {
        reply->deleteLater();
        if (!self)
            return;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        const QNetworkReply::NetworkError error = reply->error();
        const bool transportBroken = error != QNetworkReply::NoError && (error < 201 || error > 499);
        ChannelHttpResponse r;
        if (!status.isValid() || transportBroken) {
            ChannelFailure f;
            f.kind = ChannelFailure::Kind::Transient;
            f.message = QCoreApplication::translate("hd::MetaConnector", "Could not reach %1; HarborDesk will retry.")
                            .arg(request.service);
            f.detail = reply->errorString() + u" ("_s + request.url.toString(QUrl::RemoveQuery) + u')';
            done(r, f);
            return;
        }
        r.status = status.toInt();
        r.body = reply->readAll();
        r.headers = reply->rawHeaderPairs();
        if (r.status >= 200 && r.status < 300) {
            done(r, std::nullopt);
            return;
        }
        ChannelFailure f = MetaParser::failure(r.status, r.body, r.header("X-Business-Use-Case-Usage"));
        if (f.kind == ChannelFailure::Kind::RateLimited && f.retryAfterMs == 0)
            f.retryAfterMs =
                std::max<qint64>(0, ChannelHttp::parseRetryAfterMs(r.header("Retry-After"), self->m_clock.nowMs()));
        done(r, f);
    });
}

void MetaConnector::fetch(const QString &cursor, FetchCallback done)
{
    const MetaCursor state = readCursor(cursor);
    ChannelHttpRequest req;
    req.url = MetaRequests::conversations(m_config, state.after);
    call(req, [this, state, done](const ChannelHttpResponse &r, std::optional<ChannelFailure> f) {
        if (f) {
            done(ChannelHttp::failureError(*f), f);
            return;
        }
        auto page = MetaParser::conversations(r.body, m_config);
        if (!page) {
            ChannelFailure bad;
            bad.kind = ChannelFailure::Kind::Transient;
            bad.message = page.error().message;
            bad.detail = page.error().detail;
            done(page.error(), bad);
            return;
        }
        FetchedPage out;
        MetaCursor next = state;
        bool reachedWatermark = false;
        for (const MetaConversation &c : page->conversations) {
            next.walkNewestMs = std::max(next.walkNewestMs, c.updatedAtMs);
            // updated_time has whole seconds: a conversation updated in the watermark's own second
            // may be newer than the walk that set it, so only older ones are known (ingest dedupes).
            if (state.watermarkMs > 0 && c.updatedAtMs < state.watermarkMs) {
                reachedWatermark = true; // newest first: everything after this is known
                break;
            }
            out.messages += c.messages;
        }
        if (page->hasNext && !reachedWatermark) {
            next.after = page->after;
            out.hasMore = true;
        } else {
            next.watermarkMs = std::max(state.watermarkMs, next.walkNewestMs);
            next.after.clear();
            next.walkNewestMs = 0;
        }
        out.cursor = writeCursor(next);
        done(std::move(out), std::nullopt);
    });
}

void MetaConnector::send(const OutboundReply &reply, SendCallback done)
{
    if (reply.recipientAddress.isEmpty()) {
        ChannelFailure f;
        f.kind = ChannelFailure::Kind::Permanent;
        f.message = QCoreApplication::translate("hd::MetaConnector", "The buyer's Messenger/Instagram id is missing.");
        done(ChannelHttp::failureError(f), f);
        return;
    }
    if (reply.conversationExternalId.isEmpty()) {
        deliver(reply, std::move(done));
        return;
    }
    // A crash after the Graph accepted the message: look for it before sending again.
    ChannelHttpRequest check;
    check.url = MetaRequests::conversationMessages(m_config, reply.conversationExternalId, 10);
    call(check, [this, reply, done](const ChannelHttpResponse &r, std::optional<ChannelFailure> f) {
        if (f) {
            done(ChannelHttp::failureError(*f), f);
            return;
        }
        auto messages = MetaParser::messages(r.body, m_config, reply.conversationExternalId);
        if (!messages) {
            // Without the check a resend could deliver the reply twice: fail this attempt, the
            // outbox tries again.
            ChannelFailure unread;
            unread.kind = ChannelFailure::Kind::Transient;
            unread.message = QCoreApplication::translate(
                "hd::MetaConnector",
                "Could not check whether the reply was already delivered; it will be tried again.");
            unread.detail = messages.error().detail;
            done(ChannelHttp::failureError(unread), unread);
            return;
        }
        {
            for (const InboundMessage &m : *messages) {
                if (m.direction == "outbound"_L1 && m.bodyText == reply.bodyText) {
                    SendReceipt receipt;
                    receipt.remoteId = m.externalId;
                    receipt.alreadySent = true;
                    done(receipt, std::nullopt);
                    return;
                }
            }
        }
        deliver(reply, done);
    });
}

void MetaConnector::deliver(const OutboundReply &reply, SendCallback done)
{
    ChannelHttpRequest req;
    req.method = "POST";
    req.url = MetaRequests::send(m_config);
    const bool tagged = !reply.tag.isEmpty();
    req.body = MetaRequests::sendBody(reply.recipientAddress,
                                      reply.bodyText,
                                      tagged ? u"MESSAGE_TAG"_s : u"RESPONSE"_s,
                                      reply.tag);
    req.setHeader("Content-Type", "application/json");
    call(req, [done](const ChannelHttpResponse &r, std::optional<ChannelFailure> f) {
        if (f) {
            done(ChannelHttp::failureError(*f), f);
            return;
        }
        auto receipt = MetaParser::sendResponse(r.body);
        if (!receipt) {
            // Accepted (2xx) but unreadable: treat as sent rather than risk a duplicate.
            SendReceipt unknown;
            done(unknown, std::nullopt);
            return;
        }
        done(receipt.value(), std::nullopt);
    });
}

void MetaConnector::testConnection(CheckCallback done)
{
    ChannelHttpRequest req;
    req.url = MetaRequests::page(m_config);
    call(req, [done](const ChannelHttpResponse &, std::optional<ChannelFailure> f) {
        if (f) {
            done(ChannelHttp::failureError(*f), f);
            return;
        }
        done(Status{}, std::nullopt);
    });
}

} // namespace hd
