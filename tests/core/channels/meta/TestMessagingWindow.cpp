#include "core/channels/meta/MessagingWindow.h"

#include <QTest>

using namespace hd;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kMin = 60'000;
constexpr qint64 kHour = 60 * kMin;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kNow = 1'790'000'000'000;
} // namespace

class TestMessagingWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void state_data()
    {
        QTest::addColumn<qint64>("sinceBuyerWrote"); // ms before now; -1: never
        QTest::addColumn<bool>("humanAgent");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<qint64>("remaining");
        QTest::addColumn<QString>("text");

        QTest::newRow("never wrote") << qint64(-1) << true << QString() << QString() << qint64(0)
                                     << u"The buyer has not written yet; the Page cannot start the conversation"_s;
        QTest::newRow("just wrote") << qint64(0) << true << u"RESPONSE"_s << QString() << 24 * kHour
                                    << u"Window closes in 24 h"_s;
        QTest::newRow("21 h ago: 3 h left")
            << 21 * kHour << true << u"RESPONSE"_s << QString() << 3 * kHour << u"Window closes in 3 h"_s;
        QTest::newRow("3 h 40 min left rounds down to 3 h")
            << (20 * kHour + 20 * kMin) << true << u"RESPONSE"_s << QString() << (3 * kHour + 40 * kMin)
            << u"Window closes in 3 h"_s;
        QTest::newRow("45 min left") << (23 * kHour + 15 * kMin) << true << u"RESPONSE"_s << QString() << 45 * kMin
                                     << u"Window closes in 45 min"_s;
        QTest::newRow("10 s left shows 1 min") << (24 * kHour - 10'000) << true << u"RESPONSE"_s << QString()
                                               << qint64(10'000) << u"Window closes in 1 min"_s;
        QTest::newRow("exactly 24 h: human agent") << 24 * kHour << true << u"MESSAGE_TAG"_s << u"HUMAN_AGENT"_s
                                                   << 6 * kDay << u"HUMAN_AGENT tag, 6 days left"_s;
        QTest::newRow("2 days ago: 5 days left") << 2 * kDay << true << u"MESSAGE_TAG"_s << u"HUMAN_AGENT"_s << 5 * kDay
                                                 << u"HUMAN_AGENT tag, 5 days left"_s;
        QTest::newRow("5 days 12 h ago: 1 day left")
            << (5 * kDay + 12 * kHour) << true << u"MESSAGE_TAG"_s << u"HUMAN_AGENT"_s << (kDay + 12 * kHour)
            << u"HUMAN_AGENT tag, 1 day left"_s;
        QTest::newRow("6 days 19 h ago: 5 h left") << (6 * kDay + 19 * kHour) << true << u"MESSAGE_TAG"_s
                                                   << u"HUMAN_AGENT"_s << 5 * kHour << u"HUMAN_AGENT tag, 5 h left"_s;
        QTest::newRow("20 min before 7 days") << (7 * kDay - 20 * kMin) << true << u"MESSAGE_TAG"_s << u"HUMAN_AGENT"_s
                                              << 20 * kMin << u"HUMAN_AGENT tag, 20 min left"_s;
        QTest::newRow("exactly 7 days: closed") << 7 * kDay << true << QString() << QString() << qint64(0)
                                                << u"Window closed: the buyer must write again before you can reply"_s;
        QTest::newRow("30 h without human agent permission: closed")
            << 30 * kHour << false << QString() << QString() << qint64(0)
            << u"Window closed: the buyer must write again before you can reply"_s;
        QTest::newRow("clock skew: message from the future")
            << -5 * kMin << true << u"RESPONSE"_s << QString() << (24 * kHour + 5 * kMin) << u"Window closes in 24 h"_s;
    }
    void state()
    {
        QFETCH(qint64, sinceBuyerWrote);
        QFETCH(bool, humanAgent);
        QFETCH(QString, type);
        QFETCH(QString, tag);
        QFETCH(qint64, remaining);
        QFETCH(QString, text);
        const qint64 last = sinceBuyerWrote == -1 ? 0 : kNow - sinceBuyerWrote;
        const MessagingWindowState s = MessagingWindow::at(last, kNow, humanAgent);
        QCOMPARE(s.messagingType(), type);
        QCOMPARE(s.tag(), tag);
        QCOMPARE(s.canReply(), !type.isEmpty());
        QCOMPARE(s.remainingMs, remaining);
        QCOMPARE(MessagingWindow::describe(s), text);
    }
};

QTEST_GUILESS_MAIN(TestMessagingWindow)
#include "TestMessagingWindow.moc"
