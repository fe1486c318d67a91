#pragma once

#include "core/channels/Connector.h"
#include "core/common/Log.h"
#include "core/common/Result.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>
#include <utility>

namespace hd {

/// A bounded retry of one idempotent read inside a fetch (the messages of one conversation, one
/// list page). A fetch commits a whole page or nothing, and an eBay, Shopee or TikTok page makes
/// one request per conversation on it: without this, a page of 50 conversations with 20% of the
/// requests failing almost never completes (docs/RELIABILITY.md). Transient failures (5xx, reset,
/// timeout, malformed or truncated body) and rate limits asking for at most kMaxRetryAfterMs are
/// retried up to kMaxRetries times, after kBackoffStepMs × retry (or the Retry-After), on a timer
/// of the context's thread. Auth and Permanent failures, and longer Retry-After values, are
/// reported at once so the sync engine backs off. Never used for writes: the outbox owns those.
class ReadRetry final
{
public:
    static constexpr int kMaxRetries = 3;
    static constexpr qint64 kBackoffStepMs = 200;
    static constexpr qint64 kMaxRetryAfterMs = 5'000;

    template<typename T>
    using Done = std::function<void(Result<T>, std::optional<ChannelFailure>)>;
    /// One attempt of the read: sends it and reports exactly once through the callback.
    template<typename T>
    using Attempt = std::function<void(Done<T>)>;

    /// The wait in ms before retry number `retry` (1-based) after `failure`; -1 when the failure
    /// must not be retried (Auth, Permanent, Retry-After beyond kMaxRetryAfterMs, retries used up).
    static qint64 delayMs(const ChannelFailure &failure, int retry);

    /// Runs `attempt`, retrying it as described above; `done` gets the first success or the last
    /// failure. If `context` dies during a backoff, nothing more runs and `done` is never called.
    /// `area` names the log area ("sync.ebay"); `what` describes the read for the log (no PII).
    template<typename T>
    static void run(QObject *context, const char *area, const QString &what, Attempt<T> attempt, Done<T> done)
    {
        step<T>(context, area, what, std::move(attempt), std::move(done), 0);
    }

private:
    template<typename T>
    static void step(QObject *context, const char *area, QString what, Attempt<T> attempt, Done<T> done, int retry)
    {
        Attempt<T> again = attempt;
        attempt([context, area, what, again = std::move(again), done = std::move(done), retry](
                    Result<T> result,
                    std::optional<ChannelFailure> failure) mutable {
            if (!failure) {
                done(std::move(result), std::nullopt);
                return;
            }
            const qint64 wait = delayMs(*failure, retry + 1);
            if (wait < 0) {
                done(std::move(result), std::move(failure));
                return;
            }
            log::info(area,
                      QStringLiteral("%1 failed (%2); retry %3 of %4 in %5 ms")
                          .arg(what, failure->detail)
                          .arg(retry + 1)
                          .arg(kMaxRetries)
                          .arg(wait));
            QTimer::singleShot(std::chrono::milliseconds(wait),
                               context,
                               [context, area, what, again = std::move(again), done = std::move(done), retry]() {
                                   step<T>(context, area, what, again, done, retry + 1);
                               });
        });
    }
};

} // namespace hd
