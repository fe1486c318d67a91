#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace hd {

/// Where and how to submit mail. The password comes from the SecretStore and is never logged.
struct SmtpEndpoint
{
    enum class Security { None, StartTls, Tls };
    QString host;
    quint16 port = 587;
    Security security = Security::StartTls;
    QString user; ///< empty: no AUTH
    QString password;
    int timeoutMs = 60'000;
};

/// Why a submission failed, so the outbox knows whether to retry.
struct SmtpFailure
{
    enum class Kind { Transient, Auth, Permanent };
    Kind kind = Kind::Transient;
    Error error;
};

/// SMTP submission through libcurl (blocking; run it on a worker thread). libcurl does the
/// dot-stuffing, STARTTLS and AUTH; the message is sent as given (CRLF line ends).
class SmtpSender final
{
public:
    /// Sends raw to the recipients with the envelope sender from. Returns nothing on success.
    static std::optional<SmtpFailure>
    send(const SmtpEndpoint &endpoint, const QString &from, const QStringList &recipients, const QByteArray &raw);
    /// Connects, greets, upgrades to TLS and authenticates, then quits: for "Test connection".
    static std::optional<SmtpFailure> check(const SmtpEndpoint &endpoint);
};

} // namespace hd
