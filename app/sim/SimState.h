#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QtGlobal>

namespace hd {
class Clock;
}

namespace hd::sim {

/// The simulator's data: one JSON section per channel ("ebay", "shopee", "meta", ...) as loaded
/// from the scenario and changed by requests, plus the things every API shares: access and refresh
/// tokens with expiry, the log of replies sent, and id generation. Route files own the shape of
/// their section. Not thread-safe: the server runs on one thread.
class SimState final
{
public:
    explicit SimState(const Clock &clock);

    const Clock &clock() const { return m_clock; }
    qint64 nowMs() const;

    /// Replaces all data with the scenario's channel sections (every top-level object but "faults").
    void load(const QJsonObject &scenario);
    /// The mutable section of a channel (created empty if missing).
    QJsonObject &section(const QString &channel) { return m_sections[channel]; }
    bool hasSection(const QString &channel) const { return m_sections.contains(channel); }
    QStringList channels() const { return m_sections.keys(); }

    /// A numeric id string, unique in this run, starting at `base`.
    QString nextId(qint64 base = 1'000'000'000'000LL);
    /// Generated ids continue from `offset` past their base, so a simulator started again (a new
    /// demo run against the same workspace) never hands out an id an earlier run already used.
    void setIdOffset(qint64 offset) { m_idCounter = offset; }

    // Tokens. The scenario's section "auth" holds accessToken / refreshToken / accessTtlSec.
    /// Registers the scenario's tokens; an access token without a TTL never expires.
    void setTokens(const QString &channel, const QString &accessToken, const QString &refreshToken, qint64 accessTtlMs);
    /// True when `token` is the channel's current, unexpired access token.
    bool isAccessTokenValid(const QString &channel, const QString &token) const;
    bool isRefreshTokenValid(const QString &channel, const QString &token) const;
    /// Issues a new access token (and a new refresh token when `rotateRefresh`); the old access
    /// token stops working. Returns the access token.
    QString refreshTokens(const QString &channel, bool rotateRefresh, QString *newRefreshToken = nullptr);
    QString refreshToken(const QString &channel) const;
    qint64 accessTtlMs(const QString &channel) const;
    /// Makes the channel's current access token expired now (tests and the control endpoint).
    void expireAccessToken(const QString &channel);

    // Replies the APIs accepted.
    void recordSent(const QString &channel, const QJsonObject &message);
    QJsonArray sent(const QString &channel) const { return m_sent.value(channel); }
    int sentCount() const;

private:
    struct Tokens
    {
        QString access;
        QString refresh;
        qint64 ttlMs = 0;     ///< 0: never expires
        qint64 expiresAt = 0; ///< UTC ms; 0 with ttl 0
        int generation = 1;
    };

    const Clock &m_clock;
    QHash<QString, QJsonObject> m_sections;
    QHash<QString, Tokens> m_tokens;
    QHash<QString, QJsonArray> m_sent;
    qint64 m_idCounter = 0;
};

} // namespace hd::sim
