// The inbox model: lazy keyset pages, a bounded row cache, filter changes in SQL, and incremental
// updates that never reset the model. QAbstractItemModelTester checks every signal it emits.

#include "core/Workspace.h"
#include "core/demo/DemoSeeder.h"
#include "ui/inbox/ConversationListModel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace hd;
using namespace Qt::StringLiterals;
using Folder = InboxFilter::Folder;
using Model = ConversationListModel;

class TestConversationListModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void loadsLazilyPageByPage();
    void keepsOnlyABoundedCacheOfRows();
    void filterChangeRequeries_data();
    void filterChangeRequeries();
    void statusChangeRemovesTheRowIncrementally();
    void readStateUpdatesTheRowInPlace();
    void newMessageMovesTheRowToTheTop();
    void refreshPrependsNewConversations();

private:
    InboxFilter filter(Folder folder) const
    {
        InboxFilter f;
        f.folder = folder;
        f.agentId = m_agentId;
        return f;
    }
    static void fetchAll(Model &model)
    {
        while (model.canFetchMore({}))
            model.fetchMore({});
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_total = 0;
    qint64 m_agentId = 0;
};

void TestConversationListModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestConversationListModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<FakeClock>(QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
    auto ws = Workspace::open(m_dir->filePath(u"ws.sqlite"_s), *m_clock);
    QVERIFY2(ws.ok(), ws.ok() ? "" : qPrintable(ws.error().detail));
    m_ws = std::move(ws).value();
    DemoSeeder seeder(m_ws->database(), m_ws->ingest(), *m_clock);
    auto report = seeder.seed(DemoSeeder::bundledJson());
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().detail));
    m_total = m_ws->conversationCount();
    QVERIFY2(m_total > 100, "the demo should have more conversations than a few pages");
    auto agents = m_ws->directory().agents();
    QVERIFY(agents.ok() && !agents->isEmpty());
    m_agentId = agents->constFirst().id;
}

void TestConversationListModel::cleanup()
{
    m_ws.reset();
    m_clock.reset();
    m_dir.reset();
}

void TestConversationListModel::loadsLazilyPageByPage()
{
    Model model(m_ws->conversations(), *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(25);
    model.setFilter(filter(Folder::All));

    QCOMPARE(model.rowCount(), 25);
    QVERIFY(model.rowCount() < m_total);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 50);

    fetchAll(model);
    QCOMPARE(model.rowCount(), int(m_total));
    QVERIFY(!model.canFetchMore({}));

    // Newest first, and every row distinct.
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(model.conversationIdAt(row));
        if (row > 0)
            QVERIFY(model.index(row - 1, 0).data(Model::LastActivityRole).toLongLong()
                    >= model.index(row, 0).data(Model::LastActivityRole).toLongLong());
    }
    QCOMPARE(ids.size(), int(m_total));
}

void TestConversationListModel::keepsOnlyABoundedCacheOfRows()
{
    Model model(m_ws->conversations(), *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(10);
    model.setCacheCapacity(30);
    model.setFilter(filter(Folder::All));
    fetchAll(model);
    QCOMPARE(model.rowCount(), int(m_total));
    QVERIFY2(model.cachedRowCount() <= 30, qPrintable(QString::number(model.cachedRowCount())));

    // An evicted row is read again, and is the same conversation.
    const qint64 id = model.conversationIdAt(0);
    auto summary = m_ws->conversations().summary(id);
    QVERIFY(summary.ok());
    QCOMPARE(model.index(0, Model::BuyerColumn).data().toString(), summary->customerName);
    QCOMPARE(model.index(0, 0).data(Model::ConversationIdRole).toLongLong(), id);
    QVERIFY(model.cachedRowCount() <= 30);
}

void TestConversationListModel::filterChangeRequeries_data()
{
    QTest::addColumn<int>("folder");
    QTest::addColumn<QString>("expectedStatus");
    QTest::addColumn<bool>("unassignedOnly");
    QTest::newRow("all open shows only open conversations") << int(Folder::AllOpen) << u"open"_s << false;
    QTest::newRow("waiting on buyer shows pending ones") << int(Folder::Waiting) << u"pending"_s << false;
    QTest::newRow("resolved shows resolved ones") << int(Folder::Resolved) << u"resolved"_s << false;
    QTest::newRow("unassigned shows open ones nobody owns") << int(Folder::Unassigned) << u"open"_s << true;
}

void TestConversationListModel::filterChangeRequeries()
{
    QFETCH(int, folder);
    QFETCH(QString, expectedStatus);
    QFETCH(bool, unassignedOnly);

    Model model(m_ws->conversations(), *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(40);
    model.setFilter(filter(Folder::All));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setFilter(filter(Folder(folder)));
    QCOMPARE(resets.count(), 1);
    model.setFilter(filter(Folder(folder))); // the same filter again: nothing happens
    QCOMPARE(resets.count(), 1);

    fetchAll(model);
    auto counts = m_ws->conversations().counts(m_agentId);
    QVERIFY(counts.ok());
    const int expectedRows = Folder(folder) == Folder::AllOpen ? counts->allOpen
        : Folder(folder) == Folder::Waiting                    ? counts->waiting
        : Folder(folder) == Folder::Resolved                   ? counts->resolved
                                                               : counts->unassigned;
    QCOMPARE(model.rowCount(), expectedRows);
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, 0).data(Model::StatusRole).toString(), expectedStatus);
        if (unassignedOnly)
            QVERIFY(model.index(row, 0).data(Model::AssigneeRole).toString().isEmpty());
    }

    // A channel filter on top keeps only that channel.
    auto channels = m_ws->directory().channels();
    QVERIFY(channels.ok() && !channels->isEmpty());
    InboxFilter byChannel = filter(Folder::All);
    byChannel.channelId = channels->constFirst().id;
    model.setFilter(byChannel);
    fetchAll(model);
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        auto s = model.summaryAt(row);
        QVERIFY(s.has_value());
        QCOMPARE(s->conversation.channelId, byChannel.channelId);
    }
}

void TestConversationListModel::statusChangeRemovesTheRowIncrementally()
{
    Model model(m_ws->conversations(), *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(20);
    model.setFilter(filter(Folder::AllOpen));
    const int before = model.rowCount();
    const qint64 id = model.conversationIdAt(3);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    QVERIFY(m_ws->conversations().setStatus(id, ConversationStatus::Resolved, m_agentId).ok());
    model.refreshConversation(id);

    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.constFirst().at(1).toInt(), 3);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model.rowCount(), before - 1);
    QCOMPARE(model.rowOf(id), -1);

    // Reopened, it comes back at its place, again without a reset.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(m_ws->conversations().setStatus(id, ConversationStatus::Open, m_agentId).ok());
    model.refreshConversation(id);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowOf(id), 3);
    QCOMPARE(resets.count(), 0);
}

void TestConversationListModel::readStateUpdatesTheRowInPlace()
{
    Model model(m_ws->conversations(), *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(filter(Folder::AllOpen));
    int row = -1;
    for (int r = 0; r < model.rowCount() && row < 0; ++r)
        if (model.index(r, 0).data(Model::UnreadCountRole).toInt() > 0)
            row = r;
    QVERIFY2(row >= 0, "the demo has unread conversations");
    QVERIFY(model.index(row, Model::BuyerColumn).data(Qt::FontRole).value<QFont>().bold());
    const qint64 id = model.conversationIdAt(row);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QVERIFY(m_ws->conversations().markRead(id).ok());
    model.refreshConversation(id);

    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.constFirst().at(0).toModelIndex().row(), row);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model.rowOf(id), row);
    QCOMPARE(model.index(row, 0).data(Model::UnreadCountRole).toInt(), 0);
    QVERIFY(!model.index(row, Model::BuyerColumn).data(Qt::FontRole).value<QFont>().bold());
}

void TestConversationListModel::newMessageMovesTheRowToTheTop()
{
    Model model(m_ws->conversations(), *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(filter(Folder::All));
    const qint64 id = model.conversationIdAt(5);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    m_clock->advanceMs(60'000);
    QVERIFY(m_ws->messages().addReply(id, m_agentId, u"On its way today."_s).ok());
    model.refreshConversation(id);

    QCOMPARE(moved.count(), 1);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model.rowOf(id), 0);
}

void TestConversationListModel::refreshPrependsNewConversations()
{
    Model model(m_ws->conversations(), *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(filter(Folder::AllOpen));
    const int before = model.rowCount();
    const qint64 firstBefore = model.conversationIdAt(0);

    auto channels = m_ws->directory().channels();
    QVERIFY(channels.ok() && !channels->isEmpty());
    m_clock->advanceMs(120'000);
    InboundMessage in;
    in.channelId = channels->constFirst().id;
    in.externalId = u"test-new-1"_s;
    in.conversationExternalId = u"test-thread-1"_s;
    in.customerExternalId = u"new.buyer@example.com"_s;
    in.customerName = u"Nora Newcomer"_s;
    in.customerEmail = u"new.buyer@example.com"_s;
    in.subject = u"Where is my parcel?"_s;
    in.bodyText = u"Hello, my parcel has not arrived yet."_s;
    in.language = u"en"_s;
    in.sentAt = m_clock->nowMs();
    auto report = m_ws->ingest().ingest({in});
    QVERIFY(report.ok());
    QCOMPARE(report->conversationsCreated, 1);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.refresh();
    QCOMPARE(resets.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.constFirst().at(1).toInt(), 0);
    QCOMPARE(model.rowCount(), before + 1);
    QCOMPARE(model.index(0, Model::BuyerColumn).data().toString(), u"Nora Newcomer"_s);
    QCOMPARE(model.conversationIdAt(1), firstBefore);

    // A second refresh with nothing new changes nothing.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.refresh();
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(changed.count(), 0);
}

QTEST_MAIN(TestConversationListModel)
#include "TestConversationListModel.moc"
