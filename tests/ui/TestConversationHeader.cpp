#include "core/common/Clock.h"
#include "ui/conversation/ConversationHeader.h"

#include <QLabel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hd;

namespace {
constexpr qint64 kHour = 3'600'000;
constexpr qint64 kNow = 1'790'000'000'000;

ConversationSummary summaryOf(ChannelKind kind, qint64 lastInboundAt)
{
    ConversationSummary s;
    s.conversation.id = 42;
    s.conversation.subject = u"Where is my order?"_s;
    s.conversation.lastInboundAt = lastInboundAt;
    s.channelKind = kind;
    s.channelName = u"Shop page"_s;
    s.customerName = u"Ana"_s;
    return s;
}
} // namespace

class TestConversationHeader final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsMetaMessagingWindow_data();
    void showsMetaMessagingWindow();
    void followsTheClockAndClears();
};

void TestConversationHeader::showsMetaMessagingWindow_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("buyerWroteAgoMs");
    QTest::addColumn<bool>("visible");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("canReply");
    const int fb = int(ChannelKind::Facebook);
    const int ig = int(ChannelKind::Instagram);
    QTest::newRow("facebook, 21 h ago") << fb << 21 * kHour << true << u"Window closes in 3 h"_s << true;
    QTest::newRow("instagram, 2 days ago") << ig << 48 * kHour << true << u"HUMAN_AGENT tag, 5 days left"_s << true;
    QTest::newRow("facebook, 8 days ago")
        << fb << 8 * 24 * kHour << true << u"Window closed: the buyer must write again before you can reply"_s << false;
    QTest::newRow("ebay: no window") << int(ChannelKind::Ebay) << 8 * 24 * kHour << false << QString() << false;
    QTest::newRow("e-mail: no window") << int(ChannelKind::Email) << kHour << false << QString() << false;
}

void TestConversationHeader::showsMetaMessagingWindow()
{
    QFETCH(int, kind);
    QFETCH(qint64, buyerWroteAgoMs);
    QFETCH(bool, visible);
    QFETCH(QString, text);
    QFETCH(bool, canReply);
    FakeClock clock(kNow);
    ConversationHeader header;
    header.setClock(&clock);
    header.show();
    header.setSummary(summaryOf(ChannelKind(kind), kNow - buyerWroteAgoMs));
    auto *label = header.findChild<QLabel *>(u"messagingWindowLabel"_s);
    QVERIFY(label);
    QCOMPARE(label->isVisible(), visible);
    QCOMPARE(label->text(), text);
    if (visible)
        QCOMPARE(label->property("canReply").toBool(), canReply);
}

void TestConversationHeader::followsTheClockAndClears()
{
    FakeClock clock(kNow);
    ConversationHeader header;
    header.setClock(&clock);
    header.show();
    header.setSummary(summaryOf(ChannelKind::Facebook, kNow - 20 * kHour));
    auto *label = header.findChild<QLabel *>(u"messagingWindowLabel"_s);
    QVERIFY(label);
    QCOMPARE(label->text(), u"Window closes in 4 h"_s);
    clock.advanceMs(6 * kHour); // 26 h after the buyer wrote: the HUMAN_AGENT tag is needed
    header.setClock(&clock);
    QCOMPARE(label->text(), u"HUMAN_AGENT tag, 5 days left"_s);
    header.clear();
    QVERIFY(!label->isVisible());
    QVERIFY(label->text().isEmpty());
}

QTEST_MAIN(TestConversationHeader)
#include "TestConversationHeader.moc"
