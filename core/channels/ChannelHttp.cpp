#include "core/channels/ChannelHttp.h"

#include "core/common/Clock.h"
#include "core/common/Log.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

#include <algorithm>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

// Where a request went, for messages: never the query (tokens, signatures live there).
QString describe(const QUrl &url)
{
    return url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment);
}

QString scrub(QString text, const QUrl &url)
{
    const QString query = url.query(QUrl::FullyEncoded);
    if (!query.isEmpty()) {
        text.replace(query, u"<query>"_s);
        text.replace(url.query(QUrl::FullyDecoded), u"<query>"_s);
    }
    return text;
}

QString bodySnippet(const QByteArray &body)
{
    QString s = QString::fromUtf8(body.left(300)).simplified();
    if (body.size() > 300)
        s += u"…"_s;
    return log::redact(s);
}

ChannelFailure makeFailure(ChannelFailure::Kind kind, QString message, QString detail, qint64 retryAfterMs = 0)
{
    ChannelFailure f;
    f.kind = kind;
    f.message = std::move(message);
    f.detail = std::move(detail);
    f.retryAfterMs = retryAfterMs;
    return f;
}

} // namespace

void ChannelHttpRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray ChannelHttpRequest::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

QByteArray ChannelHttpResponse::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

ChannelHttp::ChannelHttp(const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_nam(new QNetworkAccessManager(this))
{
}

ChannelHttp::~ChannelHttp() = default;

void ChannelHttp::send(const ChannelHttpRequest &request, QObject *context, Callback done)
{
    sendRaw(request, context, [this, request, done](Result<ChannelHttpResponse> r, std::optional<ChannelFailure> f) {
        if (f) {
            done(std::move(r), f);
            return;
        }
        finish(request, std::move(r).value(), done);
    });
}

void ChannelHttp::finish(const ChannelHttpRequest &request, ChannelHttpResponse response, const Callback &done)
{
    if (auto failure = classify(request.service, response, nowMs())) {
        failure->detail =
            failure->detail + u" ("_s + QString::fromLatin1(request.method) + u' ' + describe(request.url) + u')';
        log::info("channels", request.service + u": "_s + failure->detail);
        done(failureError(*failure), failure);
        return;
    }
    done(std::move(response), std::nullopt);
}

void ChannelHttp::sendRaw(const ChannelHttpRequest &request, QObject *context, Callback done)
{
    QNetworkRequest req(request.url);
    req.setTransferTimeout(m_timeoutMs);
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("HarborDesk/" HARBORDESK_VERSION));
    for (const auto &[name, value] : request.headers)
        req.setRawHeader(name, value);
    QNetworkReply *reply = m_nam->sendCustomRequest(req, request.method, request.body);
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    if (context)
        connect(context, &QObject::destroyed, reply, &QNetworkReply::abort);
    connect(reply, &QNetworkReply::finished, this, [request, reply, guard, hasContext, done] {
        reply->deleteLater();
        if (hasContext && !guard)
            return;
        onFinished(request, reply, done);
    });
}

void ChannelHttp::onFinished(const ChannelHttpRequest &request, QNetworkReply *reply, const Callback &done)
{
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QNetworkReply::NetworkError error = reply->error();
    // A body cut short (connection closed before Content-Length bytes) has a status but a
    // transport error: treat it as the transport failure it is, never as a short but good body.
    // HTTP-level errors (codes 201-499) still carry a usable status and body.
    const bool transportBroken = error != QNetworkReply::NoError && (error < 201 || error > 499);
    if (status.isValid() && !transportBroken) {
        ChannelHttpResponse r;
        r.status = status.toInt();
        r.body = reply->readAll();
        r.headers = reply->rawHeaderPairs();
        done(std::move(r), std::nullopt);
        return;
    }
    const bool timeout = error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError;
    QString detail = scrub(reply->errorString(), request.url) + u" ("_s + QString::fromLatin1(request.method) + u' '
        + describe(request.url) + u')';
    QString message;
    if (timeout)
        message = tr("%1 did not answer in time.").arg(request.service);
    else if (status.isValid())
        message = tr("The answer from %1 was cut short.").arg(request.service);
    else
        message = tr("Could not reach %1.").arg(request.service);
    const ChannelFailure failure = makeFailure(ChannelFailure::Kind::Transient, message, detail);
    log::info("channels", request.service + u": "_s + detail);
    done(failureError(failure), failure);
}

void ChannelHttp::sendAuthorized(const ChannelHttpRequest &request, ChannelAuth *auth, QObject *context, Callback done)
{
    if (auth->needsRefresh()) {
        QPointer<QObject> guard(context);
        const bool hasContext = context != nullptr;
        auth->refresh(context, [this, request, auth, guard, hasContext, done](std::optional<ChannelFailure> f) {
            if (hasContext && !guard)
                return;
            if (f) {
                done(failureError(*f), f);
                return;
            }
            sendAuthorizedNow(request, auth, guard.data(), done);
        });
        return;
    }
    sendAuthorizedNow(request, auth, context, done);
}

void ChannelHttp::sendAuthorizedNow(const ChannelHttpRequest &request,
                                    ChannelAuth *auth,
                                    QObject *context,
                                    const Callback &done)
{
    ChannelHttpRequest first = request;
    auth->apply(first);
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    // The auth check runs on the raw answer, before classification, since some APIs signal an
    // expired token in a 200 or 403 body.
    sendRaw(
        first,
        context,
        [this, request, auth, guard, hasContext, done](Result<ChannelHttpResponse> r,
                                                       std::optional<ChannelFailure> failure) {
            if (failure) {
                done(std::move(r), failure);
                return;
            }
            if (!auth->isAuthFailure(r.value())) {
                finish(request, std::move(r).value(), done);
                return;
            }
            auth->refresh(
                guard.data(),
                [this, request, auth, guard, hasContext, done](std::optional<ChannelFailure> refreshFailure) {
                    if (hasContext && !guard)
                        return;
                    if (refreshFailure) {
                        done(failureError(*refreshFailure), refreshFailure);
                        return;
                    }
                    ChannelHttpRequest again = request;
                    auth->apply(again);
                    sendRaw(
                        again,
                        guard.data(),
                        [this, request, auth, done](Result<ChannelHttpResponse> r2, std::optional<ChannelFailure> f2) {
                            if (f2) {
                                done(std::move(r2), f2);
                                return;
                            }
                            if (auth->isAuthFailure(r2.value())) {
                                const ChannelFailure f = makeFailure(
                                    ChannelFailure::Kind::Auth,
                                    tr("%1 rejected the new access token; reconnect the channel.").arg(request.service),
                                    u"auth failure right after a token refresh: HTTP "_s
                                        + QString::number(r2.value().status) + u' ' + bodySnippet(r2.value().body));
                                done(failureError(f), f);
                                return;
                            }
                            finish(request, std::move(r2).value(), done);
                        });
                });
        });
}

std::optional<ChannelFailure> ChannelHttp::classify(const QString &service, const ChannelHttpResponse &r, qint64 nowMs)
{
    if (r.status >= 200 && r.status < 300)
        return std::nullopt;
    const QString detail = u"HTTP "_s + QString::number(r.status) + u": "_s + bodySnippet(r.body);
    if (r.status == 429) {
        const qint64 after = parseRetryAfterMs(r.header("Retry-After"), nowMs);
        return makeFailure(ChannelFailure::Kind::RateLimited,
                           tr("%1 asks us to slow down; syncing resumes shortly.").arg(service),
                           detail,
                           std::max<qint64>(0, after));
    }
    if (r.status >= 500 || r.status == 408) {
        const qint64 after = parseRetryAfterMs(r.header("Retry-After"), nowMs);
        return makeFailure(ChannelFailure::Kind::Transient,
                           tr("%1 had a temporary problem (HTTP %2).").arg(service).arg(r.status),
                           detail,
                           std::max<qint64>(0, after));
    }
    if (r.status == 401)
        return makeFailure(ChannelFailure::Kind::Auth,
                           tr("%1 no longer accepts our access; reconnect the channel.").arg(service),
                           detail);
    return makeFailure(ChannelFailure::Kind::Permanent,
                       tr("%1 refused the request (HTTP %2).").arg(service).arg(r.status),
                       detail);
}

qint64 ChannelHttp::parseRetryAfterMs(const QByteArray &value, qint64 nowMs)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? seconds * 1000 : -1;
    // An HTTP-date ("Wed, 21 Oct 2015 07:28:00 GMT"): RFC 2822 with "GMT", which Qt wants as an offset.
    QString date = QString::fromLatin1(v);
    if (date.endsWith(" GMT"_L1) || date.endsWith(" UTC"_L1))
        date = date.chopped(3) + u"+0000"_s;
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return std::max<qint64>(0, when.toMSecsSinceEpoch() - nowMs);
}

Result<QJsonObject>
ChannelHttp::parseJsonObject(const QString &service, const QByteArray &body, std::optional<ChannelFailure> *failure)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    QString detail;
    if (pe.error != QJsonParseError::NoError)
        detail = u"malformed JSON at byte %1 of %2: %3"_s.arg(pe.offset).arg(body.size()).arg(pe.errorString());
    else if (!doc.isObject())
        detail = u"expected a JSON object, got %1 bytes of something else"_s.arg(body.size());
    if (detail.isEmpty())
        return doc.object();
    const ChannelFailure f = makeFailure(ChannelFailure::Kind::Transient,
                                         tr("%1 sent an answer we could not read; will try again.").arg(service),
                                         detail);
    if (failure)
        *failure = f;
    return failureError(f);
}

Error ChannelHttp::failureError(const ChannelFailure &failure)
{
    Error::Code code = Error::Code::Network;
    switch (failure.kind) {
    case ChannelFailure::Kind::Transient: code = Error::Code::Unavailable; break;
    case ChannelFailure::Kind::RateLimited: code = Error::Code::Unavailable; break;
    case ChannelFailure::Kind::Auth: code = Error::Code::PermissionDenied; break;
    case ChannelFailure::Kind::Permanent: code = Error::Code::InvalidArgument; break;
    }
    if (failure.detail.startsWith(u"malformed JSON"_s) || failure.detail.startsWith(u"expected a JSON"_s))
        code = Error::Code::Parse;
    return Error::make(code, failure.message, failure.detail);
}

qint64 ChannelHttp::nowMs() const
{
    return m_clock ? m_clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
}

} // namespace hd
