#pragma once

// A hand-made workspace for the analytics tests: every row is inserted with SQL so the figures can
// be worked out by hand (see TestAnalyticsMetrics.cpp for the arithmetic).

#include "core/storage/Database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace hd::test {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

/// Monday 2026-11-02 00:00 UTC: the fixture's period is this week [T0, T0 + 7 days).
inline qint64 t0()
{
    return QDateTime(QDate(2026, 11, 2), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}
/// Day d (0 = Monday) at hh:mm UTC of the fixture week (negative days go back).
inline qint64 at(int day, int hh, int mm = 0)
{
    return t0() + day * kDay + hh * kHour + mm * kMinute;
}

class AnalyticsFixture final
{
public:
    explicit AnalyticsFixture(const Database &db)
        : m_db(db)
    {
    }

    qint64 amazon = 0, etsy = 0, email = 0;
    qint64 li = 0, maria = 0;
    qint64 c1 = 0, c2 = 0, c3 = 0, c4 = 0, c5 = 0, c6 = 0;

    bool exec(const QString &sql, const QVariantList &binds = {}, qint64 *id = nullptr)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(sqlValue(v));
        if (!q.exec()) {
            m_error = q.lastError().text() + QStringLiteral(" in ") + sql;
            return false;
        }
        if (id) {
            if (!q.next()) {
                m_error = QStringLiteral("no id from ") + sql;
                return false;
            }
            *id = q.value(0).toLongLong();
        }
        return true;
    }
    QString error() const { return m_error; }

    qint64 conversation(qint64 channel,
                        const QString &ext,
                        qint64 assignee,
                        const QString &status,
                        qint64 createdAt,
                        qint64 lastMessageAt,
                        qint64 resolvedAt,
                        const QString &intent,
                        const QString &sentiment,
                        const QString &language)
    {
        qint64 id = 0;
        exec(QStringLiteral(
                 "INSERT INTO conversations(channel_id, external_id, customer_id, subject, status, assignee_id,"
                 " language, intent, sentiment, created_at, updated_at, last_message_at, resolved_at)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
             {channel,
              ext,
              m_customer,
              QString(QStringLiteral("=HYPERLINK(\"http://x\") ") + ext),
              status,
              assignee ? QVariant(assignee) : QVariant(QMetaType::fromType<qint64>()),
              language,
              intent,
              sentiment,
              createdAt,
              createdAt,
              lastMessageAt,
              resolvedAt},
             &id);
        return id;
    }
    qint64 message(qint64 conversation,
                   qint64 channel,
                   const QString &direction,
                   qint64 sentAt,
                   qint64 author = 0,
                   bool automated = false,
                   const QString &status = QString())
    {
        qint64 id = 0;
        const QString st = status.isEmpty()
            ? (direction == QLatin1String("inbound") ? QStringLiteral("received") : QStringLiteral("sent"))
            : status;
        exec(QStringLiteral("INSERT INTO messages(conversation_id, channel_id, external_id, direction, status,"
                            " author_agent_id, body_text, sent_at, created_at, automated)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
             {conversation,
              channel,
              QStringLiteral("m%1").arg(++m_seq),
              direction,
              st,
              author ? QVariant(author) : QVariant(QMetaType::fromType<qint64>()),
              QStringLiteral("text"),
              sentAt,
              sentAt,
              automated ? 1 : 0},
             &id);
        return id;
    }
    void event(const QString &kind,
               qint64 conversation,
               qint64 channel,
               qint64 occurredAt,
               qint64 durationMs = 0,
               qint64 businessMs = 0,
               qint64 agent = 0,
               qint64 messageId = 0,
               const QString &target = {},
               const QString &policy = {},
               bool automated = false)
    {
        exec(QStringLiteral(
                 "INSERT INTO reporting_events(kind, conversation_id, message_id, channel_id, agent_id, target,"
                 " policy, occurred_at, duration_ms, business_duration_ms, automated)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {kind,
              conversation,
              messageId,
              channel,
              agent,
              target,
              policy,
              occurredAt,
              durationMs,
              businessMs,
              automated ? 1 : 0});
    }

    /// Builds the whole fixture; false (see error()) when a statement failed.
    bool build()
    {
        const QString none;
        if (!exec(
                QStringLiteral(
                    "INSERT INTO channels(kind, name, marketplace, created_at) VALUES ('amazon', 'Amazon DE', 'DE', 0)"
                    " RETURNING id"),
                {},
                &amazon)
            || !exec(QStringLiteral(
                         "INSERT INTO channels(kind, name, marketplace, created_at) VALUES ('etsy', 'Etsy shop', '', 0)"
                         " RETURNING id"),
                     {},
                     &etsy)
            || !exec(
                QStringLiteral(
                    "INSERT INTO channels(kind, name, marketplace, created_at) VALUES ('email', 'Support mail', '', 0)"
                    " RETURNING id"),
                {},
                &email)
            || !exec(
                QStringLiteral("INSERT INTO agents(name, email, teams) VALUES ('Li Wei', 'li@example.com', 'cn,day')"
                               " RETURNING id"),
                {},
                &li)
            || !exec(QStringLiteral("INSERT INTO agents(name, email, teams) VALUES ('Maria', 'maria@example.com', 'eu')"
                                    " RETURNING id"),
                     {},
                     &maria)
            || !exec(QStringLiteral(
                         "INSERT INTO customers(display_name, created_at) VALUES ('Anna Schmidt', 0) RETURNING id"),
                     {},
                     &m_customer))
            return false;
        // Company policy on a business calendar: Mon-Fri 09:00-17:00 UTC (the reporting calendar).
        if (!exec(QStringLiteral(
                      "INSERT INTO sla_policies(name, scope_json, first_response_minutes, calendar_json, enabled)"
                      " VALUES ('Office', '{\"kind\":\"company\"}', 60, ?, 1)"),
                  {QStringLiteral("{\"basis\":\"business\",\"calendar\":{\"timeZone\":\"UTC\",\"hours\":{"
                                  "\"mon\":[[\"09:00\",\"17:00\"]],\"tue\":[[\"09:00\",\"17:00\"]],"
                                  "\"wed\":[[\"09:00\",\"17:00\"]],\"thu\":[[\"09:00\",\"17:00\"]],"
                                  "\"fri\":[[\"09:00\",\"17:00\"]]}}}")}))
            return false;

        // C1 Amazon, Li: auto-reply then a human reply; a burst answered next morning; resolved; CSAT 5.
        c1 = conversation(amazon,
                          QStringLiteral("c1"),
                          li,
                          QStringLiteral("resolved"),
                          at(0, 10),
                          at(1, 9, 30),
                          at(1, 10),
                          QStringLiteral("where_is_my_order"),
                          QStringLiteral("neutral"),
                          QStringLiteral("de"));
        message(c1, amazon, QStringLiteral("inbound"), at(0, 10));
        const qint64 c1auto = message(c1, amazon, QStringLiteral("outbound"), at(0, 10, 1), 0, true);
        const qint64 c1r1 = message(c1, amazon, QStringLiteral("outbound"), at(0, 11, 30), li);
        message(c1, amazon, QStringLiteral("inbound"), at(0, 16));
        message(c1, amazon, QStringLiteral("inbound"), at(0, 16, 30));
        message(c1, amazon, QStringLiteral("outbound"), at(1, 9, 30), li);
        // The triage writer's first_response row counted the auto-reply (amazon does not, but a policy may):
        // automated rows are ignored for the human first response.
        event(QStringLiteral("first_response"),
              c1,
              amazon,
              at(0, 10, 1),
              kMinute,
              kMinute,
              0,
              c1auto,
              none,
              none,
              true);
        event(QStringLiteral("resolution"), c1, amazon, at(1, 10), 24 * kHour, 8 * kHour, li);
        event(QStringLiteral("sla_hit"),
              c1,
              amazon,
              at(0, 11, 30),
              90 * kMinute,
              0,
              li,
              c1r1,
              QStringLiteral("first_response"),
              QStringLiteral("amazon"));
        event(QStringLiteral("sla_hit"),
              c1,
              amazon,
              at(1, 9, 30),
              0,
              0,
              li,
              0,
              QStringLiteral("next_response"),
              QStringLiteral("amazon"));
        exec(QStringLiteral("INSERT INTO csat_responses(conversation_id, agent_id, score, sent_at, answered_at) VALUES "
                            "(?, ?, 5, ?, ?)"),
             {c1, li, at(1, 10, 5), at(1, 12)});
        exec(QStringLiteral(
                 "INSERT INTO focus_sessions(agent_id, conversation_id, started_at, duration_ms) VALUES (?, ?, ?, ?)"),
             {li, c1, at(0, 11, 20), 10 * kMinute});
        exec(QStringLiteral(
                 "INSERT INTO focus_sessions(agent_id, conversation_id, started_at, duration_ms) VALUES (?, ?, ?, ?)"),
             {li, c1, at(1, 9, 20), 5 * kMinute});
        exec(QStringLiteral("INSERT INTO tags(name) VALUES ('vip')"));
        exec(QStringLiteral(
                 "INSERT INTO conversation_tags(conversation_id, tag_id) SELECT ?, id FROM tags WHERE name = 'vip'"),
             {c1});
        exec(QStringLiteral("UPDATE conversations SET tags = 'vip' WHERE id = ?"), {c1});

        // C2 Etsy, Maria: Friday 16:30 question answered Saturday; "thanks" reopens Sunday, resolved again
        // without a reply (still first-contact resolution); CSAT sent, not answered.
        c2 = conversation(etsy,
                          QStringLiteral("c2"),
                          maria,
                          QStringLiteral("resolved"),
                          at(4, 16, 30),
                          at(6, 9),
                          at(6, 9, 10),
                          QStringLiteral("return_refund"),
                          QStringLiteral("negative"),
                          QStringLiteral("en"));
        message(c2, etsy, QStringLiteral("inbound"), at(4, 16, 30));
        message(c2, etsy, QStringLiteral("outbound"), at(5, 10), maria);
        message(c2, etsy, QStringLiteral("inbound"), at(6, 9));
        event(QStringLiteral("resolution"), c2, etsy, at(5, 10, 5), 17 * kHour + 35 * kMinute, 30 * kMinute, maria);
        event(QStringLiteral("reopen"), c2, etsy, at(6, 9), 23 * kHour - 5 * kMinute, 0);
        event(QStringLiteral("resolution"), c2, etsy, at(6, 9, 10), 10 * kMinute, 0, maria);
        event(QStringLiteral("sla_hit"),
              c2,
              etsy,
              at(5, 10),
              0,
              0,
              maria,
              0,
              QStringLiteral("first_response"),
              QStringLiteral("etsy"));
        exec(QStringLiteral("INSERT INTO csat_responses(conversation_id, agent_id, score, sent_at, answered_at) VALUES "
                            "(?, ?, 0, ?, 0)"),
             {c2, maria, at(6, 9, 15)});
        exec(QStringLiteral(
                 "INSERT INTO focus_sessions(agent_id, conversation_id, started_at, duration_ms) VALUES (?, ?, ?, ?)"),
             {maria, c2, at(5, 9, 55), 2 * kMinute});

        // C3 e-mail, Li: Wednesday 08:00 before opening, answered 09:15; the reply event carries the durations.
        c3 = conversation(email,
                          QStringLiteral("c3"),
                          li,
                          QStringLiteral("resolved"),
                          at(2, 8),
                          at(2, 9, 15),
                          at(2, 9, 20),
                          QStringLiteral("product_question"),
                          QStringLiteral("positive"),
                          QStringLiteral("en"));
        message(c3, email, QStringLiteral("inbound"), at(2, 8));
        const qint64 c3r = message(c3, email, QStringLiteral("outbound"), at(2, 9, 15), li);
        event(QStringLiteral("first_response"), c3, email, at(2, 9, 15), 75 * kMinute, 15 * kMinute, li, c3r);
        event(QStringLiteral("resolution"), c3, email, at(2, 9, 20), 80 * kMinute, 20 * kMinute, li);
        event(QStringLiteral("sla_hit"),
              c3,
              email,
              at(2, 9, 15),
              0,
              0,
              li,
              c3r,
              QStringLiteral("first_response"),
              QStringLiteral("company:1"));
        exec(QStringLiteral("INSERT INTO csat_responses(conversation_id, agent_id, score, sent_at, answered_at) VALUES "
                            "(?, ?, 3, ?, ?)"),
             {c3, li, at(2, 9, 25), at(2, 10)});

        // C4 Amazon, nobody: only an auto-reply, resolved by the system (auto-resolved); the marketplace
        // first-response deadline was missed.
        c4 = conversation(amazon,
                          QStringLiteral("c4"),
                          0,
                          QStringLiteral("resolved"),
                          at(3, 12),
                          at(3, 12),
                          at(3, 12, 5),
                          QStringLiteral("cancel"),
                          QStringLiteral("neutral"),
                          QStringLiteral("de"));
        message(c4, amazon, QStringLiteral("inbound"), at(3, 12));
        message(c4, amazon, QStringLiteral("outbound"), at(3, 12, 0) + 30'000, 0, true);
        event(QStringLiteral("resolution"), c4, amazon, at(3, 12, 5), 5 * kMinute, 5 * kMinute, 0);
        event(QStringLiteral("sla_miss"),
              c4,
              amazon,
              at(4, 12),
              24 * kHour,
              0,
              0,
              0,
              QStringLiteral("first_response"),
              QStringLiteral("amazon"));

        // C5 Amazon, Maria: Saturday-evening question (before the period) answered Monday 08:00; a new
        // question Monday 09:00 is still open (backlog); a queued reply is not a response yet.
        c5 = conversation(amazon,
                          QStringLiteral("c5"),
                          maria,
                          QStringLiteral("open"),
                          at(-2, 20),
                          at(0, 9),
                          0,
                          QStringLiteral("where_is_my_order"),
                          QStringLiteral("negative"),
                          QStringLiteral("de"));
        message(c5, amazon, QStringLiteral("inbound"), at(-2, 20));
        message(c5, amazon, QStringLiteral("outbound"), at(0, 8), maria);
        message(c5, amazon, QStringLiteral("inbound"), at(0, 9));
        message(c5, amazon, QStringLiteral("outbound"), at(0, 12), maria, false, QStringLiteral("queued"));
        event(QStringLiteral("sla_miss"),
              c5,
              amazon,
              at(-1, 20),
              24 * kHour,
              0,
              0,
              0,
              QStringLiteral("first_response"),
              QStringLiteral("amazon"));

        // C6 e-mail, Li, the previous week: answered in 2 h; resolved with no event (imported history).
        c6 = conversation(email,
                          QStringLiteral("c6"),
                          li,
                          QStringLiteral("resolved"),
                          at(-5, 10),
                          at(-5, 12),
                          at(-5, 12, 30),
                          QStringLiteral("product_question"),
                          QStringLiteral("positive"),
                          QStringLiteral("en"));
        message(c6, email, QStringLiteral("inbound"), at(-5, 10));
        message(c6, email, QStringLiteral("outbound"), at(-5, 12), li);
        return m_error.isEmpty();
    }

private:
    const Database &m_db;
    qint64 m_customer = 0;
    int m_seq = 0;
    QString m_error;
};

} // namespace hd::test
