#pragma once

#include "core/common/Result.h"

#include <QString>

namespace hd {

/// Why a translation failed, finer than hd::Error::Code: the UI picks its hint from it
/// ("quota used up" vs "try again in 30 s"). Stored in the Error itself (see failure()), so every
/// translation error is still a plain hd::Error and the caller keeps the original text.
enum class TranslationFailure {
    QuotaExceeded,       ///< DeepL 456, Google dailyLimitExceeded: nothing more this period
    RateLimited,         ///< 429 (or Google's userRateLimitExceeded): retry later, see retryAfterMs()
    AuthFailed,          ///< 401/403: key missing, wrong or revoked
    NotConfigured,       ///< no API key stored for a provider that needs one
    UnsupportedLanguage, ///< the provider cannot translate this language pair
    InvalidRequest,      ///< 400/413 for another reason (text too long, bad parameter)
    Network,             ///< host unreachable, connection refused or reset, TLS failure
    Timeout,             ///< no answer within the transfer timeout
    ServerError,         ///< 5xx after the retries
    MalformedResponse,   ///< the body is not the documented shape
    ProtectionLost,      ///< the engine dropped or changed a protected span (order number, link, placeholder)
};

/// Builds and reads translation errors.
///
/// Error::code mapping: QuotaExceeded, RateLimited, ServerError → Unavailable; AuthFailed →
/// PermissionDenied; NotConfigured, UnsupportedLanguage, InvalidRequest → InvalidArgument;
/// Network, Timeout → Network; MalformedResponse, ProtectionLost → Parse.
/// Error::message is a plain sentence for the agent (QCoreApplication::translate context
/// "hd::TranslationError"); Error::detail starts with "[translation:<failure>]" and carries HTTP
/// status and the server's own words for the log, never an API key.
class TranslationError final
{
public:
    /// `provider` is the display name ("DeepL"); `retryAfterMs` < 0 when unknown.
    static Error
    make(TranslationFailure failure, const QString &provider, const QString &detail, qint64 retryAfterMs = -1);
    /// An UnsupportedLanguage error naming the pair.
    static Error
    unsupportedPair(const QString &provider, const QString &source, const QString &target, const QString &detail);

    /// The usual meaning of an HTTP error status for a translation API: 401/403 AuthFailed,
    /// 404 Network (wrong server address), 408/504 Timeout, 429 RateLimited, 456 QuotaExceeded
    /// (DeepL), other 4xx InvalidRequest, 5xx ServerError. Providers refine it from the body.
    static TranslationFailure failureForStatus(int status);

    /// The failure an error made by make() carries; nullopt for other errors.
    static std::optional<TranslationFailure> failure(const Error &error);
    /// The wait the server asked for (Retry-After), in ms; -1 when none.
    static qint64 retryAfterMs(const Error &error);

    /// Stable names ("quota_exceeded", "rate_limited", ...), for logs and settings.
    static QString toString(TranslationFailure failure);
    static std::optional<TranslationFailure> fromString(const QString &name);
};

} // namespace hd
