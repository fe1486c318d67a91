#include "core/channels/email/SmtpSender.h"

#include <QCoreApplication>

#include <curl/curl.h>

#include <cstring>
#include <memory>
#include <mutex>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

struct Upload
{
    const QByteArray *data = nullptr;
    qsizetype offset = 0;
};

size_t readChunk(char *buffer, size_t size, size_t count, void *user)
{
    auto *up = static_cast<Upload *>(user);
    const qsizetype room = qsizetype(size * count);
    const qsizetype left = up->data->size() - up->offset;
    const qsizetype n = std::min(room, left);
    if (n > 0) {
        std::memcpy(buffer, up->data->constData() + up->offset, size_t(n));
        up->offset += n;
    }
    return size_t(n);
}

/// "<addr>" for the envelope; refuses what would inject SMTP commands.
QByteArray envelopeAddress(const QString &address)
{
    const QString a = address.trimmed();
    if (a.isEmpty() || a.contains(u'\r') || a.contains(u'\n') || a.contains(u'<') || a.contains(u'>')
        || !a.contains(u'@'))
        return {};
    return '<' + a.toUtf8() + '>';
}

struct CurlDeleter
{
    void operator()(CURL *c) const { curl_easy_cleanup(c); }
};
struct SlistDeleter
{
    void operator()(curl_slist *l) const { curl_slist_free_all(l); }
};

void initCurl()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

QByteArray smtpUrl(const SmtpEndpoint &endpoint)
{
    const QByteArray scheme = endpoint.security == SmtpEndpoint::Security::Tls ? "smtps" : "smtp";
    return scheme + "://" + endpoint.host.toUtf8() + ':' + QByteArray::number(endpoint.port);
}

/// URL, timeouts, TLS and credentials shared by send and check. The byte arrays must outlive c.
void configure(CURL *c,
               const SmtpEndpoint &endpoint,
               const QByteArray &url,
               const QByteArray &user,
               const QByteArray &password,
               char *errorBuffer)
{
    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, long(std::min(endpoint.timeoutMs, 30'000)));
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, long(endpoint.timeoutMs));
    if (endpoint.security == SmtpEndpoint::Security::StartTls)
        curl_easy_setopt(c, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    if (!user.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(c, CURLOPT_PASSWORD, password.constData());
    }
}

SmtpFailure classify(CURL *c, CURLcode rc, const SmtpEndpoint &endpoint, const char *errorBuffer)
{
    long smtpCode = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &smtpCode);
    const QString detail = u"SMTP %1:%2 curl %3 (%4), last reply %5"_s.arg(endpoint.host)
                               .arg(endpoint.port)
                               .arg(int(rc))
                               .arg(QString::fromUtf8(errorBuffer[0] ? errorBuffer : curl_easy_strerror(rc)))
                               .arg(smtpCode);
    if (rc == CURLE_LOGIN_DENIED || smtpCode == 535 || smtpCode == 534 || smtpCode == 530)
        return SmtpFailure{
            SmtpFailure::Kind::Auth,
            Error::make(Error::Code::PermissionDenied,
                        QCoreApplication::translate("hd::SmtpSender",
                                                    "The mail server refused the user name or password for sending."),
                        detail)};
    if (smtpCode >= 500 && smtpCode < 600)
        return SmtpFailure{
            SmtpFailure::Kind::Permanent,
            Error::make(Error::Code::InvalidArgument,
                        QCoreApplication::translate("hd::SmtpSender", "The mail server refused the reply."),
                        detail)};
    return SmtpFailure{
        SmtpFailure::Kind::Transient,
        Error::make(
            Error::Code::Network,
            QCoreApplication::translate("hd::SmtpSender", "The mail server could not be reached to send the reply."),
            detail)};
}

SmtpFailure startFailure()
{
    return SmtpFailure{SmtpFailure::Kind::Transient,
                       Error::make(Error::Code::Internal,
                                   QCoreApplication::translate("hd::SmtpSender", "Could not start sending."),
                                   u"curl_easy_init failed"_s)};
}

} // namespace

std::optional<SmtpFailure> SmtpSender::check(const SmtpEndpoint &endpoint)
{
    initCurl();
    std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl)
        return startFailure();
    const QByteArray url = smtpUrl(endpoint), user = endpoint.user.toUtf8(), password = endpoint.password.toUtf8();
    char errorBuffer[CURL_ERROR_SIZE] = {};
    configure(curl.get(), endpoint, url, user, password, errorBuffer);
    // For SMTP the connect phase is greeting, EHLO, STARTTLS and AUTH: exactly what a check needs.
    curl_easy_setopt(curl.get(), CURLOPT_CONNECT_ONLY, 1L);
    const CURLcode rc = curl_easy_perform(curl.get());
    if (rc == CURLE_OK)
        return std::nullopt;
    return classify(curl.get(), rc, endpoint, errorBuffer);
}

std::optional<SmtpFailure> SmtpSender::send(const SmtpEndpoint &endpoint,
                                            const QString &from,
                                            const QStringList &recipients,
                                            const QByteArray &raw)
{
    initCurl();
    const QByteArray mailFrom = envelopeAddress(from);
    if (mailFrom.isEmpty())
        return SmtpFailure{
            SmtpFailure::Kind::Permanent,
            Error::make(Error::Code::InvalidArgument,
                        QCoreApplication::translate("hd::SmtpSender", "The sender address is not valid."),
                        from)};
    std::unique_ptr<curl_slist, SlistDeleter> rcpt;
    for (const QString &r : recipients) {
        const QByteArray addr = envelopeAddress(r);
        if (addr.isEmpty())
            return SmtpFailure{
                SmtpFailure::Kind::Permanent,
                Error::make(Error::Code::InvalidArgument,
                            QCoreApplication::translate("hd::SmtpSender", "A recipient address is not valid."),
                            r)};
        rcpt.reset(curl_slist_append(rcpt.release(), addr.constData()));
    }
    if (!rcpt)
        return SmtpFailure{SmtpFailure::Kind::Permanent,
                           Error::make(Error::Code::InvalidArgument,
                                       QCoreApplication::translate("hd::SmtpSender", "The reply has no recipient."))};

    std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl)
        return startFailure();
    const QByteArray url = smtpUrl(endpoint), user = endpoint.user.toUtf8(), password = endpoint.password.toUtf8();
    char errorBuffer[CURL_ERROR_SIZE] = {};
    Upload upload{&raw, 0};
    CURL *c = curl.get();
    configure(c, endpoint, url, user, password, errorBuffer);
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, mailFrom.constData());
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, rcpt.get());
    curl_easy_setopt(c, CURLOPT_READFUNCTION, readChunk);
    curl_easy_setopt(c, CURLOPT_READDATA, &upload);
    curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, curl_off_t(raw.size()));
    curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
    const CURLcode rc = curl_easy_perform(c);
    if (rc == CURLE_OK)
        return std::nullopt;
    return classify(c, rc, endpoint, errorBuffer);
}

} // namespace hd
