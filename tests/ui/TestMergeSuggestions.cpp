#include "core/Workspace.h"
#include "core/storage/CustomerMergeRepository.h"
#include "ui/conversation/MergeSuggestions.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hd;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kNow = 1'790'000'000'000; // UTC ms
} // namespace

/// The merge suggestions of the customer panel, offscreen, on a real SQLite workspace.
class TestMergeSuggestions : public QObject
{
    Q_OBJECT

    FakeClock m_clock{kNow};
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<CustomerMergeRepository> m_service;
    qint64 m_ana = 0;  // eBay profile
    qint64 m_ana2 = 0; // e-mail profile, same address in another case

    qint64 customerOf(const QString &external)
    {
        QSqlQuery q(m_ws->database().connection());
        q.prepare(u"SELECT customer_id FROM customer_identities WHERE external_id = ?"_s);
        q.addBindValue(external);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto ws = Workspace::open(m_dir.filePath(u"ws.sqlite"_s), m_clock);
        QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().detail));
        m_ws = std::move(ws).value();
        const qint64 ebay =
            m_ws->directory().addChannel(Channel{0, ChannelKind::Ebay, u"eBay"_s, u"US"_s, {}, true, kNow}).value();
        const qint64 mail =
            m_ws->directory().addChannel(Channel{0, ChannelKind::Email, u"Mail"_s, {}, {}, true, kNow}).value();
        InboundMessage a;
        a.channelId = ebay;
        a.externalId = u"e1"_s;
        a.conversationExternalId = u"c1"_s;
        a.customerExternalId = u"ana_b"_s;
        a.customerName = u"Ana Borges"_s;
        a.customerEmail = u"Ana.Borges@example.pt"_s;
        a.bodyText = u"Olá"_s;
        a.sentAt = kNow - 10;
        InboundMessage b = a;
        b.channelId = mail;
        b.externalId = u"<m1@x>"_s;
        b.conversationExternalId = u"t1"_s;
        b.customerExternalId = u"ana.borges@example.pt"_s;
        b.customerName = u"Ana"_s;
        b.customerEmail = u"ana.borges@example.pt"_s;
        QVERIFY(m_ws->ingest().ingest({a, b}).ok());
        m_ana = customerOf(u"ana_b"_s);
        m_ana2 = customerOf(u"ana.borges@example.pt"_s);
        QVERIFY(m_ana > 0 && m_ana2 > 0 && m_ana != m_ana2);
        m_service = std::make_unique<CustomerMergeRepository>(m_ws->database(), m_clock);
    }
    void cleanup()
    {
        m_service.reset();
        m_ws.reset();
        QFile::remove(m_dir.filePath(u"ws.sqlite"_s));
    }

    void showsSuggestionAndMergesIntoChosenSurvivorThenUndoes()
    {
        MergeSuggestions w;
        w.setService(m_service.get());
        QSignalSpy changed(&w, &MergeSuggestions::customersChanged);
        w.showCustomer(m_ws->customers().byId(m_ana2).value());
        w.show();
        QVERIFY(w.isVisible());
        auto *text = w.findChild<QLabel *>(u"mergeText_%1"_s.arg(m_ana));
        QVERIFY(text);
        QVERIFY(text->text().contains(u"Ana Borges"_s));
        QVERIFY(text->text().contains(u"same e-mail"_s));

        // Keep the eBay profile this time.
        auto *keep = w.findChild<QComboBox *>(u"survivorCombo_%1"_s.arg(m_ana));
        QVERIFY(keep);
        keep->setCurrentIndex(1);
        auto *merge = w.findChild<QPushButton *>(u"mergeButton_%1"_s.arg(m_ana));
        QVERIFY(merge);
        QTest::mouseClick(merge, Qt::LeftButton);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toLongLong(), m_ana);
        QCOMPARE(m_ws->customers().byId(m_ana2)->mergedInto, m_ana);
        QCOMPARE(m_ws->customers().identities(m_ana)->size(), 2);
        QVERIFY(w.lastError().isEmpty());

        // The survivor shows the merge with an Undo button.
        auto merges = m_service->activeMerges(m_ana).value();
        QCOMPARE(merges.size(), 1);
        QTRY_VERIFY(w.findChild<QPushButton *>(u"undoMergeButton_%1"_s.arg(merges.first().id)) != nullptr);
        auto *undo = w.findChild<QPushButton *>(u"undoMergeButton_%1"_s.arg(merges.first().id));
        QTest::mouseClick(undo, Qt::LeftButton);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(m_ws->customers().byId(m_ana2)->mergedInto, 0);
        QCOMPARE(m_ws->customers().identities(m_ana)->size(), 1);
        // The suggestion is back after the undo.
        QTRY_VERIFY(w.findChild<QPushButton *>(u"mergeButton_%1"_s.arg(m_ana2)) != nullptr);
    }

    void notTheSameHidesIt()
    {
        MergeSuggestions w;
        w.setService(m_service.get());
        w.showCustomer(m_ws->customers().byId(m_ana).value());
        w.show();
        auto *notSame = w.findChild<QPushButton *>(u"notSameButton_%1"_s.arg(m_ana2));
        QVERIFY(notSame);
        QTest::mouseClick(notSame, Qt::LeftButton);
        QTRY_VERIFY(!w.isVisible());
        QVERIFY(m_service->suggest(m_ana)->isEmpty());
        // Re-opening the buyer shows nothing either.
        w.showCustomer(m_ws->customers().byId(m_ana2).value());
        QVERIFY(!w.isVisible());
    }

    void failureIsShownToTheAgent()
    {
        MergeSuggestions w;
        w.setService(m_service.get());
        w.showCustomer(m_ws->customers().byId(m_ana).value());
        w.merge(m_ana, m_ana);
        QVERIFY(!w.lastError().isEmpty());
        QVERIFY(w.isVisible());
    }
};

QTEST_MAIN(TestMergeSuggestions)
#include "TestMergeSuggestions.moc"
