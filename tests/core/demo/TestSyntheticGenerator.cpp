#include "core/demo/SyntheticGenerator.h"
#include "core/storage/Database.h"
#include "core/storage/DirectoryRepository.h"

#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hd;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kNow = 1'790'000'000'000; // a fixed "now" (2026-09), UTC ms

QList<InboundMessage> drain(SyntheticGenerator &g, int batchSize)
{
    QList<qint64> ids;
    for (int i = 0; i < g.channels().size(); ++i)
        ids << 100 + i;
    g.setChannelIds(ids);
    QList<InboundMessage> all;
    while (g.hasNext())
        all << g.nextBatch(batchSize);
    return all;
}

QString describe(const InboundMessage &m)
{
    QStringList tags = m.tags;
    return QStringList{QString::number(m.channelId),
                       m.externalId,
                       m.conversationExternalId,
                       m.direction,
                       m.customerExternalId,
                       m.customerName,
                       m.customerEmail,
                       m.customerCountry,
                       m.customerLanguage,
                       m.subject,
                       m.bodyText,
                       m.language,
                       m.orderExternalId,
                       m.order ? m.order->externalId + QString::number(m.order->totalCents) : QString(),
                       tags.join(u','),
                       m.assigneeEmail,
                       m.status,
                       QString::number(m.sentAt)}
        .join(u'|');
}

} // namespace

class TestSyntheticGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sameSeedGivesSameMessages_data()
    {
        QTest::addColumn<int>("conversations");
        QTest::addColumn<int>("messages");
        QTest::addColumn<int>("batchA");
        QTest::addColumn<int>("batchB");
        QTest::newRow("one batch vs batches of 7") << 300 << 1200 << 5000 << 7;
        QTest::newRow("batches of 1 vs 1000") << 50 << 180 << 1 << 1000;
        QTest::newRow("one message per conversation") << 200 << 200 << 33 << 64;
    }
    void sameSeedGivesSameMessages()
    {
        QFETCH(int, conversations);
        QFETCH(int, messages);
        QFETCH(int, batchA);
        QFETCH(int, batchB);
        SyntheticGenerator a(42, conversations, messages, kNow);
        SyntheticGenerator b(42, conversations, messages, kNow);
        const auto first = drain(a, batchA);
        const auto second = drain(b, batchB);
        QCOMPARE(first.size(), second.size());
        for (int i = 0; i < first.size(); ++i)
            QCOMPARE(describe(first.at(i)), describe(second.at(i)));
    }

    void differentSeedsGiveDifferentMessages()
    {
        SyntheticGenerator a(1, 100, 400, kNow);
        SyntheticGenerator b(2, 100, 400, kNow);
        const auto first = drain(a, 100);
        const auto second = drain(b, 100);
        int same = 0;
        for (int i = 0; i < first.size(); ++i)
            same += first.at(i).bodyText == second.at(i).bodyText ? 1 : 0;
        QVERIFY2(same < first.size() / 4, qPrintable(u"%1 of %2 bodies identical"_s.arg(same).arg(first.size())));
        QVERIFY(first.first().conversationExternalId != second.first().conversationExternalId);
    }

    void countsAreExact_data()
    {
        QTest::addColumn<int>("conversations");
        QTest::addColumn<int>("messages");
        QTest::addColumn<int>("expectedConversations");
        QTest::newRow("four messages per conversation") << 250 << 1000 << 250;
        QTest::newRow("uneven split") << 97 << 1013 << 97;
        QTest::newRow("one conversation, many messages") << 1 << 150 << 1;
        QTest::newRow("more conversations than messages") << 50 << 20 << 20;
        QTest::newRow("nothing") << 0 << 0 << 0;
    }
    void countsAreExact()
    {
        QFETCH(int, conversations);
        QFETCH(int, messages);
        QFETCH(int, expectedConversations);
        SyntheticGenerator g(7, conversations, messages, kNow);
        QCOMPARE(g.conversationCount(), expectedConversations);
        const auto all = drain(g, 64);
        QCOMPARE(all.size(), messages);
        QCOMPARE(g.emittedCount(), messages);
        QVERIFY(!g.hasNext());
        QVERIFY(g.nextBatch(10).isEmpty());
        QSet<QString> convs, ids;
        for (const InboundMessage &m : all) {
            convs.insert(m.conversationExternalId);
            ids.insert(QString::number(m.channelId) + u'/' + m.externalId);
        }
        QCOMPARE(convs.size(), expectedConversations);
        QCOMPARE(ids.size(), messages);
    }

    void messagesComeInTimeOrderWithinTheSpan()
    {
        SyntheticGenerator g(11, 500, 2000, kNow);
        const auto all = drain(g, 128);
        QHash<QString, qint64> lastInConversation;
        QHash<QString, int> position;
        for (int i = 0; i < all.size(); ++i) {
            const InboundMessage &m = all.at(i);
            QVERIFY(m.sentAt <= kNow);
            QVERIFY(m.sentAt >= kNow - SyntheticGenerator::kSpanMs);
            if (i > 0)
                QVERIFY2(m.sentAt >= all.at(i - 1).sentAt, qPrintable(m.externalId));
            QVERIFY(m.sentAt >= lastInConversation.value(m.conversationExternalId, 0));
            lastInConversation[m.conversationExternalId] = m.sentAt;
            // Message numbers within a conversation follow each other; the first is the buyer's.
            const int k = position.value(m.conversationExternalId, 0);
            QCOMPARE(m.externalId, m.conversationExternalId + u"-m"_s + QString::number(k));
            if (k == 0)
                QCOMPARE(m.direction, u"inbound"_s);
            position[m.conversationExternalId] = k + 1;
        }
    }

    void workloadLooksLikeAHelpDesk()
    {
        SyntheticGenerator g(3, 4000, 16000, kNow);
        const auto all = drain(g, 1000);
        QSet<QString> conversations, withOrder, buyers, languages, channelsWithoutLanguage;
        QSet<qint64> channels;
        int outbound = 0;
        for (const InboundMessage &m : all) {
            conversations.insert(m.conversationExternalId);
            if (!m.orderExternalId.isEmpty())
                withOrder.insert(m.conversationExternalId);
            buyers.insert(QString::number(m.channelId) + u'/' + m.customerExternalId);
            if (m.language.isEmpty())
                channelsWithoutLanguage.insert(QString::number(m.channelId));
            else
                languages.insert(m.language);
            channels.insert(m.channelId);
            outbound += m.direction == "outbound"_L1 ? 1 : 0;
            QVERIFY(!m.bodyText.isEmpty());
            QVERIFY2(!m.bodyText.contains(u'{'), qPrintable(m.bodyText));
            QVERIFY(!m.customerExternalId.isEmpty());
        }
        const double orderShare = double(withOrder.size()) / double(conversations.size());
        QVERIFY2(orderShare > 0.62 && orderShare < 0.78, qPrintable(QString::number(orderShare)));
        QVERIFY2(buyers.size() < conversations.size() * 8 / 10, "buyers should come back");
        const double outShare = double(outbound) / double(all.size());
        QVERIFY2(outShare > 0.1 && outShare < 0.4, qPrintable(QString::number(outShare)));
        QCOMPARE(languages, (QSet<QString>{u"en"_s, u"es"_s, u"de"_s, u"fr"_s, u"it"_s, u"ja"_s, u"zh"_s}));
        QCOMPARE(channels.size(), g.channels().size());
        // E-mail, Facebook and the Shopify store do not tell the language: the pipeline detects it.
        QCOMPARE(channelsWithoutLanguage.size(), 3);
    }

    void orderNumbersFollowThePlatform_data()
    {
        QTest::addColumn<QString>("channelName");
        QTest::addColumn<QString>("pattern");
        QTest::newRow("Amazon 3-7-7") << u"Amazon US"_s << uR"(^\d{3}-\d{7}-\d{7}$)"_s;
        QTest::newRow("eBay 2-5-5") << u"eBay US"_s << uR"(^\d{2}-\d{5}-\d{5}$)"_s;
        QTest::newRow("Shopee order SN") << u"Shopee SG"_s << uR"(^\d{6}[0-9A-Z]{8}$)"_s;
        QTest::newRow("Shopify order name") << u"Shopify store"_s << uR"(^#\d{6,}$)"_s;
        QTest::newRow("Walmart 15 digits") << u"Walmart US"_s << uR"(^\d{15}$)"_s;
    }
    void orderNumbersFollowThePlatform()
    {
        QFETCH(QString, channelName);
        QFETCH(QString, pattern);
        SyntheticGenerator g(5, 2000, 4000, kNow);
        const auto all = drain(g, 500);
        qint64 channelId = 0;
        for (const Channel &c : g.channels())
            if (c.name == channelName)
                channelId = c.id;
        QVERIFY(channelId != 0);
        const QRegularExpression re(pattern);
        QSet<QString> numbers;
        for (const InboundMessage &m : all) {
            if (m.channelId != channelId || m.orderExternalId.isEmpty())
                continue;
            QVERIFY2(re.match(m.orderExternalId).hasMatch(), qPrintable(m.orderExternalId));
            if (m.order) {
                QCOMPARE(m.order->externalId, m.orderExternalId);
                QVERIFY(m.order->totalCents > 0);
                QVERIFY(!numbers.contains(m.orderExternalId)); // one order per conversation
                numbers.insert(m.orderExternalId);
            }
        }
        QVERIFY(!numbers.isEmpty());
    }

    void prepareDirectoryReusesChannelsAndAgents()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        WorkspaceLocation loc;
        loc.path = dir.filePath(u"ws.sqlite"_s);
        auto db = Database::open(loc);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().detail));
        DirectoryRepository directory(**db);
        SyntheticGenerator first(9, 10, 20, kNow);
        QVERIFY(first.prepareDirectory(directory).ok());
        SyntheticGenerator second(10, 10, 20, kNow);
        QVERIFY(second.prepareDirectory(directory).ok());
        const auto stored = directory.channels();
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), first.channels().size());
        QCOMPARE(second.channels().constFirst().id, first.channels().constFirst().id);
        QCOMPARE(directory.agents()->size(), first.agents().size());
        for (const InboundMessage &m : second.nextBatch(20))
            QVERIFY(m.channelId > 0);
    }
};

QTEST_GUILESS_MAIN(TestSyntheticGenerator)
#include "TestSyntheticGenerator.moc"
