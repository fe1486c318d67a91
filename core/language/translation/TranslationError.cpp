#include "core/language/translation/TranslationError.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

struct FailureName
{
    TranslationFailure failure;
    QLatin1StringView name;
};

constexpr FailureName Names[] = {
    {TranslationFailure::QuotaExceeded, "quota_exceeded"_L1},
    {TranslationFailure::RateLimited, "rate_limited"_L1},
    {TranslationFailure::AuthFailed, "auth_failed"_L1},
    {TranslationFailure::NotConfigured, "not_configured"_L1},
    {TranslationFailure::UnsupportedLanguage, "unsupported_language"_L1},
    {TranslationFailure::InvalidRequest, "invalid_request"_L1},
    {TranslationFailure::Network, "network"_L1},
    {TranslationFailure::Timeout, "timeout"_L1},
    {TranslationFailure::ServerError, "server_error"_L1},
    {TranslationFailure::MalformedResponse, "malformed_response"_L1},
    {TranslationFailure::ProtectionLost, "protection_lost"_L1},
};

Error::Code codeFor(TranslationFailure f)
{
    switch (f) {
    case TranslationFailure::QuotaExceeded:
    case TranslationFailure::RateLimited:
    case TranslationFailure::ServerError: return Error::Code::Unavailable;
    case TranslationFailure::AuthFailed: return Error::Code::PermissionDenied;
    case TranslationFailure::NotConfigured:
    case TranslationFailure::UnsupportedLanguage:
    case TranslationFailure::InvalidRequest: return Error::Code::InvalidArgument;
    case TranslationFailure::Network:
    case TranslationFailure::Timeout: return Error::Code::Network;
    case TranslationFailure::MalformedResponse:
    case TranslationFailure::ProtectionLost: return Error::Code::Parse;
    }
    return Error::Code::Internal;
}

QString messageFor(TranslationFailure f, const QString &provider, qint64 retryAfterMs)
{
    switch (f) {
    case TranslationFailure::QuotaExceeded:
        return QCoreApplication::translate("hd::TranslationError",
                                           "The %1 translation quota is used up for now. The original text is kept.")
            .arg(provider);
    case TranslationFailure::RateLimited:
        if (retryAfterMs > 0)
            return QCoreApplication::translate("hd::TranslationError",
                                               "%1 is receiving too many requests. Try again in %2 s.")
                .arg(provider)
                .arg((retryAfterMs + 999) / 1000);
        return QCoreApplication::translate("hd::TranslationError",
                                           "%1 is receiving too many requests. Try again in a moment.")
            .arg(provider);
    case TranslationFailure::AuthFailed:
        return QCoreApplication::translate("hd::TranslationError",
                                           "%1 did not accept the API key. Check it in Settings, Translation.")
            .arg(provider);
    case TranslationFailure::NotConfigured:
        return QCoreApplication::translate("hd::TranslationError",
                                           "%1 needs an API key. Add it in Settings, Translation.")
            .arg(provider);
    case TranslationFailure::UnsupportedLanguage:
        return QCoreApplication::translate("hd::TranslationError", "%1 cannot translate between these languages.")
            .arg(provider);
    case TranslationFailure::InvalidRequest:
        return QCoreApplication::translate("hd::TranslationError", "%1 refused to translate this text.").arg(provider);
    case TranslationFailure::Network:
        return QCoreApplication::translate("hd::TranslationError",
                                           "%1 could not be reached. Check the connection and the server address.")
            .arg(provider);
    case TranslationFailure::Timeout:
        return QCoreApplication::translate("hd::TranslationError", "%1 did not answer in time. Try again.")
            .arg(provider);
    case TranslationFailure::ServerError:
        return QCoreApplication::translate("hd::TranslationError", "%1 has a problem on its side. Try again later.")
            .arg(provider);
    case TranslationFailure::MalformedResponse:
        return QCoreApplication::translate("hd::TranslationError", "%1 sent an answer HarborDesk cannot read.")
            .arg(provider);
    case TranslationFailure::ProtectionLost:
        return QCoreApplication::translate(
            "hd::TranslationError",
            "The translation lost an order number, link or placeholder, so it was not used.");
    }
    return {};
}

} // namespace

Error TranslationError::make(TranslationFailure failure,
                             const QString &provider,
                             const QString &detail,
                             qint64 retryAfterMs)
{
    QString det = u"[translation:"_s + toString(failure) + u']';
    if (retryAfterMs >= 0)
        det += u" [retry-after-ms:"_s + QString::number(retryAfterMs) + u']';
    det += u' ' + provider;
    if (!detail.isEmpty())
        det += u": "_s + detail;
    return Error::make(codeFor(failure), messageFor(failure, provider, retryAfterMs), det);
}

Error TranslationError::unsupportedPair(const QString &provider,
                                        const QString &source,
                                        const QString &target,
                                        const QString &detail)
{
    Error e = make(TranslationFailure::UnsupportedLanguage, provider, detail);
    const QString from =
        source.isEmpty() ? QCoreApplication::translate("hd::TranslationError", "the detected language") : source;
    e.message = QCoreApplication::translate("hd::TranslationError", "%1 cannot translate from %2 to %3.")
                    .arg(provider, from, target);
    return e;
}

TranslationFailure TranslationError::failureForStatus(int status)
{
    switch (status) {
    case 401:
    case 403: return TranslationFailure::AuthFailed;
    case 404: return TranslationFailure::Network;
    case 408:
    case 504: return TranslationFailure::Timeout;
    case 429: return TranslationFailure::RateLimited;
    case 456: return TranslationFailure::QuotaExceeded;
    default: return status >= 500 ? TranslationFailure::ServerError : TranslationFailure::InvalidRequest;
    }
}

std::optional<TranslationFailure> TranslationError::failure(const Error &error)
{
    static const QRegularExpression re(u"^\\[translation:([a-z_]+)\\]"_s);
    const auto m = re.match(error.detail);
    if (!m.hasMatch())
        return std::nullopt;
    return fromString(m.captured(1));
}

qint64 TranslationError::retryAfterMs(const Error &error)
{
    static const QRegularExpression re(u"\\[retry-after-ms:(\\d+)\\]"_s);
    const auto m = re.match(error.detail);
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

QString TranslationError::toString(TranslationFailure failure)
{
    for (const auto &n : Names)
        if (n.failure == failure)
            return QString(n.name);
    return {};
}

std::optional<TranslationFailure> TranslationError::fromString(const QString &name)
{
    for (const auto &n : Names)
        if (name == n.name)
            return n.failure;
    return std::nullopt;
}

} // namespace hd
