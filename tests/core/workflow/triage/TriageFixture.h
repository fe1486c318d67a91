#pragma once

// A fresh workspace on each engine (SQLite file; PostgreSQL from HARBORDESK_PG_URL) with an Amazon and an
// e-mail channel and two agents, for the triage integration tests.

#include "../../storage/StorageFixture.h"

#include <QSqlQuery>

namespace hd::test {

constexpr qint64 kHourMs = 3'600'000;
constexpr qint64 kT0 = 1'790'000'000'000; // a fixed "now", UTC ms

inline qint64 scalar(Workspace &ws, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(ws.database().connection());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

inline QString text(Workspace &ws, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(ws.database().connection());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return QStringLiteral("<none>");
    return q.value(0).toString();
}

inline InboundMessage buyer(qint64 channelId,
                            const QString &conv,
                            const QString &ext,
                            const QString &body,
                            qint64 sentAt,
                            const QString &customer = QStringLiteral("anna"))
{
    InboundMessage m;
    m.channelId = channelId;
    m.conversationExternalId = conv;
    m.externalId = ext;
    m.customerExternalId = customer;
    m.customerName = QStringLiteral("Anna Schmidt");
    m.subject = QStringLiteral("Order question");
    m.bodyText = body;
    m.language = QStringLiteral("en");
    m.sentAt = sentAt;
    return m;
}

inline InboundMessage seller(qint64 channelId,
                             const QString &conv,
                             const QString &ext,
                             const QString &body,
                             qint64 sentAt,
                             bool automated = false)
{
    InboundMessage m = buyer(channelId, conv, ext, body, sentAt);
    m.direction = QStringLiteral("outbound");
    m.automated = automated;
    return m;
}

struct TriageWorld
{
    std::unique_ptr<Workspace> ws;
    qint64 amazon = 0;
    qint64 email = 0;
    qint64 maria = 0;
    qint64 li = 0;
};

inline bool openWorld(const QString &engine, QTemporaryDir &dir, const Clock &clock, TriageWorld &w)
{
    w.ws = openFresh(engine, dir, clock);
    if (!w.ws)
        return false;
    auto amazon = w.ws->directory().addChannel(
        Channel{0, ChannelKind::Amazon, QStringLiteral("Amazon DE"), QStringLiteral("DE"), {}, true, kT0});
    auto email = w.ws->directory().addChannel(
        Channel{0, ChannelKind::Email, QStringLiteral("Support mail"), QString(), {}, true, kT0});
    if (!amazon || !email) {
        QTest::qFail("cannot add channels", __FILE__, __LINE__);
        return false;
    }
    w.amazon = amazon.value();
    w.email = email.value();
    Agent a;
    a.name = QStringLiteral("Maria");
    a.email = QStringLiteral("maria@example.com");
    a.languages = {QStringLiteral("en"), QStringLiteral("de")};
    a.timeZone = QStringLiteral("UTC");
    Agent b = a;
    b.name = QStringLiteral("Li Wei");
    b.email = QStringLiteral("li@example.com");
    w.maria = w.ws->directory().addAgent(a).value();
    w.li = w.ws->directory().addAgent(b).value();
    return true;
}

} // namespace hd::test
