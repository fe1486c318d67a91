#pragma once

// An in-process stand-in for a channel API with a fault mix, for the sync engine and outbox tests
// and the soak/crash proofs until they run against harbordesk-sim. The "remote" side keeps what
// it received in a SQLite file (a real server's memory), so a send that went out before a crash
// is still there when a restarted process asks for it by idempotency key.

#include "core/channels/Connector.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>
#include <QVariant>

#include <atomic>

namespace hd::test {
using namespace Qt::StringLiterals;

struct FakeChannelSpec
{
    qint64 channelId = 0;
    int total = 100; ///< messages the channel holds
    int pageSize = 50;
    double faultRate = 0.0; ///< share of calls that fail or misbehave
    quint32 seed = 1;
    QString remotePath;      ///< SQLite file recording deliveries (the remote's memory)
    qint64 retryAfterMs = 5; ///< what a 429 asks for
    int latencyMs = 0;
    bool authExpired = false;                   ///< every call fails with Auth
    std::optional<ChannelFailure> fetchFailure; ///< every fetch fails like this
    qint64 baseTimeMs = 1'790'000'000'000;
};

/// How many fetch/send faults a connector injected, by kind.
struct FakeChannelStats
{
    std::atomic<int> fetches{0}, fetchFaults{0}, duplicatePages{0}, sends{0}, sendFaults{0}, ackLost{0};
    QStringList cursors; ///< the cursor of each fetch, in order (single-threaded tests only)
};

class FakeChannelConnector final : public Connector
{
public:
    FakeChannelConnector(FakeChannelSpec spec, FakeChannelStats *stats = nullptr, QObject *parent = nullptr)
        : Connector(parent)
        , m_spec(std::move(spec))
        , m_stats(stats)
        , m_random(m_spec.seed ^ quint32(m_spec.channelId * 7919))
        , m_connection(u"fake-remote-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
    }
    ~FakeChannelConnector() override
    {
        if (QSqlDatabase::contains(m_connection)) {
            QSqlDatabase::database(m_connection, false).close();
            QSqlDatabase::removeDatabase(m_connection);
        }
    }

    ChannelKind kind() const override { return ChannelKind::Ebay; }
    qint64 pollIntervalMs() const override { return 60'000; }

    static QString externalId(qint64 channelId, int i) { return u"ch%1-m%2"_s.arg(channelId).arg(i); }

    InboundMessage message(int i) const
    {
        InboundMessage m;
        m.channelId = m_spec.channelId;
        m.externalId = externalId(m_spec.channelId, i);
        m.conversationExternalId = u"ch%1-c%2"_s.arg(m_spec.channelId).arg(i / 4);
        m.customerExternalId = u"buyer-%1-%2"_s.arg(m_spec.channelId).arg(i / 4);
        m.customerName = u"Buyer %1"_s.arg(i / 4);
        m.subject = u"Order question %1"_s.arg(i / 4);
        m.bodyText = u"Hello, where is my parcel? Message %1 on channel %2."_s.arg(i).arg(m_spec.channelId);
        m.language = u"en"_s;
        m.sentAt = m_spec.baseTimeMs + qint64(i) * 1000;
        return m;
    }

    void fetch(const QString &cursor, FetchCallback done) override
    {
        if (m_stats) {
            ++m_stats->fetches;
            m_stats->cursors << cursor;
        }
        const int start = cursor.isEmpty() ? 0 : cursor.toInt();
        std::optional<ChannelFailure> failure;
        int from = start;
        if (m_spec.authExpired) {
            failure = ChannelFailure{ChannelFailure::Kind::Auth, 0, u"The token expired."_s, u"401 invalid_grant"_s};
        } else if (m_spec.fetchFailure) {
            failure = m_spec.fetchFailure;
        } else if (m_random.generateDouble() < m_spec.faultRate) {
            switch (m_random.bounded(5)) {
            case 0:
                failure = ChannelFailure{ChannelFailure::Kind::Transient, 0, u"Server error"_s, u"HTTP 503"_s};
                break;
            case 1:
                failure = ChannelFailure{ChannelFailure::Kind::RateLimited,
                                         m_spec.retryAfterMs,
                                         u"Rate limited"_s,
                                         u"HTTP 429 Retry-After"_s};
                break;
            case 2: failure = ChannelFailure{ChannelFailure::Kind::Transient, 0, u"Timed out"_s, u"timeout"_s}; break;
            case 3:
                failure =
                    ChannelFailure{ChannelFailure::Kind::Transient, 0, u"Malformed answer"_s, u"truncated JSON body"_s};
                break;
            default:
                // A duplicated page: the API hands back half of the previous page again.
                from = std::max(0, start - m_spec.pageSize / 2);
                if (m_stats)
                    ++m_stats->duplicatePages;
                break;
            }
        }
        if (failure && m_stats)
            ++m_stats->fetchFaults;
        FetchedPage page;
        const int end = std::min(m_spec.total, start + m_spec.pageSize);
        if (!failure) {
            for (int i = from; i < end; ++i)
                page.messages << message(i);
            page.cursor = QString::number(end);
            page.hasMore = end < m_spec.total;
            page.progressDone = end;
            page.progressTotal = m_spec.total;
        }
        answer([done = std::move(done), page, failure]() {
            if (failure)
                done(Error::make(Error::Code::Network, failure->message, failure->detail), failure);
            else
                done(page, std::nullopt);
        });
    }

    void send(const OutboundReply &reply, SendCallback done) override
    {
        if (m_stats)
            ++m_stats->sends;
        std::optional<ChannelFailure> failure;
        SendReceipt receipt;
        const QString existing = deliveredRemoteId(reply.idempotencyKey);
        if (m_spec.authExpired) {
            failure = ChannelFailure{ChannelFailure::Kind::Auth, 0, u"The token expired."_s, {}};
        } else if (!existing.isEmpty()) {
            receipt.remoteId = existing;
            receipt.alreadySent = true;
        } else if (reply.bodyText.contains("REJECT"_L1)) {
            failure = ChannelFailure{ChannelFailure::Kind::Permanent,
                                     0,
                                     u"The message is too long for this channel."_s,
                                     u"HTTP 400"_s};
        } else if (m_random.generateDouble() < m_spec.faultRate) {
            if (m_stats)
                ++m_stats->sendFaults;
            switch (m_random.bounded(3)) {
            case 0:
                failure = ChannelFailure{ChannelFailure::Kind::Transient, 0, u"Server error"_s, u"HTTP 502"_s};
                break;
            case 1:
                failure = ChannelFailure{ChannelFailure::Kind::RateLimited, m_spec.retryAfterMs, u"Rate limited"_s, {}};
                break;
            default:
                // Delivered, but the answer was lost: only the idempotency key prevents a second copy.
                deliver(reply);
                if (m_stats)
                    ++m_stats->ackLost;
                failure = ChannelFailure{ChannelFailure::Kind::Transient, 0, u"Connection reset"_s, u"no response"_s};
                break;
            }
        } else {
            receipt.remoteId = deliver(reply);
        }
        answer([done = std::move(done), receipt, failure]() {
            if (failure)
                done(Error::make(Error::Code::Network, failure->message, failure->detail), failure);
            else
                done(receipt, std::nullopt);
        });
    }

    void testConnection(CheckCallback done) override
    {
        const bool ok = !m_spec.authExpired;
        answer([done = std::move(done), ok]() {
            if (ok)
                done(Status{}, std::nullopt);
            else
                done(Error::make(Error::Code::PermissionDenied, u"The token expired."_s),
                     ChannelFailure{ChannelFailure::Kind::Auth, 0, u"The token expired."_s, {}});
        });
    }

    /// Every delivery the remote recorded (a key twice would be a reply sent twice).
    static QList<QPair<QString, int>> deliveries(const QString &remotePath)
    {
        QList<QPair<QString, int>> out;
        const QString name = u"fake-remote-read-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(remotePath);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(u"SELECT idempotency_key, COUNT(*) FROM deliveries GROUP BY idempotency_key"_s))
                    while (q.next())
                        out << qMakePair(q.value(0).toString(), q.value(1).toInt());
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return out;
    }

private:
    template<typename F>
    void answer(F f)
    {
        QTimer::singleShot(m_spec.latencyMs, this, std::move(f));
    }

    QSqlDatabase remote()
    {
        if (!QSqlDatabase::contains(m_connection)) {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
            db.setDatabaseName(m_spec.remotePath);
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
            if (db.open()) {
                QSqlQuery q(db);
                q.exec(u"PRAGMA journal_mode=WAL"_s);
                q.exec(u"CREATE TABLE IF NOT EXISTS deliveries (id INTEGER PRIMARY KEY, idempotency_key TEXT NOT NULL,"
                       " channel_id INTEGER NOT NULL, remote_id TEXT NOT NULL, body TEXT NOT NULL)"_s);
                q.exec(u"CREATE INDEX IF NOT EXISTS deliveries_key ON deliveries(idempotency_key)"_s);
            }
        }
        return QSqlDatabase::database(m_connection);
    }

    QString deliveredRemoteId(const QString &key)
    {
        QSqlQuery q(remote());
        q.prepare(u"SELECT remote_id FROM deliveries WHERE idempotency_key = ? LIMIT 1"_s);
        q.addBindValue(key);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    QString deliver(const OutboundReply &reply)
    {
        const QString remoteId = u"remote-"_s + reply.idempotencyKey;
        QSqlQuery q(remote());
        q.prepare(u"INSERT INTO deliveries(idempotency_key, channel_id, remote_id, body) VALUES (?, ?, ?, ?)"_s);
        q.addBindValue(reply.idempotencyKey);
        q.addBindValue(reply.channelId);
        q.addBindValue(remoteId);
        q.addBindValue(reply.bodyText);
        if (!q.exec())
            qWarning("fake remote: %s", qPrintable(q.lastError().text()));
        return remoteId;
    }

    FakeChannelSpec m_spec;
    FakeChannelStats *m_stats;
    QRandomGenerator m_random;
    QString m_connection;
};

} // namespace hd::test
