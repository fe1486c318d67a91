#include "app/sim/SimState.h"

#include "core/common/Clock.h"

using namespace Qt::StringLiterals;

namespace hd::sim {

SimState::SimState(const Clock &clock)
    : m_clock(clock)
{
}

qint64 SimState::nowMs() const
{
    return m_clock.nowMs();
}

void SimState::load(const QJsonObject &scenario)
{
    m_sections.clear();
    m_tokens.clear();
    m_sent.clear();
    for (auto it = scenario.begin(); it != scenario.end(); ++it) {
        if (!it.value().isObject() || it.key() == u"faults"_s || it.key().startsWith(u'_'))
            continue;
        const QJsonObject section = it.value().toObject();
        m_sections.insert(it.key(), section);
        const QJsonObject auth = section.value(u"auth"_s).toObject();
        if (auth.contains(u"accessToken"_s))
            setTokens(it.key(),
                      auth.value(u"accessToken"_s).toString(),
                      auth.value(u"refreshToken"_s).toString(),
                      qint64(auth.value(u"accessTtlSec"_s).toDouble(0) * 1000));
    }
}

QString SimState::nextId(qint64 base)
{
    return QString::number(base + ++m_idCounter);
}

void SimState::setTokens(const QString &channel,
                         const QString &accessToken,
                         const QString &refreshToken,
                         qint64 accessTtlMs)
{
    Tokens t;
    t.access = accessToken;
    t.refresh = refreshToken;
    t.ttlMs = accessTtlMs;
    t.expiresAt = accessTtlMs > 0 ? nowMs() + accessTtlMs : 0;
    m_tokens.insert(channel, t);
}

bool SimState::isAccessTokenValid(const QString &channel, const QString &token) const
{
    const auto it = m_tokens.constFind(channel);
    if (it == m_tokens.cend() || token.isEmpty() || token != it->access)
        return false;
    return it->expiresAt == 0 || nowMs() < it->expiresAt;
}

bool SimState::isRefreshTokenValid(const QString &channel, const QString &token) const
{
    const auto it = m_tokens.constFind(channel);
    return it != m_tokens.cend() && !token.isEmpty() && token == it->refresh;
}

QString SimState::refreshTokens(const QString &channel, bool rotateRefresh, QString *newRefreshToken)
{
    Tokens &t = m_tokens[channel];
    ++t.generation;
    t.access = channel + u"-access-"_s + QString::number(t.generation) + u'-' + nextId(0);
    if (rotateRefresh)
        t.refresh = channel + u"-refresh-"_s + QString::number(t.generation) + u'-' + nextId(0);
    t.expiresAt = t.ttlMs > 0 ? nowMs() + t.ttlMs : 0;
    if (newRefreshToken)
        *newRefreshToken = t.refresh;
    return t.access;
}

QString SimState::refreshToken(const QString &channel) const
{
    return m_tokens.value(channel).refresh;
}

qint64 SimState::accessTtlMs(const QString &channel) const
{
    return m_tokens.value(channel).ttlMs;
}

void SimState::expireAccessToken(const QString &channel)
{
    auto it = m_tokens.find(channel);
    if (it != m_tokens.end())
        it->expiresAt = nowMs() - 1;
}

void SimState::recordSent(const QString &channel, const QJsonObject &message)
{
    m_sent[channel].append(message);
}

int SimState::sentCount() const
{
    int n = 0;
    for (const auto &a : m_sent)
        n += int(a.size());
    return n;
}

} // namespace hd::sim
