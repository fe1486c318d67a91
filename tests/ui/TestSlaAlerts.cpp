// SLA notifications without a tray (offscreen): the in-app banner shows each clock's warning and its
// breach once, several at once as one message, and "Open" asks for the conversation.

#include "ui/shell/NotificationBanner.h"
#include "ui/shell/SlaAlerts.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace hd;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kNow = 1'773'144'000'000;

SlaClockRecord clock(qint64 id, qint64 conversationId, qint64 dueAt, const QString &buyer)
{
    SlaClockRecord r;
    r.id = id;
    r.conversationId = conversationId;
    r.policyName = u"Amazon 24 h"_s;
    r.target = SlaTarget::FirstResponse;
    r.dueAt = dueAt;
    r.targetMs = 24 * kHour;
    r.warningAt = dueAt - 6 * kHour;
    r.customerName = buyer;
    return r;
}
} // namespace

class TestSlaAlerts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void warnsThenBreachesOnce();
    void groupsSeveralIntoOneMessage();
    void openAsksForTheConversation();
};

void TestSlaAlerts::warnsThenBreachesOnce()
{
    FakeClock now(kNow);
    NotificationBanner banner;
    SlaAlerts alerts(&banner, now);
    alerts.setTrayEnabled(false);
    QVERIFY(!alerts.usesTray());
    QList<SlaClockRecord> records{clock(1, 42, kNow + 8 * kHour, u"Ana"_s)};
    QSignalSpy notified(&alerts, &SlaAlerts::notified);
    alerts.watch([&](double) -> Result<QList<SlaClockRecord>> { return records; }, 60'000);
    QCOMPARE(notified.count(), 0); // 8 h left: not yet in the warning window
    QVERIFY(banner.isHidden());

    now.setNowMs(kNow + 3 * kHour); // 5 h left: warning
    QCOMPARE(alerts.poll(), 1);
    QCOMPARE(notified.count(), 1);
    QCOMPARE(notified.constLast().at(1).toString(), u"warning"_s);
    QVERIFY(!banner.isHidden());
    QVERIFY2(banner.text().contains(u"Ana"_s) && banner.text().contains(u"due in 5h"_s), qPrintable(banner.text()));
    QCOMPARE(alerts.poll(), 0); // once

    now.setNowMs(kNow + 8 * kHour + 10 * kMinute); // past due
    QCOMPARE(alerts.poll(), 1);
    QCOMPARE(notified.constLast().at(1).toString(), u"breach"_s);
    QVERIFY2(banner.text().contains(u"overdue by 10m"_s), qPrintable(banner.text()));
    QCOMPARE(alerts.poll(), 0);
}

void TestSlaAlerts::groupsSeveralIntoOneMessage()
{
    FakeClock now(kNow);
    NotificationBanner banner;
    SlaAlerts alerts(&banner, now);
    QSignalSpy notified(&alerts, &SlaAlerts::notified);
    alerts.watch([](double) -> Result<QList<SlaClockRecord>> {
        return QList<SlaClockRecord>{clock(1, 10, kNow - kHour, u"Late"_s),
                                     clock(2, 20, kNow - kMinute, u"Later"_s),
                                     clock(3, 30, kNow + kHour, u"Soon"_s)};
    });
    QCOMPARE(notified.count(), 1);
    QVERIFY2(banner.text().contains(u"2 conversation"_s) && banner.text().contains(u"past the deadline"_s) && banner.text().contains(u"1 due soon"_s),
             qPrintable(banner.text()));
    QCOMPARE(banner.conversationId(), 10); // the most urgent
}

void TestSlaAlerts::openAsksForTheConversation()
{
    FakeClock now(kNow);
    NotificationBanner banner;
    SlaAlerts alerts(&banner, now);
    QSignalSpy open(&alerts, &SlaAlerts::conversationActivated);
    TriageNotification n;
    n.conversationId = 77;
    n.source = u"Rule “Chargebacks”"_s;
    n.text = u"Chargeback threat"_s;
    alerts.notify(n, u"breach"_s);
    QCOMPARE(banner.text(), u"Rule “Chargebacks”: Chargeback threat"_s);
    QTest::mouseClick(banner.findChild<QPushButton *>(u"slaAlertOpenButton"_s), Qt::LeftButton);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.constFirst().constFirst().toLongLong(), 77);
    QVERIFY(banner.isHidden());
}

QTEST_MAIN(TestSlaAlerts)
#include "TestSlaAlerts.moc"
