#pragma once

#include "core/channels/Connector.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QNetworkAccessManager;
class QNetworkReply;

namespace hd {

class Clock;

/// One HTTP request a connector makes. Pure data: request builders return these.
struct ChannelHttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString service; ///< display name for messages ("eBay")

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
};

/// The answer to a ChannelHttpRequest, whatever its status.
struct ChannelHttpResponse
{
    int status = 0;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray header(const QByteArray &name) const;
};

/// How a channel authorises requests. ChannelHttp::sendAuthorized applies it, and on an auth
/// failure refreshes the token once and tries again before it reports ChannelFailure::Auth.
class ChannelAuth
{
public:
    virtual ~ChannelAuth() = default;
    /// Adds the credentials to the request (a header, or a signed query for Shopee/TikTok).
    virtual void apply(ChannelHttpRequest &request) const = 0;
    /// True when the answer means "token expired or invalid" (401 for most; an error code in a
    /// 200/403 body for some APIs).
    virtual bool isAuthFailure(const ChannelHttpResponse &response) const { return response.status == 401; }
    /// True when the token is missing or about to expire, so sendAuthorized refreshes first.
    virtual bool needsRefresh() const { return false; }
    /// Gets a new access token; calls done with no failure when the next apply() will use it.
    virtual void refresh(QObject *context, std::function<void(std::optional<ChannelFailure>)> done) = 0;
};

/// The HTTP client every REST connector shares: one per thread, owning that thread's
/// QNetworkAccessManager. Every request gets a transfer timeout. Unlike a generic client it does
/// not retry: it classifies each outcome as a ChannelFailure so the sync engine decides when to
/// try again (429 + Retry-After → RateLimited, 5xx / timeouts / resets → Transient, 401 → Auth
/// after one refresh, other 4xx → Permanent). Callbacks run on the thread of this object.
class ChannelHttp final : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(Result<ChannelHttpResponse>, std::optional<ChannelFailure>)>;

    /// `clock` (not owned, may be null: wall clock) dates HTTP-date Retry-After values.
    explicit ChannelHttp(const Clock *clock = nullptr, QObject *parent = nullptr);
    ~ChannelHttp() override;

    void setTransferTimeoutMs(int ms) { m_timeoutMs = ms; }
    int transferTimeoutMs() const { return m_timeoutMs; }

    /// Sends once. `done` gets the response when the status is 2xx; otherwise an Error plus the
    /// classified failure. If `context` dies first, the request is aborted and done never runs.
    void send(const ChannelHttpRequest &request, QObject *context, Callback done);

    /// Sends with `auth` applied; on an auth failure refreshes once and resends, then gives up
    /// with ChannelFailure::Auth. `auth` must outlive the call (connectors own theirs).
    void sendAuthorized(const ChannelHttpRequest &request, ChannelAuth *auth, QObject *context, Callback done);

    /// Maps a finished HTTP answer to a failure (nullopt for 2xx). `nowMs` dates Retry-After.
    static std::optional<ChannelFailure>
    classify(const QString &service, const ChannelHttpResponse &response, qint64 nowMs);
    /// Parses a Retry-After value: delay-seconds or an HTTP-date; -1 when absent or unreadable.
    static qint64 parseRetryAfterMs(const QByteArray &value, qint64 nowMs);
    /// Parses a JSON object body; a malformed or truncated body becomes a Transient failure whose
    /// detail says where parsing stopped.
    static Result<QJsonObject>
    parseJsonObject(const QString &service, const QByteArray &body, std::optional<ChannelFailure> *failure);
    /// Builds a failure together with its Error, for parsers and connectors.
    static Error failureError(const ChannelFailure &failure);

    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

private:
    // Any HTTP status comes back as a response; only transport failures are failures.
    void sendRaw(const ChannelHttpRequest &request, QObject *context, Callback done);
    static void onFinished(const ChannelHttpRequest &request, QNetworkReply *reply, const Callback &done);
    void finish(const ChannelHttpRequest &request, ChannelHttpResponse response, const Callback &done);
    void
    sendAuthorizedNow(const ChannelHttpRequest &request, ChannelAuth *auth, QObject *context, const Callback &done);
    qint64 nowMs() const;

    const Clock *m_clock = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    int m_timeoutMs = 30'000;
};

} // namespace hd
