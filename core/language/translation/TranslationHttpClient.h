#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <utility>

class QNetworkAccessManager;
class QNetworkReply;

namespace hd {

class Clock;

/// The HTTP client the translation providers share: one per thread, owning that thread's
/// QNetworkAccessManager. Every request gets a transfer timeout; 429 and 5xx answers and
/// transient transport failures (timeout, connection reset) are retried with exponential backoff
/// and jitter, and a 429/503 Retry-After is honoured when it is short enough (Policy).
///
/// Lives on the thread that created it: call send() from that thread only. Callbacks run there.
class TranslationHttpClient final : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method = "GET";
        QUrl url;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QString service; ///< display name for error messages ("DeepL")
    };

    struct Response
    {
        int status = 0; ///< HTTP status of the last attempt
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
        qint64 retryAfterMs = -1; ///< parsed Retry-After of the last attempt, -1 if none
        int attempts = 0;
        /// The header's value (case-insensitive name), empty if absent.
        QByteArray header(const QByteArray &name) const;
    };

    struct Policy
    {
        int maxAttempts = 3;     ///< including the first
        int baseBackoffMs = 500; ///< first retry waits 50-100 % of this, doubling each time
        int maxBackoffMs = 8000;
        int maxRetryAfterMs = 20000; ///< longer Retry-After: give up at once and report it
        int transferTimeoutMs = 20000;
    };

    explicit TranslationHttpClient(QObject *parent = nullptr);
    /// `clock` (not owned, may be null: wall clock) dates HTTP-date Retry-After values.
    TranslationHttpClient(const Policy &policy, const Clock *clock, QObject *parent = nullptr);
    ~TranslationHttpClient() override;

    const Policy &policy() const { return m_policy; }
    void setPolicy(const Policy &policy) { m_policy = policy; }

    using Callback = std::function<void(Result<Response>)>;

    /// Sends `request`, retrying as the policy says, then calls `done` once on this thread with the
    /// final answer: any HTTP status counts as a Response (the caller maps 4xx/5xx to its errors);
    /// only transport failures are Errors (TranslationFailure Network or Timeout). If `context`
    /// is destroyed first, the request is aborted and `done` is never called.
    void send(const Request &request, QObject *context, Callback done);

    /// Parses a Retry-After value: delay-seconds or an HTTP-date; -1 when absent or unreadable.
    static qint64 parseRetryAfterMs(const QByteArray &value, qint64 nowMs);

    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

private:
    struct Job;
    void attempt(const std::shared_ptr<Job> &job);
    void onFinished(const std::shared_ptr<Job> &job, QNetworkReply *reply);
    void retryLater(const std::shared_ptr<Job> &job, qint64 delayMs);
    qint64 backoffMs(int attempt) const;
    qint64 nowMs() const;

    Policy m_policy;
    const Clock *m_clock = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
};

} // namespace hd
