#include "core/channels/ReadRetry.h"

namespace hd {

qint64 ReadRetry::delayMs(const ChannelFailure &failure, int retry)
{
    if (retry < 1 || retry > kMaxRetries)
        return -1;
    switch (failure.kind) {
    case ChannelFailure::Kind::Transient: return kBackoffStepMs * retry;
    case ChannelFailure::Kind::RateLimited:
        // No Retry-After: the same short backoff. A long one is the API asking for a real pause:
        // the page fails and the sync engine waits.
        if (failure.retryAfterMs <= 0)
            return kBackoffStepMs * retry;
        return failure.retryAfterMs <= kMaxRetryAfterMs ? failure.retryAfterMs : -1;
    case ChannelFailure::Kind::Auth:
    case ChannelFailure::Kind::Permanent: return -1;
    }
    return -1;
}

} // namespace hd
