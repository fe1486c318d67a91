#pragma once

// Snapshots and helpers shared by the rules tests.

#include "core/workflow/rules/Condition.h"
#include "core/workflow/rules/RuleContext.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTest>

namespace hd::test {

constexpr qint64 kMinute = 60'000;

/// 2024-06-03 10:00 UTC, a Monday.
inline qint64 monday10utc()
{
    return QDateTime::fromString(QStringLiteral("2024-06-03T10:00:00Z"), Qt::ISODate).toMSecsSinceEpoch();
}

/// A damaged-item refund request on Amazon DE with a chargeback threat: every field set.
inline RuleContext fullContext()
{
    RuleContext c;
    c.conversationId = 42;
    c.nowMs = monday10utc();
    c.channelKind = ChannelKind::Amazon;
    c.channelId = 3;
    c.marketplace = QStringLiteral("DE");
    c.region = QStringLiteral("DE");
    c.language = QStringLiteral("de");
    c.subject = QStringLiteral("Wo ist meine Bestellung?");
    c.text = QStringLiteral("My parcel arrived damaged, I want a refund or I will file a chargeback");
    c.direction = MessageDirection::Inbound;
    c.intent = QStringLiteral("refund");
    c.sentiment = QStringLiteral("negative");
    c.status = ConversationStatus::Open;
    c.priority = Priority::High;
    c.assigneeId = 7;
    c.tags = {QStringLiteral("vip"), QStringLiteral("returns")};
    c.createdAt = c.nowMs - 120 * kMinute;
    c.lastInboundAt = c.nowMs - 90 * kMinute;
    c.orderStatus = QStringLiteral("delivered");
    c.orderTotalCents = 12000;
    c.orderCurrency = QStringLiteral("EUR");
    c.customerOrderCount = 3;
    c.customerLifetimeValueCents = 45000;
    c.repeatContacts7d = 2;
    c.vip = true;
    c.slaMsLeft = 40 * kMinute;
    c.inBusinessHours = true;
    return c;
}

/// A first e-mail with nothing known: no order, no SLA clock, no tags, unassigned.
inline RuleContext bareContext()
{
    RuleContext c;
    c.conversationId = 43;
    c.nowMs = monday10utc();
    return c;
}

/// Parses a condition from JSON text or fails the test.
inline Condition cond(const QByteArray &json)
{
    auto r = Condition::fromJsonText(json);
    if (!r) {
        QTest::qFail(qPrintable(QStringLiteral("bad condition in test data: ") + r.error().message),
                     __FILE__,
                     __LINE__);
        return {};
    }
    return r.value();
}

} // namespace hd::test
