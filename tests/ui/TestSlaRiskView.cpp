// "SLA at risk": the list of deadlines that pass within the next hours, earliest first, with a live
// countdown coloured by urgency. The model merges each new answer row by row (never a reset); the view
// asks for the horizon the agent picks, ticks the countdowns with the clock and opens a conversation.

#include "ui/inbox/SlaRiskModel.h"
#include "ui/inbox/SlaRiskView.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace hd;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kNow = 1'773'144'000'000; // 2026-03-10 12:00 UTC

SlaClockRecord clock(qint64 id, qint64 conversationId, qint64 dueIn, const QString &buyer, qint64 targetMs = 24 * kHour)
{
    SlaClockRecord r;
    r.id = id;
    r.conversationId = conversationId;
    r.policy = u"amazon"_s;
    r.policyName = u"Amazon 24 h"_s;
    r.policyKind = SlaPolicy::Kind::Marketplace;
    r.target = SlaTarget::FirstResponse;
    r.state = dueIn < 0 ? SlaTargetStatus::State::Breached : SlaTargetStatus::State::Running;
    r.dueAt = kNow + dueIn;
    r.startedAt = r.dueAt - targetMs;
    r.targetMs = targetMs;
    r.subject = u"Order 113-%1"_s.arg(conversationId);
    r.customerName = buyer;
    r.channelKind = ChannelKind::Amazon;
    return r;
}
} // namespace

class TestSlaRiskView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void countdownAndUrgency_data();
    void countdownAndUrgency();
    void mergesWithoutReset();
    void viewAsksForTheChosenHorizon();
    void countdownTicksWithTheClock();
    void opensTheConversation();
    void showsWhenNothingIsAtRisk();
    void showsTheSourceError();
};

void TestSlaRiskView::countdownAndUrgency_data()
{
    QTest::addColumn<qint64>("dueIn");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("urgency");
    QTest::newRow("10 h left of 24 h: ok") << 10 * kHour << u"10h"_s << u"ok"_s;
    QTest::newRow("5 h left of 24 h: warning (under 25 %)") << 5 * kHour << u"5h"_s << u"warning"_s;
    QTest::newRow("20 min left: critical") << 20 * kMinute << u"20m"_s << u"critical"_s;
    QTest::newRow("5 min past: overdue") << -5 * kMinute << u"overdue 5m"_s << u"overdue"_s;
}

void TestSlaRiskView::countdownAndUrgency()
{
    QFETCH(qint64, dueIn);
    QFETCH(QString, text);
    QFETCH(QString, urgency);
    FakeClock now(kNow);
    SlaRiskModel model(now);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRecords({clock(1, 10, dueIn, u"Ana"_s)});
    const QModelIndex countdown = model.index(0, SlaRiskModel::CountdownColumn);
    QCOMPARE(countdown.data().toString(), text);
    QCOMPARE(countdown.data(SlaRiskModel::UrgencyRole).toString(), urgency);
    QCOMPARE(countdown.data(SlaRiskModel::MsLeftRole).toLongLong(), dueIn);
    QCOMPARE(model.index(0, SlaRiskModel::BuyerColumn).data().toString(), u"Ana"_s);
    QCOMPARE(model.index(0, SlaRiskModel::ClockColumn).data().toString(), u"First response · Amazon 24 h"_s);
    QVERIFY(countdown.data(Qt::ForegroundRole).value<QColor>().isValid());
    QCOMPARE(model.overdueCount(), dueIn < 0 ? 1 : 0);
}

void TestSlaRiskView::mergesWithoutReset()
{
    FakeClock now(kNow);
    SlaRiskModel model(now);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.setRecords({clock(1, 10, kHour, u"A"_s), clock(2, 20, 2 * kHour, u"B"_s), clock(3, 30, 3 * kHour, u"C"_s)});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(inserted.count(), 3);

    // C's deadline moved up (a new buyer message); A was answered; D is new.
    model.setRecords(
        {clock(3, 30, 30 * kMinute, u"C"_s), clock(2, 20, 2 * kHour, u"B"_s), clock(4, 40, 4 * kHour, u"D"_s)});
    QCOMPARE(model.rowCount(), 3);
    QStringList buyers;
    for (int row = 0; row < model.rowCount(); ++row)
        buyers << model.index(row, SlaRiskModel::BuyerColumn).data().toString();
    QCOMPARE(buyers, (QStringList{u"C"_s, u"B"_s, u"D"_s}));
    QVERIFY(moved.count() >= 1);
    QVERIFY(removed.count() >= 1);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(model.index(0, SlaRiskModel::CountdownColumn).data().toString(), u"30m"_s);

    model.setRecords({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(resets.count(), 0);
}

void TestSlaRiskView::viewAsksForTheChosenHorizon()
{
    FakeClock now(kNow);
    QList<double> asked;
    SlaRiskView view(
        [&](double hours) -> Result<QList<SlaClockRecord>> {
            asked << hours;
            QList<SlaClockRecord> out{clock(1, 10, -10 * kMinute, u"Late"_s)};
            if (hours >= 4)
                out << clock(2, 20, 3 * kHour, u"Soon"_s);
            if (hours >= 8)
                out << clock(3, 30, 7 * kHour, u"Later"_s);
            return out;
        },
        now);
    view.resize(900, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.hours(), 4.0); // the default look-ahead
    QCOMPARE(asked.constLast(), 4.0);
    QCOMPARE(view.model()->rowCount(), 2);
    auto *summary = view.findChild<QLabel *>(u"slaRiskSummary"_s);
    QCOMPARE(summary->text(), u"1 overdue · 1 due within 4 h"_s);

    auto *hours = view.findChild<QComboBox *>(u"slaRiskHoursCombo"_s);
    const int eight = hours->findData(8.0);
    QVERIFY(eight >= 0);
    hours->setCurrentIndex(eight);
    Q_EMIT hours->activated(eight);
    QCOMPARE(asked.constLast(), 8.0);
    QCOMPARE(view.model()->rowCount(), 3);
    QCOMPARE(summary->text(), u"1 overdue · 2 due within 8 h"_s);
}

void TestSlaRiskView::countdownTicksWithTheClock()
{
    FakeClock now(kNow);
    SlaRiskView view(
        [](double) -> Result<QList<SlaClockRecord>> {
            return QList<SlaClockRecord>{clock(1, 10, 2 * kMinute, u"Ana"_s)};
        },
        now);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QModelIndex countdown = view.model()->index(0, SlaRiskModel::CountdownColumn);
    QCOMPARE(countdown.data().toString(), u"2m"_s);
    QSignalSpy changed(view.model(), &QAbstractItemModel::dataChanged);
    now.advanceMs(3 * kMinute);
    // The one-second tick repaints without asking the source again.
    QVERIFY(changed.wait(3000));
    QCOMPARE(countdown.data().toString(), u"overdue 1m"_s);
    QCOMPARE(countdown.data(SlaRiskModel::UrgencyRole).toString(), u"overdue"_s);
    QTRY_COMPARE(view.findChild<QLabel *>(u"slaRiskSummary"_s)->text(), u"1 overdue · 0 due within 4 h"_s);
}

void TestSlaRiskView::opensTheConversation()
{
    FakeClock now(kNow);
    SlaRiskView view(
        [](double) -> Result<QList<SlaClockRecord>> {
            return QList<SlaClockRecord>{clock(1, 10, kHour, u"A"_s), clock(2, 77, 2 * kHour, u"B"_s)};
        },
        now);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy opened(&view, &SlaRiskView::conversationActivated);
    auto *list = view.findChild<QTreeView *>(u"slaRiskList"_s);
    list->setCurrentIndex(view.model()->index(1, 0));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.constFirst().constFirst().toLongLong(), 77);
}

void TestSlaRiskView::showsWhenNothingIsAtRisk()
{
    FakeClock now(kNow);
    SlaRiskView view([](double) -> Result<QList<SlaClockRecord>> { return QList<SlaClockRecord>{}; }, now);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.findChild<QLabel *>(u"slaRiskEmptyLabel"_s)->isVisible());
    QVERIFY(!view.findChild<QTreeView *>(u"slaRiskList"_s)->isVisible());
}

void TestSlaRiskView::showsTheSourceError()
{
    FakeClock now(kNow);
    SlaRiskView view(
        [](double) -> Result<QList<SlaClockRecord>> {
            return Error::make(Error::Code::Database, u"The database is not reachable."_s, u"connection refused"_s);
        },
        now);
    QCOMPARE(view.findChild<QLabel *>(u"slaRiskSummary"_s)->text(), u"The database is not reachable."_s);
}

QTEST_MAIN(TestSlaRiskView)
#include "TestSlaRiskView.moc"
