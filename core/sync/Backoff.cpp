#include "core/sync/Backoff.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace hd {
using namespace Qt::StringLiterals;

Backoff::Backoff(Policy policy, quint32 seed)
    : m_policy(policy)
    , m_random(seed == 0 ? QRandomGenerator::global()->generate() : seed)
{
    m_policy.baseMs = std::max<qint64>(1, m_policy.baseMs);
    m_policy.capMs = std::max(m_policy.baseMs, m_policy.capMs);
}

qint64 Backoff::ceilingMs(int attempt) const
{
    const int n = std::clamp(attempt - 1, 0, 40);
    qint64 ceiling = m_policy.baseMs;
    for (int i = 0; i < n && ceiling < m_policy.capMs; ++i)
        ceiling *= 2;
    return std::min(ceiling, m_policy.capMs);
}

qint64 Backoff::delayMs(int attempt, qint64 retryAfterMs)
{
    const qint64 ceiling = ceilingMs(attempt);
    if (retryAfterMs > 0) {
        const qint64 asked = std::min(retryAfterMs, m_policy.retryAfterCapMs);
        // Up to 10% (at most one base step) on top, so a herd told "60 s" spreads out.
        const qint64 spread = std::min(m_policy.baseMs, asked / 10);
        return asked + (spread > 0 ? qint64(m_random.bounded(quint64(spread) + 1)) : 0);
    }
    return qint64(m_random.bounded(quint64(ceiling) + 1));
}

qint64 Backoff::parseRetryAfter(const QByteArray &value, qint64 nowMs)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return 0;
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok)
        return seconds > 0 ? seconds * 1000 : 0;
    // HTTP-date: IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT" (the only form senders may generate).
    const QString text = QString::fromLatin1(v);
    QDateTime at = QLocale::c().toDateTime(text, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!at.isValid())
        at = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!at.isValid())
        return 0;
    at.setTimeZone(QTimeZone::utc());
    return std::max<qint64>(0, at.toMSecsSinceEpoch() - nowMs);
}

} // namespace hd
