#include "core/language/translation/TranslationHttpClient.h"

#include "core/common/Clock.h"
#include "core/common/Log.h"
#include "core/language/translation/TranslationError.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

namespace hd {
using namespace Qt::StringLiterals;

struct TranslationHttpClient::Job
{
    Request request;
    QPointer<QObject> context;
    bool hasContext = false;
    Callback done;
    int attempts = 0;

    bool isOrphaned() const { return hasContext && !context; }
};

namespace {

bool isRetryableStatus(int status)
{
    return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

bool isTransient(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts the reply
    case QNetworkReply::TimeoutError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError: return true;
    default: return false;
    }
}

// Where a request went, for logs and error details: never the query, which may hold an API key.
QString describe(const QUrl &url)
{
    return url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment);
}

// Qt's error strings sometimes quote the whole URL; drop the query before they reach a detail.
QString scrub(QString text, const QUrl &url)
{
    const QString query = url.query(QUrl::FullyEncoded);
    if (!query.isEmpty()) {
        text.replace(query, u"<query>"_s);
        text.replace(url.query(QUrl::FullyDecoded), u"<query>"_s);
    }
    return text;
}

} // namespace

QByteArray TranslationHttpClient::Response::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

TranslationHttpClient::TranslationHttpClient(QObject *parent)
    : TranslationHttpClient(Policy{}, nullptr, parent)
{
}

TranslationHttpClient::TranslationHttpClient(const Policy &policy, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_policy(policy)
    , m_clock(clock)
    , m_nam(new QNetworkAccessManager(this))
{
}

TranslationHttpClient::~TranslationHttpClient() = default;

void TranslationHttpClient::send(const Request &request, QObject *context, Callback done)
{
    auto job = std::make_shared<Job>();
    job->request = request;
    job->context = context;
    job->hasContext = context != nullptr;
    job->done = std::move(done);
    attempt(job);
}

void TranslationHttpClient::attempt(const std::shared_ptr<Job> &job)
{
    if (job->isOrphaned())
        return;
    ++job->attempts;
    QNetworkRequest req(job->request.url);
    req.setTransferTimeout(m_policy.transferTimeoutMs);
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("HarborDesk/" HARBORDESK_VERSION));
    for (const auto &[name, value] : job->request.headers)
        req.setRawHeader(name, value);
    QNetworkReply *reply = m_nam->sendCustomRequest(req, job->request.method, job->request.body);
    if (job->context)
        connect(job->context.data(), &QObject::destroyed, reply, &QNetworkReply::abort);
    connect(reply, &QNetworkReply::finished, this, [this, job, reply] { onFinished(job, reply); });
}

void TranslationHttpClient::onFinished(const std::shared_ptr<Job> &job, QNetworkReply *reply)
{
    reply->deleteLater();
    if (job->isOrphaned())
        return;
    const QString where = describe(job->request.url);
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid()) {
        Response r;
        r.status = status.toInt();
        r.body = reply->readAll();
        r.headers = reply->rawHeaderPairs();
        r.retryAfterMs = parseRetryAfterMs(reply->rawHeader("Retry-After"), nowMs());
        r.attempts = job->attempts;
        if (isRetryableStatus(r.status) && job->attempts < m_policy.maxAttempts
            && r.retryAfterMs <= m_policy.maxRetryAfterMs) {
            qint64 delay = backoffMs(job->attempts);
            if (r.retryAfterMs >= 0) // the server's wait, plus a little jitter so clients spread out
                delay = r.retryAfterMs + QRandomGenerator::global()->bounded(qMax<qint64>(1, r.retryAfterMs / 10 + 1));
            log::info("translation",
                      u"%1 answered HTTP %2 (%3); retry %4 in %5 ms"_s.arg(job->request.service)
                          .arg(r.status)
                          .arg(where)
                          .arg(job->attempts + 1)
                          .arg(delay));
            retryLater(job, delay);
            return;
        }
        job->done(std::move(r));
        return;
    }

    const QNetworkReply::NetworkError error = reply->error();
    const bool timeout = error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError;
    const QString detail = scrub(reply->errorString(), job->request.url) + u" ("_s + where + u')';
    if (isTransient(error) && job->attempts < m_policy.maxAttempts) {
        const qint64 delay = backoffMs(job->attempts);
        log::info("translation",
                  u"%1: %2; retry %3 in %4 ms"_s.arg(job->request.service, detail).arg(job->attempts + 1).arg(delay));
        retryLater(job, delay);
        return;
    }
    job->done(TranslationError::make(timeout ? TranslationFailure::Timeout : TranslationFailure::Network,
                                     job->request.service,
                                     detail + u", "_s + QString::number(job->attempts) + u" attempt(s)"_s));
}

void TranslationHttpClient::retryLater(const std::shared_ptr<Job> &job, qint64 delayMs)
{
    QTimer::singleShot(std::chrono::milliseconds(delayMs), this, [this, job] { attempt(job); });
}

qint64 TranslationHttpClient::backoffMs(int attempt) const
{
    const qint64 exp = qint64(m_policy.baseBackoffMs) << std::clamp(attempt - 1, 0, 20);
    const qint64 capped = std::min<qint64>(exp, m_policy.maxBackoffMs);
    // "Equal jitter": half fixed, half random, so retries neither bunch up nor come too soon.
    return capped / 2 + QRandomGenerator::global()->bounded(capped / 2 + 1);
}

qint64 TranslationHttpClient::nowMs() const
{
    return m_clock ? m_clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
}

qint64 TranslationHttpClient::parseRetryAfterMs(const QByteArray &value, qint64 nowMs)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? seconds * 1000 : -1;
    // An HTTP-date ("Wed, 21 Oct 2015 07:28:00 GMT") is RFC 2822 with "GMT" for the zone, which
    // Qt's parser wants as an offset.
    QString date = QString::fromLatin1(v);
    if (date.endsWith(" GMT"_L1) || date.endsWith(" UTC"_L1))
        date = date.chopped(3) + u"+0000"_s;
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return std::max<qint64>(0, when.toMSecsSinceEpoch() - nowMs);
}

} // namespace hd
